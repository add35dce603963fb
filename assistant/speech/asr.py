"""Speech recognition with faster-whisper (CTranslate2), Whisper base or tiny.en."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import opencc
from faster_whisper import WhisperModel

SUPPORTED_LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Word:
    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    language_probability: float
    words: list[Word] = field(default_factory=list)
    no_speech_prob: float = 0.0  # highest over segments: Whisper's own 'this was not speech'
    avg_logprob: float = 0.0  # lowest over segments


class Transcriber:
    """One loaded Whisper model; `transcribe` is blocking (run it in a worker thread)."""

    def __init__(
        self,
        model_dir: Path,
        prompts_dir: Path,
        multilingual: bool = True,
        compute_type: str = "int8",
        threads: int = 2,
        device: str = "cpu",
    ) -> None:
        self.model = WhisperModel(
            str(model_dir), device=device, compute_type=compute_type, cpu_threads=threads
        )
        self.multilingual = multilingual
        # An initial prompt per language, if its file exists and is not empty. Mandarin needs
        # one (simplified script, clinical words); an English prompt made Whisper base loop
        # on utterances starting with numbers, so English has none.
        self._prompts = {
            lang: text
            for lang in SUPPORTED_LANGUAGES
            if (path := prompts_dir / "asr" / f"{lang}.txt").exists()
            and (text := path.read_text(encoding="utf-8").strip())
        }
        self._to_simplified = opencc.OpenCC("t2s")

    def detect_language(self, samples: np.ndarray) -> tuple[str, float]:
        """zh or en, whichever Whisper finds more likely (other languages are not offered)."""
        if not self.multilingual:
            return "en", 1.0
        _, _, all_probs = self.model.detect_language(samples)
        probs = {lang: p for lang, p in all_probs if lang in SUPPORTED_LANGUAGES}
        lang = max(probs, key=probs.get) if probs else "en"
        total = sum(probs.values()) or 1.0
        return lang, probs.get(lang, 0.0) / total

    def transcribe(
        self,
        samples: np.ndarray,
        language: str | None = None,
        hotwords: str | None = None,
        word_timestamps: bool = False,
        prefix: str | None = None,
    ) -> Transcript:
        """Greedy decode of 16 kHz float32 mono audio, language zh/en (detected if None)."""
        probability = 1.0
        if language is None:
            language, probability = self.detect_language(samples)
        if not self.multilingual:
            language = "en"
        segments, _ = self.model.transcribe(
            samples,
            language=language,
            beam_size=1,
            best_of=1,
            # greedy first; a looping decode (high compression ratio) is retried warmer
            temperature=(0.0, 0.4),
            compression_ratio_threshold=2.4,
            log_prob_threshold=None,  # retry only on loops, never merely unsure decodes (latency)
            # no utterance says more than ~12 tokens a second: caps runaway repetition
            max_new_tokens=min(440, int(12 * len(samples) / 16_000) + 16),
            condition_on_previous_text=False,
            initial_prompt=self._prompts.get(language),
            hotwords=hotwords,
            prefix=prefix,
            word_timestamps=word_timestamps,
            vad_filter=False,
            without_timestamps=not word_timestamps,
        )
        words: list[Word] = []
        parts: list[str] = []
        no_speech, logprob = 0.0, 0.0
        for segment in segments:
            parts.append(segment.text)
            no_speech = max(no_speech, segment.no_speech_prob)
            logprob = min(logprob, segment.avg_logprob)
            for word in segment.words or []:
                words.append(Word(word.word, word.start, word.end))
        text = "".join(parts).strip()
        if language == "zh":
            text = self._to_simplified.convert(text)
        return Transcript(
            text=text, language=language, language_probability=probability, words=words,
            no_speech_prob=no_speech, avg_logprob=logprob,
        )

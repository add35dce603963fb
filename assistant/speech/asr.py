"""Speech recognition with faster-whisper (CTranslate2), Whisper base or tiny.en.

Whisper's encoder is trained on 30 s windows and faster-whisper always pads to 30 s, so a
2 s utterance costs a full 30 s encoder pass (~1.8 s on two cores). An utterance that fits
in a short window is instead decoded over a window just longer than itself (CTranslate2
accepts a shorter encoder input; whisper.cpp calls this `audio_ctx`): ~5x less encoder
time, the same greedy decoding with the same fallback. Longer audio takes the standard path.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import opencc
from faster_whisper import WhisperModel
from faster_whisper.tokenizer import Tokenizer
from faster_whisper.transcribe import TranscriptionOptions, get_compression_ratio, get_suppressed_tokens

SUPPORTED_LANGUAGES = ("zh", "en")
SAMPLE_RATE = 16_000
FULL_WINDOW_S = 30
# greedy first; a looping decode (high compression ratio) is retried warmer. No retry on merely
# unsure decodes (log-prob threshold off): that would double the latency of every mumble.
TEMPERATURES = (0.0, 0.4)
COMPRESSION_RATIO_THRESHOLD = 2.4


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    language_probability: float
    no_speech_prob: float = 0.0  # Whisper's own 'this was not speech'
    avg_logprob: float = 0.0
    looped: bool = False  # still repetitive after the warmer retry (Whisper's compression-ratio test)


def max_new_tokens(samples: int) -> int:
    """No utterance says more than ~12 tokens a second: caps runaway repetition."""
    return min(440, int(12 * samples / SAMPLE_RATE) + 16)


def window_seconds(samples: int, margin_s: float, minimum_s: int) -> int:
    """The encoder window for an utterance: its length plus a margin, whole seconds, ≤ 30."""
    return min(FULL_WINDOW_S, max(minimum_s, math.ceil(samples / SAMPLE_RATE + margin_s)))


def choose_language(all_probs: list[tuple[str, float]], prefer: str | None, switch_odds: float) -> tuple[str, float]:
    """zh or en from Whisper's language probabilities, and its probability between the two.

    A doctor mostly keeps to one language: the other must be `switch_odds` times likelier than
    `prefer` (the previous turn's) to take over. Without this a short Mandarin clause now and
    then came out as an English translation ("胸痛" -> "chest pain")."""
    probs = {lang.strip("<|>"): p for lang, p in all_probs}
    probs = {lang: p for lang, p in probs.items() if lang in SUPPORTED_LANGUAGES}
    if not probs:
        return "en", 0.0
    weighted = {lang: p * (switch_odds if lang == prefer else 1.0) for lang, p in probs.items()}
    lang = max(weighted, key=weighted.get)  # type: ignore[arg-type]
    return lang, probs[lang] / (sum(probs.values()) or 1.0)


# one string for any language, or one per language (picked once the language is detected)
Hotwords = str | Mapping[str, str | None] | None


def _for_language(hotwords: Hotwords, language: str) -> str | None:
    return hotwords.get(language) if isinstance(hotwords, Mapping) else hotwords


_FULLWIDTH_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ]")


def _ascii_digits(text: str) -> str:
    """Whisper now and then writes "２" in Chinese text; digits and Latin letters become ASCII,
    the Chinese punctuation stays."""
    return _FULLWIDTH_ALNUM.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


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
        window_margin_s: float | None = 1.0,
        window_min_s: int = 8,
        language_switch_odds: float = 1.0,
    ) -> None:
        self.model = WhisperModel(
            str(model_dir), device=device, compute_type=compute_type, cpu_threads=threads
        )
        self.multilingual = multilingual
        self.window_margin_s = window_margin_s  # None: always the full 30 s window
        self.window_min_s = window_min_s
        self.language_switch_odds = language_switch_odds
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

    def _window(self, samples: np.ndarray) -> int | None:
        if self.window_margin_s is None:
            return None
        seconds = window_seconds(len(samples), self.window_margin_s, self.window_min_s)
        return seconds if seconds < FULL_WINDOW_S else None

    def _encode(self, samples: np.ndarray, seconds: int):
        """Encoder output over `seconds` of audio (the utterance, then silence), as Whisper pads."""
        size = seconds * SAMPLE_RATE
        audio = np.zeros(size, dtype=np.float32)
        audio[: min(size, len(samples))] = samples[:size]
        features = self.model.feature_extractor(audio)[:, : size // self.model.feature_extractor.hop_length]
        return self.model.encode(features)

    def _pick_language(self, all_probs: list[tuple[str, float]], prefer: str | None) -> tuple[str, float]:
        return choose_language(all_probs, prefer, self.language_switch_odds)

    def detect_language(self, samples: np.ndarray, prefer: str | None = None) -> tuple[str, float]:
        """zh or en, whichever Whisper finds more likely (other languages are not offered);
        `prefer` (the previous turn's language) wins unless the other is language_switch_odds times likelier."""
        if not self.multilingual:
            return "en", 1.0
        seconds = self._window(samples)
        if seconds is None:
            _, _, all_probs = self.model.detect_language(samples)
            return self._pick_language(all_probs, prefer)
        encoded = self._encode(samples, seconds)
        return self._pick_language(self.model.model.detect_language(encoded)[0], prefer)

    def transcribe(
        self,
        samples: np.ndarray,
        language: str | None = None,
        hotwords: Hotwords = None,
        prefer: str | None = None,
    ) -> Transcript:
        """Greedy decode of 16 kHz float32 mono audio, language zh/en (detected if None, see
        detect_language for `prefer`); hotwords by language are picked once it is known."""
        if not self.multilingual:
            language = "en"
        seconds = self._window(samples)
        if seconds is None:
            text, language, probability, no_speech, logprob = self._transcribe_full(
                samples, language, hotwords, prefer
            )
        else:
            text, language, probability, no_speech, logprob = self._transcribe_window(
                samples, seconds, language, hotwords, prefer
            )
        if language == "zh":
            text = _ascii_digits(self._to_simplified.convert(text))
        looped = bool(text) and get_compression_ratio(text) > COMPRESSION_RATIO_THRESHOLD
        return Transcript(
            text=text, language=language, language_probability=probability,
            no_speech_prob=no_speech, avg_logprob=logprob, looped=looped,
        )

    def _transcribe_full(
        self, samples: np.ndarray, language: str | None, hotwords: Hotwords, prefer: str | None
    ) -> tuple[str, str, float, float, float]:
        """faster-whisper's own path (30 s windows), for audio too long for one short window."""
        probability = 1.0
        if language is None:
            language, probability = self.detect_language(samples, prefer)
        hotwords = _for_language(hotwords, language)
        segments, _ = self.model.transcribe(
            samples,
            language=language,
            beam_size=1,
            best_of=1,
            temperature=TEMPERATURES,
            compression_ratio_threshold=COMPRESSION_RATIO_THRESHOLD,
            log_prob_threshold=None,
            # per 30 s segment; a long prompt (hotwords) plus a cap could pass Whisper's 448 tokens
            max_new_tokens=None,
            condition_on_previous_text=False,
            initial_prompt=self._prompts.get(language),
            hotwords=hotwords,
            vad_filter=False,
            without_timestamps=True,
        )
        parts: list[str] = []
        no_speech, logprob = 0.0, 0.0
        for segment in segments:
            parts.append(segment.text)
            no_speech = max(no_speech, segment.no_speech_prob)
            logprob = min(logprob, segment.avg_logprob)
        return "".join(parts).strip(), language, probability, no_speech, logprob

    def _transcribe_window(
        self, samples: np.ndarray, seconds: int, language: str | None, hotwords: Hotwords,
        prefer: str | None,
    ) -> tuple[str, str, float, float, float]:
        """One decode over a short window: what faster-whisper does for one 30 s segment."""
        encoded = self._encode(samples, seconds)
        probability = 1.0
        if language is None:
            language, probability = self._pick_language(self.model.model.detect_language(encoded)[0], prefer)
        hotwords = _for_language(hotwords, language)
        tokenizer = Tokenizer(self.model.hf_tokenizer, self.model.model.is_multilingual,
                              task="transcribe", language=language)
        initial_prompt = self._prompts.get(language)
        previous = tokenizer.encode(" " + initial_prompt.strip()) if initial_prompt else []
        prompt = self.model.get_prompt(tokenizer, previous, without_timestamps=True, hotwords=hotwords)
        # the prompt (initial prompt + hotwords) and the answer share Whisper's 448-token context
        answer_tokens = max(1, min(max_new_tokens(len(samples)), self.model.max_length - len(prompt)))
        options = TranscriptionOptions(
            beam_size=1, best_of=1, patience=1, length_penalty=1, repetition_penalty=1,
            no_repeat_ngram_size=0, log_prob_threshold=None,
            no_speech_threshold=0.6, compression_ratio_threshold=COMPRESSION_RATIO_THRESHOLD,
            condition_on_previous_text=False, prompt_reset_on_temperature=0.5,
            temperatures=list(TEMPERATURES), initial_prompt=initial_prompt,
            prefix=None, suppress_blank=True, suppress_tokens=get_suppressed_tokens(tokenizer, [-1]),
            without_timestamps=True, max_initial_timestamp=1.0, word_timestamps=False,
            prepend_punctuations="\"'“¿([{-", append_punctuations="\"'.。,，!！?？:：”)]}、",
            multilingual=False, max_new_tokens=answer_tokens, clip_timestamps="0",
            hallucination_silence_threshold=None, hotwords=hotwords,
        )
        result, avg_logprob, _, _ = self.model.generate_with_fallback(encoded, prompt, tokenizer, options)
        tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        text = tokenizer.decode(tokens).strip()
        return text, language, probability, result.no_speech_prob, avg_logprob

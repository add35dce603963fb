"""Is an utterance heard during playback a real interruption?

Not when it is noise (Whisper hears no words, only a sound annotation like "(coughs)",
or its own prompt), a backchannel ("嗯", "okay": the list is data in
prompts/voice/backchannels.yaml), or the assistant's own voice coming back (the
transcript matches what it just said).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from rapidfuzz import fuzz

from assistant.speech.asr import Transcript

Verdict = Literal["speech", "noise", "backchannel", "echo"]

_ANNOTATION = re.compile(r"[\(\[（【*♪].*?[\)\]）】*♪]")
_KEEP = re.compile(r"[^\w\u3400-\u9fff]+")


def normalise(text: str) -> str:
    return _KEEP.sub("", _ANNOTATION.sub("", text).lower())


@dataclass(frozen=True)
class InterruptionPolicy:
    backchannels: dict[str, frozenset[str]]
    markers: dict[str, str]
    prompts: tuple[str, ...] = ()  # Whisper's initial prompts: hallucinated on noise
    no_speech_threshold: float = 0.6
    echo_similarity: float = 80.0

    @classmethod
    def load(cls, prompts_dir: Path) -> "InterruptionPolicy":
        data = yaml.safe_load((prompts_dir / "voice" / "backchannels.yaml").read_text(encoding="utf-8"))
        backchannels = {lang: frozenset(normalise(w) for w in data[lang]) for lang in ("zh", "en")}
        asr_prompts = tuple(
            normalise(p.read_text(encoding="utf-8")) for p in sorted((prompts_dir / "asr").glob("*.txt"))
        )
        return cls(backchannels, dict(data["interrupted_marker"]), asr_prompts)

    def marker(self, language: str) -> str:
        return self.markers.get(language, self.markers["en"])

    def is_backchannel(self, text: str) -> bool:
        words = normalise(text)
        if not words:
            return False
        all_words = set().union(*self.backchannels.values())
        if words in all_words:
            return True
        # repeated backchannels: "对对对", "okay okay", "嗯好的"
        return _covered_by(words, all_words)

    def is_echo(self, text: str, recent_speech: str) -> bool:
        heard, said = normalise(text), normalise(recent_speech)
        if len(heard) < 2 or not said:
            return False
        return fuzz.partial_ratio(heard, said) >= self.echo_similarity

    def judge(self, transcript: Transcript, recent_speech: str) -> Verdict:
        text = normalise(transcript.text)
        if not text or transcript.no_speech_prob >= self.no_speech_threshold and transcript.avg_logprob < -0.8:
            return "noise"
        if any(text and text in prompt for prompt in self.prompts):
            return "noise"
        if self.is_backchannel(transcript.text):
            return "backchannel"
        if self.is_echo(transcript.text, recent_speech):
            return "echo"
        return "speech"


def _covered_by(text: str, words: set[str]) -> bool:
    """Whether text is a concatenation of backchannel words (greedy longest match, with backtracking)."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    seen: dict[int, bool] = {}

    def from_(i: int) -> bool:
        if i == len(text):
            return True
        if i in seen:
            return seen[i]
        seen[i] = any(text.startswith(w, i) and from_(i + len(w)) for w in ordered)
        return seen[i]

    return from_(0)

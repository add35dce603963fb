"""Is an utterance heard during playback a real interruption?

Not when it is noise (Whisper hears no words, only a sound annotation like "(coughs)",
or its own prompt), a backchannel ("嗯", "okay": the list is data in
prompts/voice/backchannels.yaml), the assistant's own voice coming back (the
transcript matches what it just said), or too short to mean anything ("oh": fewer
words than `min_interruption_words`, unless it is a stop word such as "wait" or "停").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz

from assistant.speech.asr import Transcript
from assistant.yaml_data import load_yaml

Verdict = Literal["speech", "noise", "backchannel", "echo", "short"]

_ANNOTATION = re.compile(r"[\(\[（【*♪].*?[\)\]）】*♪]")
_KEEP = re.compile(r"[^\w\u3400-\u9fff]+")


def normalise(text: str) -> str:
    return _KEEP.sub("", _ANNOTATION.sub("", text).lower())


@dataclass(frozen=True)
class InterruptionPolicy:
    backchannels: dict[str, frozenset[str]]
    markers: dict[str, str]
    prompts: tuple[str, ...] = ()  # Whisper's initial prompts: hallucinated on noise
    interrupt_words: frozenset[str] = frozenset()
    min_interruption_words: int = 1
    no_speech_threshold: float = 0.6
    echo_similarity: float = 80.0

    @classmethod
    def load(cls, prompts_dir: Path) -> "InterruptionPolicy":
        data = load_yaml((prompts_dir / "voice" / "backchannels.yaml").read_text(encoding="utf-8"))
        backchannels = {lang: frozenset(normalise(w) for w in data[lang]) for lang in ("zh", "en")}
        asr_prompts = tuple(
            normalise(p.read_text(encoding="utf-8")) for p in sorted((prompts_dir / "asr").glob("*.txt"))
        )
        interrupt_words = frozenset(normalise(w) for lang in ("zh", "en") for w in data["interrupt_words"][lang])
        return cls(backchannels, dict(data["interrupted_marker"]), asr_prompts, interrupt_words,
                   int(data["min_interruption_words"]))

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

    def is_prompt_echo(self, text: str, no_speech_prob: float) -> bool:
        """Whisper repeating its own prompt over noise. A short clinical word that happens to be in
        the prompt ("胸痛") is only an echo when Whisper also doubted it was speech."""
        inside = any(text and text in prompt for prompt in self.prompts)
        return inside and (len(text) >= 6 or no_speech_prob >= 0.3)

    def is_too_short(self, text: str) -> bool:
        """Fewer words than an interruption needs, and not a stop word."""
        if normalise(text) in self.interrupt_words:
            return False
        plain = _ANNOTATION.sub("", text)
        words = len(re.findall(r"[\u3400-\u9fff]", plain)) + len(re.findall(r"[^\W\d_\u3400-\u9fff]+|\d+", plain))
        return words < self.min_interruption_words

    def judge(self, transcript: Transcript, recent_speech: str, interrupting: bool = False) -> Verdict:
        """What an utterance is; `interrupting`: heard while the assistant speaks."""
        text = normalise(transcript.text)
        if not text or transcript.no_speech_prob >= self.no_speech_threshold and transcript.avg_logprob < -0.8:
            return "noise"
        if self.is_prompt_echo(text, transcript.no_speech_prob):
            return "noise"
        if self.is_backchannel(transcript.text):
            return "backchannel"
        if self.is_echo(transcript.text, recent_speech):
            return "echo"
        if interrupting and self.is_too_short(transcript.text):
            return "short"
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

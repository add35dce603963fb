"""Streaming speech recognition over a growing utterance, with local agreement.

Whisper is not a streaming model, so while the doctor speaks the utterance so far is
re-decoded (greedy) in a worker thread; the part two successive hypotheses agree on is
committed and never changes (local agreement, as in whisper_streaming). Every decode
records how much audio it covered, so a decode that already covers the end of speech
*is* the final transcript: nothing is decoded twice after the doctor stops.
Decodes are serialised per utterance and never run on the event loop.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.speech.asr import Transcriber, Transcript
from assistant.yaml_data import load_yaml

_CJK = re.compile(r"[\u3400-\u9fff]")
# an early language guess is fixed for the turn only when this sure (its probability between zh and en)
EARLY_LANGUAGE_CONFIDENCE = 0.9


def tokens(text: str, language: str) -> list[str]:
    """Units of agreement: characters for Chinese, words for English."""
    if language == "zh":
        return [ch for ch in text if not ch.isspace()]
    return text.split()


def join_tokens(items: list[str], language: str) -> str:
    return "".join(items) if language == "zh" else " ".join(items)


def _norm_token(token: str) -> str:
    return re.sub(r"[^\w]", "", token.lower())


def agreed_prefix(a: list[str], b: list[str]) -> int:
    """Length of the longest common prefix, ignoring case and punctuation."""
    n = 0
    for x, y in zip(a, b):
        if _norm_token(x) != _norm_token(y):
            break
        n += 1
    return n


def clinical_hotwords(kb_dir: Path, language: str, max_chars: int) -> str | None:
    """Short clinical terms from the lexicon (first name of each finding), up to max_chars."""
    if max_chars <= 0:
        return None
    folder = kb_dir / "lexicon" / "findings"
    terms: list[str] = []
    used = 0
    # the systems a primary-care doctor dictates most first; the rest alphabetically
    preferred = ["general.yaml", "cardiovascular.yaml", "respiratory.yaml", "red_flag_signs.yaml"]
    paths = [folder / name for name in preferred if (folder / name).exists()]
    paths += sorted(p for p in folder.glob("*.yaml") if p.name not in preferred)
    for path in paths:
        for item in load_yaml(path.read_text(encoding="utf-8")) or []:
            names = item.get(language) or []
            if not names:
                continue
            term = names[0]
            cost = len(term) + (0 if language == "zh" else 2)
            if term in terms or used + cost > max_chars:
                continue
            terms.append(term)
            used += cost
        if used >= max_chars:
            break
    separator = "，" if language == "zh" else ", "
    return separator.join(terms) or None


def detect_text_language(text: str) -> str:
    return "zh" if _CJK.search(text) else "en"


@dataclass
class Decode:
    covered_ms: int  # audio time up to which this decode heard the utterance
    transcript: Transcript


@dataclass
class UtteranceRecognizer:
    """Partial and final transcripts of one utterance."""

    transcriber: Transcriber
    language: str | None = None  # fixed by the session, or detected on the first decode
    hotwords: dict[str, str | None] = field(default_factory=dict)
    english: Transcriber | None = None  # decodes the turn once it is known to be English
    previous_language: str | None = None  # the doctor's previous turn: kept unless clearly another
    language_unsure: bool = False  # the early guess was unsure: detect over the whole utterance
    committed: list[str] = field(default_factory=list)
    _previous: list[str] = field(default_factory=list)
    last: Decode | None = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    decoding_until_ms: int | None = None  # coverage of the decode in progress
    decode_s: float | None = None  # how long the last decode took (wall clock)

    def partials_affordable(self, interval_ms: int) -> bool:
        """Partials only while a decode takes under half the interval: on a loaded machine a partial
        still running at the end of speech would delay the final transcript by a whole decode."""
        return self.decode_s is None or self.decode_s * 1000 < interval_ms / 2

    async def decode(self, samples: np.ndarray, covered_ms: int, need_ms: int | None = None) -> Decode:
        """Decode the utterance so far; reuse the last decode if it already heard up to need_ms."""
        need = covered_ms if need_ms is None else need_ms
        async with self._lock:
            if self.last is not None and self.last.covered_ms >= need:
                return self.last
            self.decoding_until_ms = covered_ms
            started = time.perf_counter()
            try:
                language = self.language
                transcriber = self.english if language == "en" and self.english is not None else self.transcriber
                # hotwords make Whisper hear words in a cough: none until the language is known,
                # except for a turn whose language is left to this decode
                hotwords = self.hotwords.get(language) if language else (self.hotwords if self.language_unsure else None)
                transcript = await asyncio.to_thread(
                    transcriber.transcribe, samples, language, hotwords, self.previous_language
                )
                if transcript.looped and transcriber is not self.transcriber:
                    # tiny.en now and then loops on trailing silence; the larger model does not
                    transcript = await asyncio.to_thread(self.transcriber.transcribe, samples, language, hotwords)
            finally:
                self.decoding_until_ms = None
                self.decode_s = time.perf_counter() - started
            if self.language is None and transcript.text:
                self.language = transcript.language
            self.last = Decode(covered_ms, transcript)
            return self.last

    async def detect_language(self, samples: np.ndarray) -> str | None:
        """Fix the turn's language from its first second or so, while the doctor is still speaking,
        so the final decode knows its model and hotwords. An unsure guess (under
        EARLY_LANGUAGE_CONFIDENCE between zh and en) is not fixed: the decodes then detect the
        language over the whole utterance, in the same encoder pass."""
        async with self._lock:
            if self.language is None and not self.language_unsure:
                started = time.perf_counter()
                self.decoding_until_ms = -1
                try:
                    language, probability = await asyncio.to_thread(
                        self.transcriber.detect_language, samples, self.previous_language
                    )
                finally:
                    self.decoding_until_ms = None
                    self.decode_s = time.perf_counter() - started
                if probability >= EARLY_LANGUAGE_CONFIDENCE:
                    self.language = language
                else:
                    self.language_unsure = True
            return self.language

    def agree(self, transcript: Transcript) -> str:
        """Commit what this hypothesis and the previous one agree on; return the new committed text."""
        language = transcript.language
        current = tokens(transcript.text, language)
        stable = agreed_prefix(self._previous, current)
        self._previous = current
        if stable <= len(self.committed):
            return ""
        new = current[len(self.committed) : stable]
        self.committed.extend(new)
        delta = join_tokens(new, language)
        return delta if language == "zh" or len(self.committed) == len(new) else " " + delta

    def final_delta(self, transcript: Transcript) -> str:
        """The rest of the final transcript after what was committed as partials."""
        language = transcript.language
        final = tokens(transcript.text, language)
        stable = agreed_prefix(self.committed, final)
        if stable < len(self.committed):  # the final decode revised a committed word: say so by the full text
            return ""
        rest = final[stable:]
        if not rest:
            return ""
        delta = join_tokens(rest, language)
        return delta if language == "zh" or not self.committed else " " + delta

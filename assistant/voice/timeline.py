"""What the doctor heard of a spoken answer: chunk timing mapped back to text.

Each TTS chunk has its text and audio duration. A playback position (from the client's
`output_audio_buffer.played` ack, or the server's own estimate) maps to text: Chinese
character by character, English word by word (time shared by letters), counting only
units whose time has fully passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ZH_UNIT = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


@dataclass(frozen=True)
class TimedChunk:
    text: str
    language: str
    start_ms: float
    duration_ms: float

    @property
    def end_ms(self) -> float:
        return self.start_ms + self.duration_ms


def _units(text: str, language: str) -> list[tuple[int, float]]:
    """(end offset in text, weight) per spoken unit; punctuation rides with the unit before it."""
    units: list[tuple[int, float]] = []
    if language == "zh":
        for match in _ZH_UNIT.finditer(text):
            units.append((match.end(), 1.0))
    else:
        for match in re.finditer(r"\S+", text):
            letters = sum(ch.isalnum() for ch in match.group())
            units.append((match.end(), float(letters + 1)))
    return units


def heard_offset(chunk: TimedChunk, position_ms: float) -> int:
    """Characters of chunk.text fully heard at position_ms (trailing punctuation included)."""
    if position_ms >= chunk.end_ms:
        return len(chunk.text)
    if position_ms <= chunk.start_ms:
        return 0
    units = _units(chunk.text, chunk.language)
    if not units:
        return 0
    total = sum(w for _, w in units)
    elapsed = (position_ms - chunk.start_ms) / chunk.duration_ms * total
    done, offset = 0.0, 0
    for end, weight in units:
        if done + weight > elapsed + 1e-9:
            break
        done += weight
        offset = end
    # a fully heard unit carries its trailing punctuation
    while offset and offset < len(chunk.text) and not chunk.text[offset].isspace() and not _is_unit_char(chunk.text[offset], chunk.language):
        offset += 1
    return offset


def _is_unit_char(ch: str, language: str) -> bool:
    return bool(_ZH_UNIT.match(ch)) if language == "zh" else ch.isalnum()


@dataclass
class PlaybackTimeline:
    chunks: list[TimedChunk] = field(default_factory=list)
    acked_ms: float | None = None  # latest client playback ack

    @property
    def total_ms(self) -> float:
        return self.chunks[-1].end_ms if self.chunks else 0.0

    def add(self, text: str, language: str, duration_ms: float) -> TimedChunk:
        chunk = TimedChunk(text, language, self.total_ms, duration_ms)
        self.chunks.append(chunk)
        return chunk

    def ack(self, audio_end_ms: float) -> None:
        self.acked_ms = max(self.acked_ms or 0.0, float(audio_end_ms))

    def split(self, position_ms: float) -> tuple[str, str]:
        """(heard, unheard) text of the whole answer at a playback position."""
        heard: list[str] = []
        unheard: list[str] = []
        for chunk in self.chunks:
            cut = heard_offset(chunk, position_ms)
            heard.append(chunk.text[:cut])
            unheard.append(chunk.text[cut:])
        sep = "" if self.chunks and self.chunks[0].language == "zh" else " "
        return _join(heard, sep), _join(unheard, sep)


def _join(parts: list[str], sep: str) -> str:
    return sep.join(p.strip() for p in parts if p.strip())

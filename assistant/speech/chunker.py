"""Cut streamed answer text into chunks that TTS can start on early.

Chinese breaks at clause punctuation (，。！？；：). English breaks at sentence ends, and
at clause punctuation (, ; :) once a chunk is long enough; the first chunk may be short
("Red flag:", "危险信号：") so the first audio comes quickly: TTS time grows with the chunk. Citation markers like [1] are not spoken.
"""

from __future__ import annotations

import re

_ZH_BREAK = set("，。！？；：")
_EN_SENTENCE = re.compile(r"[.!?](?=\s)")
_EN_CLAUSE = re.compile(r"[,;:](?=\s)")
_CITATION = re.compile(r"\s*\[\d+(?:\s*[,，-]\s*\d+)*\]")


def speakable(text: str) -> str:
    """Text as it is spoken: without citation markers and markdown emphasis."""
    text = _CITATION.sub("", text)
    return text.replace("**", "").replace("__", "")


class TextChunker:
    def __init__(self, language: str, first_min_chars: int = 8, min_chars: int = 40, max_chars: int = 160) -> None:
        self.language = language
        self.first_min = first_min_chars if language == "en" else 4
        self.min = min_chars if language == "en" else 8
        self.max = max_chars if language == "en" else 60
        self._buffer = ""
        self._emitted = 0

    def feed(self, delta: str) -> list[str]:
        self._buffer += delta
        chunks: list[str] = []
        while True:
            cut = self._find_cut()
            if cut is None:
                break
            chunk, self._buffer = self._buffer[:cut], self._buffer[cut:]
            chunk = speakable(chunk).strip()
            if chunk:
                chunks.append(chunk)
                self._emitted += 1
        return chunks

    def flush(self) -> list[str]:
        rest, self._buffer = speakable(self._buffer).strip(), ""
        return [rest] if rest else []

    def _find_cut(self) -> int | None:
        text = self._buffer
        minimum = self.first_min if self._emitted == 0 else self.min
        if self.language == "zh":
            for index, ch in enumerate(text):
                if ch in _ZH_BREAK and (index + 1 >= minimum or ch in "。！？"):
                    # keep a closing citation like "[1]" with its clause
                    return index + 1
            return self._force_cut(text)
        sentence = _EN_SENTENCE.search(text)
        if sentence and not _is_decimal_or_abbrev(text, sentence.start()):
            return sentence.end()
        for clause in _EN_CLAUSE.finditer(text):
            if clause.end() >= minimum:
                return clause.end()
        return self._force_cut(text)

    def _force_cut(self, text: str) -> int | None:
        if len(text) <= self.max:
            return None
        if self.language == "zh":
            return self.max
        space = text.rfind(" ", 0, self.max)
        return space if space > 0 else self.max


def _is_decimal_or_abbrev(text: str, index: int) -> bool:
    before = text[max(0, index - 3) : index].lower()
    return before.endswith(("e.g", "i.e", "dr", "vs", "mr", "mrs", "st"))

"""Traditional Chinese read as simplified ("頭暈，發燒" -> "头晕，发烧"), so that a doctor or a patient
who types or speaks in traditional characters (Hong Kong, Taiwan, Cantonese speakers) meets the same
lexicon. The conversion keeps every character's position, so evidence spans still point at the
characters as they were written."""

from __future__ import annotations

import opencc


class SimplifiedScript:
    def __init__(self) -> None:
        self._t2s = opencc.OpenCC("t2s")

    def convert(self, text: str) -> str:
        """``text`` in simplified characters, of the same length."""
        if text.isascii():
            return text
        out = self._t2s.convert(text)
        if len(out) == len(text):
            return out
        # a phrase converted to a different length: convert one character at a time instead
        chars = (self._t2s.convert(ch) for ch in text)
        return "".join(c if len(c) == 1 else ch for ch, c in zip(text, chars))

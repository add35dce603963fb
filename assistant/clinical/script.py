"""Traditional Chinese read as simplified ("頭暈，發燒" -> "头晕，发烧"), so that a doctor or a patient
who types or speaks in traditional characters (Hong Kong, Taiwan, Cantonese speakers) meets the same
lexicon. The conversion keeps every character's position, so evidence spans still point at the
characters as they were written."""

from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(phrase: str) -> str:
    """A lexicon phrase in simplified characters, so that one written in traditional characters
    ("撞親後尾枕") meets the converted text. A phrase is a pattern, not a span: its length may change."""
    return phrase if phrase.isascii() else _t2s().convert(phrase)


class SimplifiedScript:
    def __init__(self) -> None:
        self._t2s = _t2s()

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

"""English words folded to their dictionary form, so that a phrase of the lexicon matches however its
verbs and nouns are inflected ("she faint", "he vomit blood", "swelled up", "had collapsed").

Folding is by a dictionary (lemminflect's), word by word and without context: a verb's form folds to
the verb ("fainted" -> "faint", "was" -> "be"), else a noun's plural to the noun ("burns" -> "burn");
a word the dictionary does not know (a misspelling, a drug) stays as it is. The folded text keeps a
map back to the text as given, so evidence still points at the words as said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import lemminflect

_WORD = re.compile(r"[a-z]+")
# the parts of speech whose forms fold, in the order they are tried
_FOLDED_TAGS = ("VERB", "AUX", "NOUN")


@lru_cache(maxsize=65536)
def _dictionary_form(word: str) -> str:
    lemmas = lemminflect.getAllLemmas(word)
    for tag in _FOLDED_TAGS:
        forms = lemmas.get(tag)
        if forms:
            return forms[0]
    return word


class WordFolder:
    """Folds each English word of a lower-cased text to its dictionary form; `kept` words stay as
    said (a word whose folding would merge it with an unrelated one: "left" is not "leave")."""

    def __init__(self, kept: Iterable[str] = ()) -> None:
        self._kept = frozenset(w.lower() for w in kept)

    def keeps(self, word: str) -> bool:
        """Whether a word stays as said."""
        return word in self._kept

    def word(self, word: str) -> str:
        if len(word) < 3 or word in self._kept:
            return word
        return _dictionary_form(word)

    def phrase(self, phrase: str) -> str:
        """A lexicon phrase as folded text reads it."""
        return _WORD.sub(lambda m: self.word(m.group()), phrase)

    def fold(self, text: str) -> tuple[str, list[int]] | None:
        """The folded text and the index in `text` of each of its characters, or None when no word
        changes. A folded word's last character maps to the said word's last, so a span's end maps back
        to the end of the word as said."""
        pieces: list[str] = []
        kept: list[int] = []
        prev = 0
        for m in _WORD.finditer(text):
            said = m.group()
            folded = self.word(said)
            if folded == said:
                continue
            start, end = m.span()
            pieces.append(text[prev:start])
            kept.extend(range(prev, start))
            pieces.append(folded)
            kept.extend(min(start + i, end - 1) for i in range(len(folded) - 1))
            kept.append(end - 1)
            prev = end
        if not pieces:
            return None
        pieces.append(text[prev:])
        kept.extend(range(prev, len(text)))
        return "".join(pieces), kept

"""English typed in a hurry: a misspelt clinical word is put right before matching.

"painfull", "vomitting", "a dark curtian coming down", "cant wrinkle his forhead". A word of six
letters or more that is neither an English word (pyspellchecker's frequency list) nor a word of
the lexicon is replaced by the one lexicon word of six letters or more one edit away (a letter
dropped, added, changed or two swapped), if there is exactly one (or exactly one that is also an
English word). Real English is left alone ("cheat" stays "cheat"), and so are short words, where
clinic abbreviations live ("resps", "palps", "nocte" are not "rests", "palms", "note"), and
contractions typed without their apostrophe ("couldnt", "theyre").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spellchecker import SpellChecker

_WORD = re.compile(r"[a-z]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_LETTERS = 6
# "couldnt", "shouldnt": the stem of an n't contraction typed without its apostrophe
_NT_STEMS = frozenset({"is", "was", "are", "were", "do", "does", "did", "wo", "would", "should", "could", "ca", "has",
                       "have", "had", "need", "must", "might"})
_BARE_CONTRACTIONS = frozenset({"theyre", "youre", "theyve", "youve", "weve", "thats", "whats", "theres", "wheres",
                                "theyll", "youll", "shed", "hed", "itll"})


def one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return (deletes | swaps | changes | inserts) - {word}


class SpellingCorrector:
    def __init__(self, lexicon_phrases: Iterable[str]) -> None:
        self._lexicon = {w for phrase in lexicon_phrases for w in _WORD.findall(str(phrase).lower())}
        self._english = SpellChecker(language="en", distance=1)

    def _known(self, word: str) -> bool:
        if word in _BARE_CONTRACTIONS or (word.endswith("nt") and word[:-2] in _NT_STEMS):
            return True
        return word in self._lexicon or word in self._english

    def correct(self, text: str, kept: list[int] | None) -> tuple[str, list[int] | None]:
        """``text`` with misspelt words replaced, and the original index of each character."""
        lowered = text.lower()
        pieces: list[str] = []
        index: list[int] = []
        prev = 0
        changed = False
        for m in _WORD.finditer(lowered):
            word = m.group()
            if len(word) < MIN_LETTERS or self._known(word):
                continue
            near = [w for w in one_edit(word) if len(w) >= MIN_LETTERS and w in self._lexicon]
            if len(near) > 1:  # the lexicon keeps misspellings too ("diarhoea"): prefer the English word
                near = [w for w in near if w in self._english]
            if len(near) != 1:
                continue
            pieces.append(text[prev : m.start()])
            index.extend(range(prev, m.start()))
            fixed = near[0]
            pieces.append(fixed)
            # each letter of the fixed word points into the typed word, so evidence quotes it as typed
            index.extend(min(m.start() + k, m.end() - 1) for k in range(len(fixed)))
            prev = m.end()
            changed = True
        if not changed:
            return text, kept
        pieces.append(text[prev:])
        index.extend(range(prev, len(text)))
        if kept is not None:
            index = [kept[i] for i in index]
        return "".join(pieces), index

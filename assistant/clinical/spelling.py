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
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
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
        edits: list[tuple[int, int, str]] = []
        for m in _WORD.finditer(text.lower()):
            word = m.group()
            if len(word) < MIN_LETTERS or self._known(word):
                continue
            near = [w for w in one_edit(word) if len(w) >= MIN_LETTERS and w in self._lexicon]
            if len(near) > 1:  # the lexicon keeps misspellings too ("diarhoea"): prefer the English word
                near = [w for w in near if w in self._english]
            if len(near) == 1:
                edits.append((m.start(), m.end(), near[0]))
        return _rewrite(text, kept, edits)


def _rewrite(text: str, kept: list[int] | None, edits: list[tuple[int, int, str]]) -> tuple[str, list[int] | None]:
    """``text`` with each (start, end) span replaced, and the original index of each character: the
    letters of a replacement point across the words they replace, so evidence quotes them as typed."""
    if not edits:
        return text, kept
    pieces: list[str] = []
    index: list[int] = []
    prev = 0
    for start, end, replacement in edits:
        pieces.append(text[prev:start])
        index.extend(range(prev, start))
        pieces.append(replacement)
        last = len(replacement) - 1
        index.extend(start + (k * (end - 1 - start) // last if last else 0) for k in range(len(replacement)))
        prev = end
    pieces.append(text[prev:])
    index.extend(range(prev, len(text)))
    if kept is not None:
        index = [kept[k] for k in index]
    return "".join(pieces), index


MAX_PIECES = 4


class SplitWords:
    """A clinical word a speech recogniser wrote in pieces, or two written as one.

    Whisper hears an unfamiliar word as pieces: "in guy nal hernia", "lamb o trigine", "ram a pril",
    "angio a dema"; or runs a phrase together: "chestpain". Two to four words are joined when at least
    one of them is no English word at all and, run together, they are a lexicon word of seven letters
    or more, or one edit from exactly one (two for ten letters or more), and neither end piece could be
    left out. Pieces that are all English words stay as they are, whatever they sound like: "is
    tense" is not "intense", "a typical" not "atypical", "is palpable" not "impalpable" (so "test
    tickle" and "met forming" stay too). A word that is no word at all is split when its two halves
    make a lexicon phrase ("chestpain" -> "chest pain").
    """

    def __init__(self, lexicon_phrases: Iterable[str]) -> None:
        phrases = {" ".join(_WORD.findall(str(p).lower())) for p in lexicon_phrases}
        self._phrases = {p for p in phrases if " " in p}
        self._words = {w for p in phrases for w in p.split()}
        # by first letter and length: a word in pieces keeps its first letter ("in guy nal")
        self._by_length: dict[tuple[str, int], list[str]] = {}
        for w in sorted(self._words):
            if len(w) >= 7:
                self._by_length.setdefault((w[0], len(w)), []).append(w)
        self._english = SpellChecker(language="en", distance=1)

    @lru_cache(maxsize=1024)  # noqa: B019 (one instance per knowledge base)
    def _near_length(self, first: str, length: int, limit: int) -> list[str]:
        return [w for n in range(length - limit, length + limit + 1) for w in self._by_length.get((first, n), ())]

    def _nearest(self, joined: str) -> tuple[str, int] | None:
        """The one lexicon word within reach of ``joined``, and how far it is."""
        limit = 1 if len(joined) < 10 else 2
        found = process.extract(joined, self._near_length(joined[0], len(joined), limit), scorer=Levenshtein.distance,
                                score_cutoff=limit, limit=2)
        if len(found) != 1:
            return None
        return found[0][0], int(found[0][1])

    def correct(self, text: str, kept: list[int] | None) -> tuple[str, list[int] | None]:
        lowered = text.lower()
        words = list(_WORD.finditer(lowered))
        edits: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            fix = self._join_at(lowered, words, i) or self._split(words[i].group())
            if fix is None:
                i += 1
                continue
            replacement, count = fix
            edits.append((words[i].start(), words[i + count - 1].end(), replacement))
            i += count
        return _rewrite(text, kept, edits)

    def _windows(self, text: str, words: list[re.Match[str]], i: int) -> list[list[str]]:
        """The words from ``i`` on that may be one word in pieces: two to four, one space apart, not
        after an apostrophe ("it's moving"), at least one of them no English word at all, nor a word of
        the lexicon (an abbreviation)."""
        out: list[list[str]] = []
        if words[i].start() > 0 and text[words[i].start() - 1] in "'’":
            return out
        for count in range(2, MAX_PIECES + 1):
            window = words[i : i + count]
            if len(window) < count or text[window[-2].end() : window[-1].start()] != " ":
                break
            parts = [m.group() for m in window]
            if len("".join(parts)) < 7 or " ".join(parts) in self._phrases:
                continue
            if any(p not in self._english and p not in self._words for p in parts):  # not "ext equally"
                out.append(parts)
        return out

    def _join_at(self, text: str, words: list[re.Match[str]], i: int) -> tuple[str, int] | None:
        windows = self._windows(text, words, i)
        for parts in reversed(windows):  # the longest word said in pieces
            if "".join(parts) in self._words:
                return "".join(parts), len(parts)
        for parts in windows:  # the fewest pieces one edit or two from a word
            near = self._nearest("".join(parts))
            if near is None:
                continue
            word, distance = near
            # not when a piece at either end is not part of it: "on am lo dipine" is "on amlodipine"
            trimmed = ["".join(parts[1:]), "".join(parts[:-1])]
            if any(Levenshtein.distance(t, word) <= distance for t in trimmed if t):
                continue
            return word, len(parts)
        return None

    def _split(self, word: str) -> tuple[str, int] | None:
        if len(word) < 7 or word in self._words or word in self._english:
            return None
        for k in range(3, len(word) - 2):
            spaced = f"{word[:k]} {word[k:]}"
            if spaced in self._phrases:
                return spaced, 1
        return None

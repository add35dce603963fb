"""Text normalisation and fast phrase matching (Aho-Corasick) shared by the extractors.

Normalisation is one character in, one character out, so every offset found in the
normalised text is also an offset into the original utterance (evidence spans stay exact).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from assistant.clinical.inflection import WordFolder
from assistant.clinical.script import to_simplified

P = TypeVar("P")

# Full-width digits and Latin letters (ＡＢＣ１２３) become ASCII; punctuation is kept as is
# because the Chinese comma and full stop carry meaning for scope.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))}
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0xFF0F: ord("/"), 0xFF0B: ord("+"), 0xFF0D: ord("-")})
_FULLWIDTH[0x2019] = ord("'")  # a typographic apostrophe ("can’t") is the ASCII one
# a phrase typed without its apostrophes ("cant walk straight", "doesnt", "shes been sick", "addisons"):
# each lexicon phrase with one is also matched without it ("ill" or "well" alone are no phrase, so
# "I'll" and "we'll" never turn into words of their own)
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")


def normalise(text: str) -> str:
    """Lower-case and fold full-width ASCII, keeping the length identical."""
    folded = text.translate(_FULLWIDTH)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # a few characters (e.g. "İ") lower-case to two code points: fold those one by one
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)


def norm_phrase(phrase: str) -> str:
    """A lexicon phrase as the text is matched: simplified characters, lower case, half-width."""
    return normalise(to_simplified(str(phrase).strip()))


def is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
# one "unit" of text for scope windows: an English word, a number, or one CJK character
_UNIT = re.compile(r"[a-z]+|\d+(?:\.\d+)?|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def cjk_ratio(text: str) -> float | None:
    """Share of CJK characters among CJK characters and Latin letters (None if neither)."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return None if cjk + latin == 0 else cjk / (cjk + latin)


class SpeechFillers:
    """Drops hesitation words ("um", "嗯") and quotation marks so a phrase broken by one still
    matches ('took "about 30" Tylenol', '说“药攒够了”'), keeping a map from each kept character
    back to its place in the words as said (evidence stays exact). A quote mark between two
    letters is an apostrophe ("didn't") and stays."""

    def __init__(
        self, en: Iterable[str], zh: Iterable[str], quote_marks: Iterable[str] = (), erhua_kept: Iterable[str] = (),
        breaks: Iterable[str] = (), break_after: Iterable[str] = (), breaks_between_cjk: Iterable[str] = (),
        answers: Iterable[str] = (),
    ) -> None:
        # the 儿 of northern speech ("喘气儿", "没劲儿") is dropped, except in words where it is a word of its
        # own ("婴儿", "儿子", "哪儿"): listed in the lexicon, so that its own phrases with 儿 still match
        kept = sorted({w for w in erhua_kept if "儿" in w}, key=len, reverse=True)
        self._erhua_kept = re.compile("|".join(re.escape(w) for w in kept)) if kept else None
        en_alt = "|".join(sorted((re.escape(w.lower()) for w in en), key=len, reverse=True))
        zh_alt = "|".join(sorted((re.escape(w) for w in zh), key=len, reverse=True))
        quotes = "".join(re.escape(q) for q in quote_marks)
        parts = [
            f"(?<![a-z0-9])(?:{en_alt})(?![a-z0-9])[ ,]*" if en_alt else "",
            f"(?:{zh_alt})[，,、 ]*" if zh_alt else "",
            f"(?<![a-z])[{quotes}]|[{quotes}](?![a-z])" if quotes else "",
        ]
        pattern = "|".join(p for p in parts if p)
        self._re = re.compile(pattern, re.IGNORECASE) if pattern else None
        # a sentence broken off and taken up again ("talking in — single words", "can't feel his — his
        # toes", "走几步就……就来", "不想……不想活了"): the break is dropped after a word that cannot end a
        # clause, or with the word (up to four Chinese characters) said before it when it is said again
        marks = "|".join(sorted((re.escape(b) for b in breaks), key=len, reverse=True))
        after = "|".join(sorted((re.escape(w.lower()) for w in break_after), key=len, reverse=True))
        # in Chinese an ellipsis inside a sentence is a pause, wherever it falls ("两周前……拉过肚子")
        cjk = "|".join(sorted((re.escape(b) for b in breaks_between_cjk), key=len, reverse=True)) or "(?!)"
        # ...but a pause right after the yes or no that answers a question stays: it ends the answer
        # ("突然一下疼起来的吗？“不是……是……慢慢的")
        answer_words = sorted((re.escape(w) for w in answers if any(_is_cjk(c) for c in w)), key=len, reverse=True)
        said = "|".join(answer_words)
        self._answer_end = re.compile(rf"[？?][\s\"'“”‘’「」]*(?:{said})$") if said else None
        self._breaks = re.compile(
            rf"(?<![a-z])(?P<again>[a-z']+|[\u4e00-\u9fff]{{1,4}}) ?(?:{marks})+ ?(?=(?P=again)(?![a-z]))"
            rf"|(?:(?<![a-z])(?:{after})|(?<=[^a-z\d\s])(?:{after})) ?(?P<gap>(?:{marks})+ ?)(?=[a-z\d'\u4e00-\u9fff])"
            rf"|(?<=[\u4e00-\u9fff])(?P<pause>(?:{cjk})+)(?=[\u4e00-\u9fff])",
            re.IGNORECASE,
        ) if marks and after else None
        # any other break between two words: a pause in halting speech ("Can only… say a few words",
        # "胸口。。。好闷"), dropped only where a phrase runs across it (see `strip`'s `pauses`)
        self._pauses = re.compile(
            rf"(?<=[a-z\d'\u4e00-\u9fff])(?P<pause> ?(?:{marks})+ ?)(?=[a-z\u4e00-\u9fff])", re.IGNORECASE
        ) if marks else None

    def pauses(self, text: str) -> list[tuple[int, int]]:
        """Breaks between two words that `strip` keeps, as (start, end) of the marks with their spaces."""
        if self._pauses is None:
            return []
        taken = [] if self._breaks is None else [m.span() for m in self._breaks.finditer(text)]
        spans = [m.span("pause") for m in self._pauses.finditer(text)]
        return [(s, e) for s, e in spans if not any(ts < e and s < te for ts, te in taken)]

    def strip(self, text: str, pauses: Iterable[tuple[int, int]] = ()) -> tuple[str, list[int] | None]:
        """The text without fillers and, when any was dropped, the original index of each kept character.
        `pauses` (from `pauses`) are dropped too, each leaving one space between English words."""
        cuts = [] if self._re is None else [(m.start(), m.end()) for m in self._re.finditer(text) if m.end() > m.start()]
        cuts += [
            (s, e) if _is_cjk(text[s - 1]) and _is_cjk(text[e]) else (s, e, " ")
            for s, e in pauses if not any(cs < e and s < ce for cs, ce in cuts)
        ]
        if self._breaks is not None:
            for m in self._breaks.finditer(text):
                gap = "gap" if m.group("gap") else "pause" if m.group("pause") else None
                cut = (m.start(gap), m.end(gap)) if gap else (m.start(), m.end())
                said_to = m.end("again") if m.group("again") else cut[0] if gap == "pause" else None
                if said_to is not None and self._answers_before(text, said_to):
                    continue
                if not any(s < cut[1] and cut[0] < e for s, e, *_ in cuts):
                    # "can't...breathe", "can't... breathe": the words either side stay apart
                    joins = gap == "gap" and not text[cut[0] - 1].isspace() and not (
                        _is_cjk(text[cut[0] - 1]) and cut[1] < len(text) and _is_cjk(text[cut[1]])
                    )
                    cuts.append((*cut, " ") if joins else cut)
            cuts.sort()
        if "儿" in text:
            cuts = sorted(cuts + self._erhua(text, cuts))
        return _drop(text, cuts)

    def _answers_before(self, text: str, pos: int) -> bool:
        """Whether a yes or no that answers a question ends at `pos` ("…的吗？“不是")."""
        start = max(0, pos - _ANSWER_REACH)
        return self._answer_end is not None and self._answer_end.search(text, start, pos) is not None

    def _erhua(self, text: str, cuts: list[tuple[int, ...]]) -> list[tuple[int, int]]:
        protected: set[int] = set()
        if self._erhua_kept is not None:
            for m in self._erhua_kept.finditer(text):
                protected.update(range(m.start(), m.end()))
        out: list[tuple[int, int]] = []
        for i, ch in enumerate(text):
            if ch != "儿" or i == 0 or i in protected or not _is_cjk(text[i - 1]):
                continue
            if not any(s <= i < e for s, e, *_ in cuts):
                out.append((i, i + 1))
        return out


# how far back from a pause a question mark and its answer are looked for ("？“不是……")
_ANSWER_REACH = 12


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class InsideWords:
    """Drops words that may sit inside a phrase without changing it (a side: "wrinkle the left
    forehead"), when another word follows, keeping a map back to the text as given."""

    def __init__(self, words: Iterable[str]) -> None:
        alt = "|".join(sorted((re.escape(w.lower()) for w in words), key=len, reverse=True))
        self._re = re.compile(f"(?<![a-z0-9])(?:{alt}) (?=[a-z])") if alt else None

    def strip(self, text: str) -> tuple[str, list[int] | None]:
        if self._re is None:
            return text, None
        return _drop(text, [(m.start(), m.end()) for m in self._re.finditer(text)])


def _drop(text: str, cuts: list[tuple[int, ...]]) -> tuple[str, list[int] | None]:
    """The text without the cut spans and, when any, the original index of each kept character. A cut
    may name a space to leave in its place, mapped to the cut's start."""
    if not cuts:
        return text, None
    kept: list[int] = []
    pieces: list[str] = []
    prev = 0
    for start, end, *instead in cuts:
        pieces.append(text[prev:start])
        kept.extend(range(prev, start))
        if instead:
            pieces.append(" ")
            kept.append(start)
        prev = end
    pieces.append(text[prev:])
    kept.extend(range(prev, len(text)))
    return "".join(pieces), kept


def _cuts(longer: tuple[int, int, object], shorter: tuple[int, int, object]) -> bool:
    """Whether a longer span overlaps a shorter one without holding it."""
    (ls, le, _), (ss, se, _) = longer, shorter
    return ls < se and ss < le and le - ls > se - ss and not (ls <= ss and se <= le)


def _last_word(key: str) -> str:
    return key[key.rfind(" ") + 1:]


V = TypeVar("V")


def unambiguous_folds(phrases: Iterable[tuple[str, V]], folder: WordFolder) -> dict[str, V]:
    """The English phrases with their words folded, each with its meaning; a folded form two phrases of
    different meanings share is left out (each still matches as said)."""
    folded: dict[str, V | None] = {}
    for phrase, meaning in phrases:
        if _LATIN.search(phrase):
            fk = folder.phrase(phrase)
            folded[fk] = meaning if folded.get(fk, meaning) == meaning else None
    return {fk: meaning for fk, meaning in folded.items() if meaning is not None}


def _folded_automaton(table: dict[str, list[P]], folder: WordFolder) -> ahocorasick.Automaton | None:
    automaton = ahocorasick.Automaton()
    for fk, payloads in unambiguous_folds(((key, tuple(payloads)) for key, payloads in table.items()), folder).items():
        automaton.add_word(fk, (len(fk), fk, payloads))
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


class UnitIndex:
    """Counts words / CJK characters between two offsets in O(log n)."""

    def __init__(self, norm_text: str) -> None:
        self._starts = [m.start() for m in _UNIT.finditer(norm_text)]

    def count(self, start: int, end: int) -> int:
        if end <= start:
            return 0
        return bisect.bisect_left(self._starts, end) - bisect.bisect_left(self._starts, start)


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    start: int
    end: int
    payload: P


class Mask:
    """Character positions already claimed by another extractor."""

    def __init__(self, length: int) -> None:
        self._flags = bytearray(length)

    def add(self, start: int, end: int) -> None:
        if end > start:
            self._flags[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._flags[start:end]

    def select(self, kept: list[int]) -> "Mask":
        """The mask over a text made of these characters of this one."""
        other = Mask(0)
        other._flags = bytearray(self._flags[i] for i in kept)
        return other

    def copy(self) -> "Mask":
        other = Mask(0)
        other._flags = bytearray(self._flags)
        return other


class PhraseMatcher(Generic[P]):
    """Leftmost-longest, non-overlapping matching of many phrases.

    Phrases are normalised. A phrase that starts (ends) with an ASCII letter or digit only
    matches where the neighbouring character is not one, so "no" never matches inside "know";
    CJK phrases match anywhere.

    With a `folder`, an English phrase of two words or more also matches the text with its words
    folded to their dictionary forms ("she faint" for "she fainted"), unless its folded form is
    shared by a phrase of another meaning; a match in the text as said comes first.
    """

    def __init__(
        self,
        phrases: Iterable[tuple[str, P]],
        *,
        digit_after_ok: bool = False,
        digit_before_ok: bool = False,
        plural_s: bool = False,
        folder: WordFolder | None = None,
    ) -> None:
        self._automaton = ahocorasick.Automaton()
        self._digit_after_ok = digit_after_ok
        self._digit_before_ok = digit_before_ok
        self._plural_s = plural_s
        table: dict[str, list[P]] = {}
        for phrase, payload in phrases:
            key = norm_phrase(phrase)
            if key:
                table.setdefault(key, []).append(payload)
        for key in [k for k in table if "'" in k]:
            bare = _IN_WORD_APOSTROPHE.sub("", key)
            if bare != key and bare not in table:
                table[bare] = table[key]
        for key, payloads in table.items():
            self._automaton.add_word(key, (len(key), key, tuple(payloads)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()
        self._folder = folder
        self._folded = _folded_automaton(table, folder) if folder is not None else None

    def _boundary_ok(self, text: str, start: int, end: int, key: str) -> int | None:
        """Return the match end (possibly extended by a plural 's'), or None if not on boundaries."""
        if is_word_char(key[0]) and start > 0 and is_word_char(text[start - 1]):
            if not (self._digit_before_ok and text[start - 1].isdigit()):
                return None
        if is_word_char(key[-1]) and end < len(text):
            nxt = text[end]
            if is_word_char(nxt):
                if self._digit_after_ok and nxt.isdigit():
                    return end
                if self._plural_s and key[-1].isalpha() and nxt == "s" and (end + 1 == len(text) or not is_word_char(text[end + 1])):
                    # not a plural that means something else ("within minutes" is not "within a minute")
                    if self._folder is not None and self._folder.keeps(_last_word(key) + "s"):
                        return None
                    return end + 1
                return None
        return end

    def candidates(self, text: str) -> list[tuple[int, int, tuple[P, ...]]]:
        if self._empty:
            return []
        out = self._candidates(self._automaton, text)
        if self._folded is not None and self._folder is not None:
            folded = self._folder.fold(text)
            if folded is not None:
                folded_text, kept = folded
                said = [(s, e) for s, e, _ in out]
                extra = []
                for s, e, payloads in self._candidates(self._folded, folded_text):
                    start, end = kept[s], kept[e - 1] + 1
                    if " " not in text[start:end]:
                        continue  # one word alone keeps its own form ("winded" is not "wind")
                    # a folded match may run on past a match as said ("vomited blood" past "vomited"), never
                    # cut one ("bout of coughing" in "coughing fits") or start before it ("she sleeps badly")
                    if all(ee <= start or end <= ss or start == ss and ee < end for ss, ee in said):
                        extra.append((start, end, payloads))
                # nor does it cut a longer folded match ("her eyes roll" in "her eyes roll upwards")
                out += [c for c in extra if not any(_cuts(o, c) for o in extra)]
        return out

    def _candidates(self, automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, int, tuple[P, ...]]]:
        out = []
        for last, (length, key, payloads) in automaton.iter(text):
            start = last - length + 1
            end = self._boundary_ok(text, start, last + 1, key)
            if end is not None:
                out.append((start, end, payloads))
        return out

    def find(self, text: str, mask: Mask | None = None) -> list[Match[tuple[P, ...]]]:
        cands = self.candidates(text)
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out: list[Match[tuple[P, ...]]] = []
        last_end = 0
        for start, end, payloads in cands:
            if start < last_end:
                continue
            if mask is not None and mask.overlaps(start, end):
                continue
            out.append(Match(start, end, payloads))
            last_end = end
        return out

    def match_at(self, text: str, pos: int) -> Match[tuple[P, ...]] | None:
        """Longest phrase starting exactly at pos (used for fillers and units)."""
        best: Match[tuple[P, ...]] | None = None
        if self._empty or pos >= len(text):
            return None
        # walk the automaton prefix by prefix: cheap because phrases are short
        limit = min(len(text), pos + 48)
        for end in range(pos + 1, limit + 1):
            key = text[pos:end]
            if not self._automaton.match(key):
                break
            if self._automaton.exists(key):
                _length, _key, payloads = self._automaton.get(key)
                checked = self._boundary_ok(text, pos, end, key)
                if checked is not None:
                    best = Match(pos, checked, payloads)
        return best

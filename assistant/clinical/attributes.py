"""Finding attributes said near a finding: duration, onset, severity, laterality, site.

Durations ("3天", "两周", "半年", "for 40 minutes", "3/7") and qualifier words attach to the
nearest finding in the same clause (a clause ends at any comma or sentence punctuation, but
not at "、" or "and", so "发热、咳嗽3天" gives both findings 3 days).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from assistant.clinical.extraction_lexicon import ContextLexicon, DurationLexicon
from assistant.clinical.matching import Mask, PhraseMatcher, UnitIndex
from assistant.clinical.numbers import NumberReader

_CLAUSE_END = re.compile(r"[.;!?。；！？，,\n]")
# a space between two Chinese characters, a pause in dictation ("嘴唇不肿 舌头不肿"), ends a clause for
# the two parts of a compound finding only: a duration or an age may still reach across it
_CLAUSE_END_OR_PAUSE = re.compile(_CLAUSE_END.pattern + r"|(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
_SENTENCE_END = re.compile(r"[.;!?。；！？\n]")
_SLASH = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")


@dataclass(frozen=True, slots=True)
class Duration:
    start: int
    end: int
    days: float | None
    text: str


@dataclass(frozen=True, slots=True)
class Qualifier:
    start: int
    end: int
    field: str  # onset | severity | laterality | site
    value: str


class Clauses:
    """Clause number of any offset."""

    def __init__(self, text: str, pauses: bool = False) -> None:
        clause_end = _CLAUSE_END_OR_PAUSE if pauses else _CLAUSE_END
        self._ends = [m.start() for m in clause_end.finditer(text) if not _decimal(text, m.start())]
        self._sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text) if not _decimal(text, m.start())]

    def of(self, pos: int) -> int:
        return bisect.bisect_left(self._ends, pos)

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_left(self._sentence_ends, pos)

    def start(self, clause: int) -> int:
        """Where clause number ``clause`` begins (just after the mark that ends the one before)."""
        return 0 if clause <= 0 else self._ends[clause - 1] + 1

    def end(self, clause: int, length: int) -> int:
        """Where clause number ``clause`` ends (its closing mark, or ``length`` for the last)."""
        return self._ends[clause] if clause < len(self._ends) else length


def _decimal(text: str, pos: int) -> bool:
    return text[pos] == "." and 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()


class DurationReader:
    def __init__(self, lex: DurationLexicon, numbers: NumberReader) -> None:
        self._lex = lex
        self._numbers = numbers
        self._units: PhraseMatcher[float] = PhraseMatcher([(w, u.days) for u in lex.units for w in u.all()], digit_before_ok=True)
        self._vague: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.vague.all()])
        self._half = [h.lower() for h in lex.half.all()]
        self._approx = sorted((a.lower() for a in lex.approx_suffix.all()), key=len, reverse=True)
        self._articles = sorted(numbers.article_words, key=len, reverse=True)

    def read(self, text: str, original: str, mask: Mask) -> list[Duration]:
        out: list[Duration] = []
        taken = mask.copy()
        for m in self._vague.find(text, taken):
            out.append(Duration(m.start, m.end, None, original[m.start:m.end]))
            taken.add(m.start, m.end)
        for g in _SLASH.finditer(text):
            factor = self._lex.slash_notation.get(g.group(2))
            n = int(g.group(1))
            if factor is None or taken.overlaps(g.start(), g.end()) or n < 1 or n >= int(g.group(2)):
                continue
            out.append(Duration(g.start(), g.end(), n * factor, original[g.start():g.end()]))
            taken.add(g.start(), g.end())
        for m in self._units.find(text, taken):
            got = self._one(text, m.start, m.end, m.payload[0])
            if got is None:
                continue
            start, end, days = got
            if taken.overlaps(start, end) or days > 120 * 365:
                continue
            out.append(Duration(start, end, round(days, 4), original[start:end]))
            taken.add(start, end)
        out.sort(key=lambda d: d.start)
        return out

    def _one(self, text: str, ustart: int, uend: int, unit_days: float) -> tuple[int, int, float] | None:
        head = text[max(0, ustart - 30):ustart]
        base = ustart - len(head)
        trimmed = head.rstrip(" ")
        # approx words between number and unit: "十余天", "2周多"? (多 after unit handled below)
        for a in self._approx:
            if trimmed.endswith(a) and not a.isascii():
                trimmed = trimmed[: -len(a)]
                break
        half = 0.0
        # "一个半月", "半年", "半个月"
        if trimmed.endswith("个半"):
            trimmed, half = trimmed[:-2], 0.5
        elif trimmed.endswith("半") or trimmed.endswith("半个"):
            cut = 2 if trimmed.endswith("半个") else 1
            rest = trimmed[:-cut]
            num = self._numbers.read_before(rest, len(rest))
            if num is None:
                return base + len(rest), self._tail(text, uend), 0.5 * unit_days
            trimmed, half = rest, 0.5
        elif trimmed.endswith("个"):
            trimmed = trimmed[:-1]
        num = self._numbers.read_before(trimmed, len(trimmed))
        if num is None:
            for art in self._articles:
                if trimmed.endswith(art) and (len(trimmed) == len(art) or not trimmed[-len(art) - 1].isalnum()):
                    value = self._numbers.article_value(art)
                    if value is not None:
                        # "half an hour", "half a day"
                        before = trimmed[: -len(art)].rstrip(" ")
                        if before.lower().endswith("half") and (len(before) == 4 or not before[-5].isalnum()):
                            return base + len(before) - 4, self._tail(text, uend), 0.5 * value * unit_days
                        return base + len(trimmed) - len(art), self._tail(text, uend), value * unit_days
            return None
        if "半" in text[ustart:uend]:  # "一分半钟": the half inside the unit word
            half += 0.5
        value = num.value + half
        end = self._tail(text, uend)
        # "一年半", "two and a half years" is rare; "1年半" common
        if text.startswith("半", uend):
            value += 0.5
            end = max(end, uend + 1)
        return base + num.start, end, value * unit_days

    def _tail(self, text: str, end: int) -> int:
        for a in self._approx:
            if text.startswith(a, end) and not a.isascii():
                return end + len(a)
        return end


class QualifierReader:
    def __init__(self, lex: ContextLexicon) -> None:
        q = lex.qualifiers
        phrases: list[tuple[str, tuple[str, str]]] = []
        for field_name in ("onset", "severity", "laterality", "site"):
            for value, words in getattr(q, field_name).items():
                phrases += [(w, (field_name, value)) for w in words.all()]
        phrases += [(w, ("", "")) for w in q.not_qualifiers.all()]  # matched, so they win over the shorter word, then dropped
        self._matcher: PhraseMatcher[tuple[str, str]] = PhraseMatcher(phrases, digit_before_ok=True)
        self.window = q.window

    def read(self, text: str, mask: Mask) -> list[Qualifier]:
        return [
            Qualifier(m.start, m.end, m.payload[0][0], m.payload[0][1]) for m in self._matcher.find(text, mask) if m.payload[0][0]
        ]


def attach(
    items: list[tuple[int, int]],
    findings: list[tuple[int, int]],
    clauses: Clauses,
    units: UnitIndex,
    window: int | None,
    prefer_after: bool,
) -> dict[int, int]:
    """Map item index -> finding index: the nearest finding in the same clause.

    prefer_after: an item before a finding ("severe headache") wins over one after it.
    """
    starts = [f[0] for f in findings]
    result: dict[int, int] = {}
    for i, (s, e) in enumerate(items):
        clause = clauses.of(s)
        k = bisect.bisect_left(starts, e)
        choices: list[tuple[int, int]] = []  # (distance rank, finding index)
        if k < len(findings) and clauses.of(findings[k][0]) == clause:
            d = units.count(e, findings[k][0])
            if window is None or d <= window:
                choices.append((d - (1000 if prefer_after else 0), k))
        j = k - 1
        while j >= 0 and findings[j][1] > s:  # skip findings overlapping the item
            j -= 1
        if j >= 0 and clauses.of(findings[j][1] - 1) == clause:
            d = units.count(findings[j][1], s)
            if window is None or d <= window:
                choices.append((d, j))
        if choices:
            result[i] = min(choices)[1]
        elif not _clause_has_finding(findings, starts, clauses, clause, s):
            # "胸痛，逐渐加重，持续半年": a clause without a finding describes the previous one
            j = bisect.bisect_left(starts, s) - 1
            if j >= 0 and clauses.sentence_of(findings[j][0]) == clauses.sentence_of(s):
                result[i] = j
    return result


def _clause_has_finding(findings: list[tuple[int, int]], starts: list[int], clauses: Clauses, clause: int, pos: int) -> bool:
    k = bisect.bisect_left(starts, pos)
    for j in (k - 1, k):
        if 0 <= j < len(findings) and clauses.of(findings[j][0]) == clause:
            return True
    return False

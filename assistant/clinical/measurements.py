"""Reading vital signs and lab values from text ("BP 180 over 110", "体温38度5", "SpO2 89%").

Names, units, conversions and plausible ranges come from knowledge_base/lexicon/measurements.yaml.
Values are returned in the canonical unit of each measurement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.clinical.dialogue import speaker_label
from assistant.clinical.extraction_lexicon import BareDecimal, BarePair, MeasurementDef, MeasurementLexicon, PairDef, UnitDef
from assistant.clinical.matching import Mask, PhraseMatcher
from assistant.clinical.numbers import Number, NumberReader

_SPACES = re.compile(r"[ \t]*")
_GRADE = re.compile(r"\+{1,4}(?![+\d])|[1-4]\+|\+[1-4]")
# a lone one-decimal number ("38.8"): not part of a longer number, a ratio or a time ("38.8.1", "6/9")
_LONE_DECIMAL = r"(?<![\w.,/:+\-])(\d{2}\.\d)(?![\w%/:+\-]|\.\d)"
_SENTENCE_BREAK = re.compile(r"[.;。；!！?？\n](?!\d)")
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# one digit word after a whole number said in words: its decimal ("thirty eight nine"), unless a
# unit or another number word follows ("thirty eight two days", "thirty eight nine hundred")
_SPOKEN_DIGIT = re.compile(
    rf"\s+({'|'.join(_DIGIT_WORDS)})\b(?![\s-]*(?:point|hundred|thousand|percent|%|degrees?|years?|days?|weeks?|"
    r"hours?|minutes?|times|ty\b|teen))"
)
_CLAUSE_END = r"\s*(?:$|[,，;；。、)）]|\.(?!\d))"
# a number as a speech recogniser may space it: "pulse 1 2 4", "glucose 2 2 . 8", "temp 39 . 4"
_SPACED_NUMBER = re.compile(r"(\d(?: \d){2,3}|(?:\d(?: \d){1,2}|\d{1,3}) \. ?\d|\d \d(?=\s*[%％]))(?![\d.])")
_SPOKEN_DOT = re.compile(r" \. ?(" + "|".join(_DIGIT_WORDS) + r"|\d)(?![\w.])")
# how far after a pair's name its limb may be said ("BP right arm 190/100", "right arm 190/100")
_LIMB_AFTER_NAME = 16
# how far back a date said right before a measurement's name is looked for ("3月前 Cr 92")
_DATED_BEFORE_REACH = 12
_FULL_STOP = re.compile(r"[。!！?？\n]|\.(?!\d)(?=\s|$)")
# a count said after a number ("测了三次"): a count, not a value
_COUNTS = ("次", "回", "遍")
# where the sentence before a unit-only reading starts ("building site, 36 °C today": the weather's words)
_SENTENCE_END = re.compile(r"[.。;；!！?？]")
# a lab test named, then where or when it was done, then its result: "… came back raised at 240" (the
# reading then starts at "came back", a filler in lexicon/measurements.yaml)
_RESULT_LATER = re.compile(r"[^\d.;。；!！?？\n]{1,60}?(?=\b(?:came|has come|have come) back\b)", re.IGNORECASE)
# …or after a colon later in the clause, with the measurement's own unit ("Repeat potassium, spun in
# clinic straight away: 7.1 mmol/L")
_RESULT_AFTER_COLON = re.compile(r"[^\d.;。；!！?？\n:：]{1,60}?[:：]")
# the rest of a question that names a reading, up to its question mark ("What was her temperature?",
# "血糖多少？"): the answer after it is the value
_QUESTION_TAIL = re.compile(r"[^\d.;。；!！\n?？]{0,20}?[?？]")


def _lone_patterns(bare: BareDecimal) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The lone number that ends its clause, perhaps after a word of where or when ("38.3 here."),
    what may close a number said in words ("thirty-eight point six."), and the names it may not
    follow, as whole words ("hr", not the "hr" of "three hours")."""
    after = "|".join(re.escape(w.lower()) for w in sorted(bare.after.all(), key=len, reverse=True))
    tail = rf"(?:\s*(?:{after}))?" if after else ""
    lone = re.compile(_LONE_DECIMAL + rf"(?={tail}{_CLAUSE_END})", re.ASCII | re.IGNORECASE)
    closes = re.compile(tail + _CLAUSE_END, re.ASCII | re.IGNORECASE)
    names = sorted({w.lower().strip() for w in bare.not_after.all()}, key=len, reverse=True)
    not_after = re.compile("|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) for w in names))
    return lone, closes, not_after
_RATIO_AFTER = re.compile(r"\s*[/／]\s*\d")  # a number that is the top of a ratio ("6/9", "2/52")
_PAIR_BEFORE = re.compile(r"(\d{2,3})\s*(?:/|／|over|比)\s*(\d{2,3})\s*$")
_OUT_OF = re.compile(r"\s*/\s*(\d+)")
_OPEN_BRACKET = re.compile(r"\s*[(（]\s*")


@dataclass(frozen=True, slots=True)
class Reading:
    id: str
    kind: str  # vital | lab
    value: float | None
    unit: str | None
    qualitative: str | None
    start: int
    end: int
    # a finding its unit's word also says, with that word's span ("pulse 128 irregular")
    finding: tuple[str, int, int] | None = None
    # said as a lower bound ("七十多下", "130-odd"): the value is a little over ``value``
    above: bool = False
    # said as an upper bound ("35度刻度以下", "temp below 35"): the value is a little under ``value``
    below: bool = False


class MeasurementReader:
    def __init__(self, lex: MeasurementLexicon, numbers: NumberReader) -> None:
        self._lex = lex
        self._numbers = numbers
        self._defs = lex.by_id()
        self._baseline_of = {d.baseline: d for d in self._defs.values() if d.baseline is not None}
        # words just before a unit-only reading that make it an angle, and the surroundings a reading is
        # when that measurement's names come just before it (lower-cased once, not per reading)
        self._not_after = {d.id: tuple(w.lower() for w in d.unit_only_not_after.all()) for d in self._defs.values()}
        self._surroundings = {
            d.id: (self._defs[d.surroundings], tuple(w.lower() for w in self._defs[d.surroundings].names.all()))
            for d in self._defs.values() if d.surroundings is not None
        }
        names: list[tuple[str, tuple[str, object]]] = []
        for pair in lex.pairs:
            names += [(n, ("pair", pair)) for n in pair.names.all()]
        for mdef in lex.measurements:
            names += [(n, ("single", mdef)) for n in mdef.names.all()]
        for mdef in lex.measurements:  # after every measurement's own names, so tried last
            names += [(n, ("single", mdef)) for n in mdef.shared_names.all()]
        names += [(n, ("skip", None)) for n in lex.not_measurements.all()]
        self._names: PhraseMatcher[tuple[str, object]] = PhraseMatcher(names, digit_after_ok=True)
        self._fillers: PhraseMatcher[bool] = PhraseMatcher([(f, True) for f in lex.fillers.all()])
        self._label = speaker_label()
        self._approximate: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.approximate_suffixes.all()], digit_before_ok=True)
        self._lower_bound: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.lower_bound_suffixes.all()], digit_before_ok=True)
        self._upper_bound: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.upper_bound_suffixes.all()], digit_before_ok=True)
        # an upper-bound word right before the number ("temp below 35", "血氧不到九十"), not "under the arm 38.0"
        before = "|".join(re.escape(w.lower()) for w in sorted(lex.upper_bound_prefixes.all(), key=len, reverse=True))
        self._upper_before = re.compile(rf"(?:{before})\s*[0-9一二三四五六七八九十两百]") if before else None
        self._repeats: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.repeat_connectors.all()], digit_after_ok=True)
        self._corrections: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.correction_connectors.all()])
        self._trends = lex.trends
        self._trend_from_words: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.trends.from_.all()], digit_after_ok=True)
        self._trend_to: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.trends.to.all()], digit_before_ok=True, digit_after_ok=True)
        self._trend_arrows: PhraseMatcher[bool] = PhraseMatcher(
            [(w, True) for w in lex.trends.to.all() if not any(ch.isalnum() for ch in w)], digit_before_ok=True, digit_after_ok=True
        )
        self._trend_dated: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.trends.dated.all()], digit_before_ok=True)
        self._trend_earlier: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.trends.earlier.all()], digit_after_ok=True)
        # where a number may start: a digit, a number word, a Chinese numeral (not inside a longer number)
        nw = lex.number_words
        words = sorted({*nw.units, *nw.teens, *nw.tens, *nw.hundred}, key=len, reverse=True)
        cn = re.escape(lex.chinese_numeral_chars.replace("点", ""))
        self.number_start = re.compile(
            r"(?<![\w.])(?:\d|(?:" + "|".join(re.escape(w) for w in words) + rf")\b)|(?<![{cn}])[{cn}]"
        )
        # the word that says a decimal point aloud ("thirty-eight point zero")
        self._point_word = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in nw.point) + r")\b") if nw.point else None
        # payload: whether the separator is only heard (then the pair must fall, e.g. 90×60, not 130-140)
        separators = [(s, False) for s in lex.pair_separators.all()] + [(s, True) for s in lex.pair_separators_heard.all()]
        self._separators: PhraseMatcher[bool] = PhraseMatcher(separators, digit_before_ok=True, digit_after_ok=True)
        self._units: dict[str, PhraseMatcher[UnitDef]] = {
            m.id: PhraseMatcher([(n, u) for u in m.units for n in u.names], digit_before_ok=True, digit_after_ok=True) for m in lex.measurements
        }
        unit_only: list[tuple[str, tuple[str, object]]] = []
        for mdef in lex.measurements:
            for u in mdef.units:
                if u.unit_only:
                    unit_only += [(n, ("single", (mdef, u))) for n in u.names]
        for pair in lex.pairs:
            unit_only += [(n, ("pair", pair)) for n in pair.unit_only]
        self._unit_only: PhraseMatcher[tuple[str, object]] = PhraseMatcher(unit_only, digit_before_ok=True)
        self._unit_findings: dict[str, PhraseMatcher[str]] = {
            m.id: PhraseMatcher([(n, u.finding) for u in m.units if u.finding for n in u.names], digit_before_ok=True)
            for m in lex.measurements if any(u.finding for u in m.units)
        }
        self._cues: PhraseMatcher[MeasurementDef] = PhraseMatcher(
            [(w, mdef) for mdef in lex.measurements for w in mdef.cues.all()], digit_after_ok=True
        )
        qual: list[tuple[str, str]] = []
        for label in ("positive", "negative", "trace"):
            qual += [(w, label) for w in getattr(lex.qualitative, label).all()]
        self._qualitative: PhraseMatcher[str] = PhraseMatcher(qual, digit_before_ok=True)
        self._grades = {k: float(v) for k, v in lex.dipstick_grades.items()}
        # grades said in words ("two plus", "两个加号"): the entries that are not symbols
        self._grade_words: PhraseMatcher[float] = PhraseMatcher(
            [(k, float(v)) for k, v in lex.dipstick_grades.items() if not _GRADE.fullmatch(k) and k != "-"]
        )
        # bare pairs: two 2–3 digit numbers joined by a separator, not part of a longer number,
        # date, ratio chain or percentage
        self._lone = [(mdef, *_lone_patterns(mdef.bare_decimal)) for mdef in lex.measurements if mdef.bare_decimal is not None]
        self._per_limb = [(pair, [w.lower() for w in pair.per_limb.all()]) for pair in lex.pairs if pair.per_limb.all()]
        self._bare: list[tuple[PairDef, re.Pattern[str], re.Pattern[str] | None]] = []
        for pair in lex.pairs:
            if pair.bare is not None:
                self._bare.append((pair, *self._bare_patterns(pair.bare, lex.chinese_numeral_chars, lex.approximate_suffixes.zh)))
        # a number followed by a time unit is a duration, not a value ("空腹8小时", "BP for 3 days");
        # one-letter English units ("h", "d") are left out: too easily another word
        self._time_units: PhraseMatcher[bool] = PhraseMatcher(
            [(w, True) for u in lex.durations.units for w in u.all() if len(str(w)) > 1 or not str(w).isascii()],
            digit_before_ok=True,
        )

    # ---------------- public ----------------
    def read(self, text: str, mask: Mask | None = None) -> list[Reading]:
        taken = mask.copy() if mask is not None else Mask(len(text))
        out: list[Reading] = []
        for m in self._names.find(text, taken):
            if taken.overlaps(m.start, m.end):
                continue
            for kind, payload in m.payload:
                if kind == "skip":
                    break
                got = self._read_pair(text, m.start, m.end, payload) if kind == "pair" else self._read_single(text, m.start, m.end, payload)  # type: ignore[arg-type]
                if got:
                    out += got
                    taken.add(got[0].start, max(r.end for r in got))
                    break
        out += self._read_cued(text, taken, {r.id for r in out})
        out += self._read_unit_only(text, taken)
        out += self._read_bare_pairs(text, taken, {r.id for r in out})
        out += self._read_bare_decimals(text, taken, {r.id for r in out})
        out.sort(key=lambda r: r.start)
        return self._higher_limb(text, [self._with_bound(text, self._with_unit_finding(text, r)) for r in out])

    def _with_bound(self, text: str, r: Reading) -> Reading:
        """A value said with "多"/"几"/"-odd" after it ("一分钟七十多下") is more than the number said; one said
        with "以下" after it or "below"/"低于" before it ("体温计…还在35度刻度以下", "temp below 35") is less."""
        if r.value is None:
            return r
        after = _SPACES.match(text, r.end).end()
        if self._lower_bound.match_at(text, after) is not None:
            return replace(r, above=True)
        said_before = self._upper_before is not None and self._upper_before.search(text, r.start, r.end) is not None
        if self._upper_bound.match_at(text, after) is not None or said_before:
            return replace(r, below=True)
        return r

    def _with_unit_finding(self, text: str, r: Reading) -> Reading:
        matcher = self._unit_findings.get(r.id)
        if matcher is None:
            return r
        ends = [m for m in matcher.find(text[r.start:r.end]) if r.start + m.end == r.end]
        if not ends:
            return r
        m = max(ends, key=lambda m: m.end - m.start)
        return replace(r, finding=(m.payload[0], r.start + m.start, r.end))

    def _higher_limb(self, text: str, readings: list[Reading]) -> list[Reading]:
        """Of a pair read once per limb ("right arm 172/96, left arm 138/80"), keep the higher, and the
        difference between the limbs where the pair names a measurement for it."""
        for pair, limb_words in self._per_limb:
            firsts = [r for r in readings if r.id == pair.ids[0]]
            if len(firsts) < 2:
                continue
            by_limb = [r for r in firsts if any(w in text[max(0, r.start - 12) : r.start + _LIMB_AFTER_NAME] for w in limb_words)]
            if len(by_limb) < 2:
                continue
            best = max(by_limb, key=lambda r: r.value or 0)
            dropped = {(r.start, r.end) for r in by_limb if r is not best}
            readings = [r for r in readings if not (r.id in pair.ids and (r.start, r.end) in dropped)]
            if pair.limb_difference is not None:
                low = min(by_limb, key=lambda r: r.value or 0)
                diff = self._defs[pair.limb_difference]
                readings.append(Reading(diff.id, diff.kind, round((best.value or 0) - (low.value or 0), 1), diff.unit,
                                        None, min(r.start for r in by_limb), max(r.end for r in by_limb)))
        return readings

    # ---------------- helpers ----------------
    def _skip_fillers(self, text: str, pos: int) -> int:
        for _ in range(4):
            pos = _SPACES.match(text, pos).end()
            f = self._fillers.match_at(text, pos)
            if f is None:
                break
            pos = f.end
        return _SPACES.match(text, pos).end()

    def _answer_after(self, text: str, pos: int) -> int | None:
        """Where the answer starts when the name ends a question ("What's her sugar? Twenty-two.",
        "峰流速多少？患者：一百四"): past the question mark, a speaker's label and fillers."""
        tail = _QUESTION_TAIL.match(text, pos)
        if tail is None:
            return None
        p = _SPACES.match(text, tail.end()).end()
        label = self._label.match(text, p)
        return self._skip_fillers(text, label.end() if label is not None else p)

    def _number(self, text: str, pos: int) -> tuple[float, int] | None:
        spaced = _SPACED_NUMBER.match(text, pos)
        if spaced is not None:
            return float(spaced.group(1).replace(" ", "")), spaced.end()
        num = self._numbers.read(text, pos)
        if num is None:
            return None
        # "thirty seven . five": a recogniser's full stop for the spoken "point"
        dot = _SPOKEN_DOT.match(text, num.end) if text[pos].isalpha() and num.value == int(num.value) else None
        if dot is not None:
            digit = dot.group(1)
            return num.value + (int(digit) if digit.isdigit() else _DIGIT_WORDS.index(digit)) / 10, dot.end()
        return num.value, num.end

    def _unit_at(self, mdef: MeasurementDef, text: str, pos: int) -> tuple[UnitDef, int] | None:
        p = _SPACES.match(text, pos).end()
        u = self._units[mdef.id].match_at(text, p)
        return None if u is None else (u.payload[0], u.end)

    def _in_range(self, mdef: MeasurementDef, value: float) -> bool:
        return mdef.range is None or mdef.range[0] <= value <= mdef.range[1]

    def _canonical(self, mdef: MeasurementDef, value: float, unit: UnitDef | None) -> float | None:
        if unit is not None and not unit.site:
            v = unit.convert(value)
            return v if self._in_range(mdef, v) else None
        if self._in_range(mdef, value):
            return value
        for u in mdef.units:
            if u.implied:
                v = u.convert(value)
                if self._in_range(mdef, v):
                    return v
        return None

    def _decimal_after(self, text: str, pos: int) -> tuple[float, int] | None:
        if pos < len(text):
            ch = text[pos]
            if ch.isdigit() and (pos + 1 == len(text) or not text[pos + 1].isdigit()):
                return int(ch) / 10, pos + 1
            cn = self._numbers.chinese_value(ch) if not ch.isascii() else None
            if cn is not None and cn < 10 and ch not in "十百千万点":
                return cn / 10, pos + 1
        return None

    def _numeric(self, text: str, pos: int, mdef: MeasurementDef) -> tuple[float, int] | None:
        num = self._number(text, pos)
        if num is None:
            return None
        value, end = num
        if mdef.out_of is not None:
            m = _OUT_OF.match(text, end)
            if m and float(m.group(1)) == mdef.out_of:
                end = m.end()
        unit = self._unit_at(mdef, text, end)
        udef = None
        after = _SPACES.match(text, end).end()
        if unit is None and (self._time_units.match_at(text, after) is not None or text.startswith(_COUNTS, after)):
            return None  # "BP for 3 days", "测了三次": how long or how often, not a value
        if unit is not None:
            udef, end = unit
            if udef.decimal_follows:
                dec = self._decimal_after(text, end)
                if dec is not None:
                    value += dec[0]
                    end = dec[1]
        elif mdef.spoken_decimal is not None and text[pos].isalpha() and value.is_integer():
            low, high = mdef.spoken_decimal
            digit = _SPOKEN_DIGIT.match(text, end) if low <= value <= high else None
            if digit is not None:
                value += _DIGIT_WORDS.index(digit.group(1)) / 10
                end = digit.end()
        canonical = self._canonical(mdef, value, udef)
        return None if canonical is None else (round(canonical, 3), end)

    def _qualitative_at(self, text: str, pos: int) -> tuple[str, str, int] | None:
        """(label, original words, end) for "positive", "阴性", "(+)", …"""
        q = self._qualitative.match_at(text, pos)
        if q is None:
            return None
        return q.payload[0], text[pos:q.end], q.end

    def _dipstick(self, text: str, pos: int) -> tuple[float, str, int] | None:
        p = pos
        opened = p < len(text) and text[p] in "(（"
        if opened:
            p += 1
        g = _GRADE.match(text, p)
        if g:
            end = g.end()
            if opened and end < len(text) and text[end] in ")）":
                end += 1
            return self._grades.get(g.group(0), 1.0), text[pos:end].strip("()（）"), end
        said = self._grade_words.match_at(text, p)
        if said is not None:
            return said.payload[0], text[p:said.end], said.end
        q = self._qualitative_at(text, pos)
        if q is None:
            return None
        label, words, end = q
        value = {"positive": 1.0, "negative": 0.0, "trace": 0.5}[label]
        # "阳性++" / "positive 2+": take the grade when it follows
        g2 = _GRADE.match(text, _SPACES.match(text, end).end())
        if label == "positive" and g2:
            return self._grades.get(g2.group(0), 1.0), text[pos:g2.end()], g2.end()
        return value, label if words.strip() in ("-", "+") else words, end

    def _read_single(self, text: str, start: int, name_end: int, mdef: MeasurementDef) -> list[Reading]:
        pos = self._skip_fillers(text, name_end)
        if mdef.value == "dipstick":
            d = self._dipstick(text, pos)
            if d is None:
                return []
            value, words, end = d
            label = "negative" if value == 0 else "trace" if value == 0.5 else "positive"
            qual = words if _GRADE.fullmatch(words or "") else label
            return [Reading(mdef.id, mdef.kind, value, None, qual, start, end)]
        if mdef.value == "numeric" and _GRADE.match(text, pos):
            return []  # "白细胞 2+": a dipstick's grade (another entry of the name reads it), not a count
        num = self._numeric(text, pos, mdef)
        if num is None and (answer := self._answer_after(text, pos)) is not None:
            num = self._numeric(text, answer, mdef)
        if num is not None and _RATIO_AFTER.match(text, num[1]):
            return []  # "R 6/9" is a visual acuity, not a respiratory rate of 6
        if mdef.baseline is not None and (trend := self._trend_from(text, start, pos, mdef, num)):
            return trend
        if num is not None and (both := self._latest_after_baseline(text, start, num, mdef)):
            return both
        if num is not None and mdef.baseline is not None and self._dated_then_named_again(text, start, num[1], mdef):
            return [self._baseline(mdef, num[0], start, num[1])]
        if num is not None:
            num = self._latest(text, num, mdef)
            reading = Reading(mdef.id, mdef.kind, num[0], mdef.unit or None, None, start, num[1])
            earlier = self._earlier_after(text, num[1], mdef) if mdef.baseline is not None else None
            return [reading] if earlier is None else [reading, earlier]
        if mdef.value == "numeric_or_qualitative":
            q = self._qualitative_at(text, pos)
            if q is not None:
                return [Reading(mdef.id, mdef.kind, None, None, q[0], start, q[2])]
        later = _RESULT_LATER.match(text, name_end)
        if later is not None and later.end() > pos:
            # "Troponin done at the walk-in centre yesterday came back raised at 240": the result is
            # reported later in the same clause, with no other number between
            return self._read_single(text, start, later.end(), mdef)
        colon = _RESULT_AFTER_COLON.match(text, name_end)
        if colon is not None and colon.end() > pos and not self._names.find(text[name_end:colon.end()]):
            at = _SPACES.match(text, colon.end()).end()
            got = self._numeric(text, at, mdef)
            if got is not None and self._units[mdef.id].find(text[at:got[1]]):
                return [Reading(mdef.id, mdef.kind, got[0], mdef.unit or None, None, start, got[1])]
        if mdef.baseline is not None and (dated := self._dated_earlier(text, name_end, mdef)) is not None:
            return [dated]
        return []

    def _baseline(self, mdef: MeasurementDef, value: float, start: int, end: int) -> Reading:
        """The person's earlier value of ``mdef``, as its baseline measurement (`baseline` in the lexicon)."""
        base = self._defs[mdef.baseline]  # type: ignore[index]
        return Reading(base.id, base.kind, value, base.unit or None, None, start, end)

    def _dated_then_named_again(self, text: str, start: int, end: int, mdef: MeasurementDef) -> bool:
        """A value dated just before its name and named again later ("3月前 Cr 92 μmol/L。…今日查 Cr 386"):
        the earlier one is the person's baseline. Alone, a dated value is the only one known and stays the value."""
        head = text[max(0, start - _DATED_BEFORE_REACH):start].rstrip(" ，,:：")
        if not any(m.end == len(head) for m in self._trend_dated.find(head)):
            return False
        return any(m.payload[0] == ("single", mdef) for m in self._names.find(text[end:]))

    def _dated_earlier(self, text: str, name_end: int, mdef: MeasurementDef) -> Reading | None:
        """The name said again for an earlier value, the date between: "creatinine at his work medical
        last year was 95" is the person's baseline, not today's value."""
        stop = min(len(text), name_end + self._trends.reach)
        brk = _FULL_STOP.search(text, name_end, stop)
        stop = brk.start() if brk is not None else stop
        dated = next((m for m in self._trend_dated.find(text[:stop]) if m.start >= name_end), None)
        if dated is None:
            return None
        for p in range(dated.end, stop):
            cue = self._trend_earlier.match_at(text, p)
            if cue is None:
                continue
            at = _SPACES.match(text, cue.end).end()
            got = self._numeric(text, at, mdef)
            if got is None or _RATIO_AFTER.match(text, got[1]):
                return None
            return self._baseline(mdef, got[0], at, got[1])
        return None

    def _corrected_at(self, text: str, end: int) -> list[int]:
        """After a self-correction right after ``end``, where each number in reach may start."""
        p = _SPACES.match(text, end).end()
        while p < len(text) and text[p] in ",，;；":
            p = _SPACES.match(text, p + 1).end()
        connector = self._corrections.match_at(text, p)
        if connector is None:
            return []
        limit = min(len(text), connector.end + self._lex.correction_reach)
        stop = _FULL_STOP.search(text, connector.end, limit)
        limit = stop.start() if stop is not None else limit
        return [m.start() for m in self.number_start.finditer(text, connector.end, limit)]

    def _trend_from(
        self, text: str, start: int, pos: int, mdef: MeasurementDef, num: tuple[float, int] | None,
    ) -> list[Reading]:
        """"creatinine from 80 to 210", "肌酐从平时160升到330", "Cr 98→286": the person's earlier
        value, then the latest (an arrow alone joins them; "to" needs a "from" before). ``num`` is the
        number already read at ``pos``."""
        said_from = self._trend_from_words.match_at(text, pos)
        first_at = _SPACES.match(text, said_from.end).end() if said_from is not None else pos
        first = self._numeric(text, first_at, mdef) if said_from is not None else num
        if first is None:
            return []
        after = _SPACES.match(text, first[1]).end()
        dated = self._trend_dated.match_at(text, after)  # "creatinine 88 last month, now 356"
        if dated is not None:
            after = _SPACES.match(text, dated.end).end()
        joins = self._trend_to if said_from is not None or dated is not None else self._trend_arrows
        to = joins.match_at(text, after)
        latest = None if to is None else self._numeric(text, _SPACES.match(text, to.end).end(), mdef)
        if latest is None:
            return []
        return [Reading(mdef.id, mdef.kind, latest[0], mdef.unit or None, None, start, latest[1]),
                self._baseline(mdef, first[0], first_at, first[1])]

    def _latest_after_baseline(self, text: str, start: int, num: tuple[float, int], mdef: MeasurementDef) -> list[Reading]:
        """An earlier value named as such, then today's ("上个月肌酐98 µmol/L，今天急查310 µmol/L"): both readings."""
        main = self._baseline_of.get(mdef.id)
        if main is None:
            return []
        after = _SPACES.match(text, num[1]).end()
        if (unit := self._units[mdef.id].match_at(text, after)) is not None:
            after = _SPACES.match(text, unit.end).end()
        to = self._trend_to.match_at(text, after)
        latest = None if to is None else self._numeric(text, _SPACES.match(text, to.end).end(), main)
        if latest is None:
            return []
        return [Reading(mdef.id, mdef.kind, num[0], mdef.unit or None, None, start, num[1]),
                Reading(main.id, main.kind, latest[0], main.unit or None, None, start, latest[1])]

    def _earlier_after(self, text: str, end: int, mdef: MeasurementDef) -> Reading | None:
        """The person's earlier value said after a reading, in the same sentence: "creatinine 412
        (baseline 98)", "up from 92 in June", "肌酐260（三个月前体检是70）". No other measurement may be
        named between them ("creatinine 310, potassium was 6.9")."""
        stop = min(len(text), end + self._trends.reach)
        brk = _FULL_STOP.search(text, end, stop)  # a semicolon may come before it ("265; it was 35 last year")
        stop = brk.start() if brk is not None else stop
        bracket = _OPEN_BRACKET.match(text, end)
        if bracket is not None:  # "creatinine 412 (96 in March)": a number in brackets, then its date
            got = self._numeric(text, bracket.end(), mdef)
            if got is not None and self._trend_dated.match_at(text, _SPACES.match(text, got[1]).end()) is not None:
                return self._baseline(mdef, got[0], bracket.end(), got[1])
        for p in range(end, stop):
            cue = self._trend_earlier.match_at(text, p)
            if cue is None:
                continue
            for q in range(cue.end, min(stop, cue.end + 15)):
                if not (self.number_start.match(text, q) or (text[q].isdigit() and not text[q - 1].isdigit() and text[q - 1] != ".")):
                    continue
                if self._names.find(text[end:q]):
                    return None
                got = self._numeric(text, q, mdef)
                if got is not None and not _RATIO_AFTER.match(text, got[1]):
                    return self._baseline(mdef, got[0], q, got[1])
            return None
        return None

    def _latest(self, text: str, num: tuple[float, int], mdef: MeasurementDef) -> tuple[float, int]:
        """Follow "37.9和38.3" / "HR 100 then 130" to the last plausible value said, and a
        self-correction to the value meant ("sats 96 — no, sorry, 86")."""
        for q in self._corrected_at(text, num[1]):
            meant = self._numeric(text, q, mdef)
            if meant is not None and not _RATIO_AFTER.match(text, meant[1]):
                return meant
        for _ in range(3):
            p = _SPACES.match(text, num[1]).end()
            connector = self._repeats.match_at(text, p)
            if connector is None:
                break
            later = self._numeric(text, _SPACES.match(text, connector.end).end(), mdef)
            if later is None:
                break
            num = later
        return num

    def _latest_pair(
        self, text: str, first: tuple[float, int], second: tuple[float, int], first_def: MeasurementDef,
        second_def: MeasurementDef,
    ) -> tuple[tuple[float, int], tuple[float, int]]:
        """Follow "BP 158/106, repeat 162/108" to the last pair said, and a self-correction to the
        pair meant."""
        for q in self._corrected_at(text, second[1]):
            a = self._numeric(text, q, first_def)
            sep = None if a is None else self._separators.match_at(text, _SPACES.match(text, a[1]).end())
            b = None if sep is None else self._numeric(text, _SPACES.match(text, sep.end).end(), second_def)
            if a is not None and b is not None and not (all(sep.payload) and b[0] >= a[0]):
                return a, b
        for _ in range(3):
            connector = self._repeats.match_at(text, _SPACES.match(text, second[1]).end())
            if connector is None:
                break
            a = self._numeric(text, _SPACES.match(text, connector.end).end(), first_def)
            sep = None if a is None else self._separators.match_at(text, _SPACES.match(text, a[1]).end())
            b = None if sep is None or any(sep.payload) else self._numeric(text, _SPACES.match(text, sep.end).end(), second_def)
            if a is None or b is None:
                break
            first, second = a, b
        return first, second

    def _read_pair(self, text: str, start: int, name_end: int, pair: PairDef) -> list[Reading]:
        first_def, second_def = self._defs[pair.ids[0]], self._defs[pair.ids[1]]
        pos = self._skip_fillers(text, name_end)
        first = self._numeric(text, pos, first_def)
        if first is None and (answer := self._answer_after(text, pos)) is not None:
            first = self._numeric(text, answer, first_def)
        if first is None:
            return []
        p = _SPACES.match(text, first[1]).end()
        if pair.whole_pair_only and not self._separators.match_at(text, p):
            return []
        approximate = self._approximate.match_at(text, p)
        if approximate is not None and self._separators.match_at(text, _SPACES.match(text, approximate.end).end()):
            p = _SPACES.match(text, approximate.end).end()
        sep = self._separators.match_at(text, p)
        if sep is not None:
            second = self._numeric(text, _SPACES.match(text, sep.end).end(), second_def)
            heard_only = all(sep.payload)
            if second is not None and not (heard_only and second[0] >= first[0]):
                first, second = self._latest_pair(text, first, second, first_def, second_def)
                return [
                    Reading(first_def.id, first_def.kind, first[0], first_def.unit, None, start, second[1]),
                    Reading(second_def.id, second_def.kind, second[0], second_def.unit, None, start, second[1]),
                ]
        return [Reading(first_def.id, first_def.kind, first[0], first_def.unit, None, start, first[1])]

    @staticmethod
    def _bare_patterns(
        bare: BarePair, chinese_chars: str, approximate: Sequence[str] = (),
    ) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """Two 2–3 digit numbers, or two runs of Chinese numerals, joined by a separator, each perhaps
        said roughly ("一百六十多、一百一十几"); not part of a longer number, date, ratio chain or
        percentage. The second pattern also takes the list separators, for use after a cue."""
        cn = re.escape(chinese_chars)
        rough = "|".join(re.escape(w) for w in sorted(approximate, key=len, reverse=True))
        number = rf"(\d{{2,3}}|[{cn}]{{2,7}})(?:{rough})?"
        before, after = rf"(?<![\w./:\-+{cn}])", rf"(?![\w/%:+{cn}]|\.\d)"

        def joined(separators: list[str]) -> re.Pattern[str]:
            seps = "|".join(re.escape(s) for s in separators)
            return re.compile(rf"{before}{number}\s*(?:{seps})\s*{number}{after}", re.ASCII)

        listed = joined(bare.separators + bare.list_separators) if bare.list_separators else None
        return joined(bare.separators), listed

    def _bare_value(self, token: str) -> float | None:
        if token.isascii():
            return float(token)
        return self._numbers.chinese_value(token)

    def _read_bare_pairs(self, text: str, taken: Mask, named: set[str]) -> list[Reading]:
        """Pairs said with no name or unit ("测了210/130", "二百一十比一百三十"), within the pair's
        `bare` bounds; only when the utterance names no reading of that pair (then a bare pair is
        usually another arm, position or a target, not the reading)."""
        out: list[Reading] = []
        for pair, pattern, listed in self._bare:
            bare = pair.bare
            assert bare is not None
            if pair.ids[0] in named:
                continue
            matches = list(pattern.finditer(text))
            if listed is not None:
                plain = {g.span() for g in matches}
                matches += [g for g in listed.finditer(text) if g.span() not in plain and self._cued(text, g.start(), bare)]
            for g in matches:
                if taken.overlaps(g.start(), g.end()):
                    continue
                a, b = self._bare_value(g.group(1)), self._bare_value(g.group(2))
                if a is None or b is None:
                    continue
                if not (bare.first[0] <= a <= bare.first[1] and bare.second[0] <= b <= bare.second[1] and a - b >= bare.min_gap):
                    continue
                a_def, b_def = self._defs[pair.ids[0]], self._defs[pair.ids[1]]
                out.append(Reading(a_def.id, a_def.kind, a, a_def.unit, None, g.start(), g.end()))
                out.append(Reading(b_def.id, b_def.kind, b, b_def.unit, None, g.start(), g.end()))
                taken.add(g.start(), g.end())
        return out

    @staticmethod
    def _cued(text: str, start: int, bare: BarePair) -> bool:
        """One of the pair's cues ("量了", "各量一遍") earlier in the sentence that holds `start`."""
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
        sentence = text[breaks[-1] if breaks else 0 : start].lower()
        return any(cue.lower() in sentence for cue in bare.cued_by.all())

    def _read_bare_decimals(self, text: str, taken: Mask, named: set[str]) -> list[Reading]:
        """A lone "38.8," in a note, with no name or unit: the temperature (`bare_decimal`); only when
        the utterance names no reading of that measurement."""
        out: list[Reading] = []
        for mdef, lone, closes, not_after in self._lone:
            bare = mdef.bare_decimal
            assert bare is not None
            if mdef.id in named:
                continue
            # "38.8," as typed, or "thirty-eight point six." as dictated (an English number with a point)
            spans = [(g.start(), g.end(), float(g.group(1))) for g in lone.finditer(text)]
            spans += [(n.start, n.end, n.value) for n in self._spoken_decimals(text) if closes.match(text, n.end)]
            for start, end, value in sorted(spans):
                if taken.overlaps(start, end) or not bare.bounds[0] <= value <= bare.bounds[1]:
                    continue
                before = _SENTENCE_BREAK.split(text[max(0, start - 16) : start])[-1]  # its own sentence
                if not_after.search(before.lower()):
                    continue
                out.append(Reading(mdef.id, mdef.kind, value, mdef.unit or None, None, start, end))
                taken.add(start, end)
                break  # one lone reading an utterance; a second is as likely something else
        return out

    def _spoken_decimals(self, text: str) -> list[Number]:
        """English number words with a decimal point ("thirty-eight point six", "... point zero")."""
        out: list[Number] = []
        if self._point_word is None:
            return out
        for g in self.number_start.finditer(text):
            if not text[g.start()].isascii() or text[g.start()].isdigit():
                continue
            num = self._numbers.read(text, g.start())
            said = "" if num is None else text[num.start:num.end]
            if num is not None and self._point_word.search(said) and not any(ch.isdigit() for ch in said):
                out.append(num)
        return out

    def _read_cued(self, text: str, taken: Mask, named: set[str]) -> list[Reading]:
        """"发烧39", "fever 39.4": the number after a cue word; the cue stays free for the findings."""
        out: list[Reading] = []
        for m in self._cues.find(text, taken):
            mdef = m.payload[0]
            if mdef.id in named:
                continue  # a reading with the measurement's own name ("体温38.5") is kept
            pos = self._skip_fillers(text, m.end)
            if taken.overlaps(pos, pos + 1):
                continue
            num = self._numeric(text, pos, mdef)
            if num is None or _RATIO_AFTER.match(text, num[1]):
                continue
            num = self._latest(text, num, mdef)
            out.append(Reading(mdef.id, mdef.kind, num[0], mdef.unit or None, None, pos, num[1]))
            taken.add(pos, num[1])
            named.add(mdef.id)
        return out

    def _read_unit_only(self, text: str, taken: Mask) -> list[Reading]:
        out: list[Reading] = []
        for m in self._unit_only.find(text):
            if taken.overlaps(m.start, m.end):
                continue
            kind, payload = m.payload[0]
            if kind == "pair":
                pair: PairDef = payload  # type: ignore[assignment]
                g = _PAIR_BEFORE.search(text[max(0, m.start - 30):m.start])
                if not g:
                    continue
                s = m.start - (len(text[max(0, m.start - 30):m.start]) - g.start())
                a_def, b_def = self._defs[pair.ids[0]], self._defs[pair.ids[1]]
                a, b = float(g.group(1)), float(g.group(2))
                if taken.overlaps(s, m.end) or not (self._in_range(a_def, a) and self._in_range(b_def, b)):
                    continue
                out.append(Reading(a_def.id, a_def.kind, a, a_def.unit, None, s, m.end))
                out.append(Reading(b_def.id, b_def.kind, b, b_def.unit, None, s, m.end))
                taken.add(s, m.end)
                continue
            mdef, udef = payload  # type: ignore[misc]
            num = self._numbers.read_before(text, m.start)
            if num is None or taken.overlaps(num.start, m.end):
                continue
            value, end = num.value, m.end
            # the same sentence, a short way back: "building site, 36 °C today" is the weather
            before = _SENTENCE_END.split(text[max(0, num.start - 18) : num.start])[-1]
            if any(w in before for w in self._not_after[mdef.id]):
                continue
            surroundings = self._surroundings.get(mdef.id)
            if surroundings is not None and any(w in before for w in surroundings[1]):
                mdef = surroundings[0]
            if udef.decimal_follows:
                dec = self._decimal_after(text, end)
                if dec is not None:
                    value += dec[0]
                    end = dec[1]
            v = udef.convert(value)
            if not self._in_range(mdef, v):
                continue
            out.append(Reading(mdef.id, mdef.kind, round(v, 3), mdef.unit or None, None, num.start, end))
            taken.add(num.start, end)
        return out

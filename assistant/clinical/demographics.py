"""Age, sex and pregnancy from text: "62岁男性", "58-year-old man", "58yo F", "3个月男婴", "孕32周"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.clinical.dialogue import speaker_label
from assistant.clinical.extraction_lexicon import DemographicsLexicon, InfantMonths, NamedAge
from assistant.clinical.matching import Mask, PhraseMatcher, is_word_char
from assistant.clinical.numbers import Number, NumberReader

_WORD = re.compile(r"[a-z]+")
_COMPACT_AGE_SEX = re.compile(r"(?:^|(?<=[\s,;:(（，。；]))(\d{1,3})\s?([mf])(?![a-z0-9])")
# clinic shorthand: "女71", "男 58，" (sex character then a bare number, no unit)
_COMPACT_SEX_AGE_ZH = re.compile(r"(?:^|(?<=[\s,;:(（，。；]))([男女])[\s,，]?(\d{1,3})(?=[\s,，;；。]|$)")
# English shorthand opening a note: "F 30 G2P1 ...", "M 62, ..."
_LEADING_SEX_AGE_EN = re.compile(r"^\s*([mf])\s?(\d{1,3})(?![0-9a-z/.])")
# a child's years and months in shorthand: "2y 6m F", "3yrs 2mths"
_YEARS_MONTHS_SHORT = re.compile(r"(?:^|(?<=[\s,;:(（，。；.]))(\d{1,2})\s?(?:y|yr|yrs)\s+(\d{1,2})\s?(?:m|mo|mos|mth|mths)(?![a-z0-9])")
# compact note forms (pattern, age group, sex group)
_COMPACT_FORMS = ((_LEADING_SEX_AGE_EN, 2, 1), (_COMPACT_SEX_AGE_ZH, 2, 1), (_COMPACT_AGE_SEX, 1, 2))
# infant age written "18mo" / "11 mo" / "8mth" only as the note's first word (elsewhere it may be a duration)
# a note that opens with months is an infant's age: "9 mo ...", "10个月，发烧39.8"
_LEADING_MONTHS = re.compile(r"^\s*(\d{1,2})\s?(?:(?:mo|mos|mth|mths)(?![a-z0-9])|个月(?=[，,、 ]))")
# obstetric "G2P1" / "G1" notation: marks "N/40" as weeks of gestation
_GRAVIDA = re.compile(r"(?<![a-z0-9])g\d{1,2}(?:\s?p\d{1,2})?(?![a-z0-9])")
_PLUS_DAYS = re.compile(r"\s*\+\s*(\d)")
_WEEKS_PLUS_DAYS = re.compile(r"(\d{1,2})\s*\+\s*(\d)\s*$")
_SEP = " \t,，、:：/-"
_SPEAKER_LABEL = speaker_label()


@dataclass(slots=True)
class Demographics:
    age_years: float | None = None
    sex: str | None = None
    pregnant: bool | None = None
    gestation_weeks: float | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # text claimed (not durations/findings)
    pregnancy_span: tuple[int, int] | None = None
    age_span: tuple[int, int] | None = None


class DemographicsReader:
    def __init__(
        self, lex: DemographicsLexicon, numbers: NumberReader, corrections: Iterable[str] = (), vocabulary: Iterable[str] = (),
    ) -> None:
        self._lex = lex
        # the lexicon's English words: a capitalised one is a heading or a finding, not a name ("Cough, 2 weeks")
        self._vocabulary = frozenset(w for phrase in vocabulary for w in re.findall(r"[a-z]+", str(phrase).lower()))
        self._numbers = numbers
        # a self-correction right after the age ("宝宝两个月——不对，妈妈更正，是四个月零十天")
        self._corrections: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in corrections])
        # words after an age that call an earlier one a slip ("是两岁两个月，家长口误")
        self._slips: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.age.slips.all()])
        self._age_units: PhraseMatcher[float] = PhraseMatcher(
            [(w, u.years) for u in lex.age.units for w in u.all()], digit_before_ok=True
        )
        # (unit matcher, words after the unit, infant words before the number) per infant unit
        infant_units = [lex.age.months_before_infant, *lex.age.infant_ages]
        self._infant: list[tuple[PhraseMatcher[float], PhraseMatcher[bool], list[str], tuple[str, ...]]] = [
            _infant_unit(inf) for inf in infant_units if not inf.last_resort
        ]
        self._infant_last_resort = [_infant_unit(inf) for inf in infant_units if inf.last_resort]
        extra = lex.age.months_after_years
        self._extra_months: PhraseMatcher[float] | None = (
            PhraseMatcher([(w, extra.years) for w in extra.units.all()], digit_before_ok=True) if extra else None
        )
        self._age_before: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.age.before_number.all()], digit_after_ok=True)
        self._half = [h.lower() for h in lex.age.half.all()]
        # said before the unit ("the 2 and a half year old", "2½-year-old"); "半" before one is "半岁", half a year
        self._half_before = [h.lower() for h in lex.age.half.en]
        self._age_bounds = tuple(w.lower() for w in lex.age.not_an_age_after.all()) or ("\0",)
        parents = sorted((re.escape(w.lower()) for w in lex.age.parent_after_age.all()), key=len, reverse=True)
        # "的" and up to two more words ("的年轻妈妈", "-year-old single mum") between the age and the parent
        self._parent_after = re.compile(r"[\s的]*(?:[^\s，,。；;：:、.!?！？]{0,3}?|(?:[a-z]+\s+){0,2})(?:" + "|".join(parents) + r")(?![a-z])") if parents else None  # "3岁男孩，妈妈说" is the boy's
        relatives = sorted((re.escape(w.lower()) for w in lex.age.relative_words.all()), key=len, reverse=True)
        self._relatives = re.compile(r"(?<![a-z])(?:" + "|".join(relatives) + r")(?![a-z])") if relatives else None
        near_only = {w.lower() for w in lex.sex.near_age_only}
        weak = {w.lower() for w in lex.sex.weak}
        sex_words = [(w, ("male", w.lower() in weak)) for w in lex.sex.male.all() if w.lower() not in near_only]
        sex_words += [(w, ("female", w.lower() in weak)) for w in lex.sex.female.all() if w.lower() not in near_only]
        self._sex: PhraseMatcher[tuple[str, bool]] = PhraseMatcher(sex_words, digit_before_ok=True)
        self._near = {k.lower(): v for k, v in lex.sex.near_age_letters.items()}
        word_sex = {w.lower(): "male" for w in lex.sex.male.all()} | {w.lower(): "female" for w in lex.sex.female.all()}
        word_sex.update(self._near)
        after = lex.age.after_sex_word
        self._age_questions: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.age.age_questions.all()])
        self._named_lex = lex.age.named
        self._named = _named_age_pattern(lex.age.named) if lex.age.named is not None else None
        self._before_sex: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.age.before_sex_word.all()])
        self._after_sex: PhraseMatcher[str | None] | None = (
            PhraseMatcher([(w, _phrase_sex(w, word_sex)) for w in after.words.all()]) if after else None
        )
        p = lex.pregnancy
        self._weeks: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in p.week_units.all()], digit_before_ok=True)
        self._preg_before = [w.lower() for w in p.before.all()]
        self._preg_after = [w.lower() for w in p.after.all()]
        self._weak_before = {w.lower() for w in p.weak_before}
        self._person_before = {w.lower() for w in p.person_before}
        self._preg_words: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in p.pregnancy_words.all()])
        self._gestation_questions: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in p.gestation_questions.all()])

    def read(self, text: str, mask: Mask, cased: str | None = None) -> Demographics:
        """``text`` is normalised; ``cased`` is the same text before lower-casing (same length), where
        a capitalised name can be told from a word."""
        out = Demographics()
        self._pregnancy(text, mask, out)
        claimed = mask.copy()
        for s, e in out.spans:
            claimed.add(s, e)
        self._age(text, claimed, out, cased if cased is not None and len(cased) == len(text) else None)
        if out.age_years is None:
            self._opening_age(text, claimed, out)
        if out.age_years is None and cased is not None and len(cased) == len(text):
            self._name_between_commas(text, cased, claimed, out)
            if out.age_years is None:
                self._age_said_of_person(text, cased, claimed, out)
        if out.age_years is None:
            # "Lady of 74 with rheumatoid", "a man of 80"
            g = _PERSON_OF_AGE.search(text)
            if g is not None and not claimed.overlaps(g.start(1), g.end(1)):
                self._set_age(out, float(g.group(1)), g.start(1), g.end(1), text)
        self._corrected_age(text, claimed, out)
        self._slip_corrected_age(text, claimed, out)
        self._sex_words(text, claimed, out)
        if out.age_years is None:
            self._infant_age(text, claimed, out, units_of=self._infant_last_resort)
        return out

    def _slip_corrected_age(self, text: str, claimed: Mask, out: Demographics) -> None:
        """An age said again with the first called a slip ("“孩子两个月”…是两岁两个月，家长口误"):
        the age in the clause just before the slip word is the one meant."""
        if out.age_years is None:
            return
        for slip in self._slips.find(text):
            end = len(text[:slip.start].rstrip(" ，,—–-"))
            start = max((text.rfind(c, 0, end) for c in _CLAUSE_STARTS), default=-1) + 1
            head = text[start:end]
            if not head or out.age_span is not None and out.age_span[0] >= start:
                continue
            # the clause alone, in place: the same reader finds its age
            again = Demographics()
            self._age(" " * start + head + " " * (len(text) - start - len(head)), claimed, again)
            if again.age_years is not None and again.age_span is not None:
                out.age_years, out.age_span = again.age_years, again.age_span
                out.spans.append(again.age_span)
                return

    def _opening_age(self, text: str, claimed: Mask, out: Demographics) -> None:
        """Dictation that opens with the age alone, then a pause: "Sixty-two, very short-sighted",
        "Eighty-four, lives alone", "Four months — cold for three days"."""
        start = len(text) - len(text.lstrip())
        num = self._numbers.read(text, start)
        if num is None or num.start != start or num.value != int(num.value) or claimed.overlaps(num.start, num.end):
            return
        # an infant's unit, as the lexicon gives it; then only a dash closes it ("2 weeks, cough" is how long)
        unit = next((u for u in (units.match_at(text, _skip_spaces(text, num.end)) for units, *_ in self._infant) if u), None)
        end = unit.end if unit is not None else num.end
        if not (_OPENING_DASH if unit is not None else _OPENING_PAUSE).match(text, end):
            return
        years = num.value * (unit.payload[0] if unit is not None else 1)
        if self._in_range(years):
            self._set_age(out, years, num.start, end, text)

    def _corrected_age(self, text: str, claimed: Mask, out: Demographics) -> None:
        """An age taken back right after it is said: the age said after the correction is the one meant."""
        if out.age_span is None:
            return
        p = out.age_span[1]
        while p < len(text) and text[p] in " ，,—–-:：":
            p += 1
        connector = self._corrections.match_at(text, p)
        if connector is None:
            return
        # the first number with an age unit after the correction, in reach: no infant word is needed,
        # the age being corrected says whose it is
        reach = text[: min(len(text), connector.end + 30)]
        matchers = [self._age_units] + [units for units, *_ in self._infant]
        found = [m for matcher in matchers for m in matcher.find(reach, claimed) if m.start >= connector.end]
        for m in sorted(found, key=lambda m: m.start):
            num = self._numbers.read_before(text, m.start, max_back=10)
            if num is None or num.start < connector.end:
                continue
            years = num.value * m.payload[0]
            if self._in_range(years):
                out.age_years, out.age_span = round(years, 3), (num.start, m.end)
                out.spans.append(out.age_span)
            return

    # ---- age ----
    def _in_range(self, years: float) -> bool:
        lo, hi = self._lex.age.range_years
        return lo <= years <= hi

    def _set_age(self, out: Demographics, years: float, start: int, end: int, text: str) -> None:
        if out.age_years is None and self._in_range(years):
            out.age_years = round(years, 3)
            out.spans.append((start, end))
            out.age_span = (start, end)
            self._near_sex(text, start, end, out)

    def _infant_age(
        self, text: str, claimed: Mask, out: Demographics, opening_only: bool = False,
        units_of: list[tuple[PhraseMatcher[float], PhraseMatcher[bool], list[str], tuple[str, ...]]] | None = None,
    ) -> bool:
        """A baby's age in months, weeks or days ("3个月男婴", "baby 5 weeks"); with `opening_only`, only one
        that opens the note, before any punctuation."""
        for units, follow_words, before_words, not_after in (self._infant if units_of is None else units_of):
            for m in units.find(text, claimed):
                num = self._numbers.read_before(text, m.start, max_back=10)
                if num is None or (not_after and text.startswith(not_after, m.end)):
                    continue
                if opening_only and (num.start > _OPENING_CHARS or _OPENING_BREAK.search(text, 0, num.start)
                                     or _YEARS_SAID.search(text, 0, num.start)):
                    continue
                follow = follow_words.match_at(text, m.end) or follow_words.match_at(text, _skip_spaces(text, m.end))
                if follow is not None or _word_before(text, num.start, before_words):
                    self._set_age(out, num.value * m.payload[0], num.start, m.end, text)
                    if out.age_years is not None:
                        return True
                    break  # out of range: try the next unit
        return False

    def _relative_before(self, text: str, start: int) -> bool:
        """Whether a relative is named earlier in the same sentence (family history ages)."""
        head = text[max(0, start - 60):start]
        head = re.split(r"[.;。；!?！？\n]", head)[-1]
        return self._relatives is not None and self._relatives.search(head) is not None

    def _age(self, text: str, claimed: Mask, out: Demographics, cased: str | None = None) -> None:
        ym = _YEARS_MONTHS_SHORT.search(text)
        if ym is not None and int(ym.group(2)) < 12 and not claimed.overlaps(ym.start(1), ym.end()):
            self._set_age(out, int(ym.group(1)) + int(ym.group(2)) / 12, ym.start(1), ym.end(), text)
            return
        # "4个月零10天": months and days, read together (the days alone would make a newborn)
        md = _MONTHS_AND_DAYS.search(text)
        if md is not None and not claimed.overlaps(md.start(), md.end()):
            months, days = self._numbers.read(text, md.start(1)), self._numbers.read(text, md.start(2))
            if months is not None and days is not None and months.value < 24 and days.value < 31:
                self._set_age(out, months.value / 12 + days.value / 365, md.start(), md.end(), text)
                return
        # a note that opens "18F," names the patient first: a later "baby nine days old" is the baby's
        for pattern, age_at, sex_at in _COMPACT_FORMS:
            g = pattern.match(text)
            if g is not None and self._compact_age(g, age_at, sex_at, claimed, out, cased):
                return
        # ...and so does one that opens "11个月女婴，": a later "隔壁老乡12岁的女儿" is someone else
        if self._infant_age(text, claimed, out, opening_only=True):
            return
        parent_age: tuple[float, int, int] | None = None
        for m in self._age_units.find(text, claimed):
            if text.startswith(self._age_bounds, m.end):
                continue  # "3月龄以下婴儿": a bound on ages, not this patient's
            head = text[: m.start].rstrip()
            # "the 2 and a half year old": the half said before the unit
            half_before = next((h for h in self._half_before if head.lower().endswith(h)), None)
            num = self._numbers.read_before(text, len(head) - len(half_before) if half_before else m.start, max_back=30)
            if num is None:
                continue
            value, end = num.value + (0.5 if half_before else 0), m.end
            for h in self._half:  # "3岁半": the half said after the unit
                if text.startswith(h, end):
                    value += 0.5
                    end += len(h)
                    break
            else:
                value, end = self._months_after(text, value, m.payload[0], end)
            if self._parent_after is not None and self._parent_after.match(text, end):
                parent_age = parent_age or (value * m.payload[0], num.start, end)
                continue
            self._set_age(out, value * m.payload[0], num.start, end, text)
        if out.age_years is None:
            self._infant_age(text, claimed, out)
        if out.age_years is None:
            for m in self._age_before.find(text, claimed):
                if self._relative_before(text, m.start):
                    continue  # "mother died of a brain bleed aged 52": a relative's age
                if text[: m.start].rstrip().endswith(_PAST_AGE_OPENERS):
                    continue  # "smoked from the age of twelve": a past age, not this patient's
                p = m.end
                while p < len(text) and text[p] in _SEP + "是为":
                    p += 1
                num = self._numbers.read(text, p)
                if num is not None and num.value >= 1:
                    unit = self._age_units.match_at(text, num.end) or self._age_units.match_at(text, num.end + 1)
                    # "aged seven weeks": a bare infant unit after the number scales it
                    unit = unit or next(
                        (u for u in (units.match_at(text, _skip_spaces(text, num.end)) for units, *_ in self._infant) if u), None
                    )
                    end = unit.end if unit is not None else num.end
                    self._set_age(out, num.value * (unit.payload[0] if unit is not None else 1), m.start, end, text)
                    break
        if out.age_years is None:
            g = _LEADING_MONTHS.match(text)
            if g is not None and not claimed.overlaps(g.start(1), g.end()):
                self._set_age(out, float(g.group(1)) / 12, g.start(1), g.end(), text)
        if out.age_years is None:
            self._age_after_sex_word(text, claimed, out)
        if out.age_years is None:
            self._age_answered(text, claimed, out)
        if out.age_years is None:
            self._age_before_sex_word(text, claimed, out)
        if out.age_years is None and parent_age is not None and cased is not None:
            self._age_said_of_person(text, cased, claimed, out)  # "9-year-old sister: … Brother is 3"
        if out.age_years is None and parent_age is not None:
            self._set_age(out, parent_age[0], parent_age[1], parent_age[2], text)  # "82岁的妈妈" is the patient after all
        # compact note forms anywhere: "M 62" at the start, "女71", "82F"
        for pattern, age_at, sex_at in _COMPACT_FORMS:
            if out.age_years is not None:
                break
            for g in pattern.finditer(text):
                if self._compact_age(g, age_at, sex_at, claimed, out, cased):
                    break
        if out.age_years is None:
            self._named_age(text, claimed, out)

    def _compact_age(
        self, g: re.Match[str], age_at: int, sex_at: int, claimed: Mask, out: Demographics, cased: str | None = None,
    ) -> bool:
        years = float(g.group(age_at))
        if claimed.overlaps(g.start(1), g.end(2)) or not self._in_range(years):
            return False
        # a small number with a lower-case "m" stuck to it is a baby's months ("Zara 11m – D&V"); "11M" is a boy
        months = (cased is not None and age_at < sex_at and g.end(age_at) == g.start(sex_at)
                  and cased[g.start(sex_at)] == "m" and 1 <= years <= _MONTHS_MAX_LOWER_M)
        out.age_years = round(years / 12, 3) if months else years
        out.spans.append((g.start(1), g.end(2)))
        out.age_span = (g.start(1), g.end(2))
        if not months:
            out.sex = out.sex or self._near[g.group(sex_at)]
        return True

    def _age_after_sex_word(self, text: str, claimed: Mask, out: Demographics) -> None:
        """Shorthand "男六十，" / "老爷子八十二，": a sex word, a bare number (any numeral form), a clause break."""
        after = self._lex.age.after_sex_word
        if after is None or self._after_sex is None:
            return
        for m in self._after_sex.find(text, claimed):
            p = m.end
            while p < len(text) and text[p] in after.separators:
                p += 1
            num = self._numbers.read(text, p)
            if num is None or num.value < after.min_years or num.value != int(num.value) or claimed.overlaps(num.start, num.end):
                continue
            then = after.then_latin if text[m.start:m.end].isascii() else after.then
            if num.end < len(text) and not any(text.startswith(t, num.end) for t in then):
                continue
            if not self._in_range(num.value):
                continue
            out.age_years = num.value
            out.spans.append((num.start, num.end))
            out.age_span = (num.start, num.end)
            if m.payload[0] is not None:
                out.sex = out.sex or m.payload[0]
            return

    def _age_before_sex_word(self, text: str, claimed: Mask, out: Demographics) -> None:
        """"sixty five man, stents in 2019": a whole number right before a sex word, opening a sentence."""
        for m in self._before_sex.find(text, claimed):
            num = self._numbers.read_before(text, m.start, max_back=20)
            # an adult's age: a child's is said with its unit ("two man loads" is no age)
            if num is None or num.value != int(num.value) or not self._in_range(num.value) or num.value < 16:
                continue
            if text[num.end:m.start].strip() or text[: num.start].rstrip()[-1:] not in ("", ".", ";", ":", "\n", "。"):
                continue
            self._set_age(out, num.value, num.start, num.end, text)
            return

    def _named_age(self, text: str, claimed: Mask, out: Demographics) -> None:
        """"Mrs Wilson 88 – fall", "Baby 6/52 temp 38.2", "Ella 2, found with …": a name, then its age."""
        if self._named is None or self._named_lex is None:
            return
        for g in self._named.finditer(text):
            if g.group("label_name") is not None and not self._speaker_label_before(text, g.start("label_name")):
                continue
            kin, elder = g.group("kin"), g.group("elder")
            # a name after "for" or a speaker's label, or a relative named by kinship, may take a full stop or months
            label = g.group("for_name") or g.group("label_name") or kin or g.group("elder_name")
            title, name, number, slash = g.group("title"), g.group("name") or label, g.group("age"), g.group("slash")
            if claimed.overlaps(g.start("age"), g.end()) or (name is not None and name.split()[0] in self._named_lex.not_names):
                continue
            if g.group("name") is not None and title is None and name in self._vocabulary:
                continue  # "Paracetamol, 2, every 4 hours": a word of the lexicon opening the line is no name
            if text[g.end():g.end() + 1] == "." and label is None and title is None:
                continue  # "— I counted 74.": a full stop closes an age only after a title or "for"
            after = text[g.end():].lstrip(" ")
            if slash is None and after[:1].isalpha() and after.split(None, 1)[0].rstrip(".,;") in self._named_lex.not_before:
                continue
            # an untitled name needs the age closed by punctuation: "Ella 2, found …", not "Took 30 paracetamol"
            if title is None and after[:1].isalpha():
                continue
            months = g.group("months")
            if months and ((label is None and title is None) or after.startswith("ago")):
                continue  # "for Kai, 18 months.": after "for" or a title, and not "baby 3 months ago"
            years = int(number) * (_SLASH_YEARS[slash] if slash else 1 / 12 if months else 1.0)
            if not self._in_range(years) or (slash and int(number) >= int(slash)) or (kin and years >= 18) or (elder and years < 18):
                continue  # (a grown-up son or daughter is a relative, not the child brought in)
            self._set_age(out, years, g.start("age"), g.end(), text)
            if elder is not None:
                out.sex = self._named_lex.elders[elder]  # "her dad": the writer's "her" is not the patient's sex
            if title is not None and self._named_lex.titles.get(title):
                out.sex = out.sex or self._named_lex.titles[title]
            return

    def _name_between_commas(self, text: str, cased: str, claimed: Mask, out: Demographics) -> None:
        """"Dad rang back about Amira, 18 months, diarrhoea…", "Follow-up, Noah, 7, seen 3 days ago": a
        capitalised name inside a sentence, then its age between commas. Not a word of the lexicon, a
        weekday or a month, and not opening a sentence ("Cough, 2 weeks" is a duration)."""
        not_names = self._named_lex.not_names if self._named_lex is not None else frozenset()
        scores = self._named_lex.scores if self._named_lex is not None else frozenset()

        def no_name(name: str) -> bool:
            return name in self._vocabulary or name in _CALENDAR_WORDS or name in not_names

        for g in _COMMA_NAMED_AGE.finditer(cased):
            before = cased[: g.start("name")].rstrip()
            if not before or before[-1] in _OPENS_AFTER or claimed.overlaps(g.start("age"), g.end()):
                continue
            if no_name(g.group("name").lower()):
                continue
            years = _named_years(g)
            if self._in_range(years):
                self._set_age(out, years, g.start("age"), g.end(), text)
                return
        # ...or in brackets after the name, anywhere ("dad on the phone: Noah (2) has had a barking cough"),
        # never a score written so ("Wells (4)")
        for g in _BRACKET_NAMED_AGE.finditer(cased):
            name = g.group("name").lower()
            if claimed.overlaps(g.start("age"), g.end()) or no_name(name) or name in scores:
                continue
            years = _named_years(g)
            if self._in_range(years):
                self._set_age(out, years, g.start("age"), g.end(), text)
                return
        # ...or a child named by kinship ("a paediatric nurse, about her son, 6 weeks."); a grown-up son
        # who drove his father in is not the patient ("Seen with his son, 45, who drove him")
        for g in _KIN_COMMA_AGE.finditer(text):
            if claimed.overlaps(g.start("age"), g.end()):
                continue
            years = _named_years(g)
            if self._in_range(years) and years < 16:
                self._set_age(out, years, g.start("age"), g.end(), text)
                return
        # ...or a parent or grandparent ("Son worried about his dad, 80, widowed"): a grown-up's age only
        elders = self._named_lex.elders if self._named_lex is not None else {}
        for g in _ELDER_COMMA_AGE.finditer(text):
            elder = g.group("elder").lower()
            years = float(g.group("age"))
            if elder in elders and not claimed.overlaps(g.start("age"), g.end()) and self._in_range(years) and years >= 18:
                self._set_age(out, years, g.start("age"), g.end(), text)
                out.sex = out.sex or elders[elder]
                return

    def _age_said_of_person(self, text: str, cased: str, claimed: Mask, out: Demographics) -> None:
        """"Leo is 7 weeks and he feels warm", "Alfie's 3 and has had a temp", "My niece is 5 and had a cold",
        "my neighbour's boy is 4": a capitalised name or a child named by kinship, "is" or "'s", then the age
        and a break. A name is no word of the lexicon, weekday or month; weeks are a baby's only up to 16 (at
        20 and more, with a pregnancy word, they are a gestation: `pregnancy.person_before`)."""
        not_names = self._named_lex.not_names if self._named_lex is not None else frozenset()
        for g in _PERSON_IS_AGE.finditer(cased):
            name = (g.group("name") or "").lower()
            pronoun = name in _PRONOUNS
            if name and not pronoun and (
                name in self._vocabulary or name in _CALENDAR_WORDS or name in not_names or name in _NOT_PERSONS
            ):
                continue
            num = self._numbers.read(text, g.end())
            if num is None or num.value != int(num.value) or claimed.overlaps(num.start, num.end):
                continue
            unit = _PERSON_AGE_UNIT.match(text, num.end)
            if pronoun and (unit is None or unit.group("unit").startswith("y")):
                continue  # "He is 20 months" (years after a pronoun are the after-sex-word reader's: "he's 4,")
            per = next((v for k, v in _NAMED_UNITS.items() if unit.group("unit").startswith(k)), 1.0) if unit else 1.0
            end = unit.end() if unit else num.end
            if not _PERSON_AGE_BREAK.match(text, end) or (unit and per == _NAMED_UNITS["w"] and num.value > 16):
                continue
            years = (num.value + (0.5 if unit and unit.group("half") else 0)) * per  # "2 and a half years"
            if self._in_range(years):
                self._set_age(out, years, num.start, end, text)
                if g.group("elder") and self._named_lex is not None:
                    out.sex = out.sex or self._named_lex.elders.get(g.group("elder").lower())
                return

    def _speaker_label_before(self, text: str, name_start: int) -> bool:
        """Whether the word before ": <name>," names who is speaking (a parent, grandparent or carer)."""
        head = text[:name_start].rstrip().rstrip(":").rstrip()
        word = head.rsplit(None, 1)[-1] if head else ""
        return self._named_lex is not None and word in self._named_lex.speakers

    def _age_answered(self, text: str, claimed: Mask, out: Demographics) -> None:
        """"How old is she now?" "Six weeks on Tuesday." / "多大年纪？" "六十二。": the number that opens
        the answer (after the speaker's label), in the unit said after it, else years."""
        for m in self._age_questions.find(text, claimed):
            num = self._answered_number(text, m.end, claimed)
            if num is None:
                continue
            after = _skip_spaces(text, num.end)
            unit = self._age_units.match_at(text, after)
            unit = unit or next((u for u in (units.match_at(text, after) for units, *_ in self._infant) if u), None)
            years = num.value * (unit.payload[0] if unit is not None else 1)
            if unit is None and num.value < 1:
                continue
            self._set_age(out, years, num.start, unit.end if unit is not None else num.end, text)
            return

    def _answered_number(self, text: str, question_end: int, claimed: Mask) -> Number | None:
        """The number that opens the answer to a question ending within 30 characters of
        ``question_end`` (after the speaker's label, if any)."""
        window = (question_end, min(len(text), question_end + 31))
        mark = min((i for i in (text.find("?", *window), text.find("？", *window)) if i >= 0), default=-1)
        if mark < 0:
            return None
        p = mark + 1
        while p < len(text) and text[p].isspace():  # the answer may be on the next line ("Pt: Thirty-five.")
            p += 1
        label = _SPEAKER_LABEL.match(text, p)
        if label is not None:
            p = _skip_spaces(text, label.end())
        num = self._numbers.read(text, p)
        return None if num is None or claimed.overlaps(num.start, num.end) else num

    def _months_after(self, text: str, value: float, unit_years: float, end: int) -> tuple[float, int]:
        """Add the months of "1岁8个月" to the years (only after a whole-year unit)."""
        if self._extra_months is None or unit_years != 1:
            return value, end
        p = end
        while p < len(text) and text[p] in " ,，又零":
            p += 1
        num = self._numbers.read(text, p)
        if num is None or not 0 < num.value < 12:
            return value, end
        unit = self._extra_months.match_at(text, num.end) or self._extra_months.match_at(text, num.end + 1)
        if unit is None or text.startswith(_MONTHS_AGO, unit.end):
            return value, end  # "81岁，三个月前爸爸去世": a time ago, not her months
        return value + num.value * unit.payload[0], unit.end

    def _near_sex(self, text: str, start: int, end: int, out: Demographics) -> None:
        gap = self._lex.sex.near_age_max_gap
        # after the age: "58yo F", "62岁男"
        p = end
        while p < len(text) and p - end < gap and text[p] in _SEP:
            p += 1
        ch = text[p] if p < len(text) else ""
        if ch in self._near and not (p + 1 < len(text) and is_word_char(text[p + 1]) and ch.isascii()):
            out.sex = out.sex or self._near[ch]
            return
        # a relative's word straight after the age: "her 64-year-old husband" is a man (not after a
        # comma: "Boy 2y, grandmother find him" is the boy)
        word = _WORD.match(text, p) if text[end:p].strip() == "" else None
        if word is not None and len(word.group(0)) > 1 and word.group(0) in self._near:
            out.sex = out.sex or self._near[word.group(0)]
            return
        # before the age: "男，62岁"
        p = start - 1
        while p >= 0 and start - p <= gap and text[p] in _SEP:
            p -= 1
        ch = text[p] if p >= 0 else ""
        if ch in self._near and not ch.isascii():
            out.sex = out.sex or self._near[ch]

    # ---- sex ----
    def _sex_words(self, text: str, claimed: Mask, out: Demographics) -> None:
        if out.sex is not None:
            return
        weak: str | None = None
        for m in self._sex.find(text, claimed):
            sex, is_weak = m.payload[0]
            if not is_weak:
                out.sex = sex
                return
            weak = weak or sex
        out.sex = weak

    # ---- pregnancy ----
    def _pregnancy(self, text: str, mask: Mask, out: Demographics) -> None:
        has_preg_word = bool(self._preg_words.find(text)) or bool(_GRAVIDA.search(text))
        for m in self._weeks.find(text, mask):
            days = 0.0
            head = text[max(0, m.start - 10):m.start]
            g = _WEEKS_PLUS_DAYS.search(head)
            if g:  # "32+3周": weeks, then "+days", then the unit
                start = m.start - (len(head) - g.start())
                weeks, days = float(g.group(1)), float(g.group(2))
            else:
                num = self._numbers.read_before(text, m.start, max_back=20)  # "thirty three weeks"
                if num is None:
                    continue
                start, weeks = num.start, num.value
            end = m.end
            extra = _PLUS_DAYS.match(text, end)
            if extra:
                days, end = float(extra.group(1)), extra.end()
            if not 1 <= weeks <= 45:
                continue
            before = text[max(0, start - 20):start].rstrip(" ")
            after = text[end:end + 30].lstrip(" ")
            if _BORN_AT.search(before):
                continue  # "baby girl born at 38 weeks": the baby's gestation at birth, no pregnancy now
            hit_before = next((w for w in self._preg_before if before.endswith(w)), None)
            if hit_before is None and has_preg_word and 20 <= weeks <= 42:
                hit_before = next((w for w in self._person_before if before.endswith(" " + w)), None)
            hit_after = next((w for w in self._preg_after if after.startswith(w)), None)
            slash_40 = text[m.start:m.end] == "/40"
            # "29/40" is a gestation, unless a score is named just before it ("ACE-III 29/40")
            if slash_40 and not has_preg_word and (not 4 <= weeks <= 42 or _SCORE_BEFORE.search(before)):
                continue
            # "31 weeks, sudden pain ... baby moving less": the note opens with the weeks of a pregnancy
            # ...or follows straight after the opening age and sex ("28F, 33 weeks, … the midwife")
            head_said = text[:start].strip(_SEP)
            of_an_illness = bool(_NOT_GESTATION_AFTER.match(after))  # "6 weeks of cough"
            near_opening = not head_said or (len(head_said) <= 30 and not _CLAUSE_BREAK.search(head_said) and not of_an_illness)
            # "at 32 weeks" needs a pregnancy word, unless it follows the opening age ("31-year-old at
            # 34 weeks with headache"): 20–42 weeks there is a gestation, not an illness's length
            if hit_before in self._weak_before and not has_preg_word and not (near_opening and 20 <= weeks <= 42):
                hit_before = None
            # a note that opens "36 weeks, …" is a pregnancy even with no pregnancy word (20–42 weeks:
            # an illness that long is said in months)
            bare_weeks = not head_said and 20 <= weeks <= 42 and not of_an_illness
            # ...or opens a later sentence in a note that names the pregnancy ("Midwife ringing. 32 weeks,
            # second pregnancy")
            opens_sentence = bool(head_said) and head_said[-1] in _SENTENCE_ENDS and not of_an_illness
            # ...or follows a woman's age and sex later in the note ("Midwife SBAR. S: 31F, 33 weeks")
            after_woman = has_preg_word and 20 <= weeks <= 42 and not of_an_illness and bool(_WOMAN_BEFORE.search(before))
            # ...or the woman says it of herself ("I'm 9 weeks. The bleeding started this afternoon")
            said_of_herself = bool(_SHE_SAYS_I_AM.search(before)) and 4 <= weeks <= 42 and not of_an_illness
            opens_note = (near_opening and (has_preg_word and weeks >= 4 or bare_weeks)) or (
                opens_sentence and has_preg_word and weeks >= 4
            ) or after_woman or said_of_herself
            # "31+5 weeks": weeks and days is how a gestation is written, wherever it stands
            plus_days = (g is not None or extra is not None) and not of_an_illness and (has_preg_word or 20 <= weeks <= 42)
            if hit_before is None and hit_after is None and not (slash_40 and weeks == int(weeks)) and not opens_note and not plus_days:
                continue
            span_start = max(0, start - 20) + len(before) - len(hit_before) if hit_before else start
            span_end = end + (len(text[end:end + 30]) - len(after)) + len(hit_after) if hit_after else end
            _set_gestation(out, weeks + days / 7, (span_start, span_end))
            return
        for m in self._gestation_questions.find(text, mask):
            num = self._answered_number(text, m.end, mask)
            if num is not None and 4 <= num.value <= 42:
                unit = self._weeks.match_at(text, _skip_spaces(text, num.end))
                _set_gestation(out, num.value, (num.start, unit.end if unit is not None else num.end))
                return
        # obstetric shorthand with no unit: "36+1, 38F, IVF twins … antenatal bloods", "9+2 by LMP"
        g = _OPENING_WEEKS_PLUS_DAYS.match(text) or _WEEKS_PLUS_DAYS_BY_DATES.search(text) or _WEEKS_PLUS_DAYS_AT.search(text)
        gravida = g is not None and g.re is _WEEKS_PLUS_DAYS_AT and _GRAVIDA_BEFORE.search(text, 0, g.start()) is not None
        if g and (has_preg_word or gravida) and 4 <= int(g.group(1)) <= 42 and not mask.overlaps(g.start(1), g.end()):
            _set_gestation(out, int(g.group(1)) + int(g.group(2)) / 7, (g.start(1), g.end()))
            return
        # anywhere else, with a pregnancy word and in the second half of pregnancy ("31-year-old, 34+2 with twins",
        # said by the community midwife)
        if has_preg_word:
            for g in _WEEKS_PLUS_DAYS_ANY.finditer(text):
                if 20 <= int(g.group(1)) <= 42 and not mask.overlaps(g.start(1), g.end()):
                    _set_gestation(out, int(g.group(1)) + int(g.group(2)) / 7, (g.start(1), g.end()))
                    return


_SENTENCE_ENDS = ".;。；!?！？"
# where the clause that holds a corrected age starts ("我一看病历，是两岁两个月，家长口误")
_CLAUSE_STARTS = ("，", ",", "。", ".", "；", ";", "\n", "：", ":")
# months and days of a baby's age ("4个月零10天")
_MONTHS_AND_DAYS = re.compile(r"(?<![\d一二三四五六七八九十两])([\d一二三四五六七八九十两]{1,3})个月零?([\d一二三四五六七八九十两]{1,3})天")
# a woman's age and sex just before a number of weeks ("31F, 33 weeks")
_WOMAN_BEFORE = re.compile(r"(?:\b\d{1,2} ?(?:F|yo ?F|y/o ?F|yr ?F)|\d{1,2}-year-old (?:woman|lady|female)|\d{1,2}岁女(?:性)?)\s*[,，]?$", re.IGNORECASE)
# a score out of 40 named just before "N/40"
_SCORE_BEFORE = re.compile(r"\b(?:score|scored|mmse|moca|ace|ace-iii|test|scale|questionnaire|out of|total)\W*$", re.IGNORECASE)
# who may be speaking before "<name>, <age>" in a carer's report ("Grandad: Leo, 3, autistic")
_PAST_AGE_OPENERS = ("from the", "since the", "until the", "till the", "before the", "from", "since", "until", "till", "before")
_SLASH_YEARS = {"52": 7 / 365, "12": 1 / 12}  # "6/52" six weeks, "4/12" four months
# "Amira, 18 months,", "baby Isla, 7 weeks,", "Noah, 7,": a capitalised name, a comma, the age, a break
_COMMA_NAMED_AGE = re.compile(
    r"(?<![A-Za-z'’-])(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s+(?P<age>\d{1,3})"
    r"(?:\s*(?P<unit>months?|mos?|mths?|weeks?|wks?|days?|years?|yrs?|y/o|yo|y)(?![A-Za-z]))?"
    r"(?=\s*(?:[,;)–—]|\.(?!\d)|$))"
)
_BRACKET_NAMED_AGE = re.compile(
    r"(?<![A-Za-z'’-])(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+\((?P<age>\d{1,3})"
    r"(?:\s*(?P<unit>months?|mos?|mths?|weeks?|wks?|days?|years?|yrs?|y/o|yo|y)(?![A-Za-z]))?\)"
)
_PERSON_OF_AGE = re.compile(r"\b(?:lady|man|woman|gentleman|gent|chap|fellow|girl|boy|lad|lass) of (\d{1,3})\b(?!\s*(?:[.,]\d|%|kg|mg|days?|weeks?|months?|years? ago))")
_MONTHS_AGO = ("前", "以前", "之前", " ago")
_ELDER_COMMA_AGE = re.compile(
    r"\b(?:my|her|his|our|their)\s+(?P<elder>[a-z]+),\s+(?P<age>\d{2,3})(?=\s*(?:[,;)–—]|\.(?!\d)|$))", re.IGNORECASE
)
_KIN_COMMA_AGE = re.compile(
    r"\b(?:my|her|his|our|their)\s+(?:little\s+|baby\s+|youngest\s+|eldest\s+)?"
    r"(?:son|daughter|baby|grandson|granddaughter|boy|girl|niece|nephew),\s+(?P<age>\d{1,3})"
    r"(?:\s*(?P<unit>months?|mos?|mths?|weeks?|wks?|days?|years?|yrs?|y/o|yo|y)(?![a-z]))?"
    r"(?=\s*(?:[,;)–—]|\.(?!\d)|$))",
    re.IGNORECASE,
)
_NAMED_UNITS = {"mo": 1 / 12, "mth": 1 / 12, "w": 7 / 365, "d": 1 / 365, "y": 1.0}
# "Leo is 7 weeks", "Alfie's 3", "My niece is 5", "my neighbour's boy is 4", "my little sister is 3": who, then "is" or "'s"
_PERSON_IS_AGE = re.compile(
    r"(?:(?<![A-Za-z'’-])(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"|(?i:\b(?:my|her|his|our|their)\s+(?:[a-z]+['’]s\s+)?(?:little\s+|wee\s+|youngest\s+|eldest\s+)?"
    r"(?:niece|nephew|cousin|grandson|granddaughter|son|daughter|boy|girl|baby|lad|lass|kid|toddler|child|bairn|wean))"
    r"|(?i:\bthe\s+(?:bairn|wean|baby|toddler|little\s+one))"
    # a sibling the writer texts about ("my little sister is 3"), never "his brother is 40" (family history)
    r"|(?i:\b(?:my|our)\s+(?:little\s+|baby\s+|big\s+|younger\s+|older\s+|kid\s+)?(?:sister|brother))"
    # a grown-up the writer speaks for ("My dad's 83.", "my mum's 79 and …")
    r"|(?i:\b(?:my|our)\s+(?P<elder>dad|mum|mom|father|mother|husband|wife|partner|nan|nana|gran|granny|grandma|grandad|"
    r"granddad|grandpa|grandmother|grandfather|uncle|aunt|auntie)))"
    r"(?:\s+is(?:\s+(?:only|just|now))?|['’]s(?:\s+(?:only|just|now))?)\s+"
)
_PERSON_AGE_UNIT = re.compile(
    r"\s*(?P<half>and\s+a\s+half\s+)?(?P<unit>months?|mos?|weeks?|wks?|days?|years?|yrs?)(?:\s+old)?(?![A-Za-z])", re.IGNORECASE
)
# what may follow the age: a break, "and …", "now", "today"
_PERSON_AGE_BREAK = re.compile(r"\s*(?:[,;)–—]|\.(?!\d)|$|and\b|now\b|today\b|on\b|next\b|in\b|but\b|with\b|he\b|she\b|i\b)", re.IGNORECASE)
# a pronoun's age counts only in months, weeks or days ("He is 20 months.")
_PRONOUNS = frozenset({"he", "she"})
# capitalised words that open a sentence and are no one ("It's 3 days", "That's 2 tablets")
_NOT_PERSONS = frozenset({"it", "that", "this", "there", "here", "what", "which", "who", "they", "we", "i",
                          "everything", "nothing", "today", "tomorrow", "yesterday", "now", "mine", "his", "hers", "one",
                          "mum", "mom", "dad", "nan", "gran", "grandma", "grandad", "grandpa", "husband", "wife"})
# a capitalised word after these opens a sentence or a field: a heading or a finding, not a name
_OPENS_AFTER = _SENTENCE_ENDS + ":：\n"
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})


def _named_age_pattern(named: NamedAge) -> re.Pattern[str]:
    """A name with its age after it: after a title ("Mrs Wilson 88"), opening the line or after a dash, or
    after "for" in a call handler's note ("for Oscar, 4.")."""
    titles = "|".join(sorted((re.escape(t) for t in named.titles), key=len, reverse=True))
    elders = "|".join(sorted((re.escape(t) for t in named.elders), key=len, reverse=True)) or "(?!)"
    children = "|".join(sorted((re.escape(t) for t in named.children), key=len, reverse=True)) or "(?!)"
    word = r"[a-z][a-z'’-]*"
    words = rf"{word}(?:\s+{word}){{0,{named.max_name_words - 1}}}"
    return re.compile(
        rf"(?:(?:^|(?<=[\s(]))(?P<title>{titles})\.?\s+(?:{words},?\s+)?|(?:^|(?<=[–—]))\s*(?P<name>{words}),?\s+"
        # a call handler's "Caller: wife, for Ron, 72."
        rf"|(?<=\bfor )(?P<for_name>{words}),?\s+"
        # a carer speaking: "Dad: Theo, 2, autistic", "Grandad: Leo, 3," (the label is checked by the caller)
        rf"|(?<=: )(?!(?:his|her|our|my)\s)(?P<label_name>{words}),\s*"
        # a parent about their child: "Mam from Jarrow about her bairn, 2."
        rf"|(?<=\bher |\bhis |\bour )(?P<kin>{children}),\s*"
        # a relative writing about a grown-up relative by name: "her dad Leslie, 83,"
        rf"|(?:(?<=\bher )|(?<=\bhis )|(?<=\bour )|(?<=\bmy ))(?P<elder>{elders})\s+(?P<elder_name>{word}),\s*)"
        r"(?P<age>\d{1,3})(?:/(?P<slash>52|12)|\s+(?P<months>months?)(?![a-z]))?(?=\s*(?:[,;)–—]|\.(?!\d)|-\s|$)|\s+[a-z–—-])"
    )


# "11m": months up to this number when the "m" is lower case and stuck to it
_MONTHS_MAX_LOWER_M = 11
# an infant's age that opens the note: within its first characters, before any punctuation
_OPENING_CHARS = 8
_OPENING_BREAK = re.compile(r"[,，.。;；:：!！?？\n]")
_YEARS_SAID = re.compile(r"\d|岁|years?|yrs?", re.IGNORECASE)  # "2岁3个月": the months follow the years
# at most one comma may separate the opening age/sex from the weeks ("28F, 33 weeks")
_CLAUSE_BREAK = re.compile(r"[.;。；!?！？]|[,，].*[,，]")
# "28F, 6 weeks of cough": weeks of an illness, not of a pregnancy ("6 weeks old": a baby's age)
_BORN_AT = re.compile(r"\b(?:born|delivered|birth)(?:\s+at)?$", re.IGNORECASE)
_SHE_SAYS_I_AM = re.compile(r"(?:^|[.!?,;:]\s*|\b(?:and|now|so)\s+)(?:i['’]m|i am)(?:\s+now|\s+only|\s+just)?$", re.IGNORECASE)
_NOT_GESTATION_AFTER = re.compile(
    r"(?:of|ago|history|hx|since|post|after|duration|now|old|on|off|clean|sober|out|into(?!\s+(?:(?:her|my|the|this|a|his\s+wife's)\s+)?(?:(?:first|second|third|fourth|fifth|twin|current|new)\s+)?pregnancy))\b"
    r"|[的前后来]"
)


def _set_gestation(out: Demographics, weeks: float, span: tuple[int, int]) -> None:
    out.pregnant = True
    out.gestation_weeks = round(weeks, 2)
    out.sex = "female"
    out.spans.append(span)
    out.pregnancy_span = span


# the age alone opening dictation: a pause after the number, or a dash after an infant's unit
_OPENING_PAUSE = re.compile(r"\s*(?:[,.;]|[—–-]\s)")
_OPENING_DASH = re.compile(r"(?:\s+old)?\s*[—–-]\s")
_OPENING_WEEKS_PLUS_DAYS = re.compile(r"\s*(\d{1,2})\+([0-6])(?![\d/.])")
# "9+2 by LMP", "12+3 by dates", "20+1 on scan": weeks+days dated anywhere in the note
_WEEKS_PLUS_DAYS_BY_DATES = re.compile(r"(?<![\d.])(\d{1,2})\+([0-6])\s+(?:by lmp|by dates|by scan|on scan|by u/?s)", re.I)
# "G1 at 36+2", "now 28+4": weeks+days after "at" or "now" (a gravida before it names the pregnancy)
_WEEKS_PLUS_DAYS_AT = re.compile(r"\b(?:at|now)\s+(\d{1,2})\+([0-6])(?![\d/.])", re.I)
_WEEKS_PLUS_DAYS_ANY = re.compile(r"(?<![\d./:+-])(\d{1,2})\+([0-6])(?![\d/%]|\.\d)")
_GRAVIDA_BEFORE = re.compile(r"\bg\d{1,2}(?:\s*p\d{1,2})?\s*$", re.I)


def _phrase_sex(phrase: str, word_sex: dict[str, str]) -> str | None:
    """The sex a phrase names: its own, else that of its last word that has one ("my daughter is")."""
    key = phrase.lower()
    if key in word_sex:
        return word_sex[key]
    return next((word_sex[w] for w in reversed(key.split()) if w in word_sex), None)


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _named_years(g: re.Match[str]) -> float:
    """The age a named-age match gives, in years ("Amira, 18 months" -> 1.5)."""
    unit = (g.group("unit") or "").lower()
    return int(g.group("age")) * next((v for k, v in _NAMED_UNITS.items() if unit.startswith(k)), 1.0)


def _infant_unit(inf: InfantMonths) -> tuple[PhraseMatcher[float], PhraseMatcher[bool], list[str], tuple[str, ...]]:
    return (
        PhraseMatcher([(w, inf.years) for w in inf.units.all()], digit_before_ok=True),
        PhraseMatcher([(w, True) for w in inf.followed_by]),
        sorted((w.lower() for w in inf.preceded_by), key=len, reverse=True),
        tuple(w.lower() for w in inf.not_followed_by),
    )


def _word_before(text: str, start: int, words: list[str]) -> bool:
    """One of ``words`` right before the number ("宝宝5个月", "患儿，3个月", "出生50天")."""
    p = start
    while p > 0 and text[p - 1] in _SEP:
        p -= 1
    head = text[max(0, p - max((len(w) for w in words), default=0)):p]
    return any(head.endswith(w) for w in words)

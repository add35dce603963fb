"""Typed loading of the extractor's lexicon files (knowledge_base/lexicon/*.yaml).

context.yaml, measurements.yaml, derived.yaml, demographics.yaml and medications.yaml:
all words, units and thresholds the extractor uses live there, not in code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assistant.clinical.assessment import Source
from assistant.clinical.numbers import NumberWords
from assistant.yaml_data import load_yaml


class Words(BaseModel):
    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)

    def all(self) -> list[str]:
        return [str(w) for w in self.en + self.zh]


# ---------------- context.yaml ----------------
TriggerKind = Literal["negated", "uncertain", "affirmed", "family", "allergy", "history"]


class TriggerGroup(Words):
    kind: TriggerKind
    direction: Literal["pre", "post", "both"]
    max_scope: int | None = None
    through_commas: bool = False
    # a bare kinship word as the first words said names the patient ("奶奶摔倒了", "Grandma
    # collapsed"): it opens no scope there
    patient_when_first_words: bool = False
    # false: a comma ends the scope even before a list ("took no antimalarials, fevers and rigours")
    comma_lists: bool = True
    # terminator words that do not end this scope ("告知如出现持续眩晕伴走路不稳、说话不清" is all advice);
    # punctuation and other words still do
    through_words: list[str] = Field(default_factory=list)
    # when set, the scope applies only to these findings ("unchanged" makes an old deficit history,
    # not a chest pain); other findings in it are passed over
    findings: list[str] = Field(default_factory=list)
    # ...or to all but these: a neighbour's story ("我们楼下老张……嘴歪了") holds no suicidal thought the
    # patient says next to it ("我跟我们楼下的说，我不想活了")
    except_findings: list[str] = Field(default_factory=list)
    # history at a past date ("last spring", "去年冬天"): an exposure in the scope is over, and a finding
    # with a `when_past` form in the findings lexicon is read as that form (an overdose then is a
    # history of self-harm now)
    dated: bool = False
    # a form's tick box, said both ways: it looks back after a field's colon or at the end of a line
    # ("捻发音：☐"), else forward to the item it stands before ("☐ 呕吐")
    tick_box: bool = False
    # the answer to a question the doctor reports asking ("问他有没有想伤害自己，他摇头"): it decides over
    # the question's own hedge, however near that is
    decides: bool = False


class Terminators(Words):
    punctuation: list[str] = Field(default_factory=list)
    clause_commas: list[str] = Field(default_factory=list)


class QualifierSet(BaseModel):
    window: int = 8
    onset: dict[str, Words] = Field(default_factory=dict)
    severity: dict[str, Words] = Field(default_factory=dict)
    laterality: dict[str, Words] = Field(default_factory=dict)
    site: dict[str, Words] = Field(default_factory=dict)
    # words that hold a qualifier's word but are none ("一分钟左右" is about a minute, not the left)
    not_qualifiers: Words = Field(default_factory=Words)


class LanguageRule(BaseModel):
    zh_min_cjk_ratio: float


class DialogueLexicon(BaseModel):
    """How a yes or a no answers the question before it (assistant/clinical/dialogue.py)."""

    answer_no: Words
    answer_yes: Words
    answer_unsure: Words = Field(default_factory=Words)  # "不知道", "not sure": neither
    answer_lead_ins: Words = Field(default_factory=Words)
    speaker_label_max: int = Field(default=10, ge=1)
    # how/when/where questions take their findings as given: English opens with one of these words,
    # Chinese has one anywhere and none of `yes_no_question_words`
    wh_question_openers: Words = Field(default_factory=Words)
    wh_question_words: Words = Field(default_factory=Words)
    whether_question_openers: Words = Field(default_factory=Words)  # "What about ketones?": not given
    yes_no_question_words: Words = Field(default_factory=Words)
    # a question that asks whether (English opens with one of `en`; a Chinese clause holds one of `zh`),
    # answered with neither a yes nor a no: what it asks stays asked
    asks_whether: Words = Field(default_factory=Words)
    others_question_words: Words = Field(default_factory=Words)  # "Anyone else at home ill?": not the patient
    # "哪儿疼？后背。", "Where's the pain? In my back.": the answer names the site of what was asked
    where_question_words: Words = Field(default_factory=Words)
    where_answer_window: int = Field(default=3, ge=0)  # words / CJK characters before the site
    where_named_parts: Words = Field(default_factory=Words)  # "胃哪儿不舒服？": the question names the part
    antecedent_sentences: int = Field(default=2, ge=0)  # sentences back to what "it" is ("Where is it?")
    # a question written without a question mark, as a call taker notes it: an opener, what was asked, a
    # dash, the answer ("问呕吐、嗜睡、抽搐——都没有", "? vomiting, weakness, fits — none")
    listed_question_openers: Words = Field(default_factory=Words)
    listed_question_max: int = Field(default=120, ge=1)  # characters from the opener to the dash


class Retractions(BaseModel):
    """A self-correction that takes back what was said just before it ("— no,", "更正")."""

    reach: int = Field(default=8, ge=0)  # words / CJK characters before the correction
    words: Words = Field(default_factory=Words)
    # what, said right after the "no", compares instead of taking back ("she always has headaches — no,
    # never like this")
    unless_next: Words = Field(default_factory=Words)
    # what, said right before it, makes it someone's doubt rather than a correction ("她觉得“可能看错了”")
    unless_before: Words = Field(default_factory=Words)


class FirstClaims(BaseModel):
    """What someone said first, in quotes, and the text later revises ("她一开始说“胸痛”…其实不是痛",
    "at first he said 'both legs', … actually only the left"): the quoted words are only a claim."""

    openers: Words = Field(default_factory=Words)  # right before the opening quote
    revisions: Words = Field(default_factory=Words)  # somewhere after the closing quote
    # after the closing quote: "'Lost the sight in my eye,' says this 27F – asking more, it was zigzags"
    after_quote: Words = Field(default_factory=Words)
    # reported without quotes, to the next dash or full stop ("Mum said on the phone he had a fever –
    # she now says it was 37.4"), taken up by a stronger revision within the next sentences
    reported_openers: Words = Field(default_factory=Words)
    reported_revisions: Words = Field(default_factory=Words)


class SpeechBreaks(BaseModel):
    """Marks of a sentence broken off and taken up again (`marks`: dashes, ellipses), dropped after one of
    `after` (words that cannot end a clause), or with the word before them when it is said again."""

    marks: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    between_cjk: list[str] = Field(default_factory=list)  # dropped between any two Chinese characters


class ContextLexicon(BaseModel):
    language: LanguageRule
    default_max_scope: int
    triggers: list[TriggerGroup]
    pseudo_triggers: Words
    terminators: Terminators
    # words that may come before such a sentence-opening kinship word ("my", "我家")
    patient_prefixes: Words = Field(default_factory=Words)
    # a message's greeting or apology before the first words ("Hi, sorry. My uncle's a heavy drinker",
    # "医生，问你个事，我妈她……"): the relative named next still opens what is said
    message_openers: Words = Field(default_factory=Words)
    # a surname before the kinship word names the patient on a clinic list ("王奶奶 70 头痛")
    kin_surnames: Words = Field(default_factory=Words)
    # ...and words after it that make it family history after all ("母亲有高血压", "mother had")
    kin_history_verbs: Words = Field(default_factory=Words)
    # ...or a word after it that makes the relative the informant or the actor ("妈妈讲：", "外婆把…")
    informant_verbs: Words = Field(default_factory=Words)
    list_connectors: Words
    # after a comma, words that open a new clause: a denial said over its whole list ends there
    comma_clauses: Words = Field(default_factory=Words)
    # words naming the present ("today", "今天"): a dated past's scope ends at them ("last year he have the
    # balloon in the big blood pipe in tummy today he have very bad back pain")
    present_words: Words = Field(default_factory=Words)
    negated_forms: dict[str, list[str]] = Field(default_factory=dict)
    # English words that, anywhere in a finding's words, make it carry its own negation ("doesn't know
    # where he is"): an outer denial stops before it
    inner_negations: list[str] = Field(default_factory=list)
    # Chinese finding openings that are no negation ("无力"): such a finding carries none of its own
    not_own_negations: list[str] = Field(default_factory=list)
    qualifiers: QualifierSet
    # hesitation words a speech recogniser writes ("back from um the DRC"), dropped before matching
    speech_fillers: Words = Field(default_factory=Words)
    # words whose 儿 is not the 儿 of northern speech ("婴儿", "儿子", "哪儿"); any other 儿 after a
    # Chinese character is dropped before matching ("喘气儿挺顺" reads as "喘气挺顺")
    erhua_kept: list[str] = Field(default_factory=list)
    # quotation marks, dropped the same way ('baby "has barely moved"'); an apostrophe stays
    quote_marks: list[str] = Field(default_factory=list)
    side_words: Words = Field(default_factory=Words)
    # English words kept as said when a finding's words are folded to their dictionary forms ("she
    # faint", "he vomit blood"): a word whose folding would merge it with an unrelated one
    unfolded_words: list[str] = Field(default_factory=list)
    dialogue: DialogueLexicon | None = None
    # words of a phrase that change when it is said to the patient ("his head" -> "your head")
    addressed_forms: dict[str, str] = Field(default_factory=dict)
    # articles a phrase is also matched without ("pain under right ribs", "lump in right groin")
    droppable_articles: list[str] = Field(default_factory=list)
    retractions: Retractions = Field(default_factory=Retractions)
    first_claims: FirstClaims = Field(default_factory=FirstClaims)
    # unpunctuated speech: a determiner opening a clause with its own verb ends a scope
    clause_openers: ClauseOpeners | None = None
    # words that hold a finding's name but name something else ("胸痛中心", "stroke unit"): not findings
    not_findings: Words = Field(default_factory=Words)
    # words a finding's phrase may not start inside ("今早醒来" holds no "早醒"): they keep their characters
    whole_words: Words = Field(default_factory=Words)
    # words opening a bracket that sets something aside from a form's item ("Loss of vision (apart from
    # zigzags): no"): what the bracket names is not what the item's answer is about
    exception_openers: Words = Field(default_factory=Words)
    past_years: PastYears | None = None
    # a start word before an exposure dated in the past ("started ramipril two years ago", "两年前开始吃…"): the
    # exposure began then and goes on, so the date does not end it
    ongoing_start_words: Words = Field(default_factory=Words)
    speech_breaks: SpeechBreaks = Field(default_factory=SpeechBreaks)
    field_answers: FieldAnswers | None = None
    # a sentence opening with one of these, then an onset, says how the last finding before came on
    # ("Worst headache of my life. It built up over a couple of hours.")
    pronoun_openers: Words = Field(default_factory=Words)
    # words of constancy that may come before a degree word inside a compound ("说话一直有点含糊")
    constancy_words: Words = Field(default_factory=Words)
    history_current: HistoryCurrent | None = None


class ClauseOpeners(BaseModel):
    """"no injury the testis is sitting high": `determiners`, then at most `max_words_between`
    words, then one of `verbs` open a new clause, which ends the scope before it."""

    determiners: list[str]
    verbs: list[str]
    max_words_between: int = 2


class FieldAnswers(BaseModel):
    """A form's field answered after its colon, the answer ending the field ("低血糖反应：1无",
    "Chest pain: N", "胸痛：是"): the answer settles the field's name, looking back `scope` units."""

    negated: Words
    affirmed: Words = Field(default_factory=Words)
    scope: int = 6


class HistoryCurrent(BaseModel):
    """A finding in an undated history scope with a duration of its own of up to `within_days` is
    today's, unless one of `ago_words` follows the duration ("chest pain 3 weeks ago" stays past)."""

    within_days: float
    ago_words: Words = Field(default_factory=Words)
    # events that last minutes: "seizure 2 days ago" says when, not how long ("a seizure for 2 days")
    episodes: list[str] = Field(default_factory=list)
    # ...unless the same sentence says the event is still going on: then the time since it began is
    # how long it has lasted ("it started 6 minutes ago and hasn't stopped")
    still_going: Words = Field(default_factory=Words)


class PastYears(BaseModel):
    """A calendar year before the current one dates what is said with it, as a dated history trigger
    ("a bleeding ulcer in 2020", "in 2018 she took an overdose", "2019年脑梗"). English opens the year
    with one of `en_before`; Chinese closes it with one of `zh_after`, unless one of `zh_not_after`
    follows, which makes the year a start ("2019年开始血压高" is still going on)."""

    en_before: list[str]
    zh_after: list[str]
    zh_not_after: list[str] = Field(default_factory=list)
    earliest: int = 1900
    pre_scope: int
    post_scope: int


# ---------------- measurements.yaml ----------------
class UnitDef(BaseModel):
    names: list[str]
    scale: float = 1.0
    shift: float = 0.0
    add: float = 0.0
    implied: bool = False
    unit_only: bool = False
    decimal_follows: bool = False
    # where the reading was taken ("38.3 under the arm", "100.6 rectal"): it marks the number as this
    # measurement but says nothing of its unit, which is read as if none were said
    site: bool = False
    # the finding the unit's word also says ("pulse 128 irregular": a rate of 128 and an irregular pulse)
    finding: str | None = None

    def convert(self, value: float) -> float:
        return (value + self.shift) * self.scale + self.add


class BareDecimal(BaseModel):
    """When a lone "38.8" is read as the measurement: one decimal, within bounds, and not right
    after one of `not_after` (another quantity's name) or before a word (its unit)."""

    bounds: tuple[float, float]
    not_after: Words = Field(default_factory=Words)
    after: Words = Field(default_factory=Words)  # words of where or when between it and the clause end


class MeasurementDef(BaseModel):
    id: str
    kind: Literal["vital", "lab"]
    unit: str
    names: Words
    # names another measurement also has, tried only after that one found no value in its range
    # ("pulse oximeter reads 270": not a saturation, so the pulse rate it shows)
    shared_names: Words = Field(default_factory=Words)
    value: Literal["numeric", "dipstick", "numeric_or_qualitative"] = "numeric"
    range: tuple[float, float] | None = None
    units: list[UnitDef] = Field(default_factory=list)
    out_of: float | None = None
    # words after which a bare number is this measurement; the word itself is left to the findings
    cues: Words = Field(default_factory=Words)
    # words just before "<number><unit-only unit>" that make it something else (an angle)
    unit_only_not_after: Words = Field(default_factory=Words)
    # a number with one decimal and nothing named around it, read as this measurement in these bounds
    bare_decimal: BareDecimal | None = None
    # a whole number said in words in these bounds, then one digit word, is a decimal, as dictated
    # ("temp thirty eight nine" = 38.9)
    spoken_decimal: tuple[float, float] | None = None
    # the measurement that holds the person's own earlier value of this one ("creatinine 412
    # (baseline 98)" -> creatinine_baseline 98); see `trends` in MeasurementLexicon
    baseline: str | None = None
    # the measurement that keeps the highest of several readings when a later one is lower ("38.4 … now
    # 37.4 after Calpol" -> temp_c 37.4, temp_c_peak 38.4): what was recorded stays on record
    peak: str | None = None
    # the measurement a unit-only reading is when one of that measurement's names comes shortly before
    # in the same sentence ("building site, 36 °C today": the weather, ambient_temp_c, not the body)
    surroundings: str | None = None
    # named in the clinical vocabulary that expands retrieval queries; the weather's words ("天气", "outside") are not
    vocabulary: bool = True


class BarePair(BaseModel):
    """When two numbers said with no name ("210/130") are read as the pair."""

    separators: list[str]
    first: tuple[float, float]
    second: tuple[float, float]
    min_gap: float = 0
    # separators that also join lists ("、"), read as the pair only after one of `cued_by` in the
    # same sentence ("各量一遍，都是二百三十、一百三十五")
    list_separators: list[str] = Field(default_factory=list)
    cued_by: Words = Field(default_factory=Words)


class PairDef(BaseModel):
    ids: tuple[str, str]
    names: Words
    unit_only: list[str] = Field(default_factory=list)
    bare: BarePair | None = None
    # readings said each after a different limb's word: the higher first value is kept
    per_limb: Words = Field(default_factory=Words)
    # ...and the difference between the limbs' first values is kept as this measurement
    limb_difference: str | None = None
    # names that read only a whole pair ("right arm one ninety over a hundred"), never a lone first number
    whole_pair_only: bool = False


class DurationUnit(Words):
    days: float


class DurationLexicon(BaseModel):
    units: list[DurationUnit]
    slash_notation: dict[str, float] = Field(default_factory=dict)
    half: Words = Field(default_factory=Words)
    approx_suffix: Words = Field(default_factory=Words)
    prefix: Words = Field(default_factory=Words)
    vague: Words = Field(default_factory=Words)


class QualitativeWords(BaseModel):
    positive: Words
    negative: Words
    trace: Words


class RatioDef(BaseModel):
    """A reading made of two others: PEF as a percentage of the patient's best."""

    id: str
    kind: Literal["vital", "lab"] = "vital"
    of: str
    to: str
    unit: str = "%"


class TrendWords(BaseModel):
    """How a result is said beside the person's earlier value of it."""

    # before the earlier value, then `to` before the latest: "from 80 to 210", "从平时160升到330"
    from_: Words = Field(default_factory=Words, alias="from")
    to: Words = Field(default_factory=Words)
    # after an earlier value, dating it, before `to` and the latest: "88 last month, now 356"
    dated: Words = Field(default_factory=Words)
    # after a reading, before its earlier value: "412 (baseline 98)", "260（三个月前体检是70）"
    earlier: Words = Field(default_factory=Words)
    reach: int = Field(default=40, ge=0)  # characters from a reading to an `earlier` word


class MeasurementLexicon(BaseModel):
    fillers: Words
    # longer words that contain a measurement name but are not that measurement
    # ("便潜血" is faecal occult blood, not the urine dipstick "潜血"): matched and skipped
    not_measurements: Words = Field(default_factory=Words)
    pair_separators: Words
    # separators speech recognition writes for a spoken one; a pair only when the second number is lower
    pair_separators_heard: Words = Field(default_factory=Words)
    approximate_suffixes: Words = Field(default_factory=Words)
    # said after a number to make it a lower bound ("七十多", "130-odd"): the value is over the number
    lower_bound_suffixes: Words = Field(default_factory=Words)
    # said after or before a number to make it an upper bound ("35度以下", "below 35"): the value is under it
    upper_bound_suffixes: Words = Field(default_factory=Words)
    upper_bound_prefixes: Words = Field(default_factory=Words)
    # between two readings of one measurement: the later is kept
    repeat_connectors: Words = Field(default_factory=Words)
    # a self-correction after a reading, with words before the value meant ("sats ninety-six — no,
    # sorry, eighty-six", "血压一百四十五的九十五——更正，刚才袖带绑松了，重新量是一百六十五的一百零八")
    correction_connectors: Words = Field(default_factory=Words)
    correction_reach: int = Field(default=60, ge=0)  # characters from the connector to the value meant
    qualitative: QualitativeWords
    dipstick_grades: dict[str, float]
    number_words: NumberWords
    chinese_numeral_chars: str
    pairs: list[PairDef]
    durations: DurationLexicon
    measurements: list[MeasurementDef]
    ratios: list[RatioDef] = Field(default_factory=list)
    trends: TrendWords = Field(default_factory=TrendWords)

    def by_id(self) -> dict[str, MeasurementDef]:
        return {m.id: m for m in self.measurements}


# ---------------- derived.yaml ----------------
class RuleWhen(BaseModel):
    sex: Literal["male", "female"] | None = None
    age_min: float | None = None
    age_max: float | None = None
    pregnant: bool | None = None


class DerivedRule(BaseModel):
    finding: str
    measurement: str
    op: Literal["gt", "gte", "lt", "lte"] | None = None
    value: float | None = None
    qualitative: Literal["positive"] | None = None
    when: RuleWhen = Field(default_factory=RuleWhen)
    derive_absent: bool = True
    absent_lte: float | None = None  # derive "absent" only at or below this value (dipsticks)
    # the finding is a state of the moment (conscious level): a reading said after the words
    # describes now, so a normal one settles the finding as absent ("drowsy after the fit … now GCS 15")
    current_state: bool = False
    source: Source


class DurationRule(BaseModel):
    """A finding implied by how long another stated finding has lasted."""

    finding: str
    from_finding: str = Field(alias="from")
    gt_days: float
    max_days: float | None = None  # longer durations describe something else (see derived.yaml)
    source: Source


class QualifiedRule(BaseModel):
    """A specific finding made of a stated finding and a word that qualifies it, said apart
    ("chest tightness … woke him last night" -> rest chest pain)."""

    finding: str
    of: list[str]  # any of these findings, said present
    qualifier: str


class OnsetRule(BaseModel):
    """A specific finding made of a stated finding and the onset said of it ("sudden tearing chest
    pain" -> sudden-onset chest pain)."""

    finding: str
    of: str
    onset: Literal["sudden", "gradual"]


class DerivedLexicon(BaseModel):
    assume_age_years_when_unknown: float
    rules: list[DerivedRule]
    durations: list[DurationRule] = Field(default_factory=list)
    qualified: list[QualifiedRule] = Field(default_factory=list)
    onsets: list[OnsetRule] = Field(default_factory=list)


# ---------------- demographics.yaml ----------------
class AgeUnit(Words):
    years: float


class InfantMonths(BaseModel):
    units: Words
    years: float
    followed_by: list[str]
    preceded_by: list[str] = Field(default_factory=list)  # "宝宝5个月": an infant word, then the months
    # words right after the unit that make it a time, not an age ("宝宝，10天前开始咳嗽")
    not_followed_by: list[str] = Field(default_factory=list)
    # read only when no other age is said: a newborn visit's day is also the mother's postnatal day
    last_resort: bool = False


class ExtraMonths(BaseModel):
    """Months said after the years of an age: "1岁8个月", "2 years 3 months old"."""

    units: Words
    years: float


class AfterSexWord(BaseModel):
    """Clinic shorthand with no age unit: a sex word, then a bare number ending the clause ("男六十，")."""

    words: Words
    separators: list[str]
    then: list[str]
    # after an English sex word only these end the number ("Woman, 39." is an age; in "man 2 days
    # post-op" the number runs on)
    then_latin: list[str] = Field(default_factory=list)
    min_years: float = 1


class NamedAge(BaseModel):
    """A triage list's "Mrs Wilson 88 – fall", "Baby Finn 4/12 – grunting", "Sophie 27, LMP 6/52": a name
    with the age after it, the name opening the line (or after a dash) or after a title."""

    titles: dict[str, Literal["male", "female"] | None] = Field(default_factory=dict)
    # words that open a line with a number after them and are no name ("Day 3,", "Bed 12 –")
    not_names: frozenset[str] = frozenset()
    # a number followed by one of these is a quantity, not the age ("Mrs Lee 3 days of cough")
    not_before: frozenset[str] = frozenset()
    # clinical scores written with their value in brackets ("Wells (4)"): no name with an age ("Noah (2)")
    scores: frozenset[str] = frozenset()
    max_name_words: int = 2
    # a child named by kinship before the age: "her bairn, 2." (under 18: a grown-up son is a relative)
    children: list[str] = Field(default_factory=list)
    # a grown-up relative named before the age: "her dad Leslie, 83," (the kin word gives the sex)
    elders: dict[str, Literal["male", "female"]] = Field(default_factory=dict)
    # who may speak before a name and its age: "Dad: Theo, 2,", "Support worker: Nathan, 35,"
    speakers: frozenset[str] = frozenset()


class AgeLexicon(BaseModel):
    units: list[AgeUnit]
    months_before_infant: InfantMonths
    # the same pattern for other infant units: "出生50天", "生后6周", "50天的宝宝"
    infant_ages: list[InfantMonths] = Field(default_factory=list)
    months_after_years: ExtraMonths | None = None
    before_number: Words
    # words after an age that call an earlier one a slip of the tongue ("是两岁两个月，家长口误")
    slips: Words = Field(default_factory=Words)
    # a relative named earlier in the sentence makes "aged 52" their age, not the patient's
    relative_words: Words = Field(default_factory=Words)
    # words after an age unit that make it a bound ("3月龄以下"), not an age
    not_an_age_after: Words = Field(default_factory=Words)
    # a parent word right after an age ("17岁的年轻妈妈抱着六周大的儿子"): that age is the informant's
    # when the text gives another one
    parent_after_age: Words = Field(default_factory=Words)
    half: Words
    range_years: tuple[float, float]
    after_sex_word: AfterSexWord | None = None
    # dictated with no unit, the number first: "sixty five man, stents in 2019", "65 woman, SOB"; only
    # where the note opens or a sentence starts
    before_sex_word: Words = Field(default_factory=Words)
    # a consultation: the age is the answer to an age question ("How old is she?" "Six weeks.")
    age_questions: Words = Field(default_factory=Words)
    named: NamedAge | None = None


class SexLexicon(BaseModel):
    male: Words
    female: Words
    weak: list[str]
    near_age_only: list[str]
    near_age_letters: dict[str, Literal["male", "female"]]
    near_age_max_gap: int


class PregnancyLexicon(BaseModel):
    week_units: Words
    before: Words
    after: Words
    weak_before: list[str]
    # said of a person ("Jess is 34 weeks and has a banging headache"): a gestation only from 20 weeks and
    # with a pregnancy word in the text (below 20 weeks it is a baby's age: "Leo is 7 weeks")
    person_before: list[str] = Field(default_factory=list)
    pregnancy_words: Words
    # a consultation: the weeks said as the answer ("How many weeks are you now?" "Thirty-four.")
    gestation_questions: Words = Field(default_factory=Words)
    finding_id: str
    # the finding that a stated gestation at or beyond `from_weeks` also says ("孕36周" -> second half of pregnancy)
    later_finding: "GestationFinding | None" = None
    # below this age a pregnancy word is someone else's ("20-month-old found with her pregnancy iron tablets")
    min_age_years: float = 0


class GestationFinding(BaseModel):
    id: str
    from_weeks: float


PregnancyLexicon.model_rebuild()


class DemographicsLexicon(BaseModel):
    age: AgeLexicon
    sex: SexLexicon
    pregnancy: PregnancyLexicon


# ---------------- compounds.yaml ----------------
class CompoundDef(BaseModel):
    finding: str
    site: Words
    state: Words
    block: Words = Field(default_factory=Words)
    # an English state said right after the site's comma also counts ("the right knee, hot, swollen")
    after_comma: bool = False


class CountedDef(BaseModel):
    """A finding said as a count ("吞下约30片", "swallowed 24 tablets"): one of `verbs`, then any of
    `between`, a number of at least `at_least`, any of `more` ("二十多片"), then one of `units` or a
    drug's name. One of `spread` in the same sentence spreads the count over time ("over the week")."""

    finding: str
    at_least: float
    verbs: Words
    between: Words = Field(default_factory=Words)
    more: Words = Field(default_factory=Words)
    units: Words
    spread: Words = Field(default_factory=Words)


class CompoundLexicon(BaseModel):
    window: int
    compounds: list[CompoundDef]
    counted: list[CountedDef] = Field(default_factory=list)
    # one phrase that says two or more findings at once ("n/v" -> nausea and vomiting)
    combined: dict[str, list[str]] = Field(default_factory=dict)


# ---------------- medications.yaml ----------------
class Drug(Words):
    name: str


class ExtractionLexicon(BaseModel):
    context: ContextLexicon
    measurements: MeasurementLexicon
    derived: DerivedLexicon
    demographics: DemographicsLexicon
    drugs: list[Drug]
    compounds: CompoundLexicon | None = None


def _load(path: Path) -> object:
    return load_yaml(path.read_text(encoding="utf-8"))


def load_extraction_lexicon(kb_dir: Path) -> ExtractionLexicon:
    lex = kb_dir / "lexicon"
    return ExtractionLexicon(
        context=ContextLexicon.model_validate(_load(lex / "context.yaml")),
        measurements=MeasurementLexicon.model_validate(_load(lex / "measurements.yaml")),
        derived=DerivedLexicon.model_validate(_load(lex / "derived.yaml")),
        demographics=DemographicsLexicon.model_validate(_load(lex / "demographics.yaml")),
        drugs=[Drug.model_validate(d) for d in (_load(lex / "medications.yaml") or [])],
        compounds=CompoundLexicon.model_validate(_load(lex / "compounds.yaml")) if (lex / "compounds.yaml").is_file() else None,
    )

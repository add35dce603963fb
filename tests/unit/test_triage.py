"""Triage: red flags override the ranking; conditions raise triage only by band."""

from __future__ import annotations

import pytest

from assistant.clinical.assessment import DifferentialEntry, RedFlag, Source
from assistant.clinical.case import Case, Finding
from assistant.clinical.differential import load_reasoning
from assistant.clinical.engine import ClinicalEngine
from assistant.clinical.triage import decide_triage
from assistant.config import PROJECT_ROOT

KB = PROJECT_ROOT / "knowledge_base"
PARAMS = load_reasoning(KB).triage
SRC = Source(title="t", issuer="i", year=2020)


def flag(severity: str, title: str = "Some red flag") -> RedFlag:
    return RedFlag(id="x", title=title, severity=severity, action="act", source=SRC)  # type: ignore[arg-type]


def entry(cid: str, p: float, band: str) -> DifferentialEntry:
    return DifferentialEntry(id=cid, name=cid.upper(), icd10=["X00"], probability=p, band=band)  # type: ignore[arg-type]


DEFAULTS = {"emerg": "emergency", "urg": "urgent", "rout": "routine"}


def test_red_flag_overrides_a_benign_ranking() -> None:
    t = decide_triage([flag("emergency", "Chest pain with sweating")], [entry("rout", 0.9, "high")], DEFAULTS, PARAMS, "en")
    assert t.level == "emergency"
    assert any("Chest pain with sweating" in r for r in t.reasons)


def test_urgent_flag_is_not_lowered_and_not_raised() -> None:
    t = decide_triage([flag("urgent")], [entry("rout", 0.9, "high")], DEFAULTS, PARAMS, "en")
    assert t.level == "urgent"


def test_emergency_condition_escalates_only_at_high_probability() -> None:
    assert decide_triage([], [entry("emerg", 0.7, "high")], DEFAULTS, PARAMS, "en").level == "emergency"
    moderate = decide_triage([], [entry("emerg", 0.3, "moderate")], DEFAULTS, PARAMS, "en")
    assert moderate.level == "urgent"
    assert decide_triage([], [entry("emerg", 0.1, "low")], DEFAULTS, PARAMS, "en").level == "routine"


def test_a_leading_emergency_condition_that_presents_escalates_from_moderate() -> None:
    ranked = [entry("emerg", 0.3, "moderate"), entry("urg", 0.2, "moderate")]
    t = decide_triage([], ranked, DEFAULTS, PARAMS, "en", presenting={"emerg"})
    assert t.level == "emergency"
    assert any("EMERG leads the differential" in r for r in t.reasons)
    zh = decide_triage([], ranked, DEFAULTS, PARAMS, "zh", presenting={"emerg"})
    assert any("EMERG居鉴别诊断首位" in r for r in zh.reasons)


@pytest.mark.parametrize(
    ("ranked", "presenting"),
    [
        ([entry("emerg", 0.3, "moderate"), entry("urg", 0.2, "moderate")], set()),  # history alone
        ([entry("urg", 0.35, "moderate"), entry("emerg", 0.3, "moderate")], {"emerg", "urg"}),  # not leading
        ([entry("emerg", 0.1, "low"), entry("rout", 0.08, "low")], {"emerg"}),  # a flat ranking
    ],
)
def test_the_leading_condition_rule_needs_lead_band_and_presentation(ranked, presenting) -> None:  # noqa: ANN001
    assert decide_triage([], ranked, DEFAULTS, PARAMS, "en", presenting=presenting).level != "emergency"


def test_condition_reason_names_the_condition_in_case_language() -> None:
    t = decide_triage([], [entry("emerg", 0.7, "high")], DEFAULTS, PARAMS, "zh")
    assert t.level == "emergency"
    assert any("EMERG" in r and "70%" in r for r in t.reasons)
    assert any(PARAMS.labels["level"]["emergency"].zh in r for r in t.reasons)


def test_routine_and_insufficient_have_a_reason() -> None:
    routine = decide_triage([], [entry("rout", 0.8, "high")], DEFAULTS, PARAMS, "en")
    assert routine.level == "routine" and routine.reasons == [PARAMS.templates["routine"].en]
    thin = decide_triage([], [entry("emerg", 0.9, "high")], DEFAULTS, PARAMS, "en", insufficient=True)
    assert thin.level == "routine" and thin.reasons == [PARAMS.templates["insufficient"].en]


# ---------------------------------------------------------------- through the engine
@pytest.fixture(scope="module")
def engine() -> ClinicalEngine:
    return ClinicalEngine(KB)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("62岁男性，胸痛40分钟，大汗，血压90/60", "acs_chest_pain_with_autonomic_features"),
        ("62-year-old man, chest pain for 40 minutes, sweating, BP 90/60", "acs_chest_pain_with_autonomic_features"),
        ("70岁男性，突发右侧肢体无力，口角歪斜，说话不清1小时", "stroke_face_arm_speech"),
        ("45-year-old woman, sudden worst headache of her life, vomiting, neck stiffness", "thunderclap_headache_sah"),
    ],
)
def test_red_flag_cases_are_emergencies(engine: ClinicalEngine, text: str, rule: str) -> None:
    a = engine.assess_text(text)
    assert a.triage.level == "emergency"
    assert rule in [f.id for f in a.red_flags]
    assert any(f.title in r for f in a.red_flags for r in a.triage.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "25-year-old woman with sore throat, runny nose and sneezing for 2 days, no fever",
        "40岁男性，反酸烧心，饭后加重，3个月",
        "29-year-old with itchy eyes, clear nasal discharge and sneezing every spring",
    ],
)
def test_benign_cases_are_not_emergencies(engine: ClinicalEngine, text: str) -> None:
    a = engine.assess_text(text)
    assert a.triage.level != "emergency"
    assert a.red_flags == []


def test_red_flag_fires_even_when_case_is_thin(engine: ClinicalEngine) -> None:
    case = Case(findings={"chest_pain": Finding(id="chest_pain")}, vitals={})
    case = engine.extract("BP 80/50", case, lang="en")
    a = engine.assess(case)
    assert a.triage.level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Crampy abdominal pain and a distended abdomen since yesterday, not opened bowels.",
    ],
)
def test_an_emergency_that_leads_without_a_red_flag_is_an_emergency(engine: ClinicalEngine, text: str) -> None:
    a = engine.assess_text(text)
    assert a.triage.level == "emergency"
    assert any("leads the differential" in r for r in a.triage.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Known AF on apixaban, 71M, rate 82 irregular, no chest pain, no SOB, routine check.",  # risk factors only
        "Hip OA, hip pain for months worse on walking, no fall.",  # one complaint
        "老太太71岁，前年中风过，落下左手左腿没劲，这两年一直这样。今天来量血压，148/88。",  # a reading and the past
        "孩子手脚冰凉，发烧39度",  # an occasional feature of sepsis is not a presentation of it
    ],
)
def test_history_readings_or_one_complaint_do_not_make_the_leader_an_emergency(engine: ClinicalEngine, text: str) -> None:
    assert engine.assess_text(text).triage.level != "emergency"

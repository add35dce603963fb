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

"""Clinical API end to end: text -> Case -> Assessment, next questions, `assistant assess`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from assistant.clinical import engine as engine_module
from assistant.clinical.case import Case, Finding
from assistant.clinical.engine import ClinicalEngine
from assistant.config import PROJECT_ROOT

KB = PROJECT_ROOT / "knowledge_base"
DONE_WHEN = "62岁男性，胸痛40分钟，大汗，血压90/60"


@pytest.fixture(scope="module")
def engine() -> ClinicalEngine:
    return ClinicalEngine(KB)


def test_done_when_case(engine: ClinicalEngine) -> None:
    a = engine.assess_text(DONE_WHEN)
    assert a.case.lang == "zh" and a.case.age_years == 62 and a.case.sex == "male"
    assert a.triage.level == "emergency"
    assert "acs_chest_pain_with_autonomic_features" in [f.id for f in a.red_flags]
    assert a.differential[0].id == "acs_stemi_nstemi"
    assert a.differential[0].name == "急性心肌梗死"
    assert a.knowledge_version == engine.knowledge.version


# A dozen typical vignettes across systems, both languages: expected condition in the top 3.
VIGNETTES = [
    ("58-year-old man with crushing chest pain radiating to the left arm, sweating and nausea", "acs_stemi_nstemi"),
    ("70岁男性，突发右侧肢体无力，口角歪斜，说话不清1小时", "stroke"),
    ("45-year-old woman, sudden worst headache of her life, vomiting, neck stiffness", "subarachnoid_haemorrhage"),
    ("35-year-old with fever 39.2, cough with yellow sputum for 4 days, pleuritic chest pain, RR 24", "cap"),
    ("28岁女性，发热，全身肌肉酸痛，头痛，咳嗽，乏力，2天，体温39度", "influenza"),
    ("40岁男性，反酸烧心，饭后加重，平躺时明显，3个月", "gerd"),
    ("55-year-old with polyuria, polydipsia and weight loss over 2 months, fasting glucose 9.8", "type2_diabetes"),
    ("32岁女性，怕热，多汗，心悸，体重下降，手抖，2个月", "hyperthyroidism"),
    ("24-year-old woman with one-sided throbbing headache, nausea, sensitivity to light, visual aura", "migraine"),
    ("68岁女性，双下肢水肿，活动后气短，夜间不能平卧，有高血压病史", "heart_failure"),
    ("38-year-old woman with low mood, loss of interest, poor sleep and poor appetite for 2 months", "depression"),
    ("3岁儿童，发热，手足皮疹，口腔疱疹，流口水", "hand_foot_mouth"),
    ("30-year-old with lip swelling, widespread hives and wheeze after eating peanuts, BP 80/50", "anaphylaxis"),
    ("45岁男性，左侧腰部绞痛，放射至腹股沟，血尿，坐立不安", "renal_colic"),
]


@pytest.mark.parametrize(("text", "expected"), VIGNETTES)
def test_typical_vignettes(engine: ClinicalEngine, text: str, expected: str) -> None:
    a = engine.assess_text(text)
    assert expected in [d.id for d in a.differential[:3]], [(d.id, d.probability) for d in a.differential]


def test_incremental_extraction_and_correction(engine: ClinicalEngine) -> None:
    case = engine.extract("60-year-old man with chest pain", lang="en")
    assert engine.assess(case).insufficient_information
    case2 = engine.extract("he is sweating and nauseous", case)
    assert case.findings.keys() == {"chest_pain"}  # input not changed
    a = engine.assess(case2)
    assert not a.insufficient_information and a.triage.level == "emergency"


def test_module_level_functions_use_the_default_engine() -> None:
    case = engine_module.extract("62-year-old man, chest pain, sweating, BP 90/60")
    a = engine_module.assess(case)
    assert a.differential[0].id == "acs_stemi_nstemi"
    assert engine_module.get_engine() is engine_module.get_engine()


# ---------------------------------------------------------------- next questions
def test_next_questions_ranked_by_gain_in_case_language(engine: ClinicalEngine) -> None:
    zh = engine.assess_text("30岁女性，发热，咳嗽，咽痛")
    en = engine.assess_text("30-year-old woman with fever, cough and sore throat")
    for a, lang in ((zh, "zh"), (en, "en")):
        qs = a.next_questions
        assert 3 <= len(qs) <= engine.params.next_questions.max_questions
        gains = [q.gain for q in qs]
        assert gains == sorted(gains, reverse=True) and gains[0] > 0
        for q in qs:
            assert q.finding not in a.case.findings
            assert q.question == engine.knowledge.findings[q.finding].question.get(lang)
        assert len({q.question for q in qs}) == len(qs)


def test_next_questions_skip_what_a_measurement_answers(engine: ClinicalEngine) -> None:
    a = engine.assess_text("62-year-old man, chest pain, sweating, BP 90/60, HR 110")
    asked = {q.finding for q in a.next_questions}
    assert not asked & {"hypotension", "raised_bp", "severely_raised_bp", "tachycardia", "bradycardia"}


def test_next_questions_separate_the_leading_conditions(engine: ClinicalEngine) -> None:
    """The best question must split the top two conditions (listed very differently by them)."""
    a = engine.assess(Case(findings={f: Finding(id=f) for f in ("vertigo", "nausea")}, age_years=50), lang="en")
    m = engine.model
    top2 = [m.condition_index[d.id] for d in a.differential[:2]]
    best = m.finding_index[a.next_questions[0].finding]
    p = m.p_present[top2, best]
    assert abs(p[0] - p[1]) > 0.2


def test_empty_case_has_no_questions(engine: ClinicalEngine) -> None:
    assert engine.assess(Case(), lang="en").next_questions == []


# ---------------------------------------------------------------- CLI
def _cli(args: list[str], stdin: str | None = None) -> dict:
    from assistant.cli import app

    result = CliRunner().invoke(app, ["assess", *args], input=stdin)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_assess_json_keys() -> None:
    out = _cli([DONE_WHEN])
    for key in ("case", "triage", "red_flags", "differential", "next_questions", "knowledge_version"):
        assert key in out
    assert set(out["triage"]) >= {"level", "reasons"} and out["triage"]["level"] == "emergency"
    assert set(out["red_flags"][0]) >= {"id", "title", "severity", "evidence", "action", "source"}
    top = out["differential"][0]
    assert set(top) >= {"id", "name", "icd10", "probability", "must_not_miss", "supporting", "against"}
    assert top["id"] == "acs_stemi_nstemi" and isinstance(top["icd10"], list)
    assert set(out["next_questions"][0]) == {"finding", "question", "gain"}


def test_cli_reads_stdin_and_honours_lang() -> None:
    out = _cli(["-", "--lang", "en"], stdin="62-year-old man with chest pain and sweating, BP 90/60\n")
    assert out["case"]["lang"] == "en" and out["triage"]["level"] == "emergency"
    assert out["differential"][0]["name"].startswith("Acute myocardial infarction")
    zh = _cli([], stdin=DONE_WHEN)
    assert "急性心肌梗死" in json.dumps(zh, ensure_ascii=False)

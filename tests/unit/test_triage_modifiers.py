"""Condition triage modifiers (profile `triage_modifiers`) and the Bell's palsy / stroke rule."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import ClinicalEngine


@pytest.fixture(scope="module")
def engine() -> ClinicalEngine:
    return ClinicalEngine()


def _assess(engine: ClinicalEngine, text: str):  # noqa: ANN202
    return engine.assess_text(text)


def test_af_with_hypotension_is_an_emergency(engine: ClinicalEngine) -> None:
    a = _assess(engine, "男，65岁，突然心慌两个小时，心率150左右，脉搏不齐，头晕，出冷汗，血压85/50。")
    assert a.differential[0].id == "atrial_fibrillation"
    assert a.triage.level == "emergency"


def test_af_without_instability_stays_urgent(engine: ClinicalEngine) -> None:
    a = _assess(engine, "男，65岁，突然心慌两个小时，心率130，脉搏不齐，血压135/80。")
    assert a.differential[0].id == "atrial_fibrillation"
    assert a.triage.level == "urgent"


def test_dengue_warning_sign_is_an_emergency(engine: ClinicalEngine) -> None:
    base = "Fever for 4 days after a trip to a dengue area, 40M, pain behind the eyes, rash, aching all over"
    assert _assess(engine, base + ".").triage.level == "urgent"
    assert _assess(engine, base + ", now bleeding gums.").triage.level == "emergency"


def test_self_treated_hypoglycaemia_is_urgent_not_emergency(engine: ClinicalEngine) -> None:
    treated = _assess(engine, "男，66岁，吃格列美脲，今天上午心慌手抖出汗，测血糖3.2，喝了糖水以后好了，现在神志清楚。")
    assert treated.differential[0].id == "hypoglycaemia"
    assert treated.triage.level == "urgent"
    severe = _assess(engine, "打胰岛素的糖尿病病人，女，58岁，早上抽搐，叫不醒，血糖1.8。")
    assert severe.triage.level == "emergency"


def test_bells_palsy_pattern_does_not_fire_the_stroke_rule(engine: ClinicalEngine) -> None:
    bells = _assess(engine, "Right-sided facial weakness including the forehead since waking, 35F, can't close the right eye.")
    assert "stroke_face_arm_speech" not in {f.id for f in bells.red_flags}
    stroke = _assess(engine, "70M, sudden right facial droop and slurred speech for an hour.")
    assert "stroke_face_arm_speech" in {f.id for f in stroke.red_flags}
    face_arm = _assess(engine, "facial droop including the forehead and right arm weakness, sudden onset")
    assert "stroke_face_arm_speech" in {f.id for f in face_arm.red_flags}


def test_falciparum_film_makes_malaria_likely(engine: ClinicalEngine) -> None:
    a = _assess(engine, "Fever on and off for 5 days, 26M back from Mozambique, thick film positive for P. falciparum, T 38.7.")
    assert a.differential[0].id == "malaria"
    assert a.triage.level == "emergency"


def test_severe_hypertension_without_organ_damage_is_urgent_not_emergency(engine: ClinicalEngine) -> None:
    # ESC/ESH 2018 section 10: very high BP with no acute organ damage is hypertensive urgency
    quiet = _assess(engine, "男，61岁，高血压随访，漏服降压药两周，自觉没什么不舒服。血压184/104，无头痛、胸痛、气短，神经系统检查正常。")
    assert quiet.triage.level == "urgent"
    assert "bp_180_110_follow_up_critical" in {f.id for f in quiet.red_flags}
    loud = _assess(engine, "BP 220/130 with a severe headache and vomiting since this morning.")
    assert loud.triage.level == "emergency"


def test_belly_pain_for_months_without_acute_signs_is_not_an_appendicitis_emergency(engine: ClinicalEngine) -> None:
    chronic = "12-year-old boy, ache around the belly button most days for 3 months, no vomiting, growing well."
    acute = "12-year-old boy, ache around the belly button since this morning, now moved to the right lower side, vomited twice."
    assert _assess(engine, chronic).triage.level != "emergency"
    assert _assess(engine, acute).triage.level == "emergency"


def test_a_high_glucose_without_signs_of_ketosis_is_an_urgent_dka_question(engine: ClinicalEngine) -> None:
    plain = _assess(engine, "男，25岁，1型糖尿病，血糖18 mmol/L，精神好，能吃能喝。")
    sick = _assess(engine, "男，25岁，1型糖尿病，血糖18 mmol/L，呕吐三次，呼吸深快，尿酮3+。")
    assert plain.triage.level != "emergency"
    assert sick.triage.level == "emergency"

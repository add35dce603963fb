"""Extraction problems reported by other workers, each with its fix pinned down."""

from __future__ import annotations

import pytest

from assistant.clinical.case import Presence
from assistant.clinical.extraction import extract


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("宝宝5个月，发烧", 0.417),          # infant word before the months
        ("患儿，3个月，咳嗽", 0.25),
        ("患儿1岁8个月，发热", 1.667),       # months after the years
        ("2岁3个月男孩", 2.25),
        ("3岁半", 3.5),
    ],
)
def test_infant_ages(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, abs=0.01)


def test_months_of_cough_in_a_child_are_not_an_age() -> None:
    case = extract("孩子咳嗽3个月")
    assert case.age_years is None
    assert case.findings["cough"].duration_days == pytest.approx(90)


def test_faecal_occult_blood_is_not_urine_blood() -> None:
    case = extract("便潜血阳性")
    assert "urine_blood" not in case.labs
    assert "haematuria" not in case.findings
    assert case.findings["faecal_occult_blood"].status == Presence.present
    urine = extract("大便隐血阳性，尿潜血++")
    assert urine.labs["urine_blood"].value == 2
    assert "faecal_occult_blood" in urine.findings


@pytest.mark.parametrize("text", ["BP right arm 190/100, left arm 150/85", "右臂血压190/100", "BP sitting 190/100"])
def test_blood_pressure_with_arm_or_position(text: str) -> None:
    case = extract(text)
    assert case.vitals["sbp"].value == 190
    assert case.vitals["dbp"].value == 100


def test_fasting_glucose_said_as_fasting_only() -> None:
    assert extract("空腹13.5").vitals["glucose_mmol"].value == 13.5
    assert "glucose_mmol" not in extract("空腹8小时后抽血").vitals  # a duration, not a value


@pytest.mark.parametrize(
    ("text", "prolonged"),
    [
        ("胸痛40分钟", True),
        ("chest pain for 40 minutes", True),
        ("心口疼两个多小时了", True),
        ("chest pain lasting 5 minutes", False),   # not over 15 minutes (NICE CG95)
        ("chest pain for 2 years", False),         # a history of pain, not one episode
    ],
)
def test_prolonged_chest_pain_from_duration(text: str, prolonged: bool) -> None:
    case = extract(text)
    assert ("prolonged_chest_pain" in case.findings) is prolonged


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("偏头痛老病人，这次头痛3天", "recurrent_headaches"),
        ("known COPD, more breathless", "copd_history"),
        ("Eczema flare on both elbows", "chronic_relapsing_rash"),
        ("新冠第三天，咳嗽", "positive_covid_test"),
        ("thick film positive for P. falciparum", "positive_malaria_test"),
        ("喝了糖水以后好了", "relieved_by_sugar"),
    ],
)
def test_named_history_and_results(text: str, finding: str) -> None:
    assert extract(text).findings[finding].status == Presence.present


def test_negative_pregnancy_test_clears_pregnancy() -> None:
    case = extract("25F, LMP 6 weeks ago, pregnancy test negative, lower abdominal pain")
    assert case.pregnant is False
    assert case.findings["pregnancy"].status == Presence.absent
    assert extract("尿HCG阴性").pregnant is False


def test_denial_with_you_keeps_its_scope() -> None:
    case = extract("否认有伤害自己或者自杀的想法")
    assert case.findings["self_harm"].status == Presence.absent


def test_hoarse_voice_is_not_aphasia() -> None:
    case = extract("嗓子哑，快说不出话了")
    assert "aphasia" not in case.findings
    assert case.findings["hoarse_voice"].status == Presence.present
    assert extract("突然说不出话").findings["aphasia"].status == Presence.present


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("疼痛向后背放射", "pain_radiating_back"),
        ("pain radiates through to his back", "pain_radiating_back"),
        ("胸痛放射到左肩", "pain_radiating_left_arm"),
        ("放射至下颌", "pain_radiating_jaw_neck"),
        ("peritonitic abdomen", "peritonism"),
        ("worst headache she has ever had", "thunderclap_headache"),
    ],
)
def test_radiation_peritonism_thunderclap_phrasings(text: str, finding: str) -> None:
    assert extract(text).findings[finding].status == Presence.present


def test_sudden_exploding_headache_is_sudden_and_severe() -> None:
    f = extract("一下子头痛得要炸开").findings["headache"]
    assert (f.onset, f.severity) == ("sudden", "severe")


def test_pregnancy_evidence_span_is_exact() -> None:
    case = extract("pregnant at 32 weeks")
    assert case.findings["pregnancy"].evidence[0].text == "pregnant at 32 weeks"


def test_retrosternal_pain_and_arm_weakness_phrasings() -> None:
    case = extract("胸骨后压榨样疼痛，放射至左肩")
    assert {"chest_pain", "pain_radiating_left_arm"} <= set(case.findings)
    assert extract("weakness of the right arm").findings["arm_weakness"].status == Presence.present

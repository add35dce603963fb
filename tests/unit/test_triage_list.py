"""One line on a triage list: the name with its age, a surname before a kinship word, and the terse
phrases a receptionist or a triage nurse writes."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("Mrs Wilson 88 from Oakview care home – fall, pain R groin, can't weight bear", 88, "female"),
        ("Mr Dhillon 72, AF – L leg suddenly cold & white", 72, "male"),
        ("Pill check – Sophie 27, LMP 6/52 ago, +ve home test", 27, None),
        ("Advice call – Ella 2, found with nan's pill bottle open", 2, None),
        ("Baby 6/52 temp 38.2 not feeding", 6 * 7 / 365, None),
        ("Baby Finn 4/12 – cold 3 days, now grunting, sats 89%", 4 / 12, None),
        ("王奶奶 70 早上头痛头晕恶心", 70, None),
    ],
)
def test_a_name_with_its_age(text: str, age: float, sex: str | None) -> None:
    case = extract(text)
    assert case.age_years == pytest.approx(age, abs=1e-3)
    assert case.sex == sex


@pytest.mark.parametrize(
    "text",
    [
        "Took 30 paracetamol tablets 4 hours ago",
        "Day 3, still feverish",
        "Mrs Lee 3 days of cough",
        "DH: Trimbow 2 puffs bd, salbutamol prn",
        "cough 3 mo, weight loss",
    ],
)
def test_a_number_after_a_word_is_not_always_an_age(text: str) -> None:
    assert extract(text).age_years is None


def test_a_surname_before_a_kinship_word_names_the_patient() -> None:
    case = extract("王奶奶 70 早上头痛头晕恶心 老伴也这样 家里烧煤炉取暖")
    assert case.findings["headache"].status == "present"
    assert "carbon_monoxide_poisoning_suspected" in {r.id for r in get_engine().assess_text(
        "王奶奶 70 早上头痛头晕恶心 老伴也这样 家里烧煤炉取暖").red_flags}


def test_a_grandmother_later_in_a_note_is_still_family_history() -> None:
    assert "hypertension_history" not in extract("孩子三岁。奶奶高血压").findings


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("电话 癫痫病人 男 30 家属说抽了6分钟还没停", "prolonged_or_repeated_seizure"),
        ("宝宝 18个月 发烧 刚才第一次抽了1分钟 现在好了 在玩", "etat_emergency_signs"),
        ("女 48 搬东西时突然头炸裂样痛 几秒就到最痛 吐了一次", "thunderclap_headache_sah"),
        ("抑郁复诊 开药 女 34 说已经想好怎么死了 药攒了一抽屉", "suicide_imminent_risk"),
    ],
)
def test_a_terse_line_fires_its_rule(text: str, rule: str) -> None:
    assert rule in {r.id for r in get_engine().assess_text(text).red_flags}


@pytest.mark.parametrize("text", ["上午抽了血常规，等了10分钟", "抽了四十年烟，咳嗽"])
def test_blood_taken_or_years_smoked_are_no_fit(text: str) -> None:
    case = extract(text)
    assert "seizure" not in case.findings and "seizure_without_recovery" not in case.findings


def test_no_poo_or_wind_does_not_deny_what_follows() -> None:
    case = extract("Mrs Ali 70, prev hysterectomy – no poo or wind x3/7, bloated, vomiting")
    assert case.findings["no_flatus"].status == "present"
    assert case.findings["vomiting"].status == "present"

"""What a patient or a relative types into an online form or a message: no apostrophes, the age in
brackets after the relative, readings as the home meter shows them."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("she couldnt get her words out", "aphasia"),
        ("hes got addisons", "adrenal_insufficiency_history"),
        ("havent needed a wee since last night", "urinary_retention"),
    ],
)
def test_a_phrase_typed_without_its_apostrophes(text: str, finding: str) -> None:
    assert extract(text).findings[finding].status == "present"


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("My daughter is 4, limping and screams if I touch her hip.", 4, "female"),
        ("Hi, my husband (69) suddenly couldnt see out of the left side.", 69, "male"),
        ("My dad (73) has an aneurysm in his tummy.", 73, "male"),
        ("my son is 2 and has a fever", 2, "male"),
    ],
)
def test_a_relative_gives_the_age(text: str, age: float, sex: str) -> None:
    case = extract(text)
    assert (case.age_years, case.sex) == (age, sex)


def test_a_relative_with_no_number_gives_no_age() -> None:
    assert extract("My son has had 3 days of fever").age_years is None


def test_the_ketone_meter_is_not_the_glucose_meter() -> None:
    case = extract("Type 1, been sick loads. Her meter says 27.4 and the ketone meter says 4.1.")
    assert case.vitals["glucose_mmol"].value == 27.4
    assert case.labs["ketones"].value == 4.1
    assert "suspected_dka" in {r.id for r in get_engine().assess_text(
        "15F type 1, been sick loads. Her meter says 27.4 and the ketone meter says 4.1.").red_flags}


@pytest.mark.parametrize(("text", "recent"), [("她顺产12天了，今天突然出血很多", True), ("G2P1，顺产一次，现在月经量多", False)])
def test_days_since_the_birth_make_a_recent_birth(text: str, recent: bool) -> None:
    assert ("recent_childbirth" in extract(text).findings) is recent


def test_heavy_bleeding_twelve_days_after_birth_is_a_postpartum_haemorrhage() -> None:
    text = "帮我老婆问问，她顺产12天了。今天下午突然又开始出鲜红的血，量很大，一个小时就湿透一片夜用卫生巾，还有鸡蛋大的血块。头晕心慌。"
    assert "postpartum_haemorrhage_suspected" in {r.id for r in get_engine().assess_text(text).red_flags}


def test_a_limb_that_hurts_suddenly_is_acute_ischaemia() -> None:
    text = "我爸75岁，有房颤，没吃抗凝药。今天中午突然左小腿到脚疼得厉害，脚冰凉，摸不到脚背那跳的脉，脚麻。"
    assert get_engine().assess_text(text).triage.level == "emergency"


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("Community midwife ringing from a home visit. 32 weeks, second pregnancy, she smokes.", 32),
     ("Cough for ages. 6 weeks of cough, not pregnant.", None)],
)
def test_weeks_that_open_a_later_sentence_of_a_pregnancy_note(text: str, weeks: float | None) -> None:
    assert extract(text).gestation_weeks == weeks


def test_one_of_our_two_year_olds_is_two() -> None:
    assert extract("One of our 2-year-olds got into a visiting grandma's handbag.").age_years == 2


def test_what_the_patient_does_not_feel_is_denied() -> None:
    case = extract("在暗的地方偶尔眼角会闪一下光。她视力没下降，不觉得哪一块看不见。")
    assert case.findings["visual_field_loss"].status == "absent"

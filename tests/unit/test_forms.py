"""Forms and checklists (round 51): tick boxes, fields answered after their colon, numbered options,
and line breaks that end what was said on the line before."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


def _status(text: str, finding: str) -> str | None:
    f = extract(text).findings.get(finding)
    return None if f is None else f.status


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("伴随：☐ 呕吐　☐ 发热　☑ 头痛", "vomiting", "absent"),
        ("伴随：☐ 呕吐　☐ 发热　☑ 头痛", "headache", "present"),
        ("伴大汗：☐　伴气促：☑　放射至左臂/下颌：☐", "shortness_of_breath", "present"),
        ("伴大汗：☐　伴气促：☑　放射至左臂/下颌：☐", "pain_radiating_left_arm", "absent"),
        ("[x] fever [ ] rash", "rash", "absent"),
        ("Rash: [ ]\nFever: [x]", "fever", "present"),
        ("气促 ☐　胸痛 ☐　咯血 ☐　SpO2 98%", "chest_pain", "absent"),
        ("意识丧失：☐ 不确定（自述没有）\n跌倒后：☑ 呕吐 2 次", "vomiting", "present"),
        # an empty box against a word that denies the finding says the finding
        ("Passing wind: ☐ none for 24 h", "no_flatus", "present"),
    ],
)
def test_tick_boxes(text: str, finding: str, status: str) -> None:
    assert _status(text, finding) == status


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("低血糖反应：1无", "low_glucose", "absent"),
        ("Chest pain: no\nBreathless: yes", "chest_pain", "absent"),
        ("Chest pain: no\nBreathless: yes", "shortness_of_breath", "present"),
        ("Chest pain: N", "chest_pain", "absent"),
        ("胸痛：是", "chest_pain", "present"),
        ("既往史：无高血压、糖尿病", "diabetes_history", "absent"),
    ],
)
def test_a_field_answered_after_its_colon(text: str, finding: str, status: str) -> None:
    assert _status(text, finding) == status


def test_options_listed_but_not_chosen_say_nothing() -> None:
    legend = "Symptoms (1 none 2 headache 3 chest pain 4 breathless): "
    assert extract(legend + "1").findings == {}
    case = extract(legend + "3, 4")
    assert set(case.findings) == {"chest_pain", "shortness_of_breath"}


@pytest.mark.parametrize(("text", "finding"), [("无发热\n咳嗽3天", "cough"), ("No fever\ncough for 3 days", "cough")])
def test_a_line_break_ends_a_denial(text: str, finding: str) -> None:
    assert _status(text, finding) == "present"


def test_a_heading_or_a_list_item_keeps_the_denial_across_lines() -> None:
    assert _status("Denies:\n- chest pain\n- SOB", "shortness_of_breath") == "absent"


def test_a_fit_note_is_no_fit() -> None:
    assert "seizure" not in extract("Back pain 5 days. Comment: wants a fit note for a week.").findings


def test_a_gestation_written_with_days_anywhere_in_the_note() -> None:
    case = extract("Maternity triage phone checklist - 30F, 31+5 weeks, smoker. Vaginal bleeding, midwife says uterus rock hard.")
    assert case.pregnant and case.gestation_weeks == pytest.approx(31.71, abs=0.01)


def test_a_head_injury_in_a_child_with_haemophilia_is_referred() -> None:
    text = "9-year-old with severe haemophilia A banged the side of his head on the pavement; no vomiting, GCS 15."
    assert "head_injury_referral" in {r.id for r in get_engine().assess_text(text).red_flags}


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        # round 53: a sentence broken off and taken up again
        ("Asthmatic, she's — talking in — single words on the phone.", "unable_to_complete_sentences", "present"),
        ("no numbness down below, no... no tingling in the saddle area.", "saddle_anaesthesia", "absent"),
        ("AF — he stopped his — the warfarin a month ago.", "anticoagulant_use", "present"),
    ],
)
def test_a_broken_sentence_is_read_whole(text: str, finding: str, status: str) -> None:
    assert _status(text, finding) == status


@pytest.mark.parametrize(
    ("text", "age"),
    [("Sixty-two, very short-sighted, minus eight.", 62), ("Four months — cold for three days.", 0.333), ("2 weeks, cough.", None)],
)
def test_an_age_alone_opening_dictation(text: str, age: float | None) -> None:
    got = extract(text).age_years
    assert (got is None and age is None) or got == pytest.approx(age, abs=0.01)


def test_a_first_febrile_seizure_is_admitted() -> None:
    text = "宝宝，1岁半，发烧39度，刚才突然两眼往上翻，手脚抽了一分钟左右，全身的，自己停了。现在醒了，认得妈妈。第一次这样。"
    a = get_engine().assess_text(text)
    assert a.differential[0].id == "febrile_convulsion"
    assert a.triage.level == "emergency"


def test_a_recurrent_febrile_seizure_is_not_an_emergency_by_itself() -> None:
    text = "3-year-old, fever 39, had a 1 minute generalised fit at home, now back to normal, had one last year with a fever too."
    assert get_engine().assess_text(text).triage.level != "emergency"


@pytest.mark.parametrize(
    ("text", "sbp", "dbp"),
    [
        ("我自己在家量了三次血压，都是二百一十多、一百二十五左右。", 210, 125),
        ("自己在家量血压，三次都是一百六十多、一百一十几。", 160, 110),
    ],
)
def test_a_blood_pressure_said_roughly_in_chinese_numerals(text: str, sbp: float, dbp: float) -> None:
    vitals = extract(text).vitals
    assert (vitals["sbp"].value, vitals["dbp"].value) == (sbp, dbp)

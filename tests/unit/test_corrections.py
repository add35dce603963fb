"""A doctor who corrects themself: the corrected reading, age, duration or finding is the one meant."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


@pytest.mark.parametrize(
    ("text", "reading", "value"),
    [
        ("Sats ninety-six — no, sorry, eighty-six on air; breathing 32", "spo2", 86),
        ("Tympanic 36.2 — no, hang on, that's my own reading; hers is 33.8. Cold to touch.", "temp_c", 33.8),
        ("BP 138/88 — sorry, that was at 28 weeks; today 164/108.", "sbp", 164),
        ("血压一百四十五的九十五——更正，刚才袖带绑松了，重新量是一百六十五的一百零八", "dbp", 108),
        ("血压一百六十五的一百一十——更正，那是刚爬完楼梯量的，休息后复测一百四十五的九十五", "sbp", 145),
    ],
)
def test_a_corrected_reading(text: str, reading: str, value: float) -> None:
    assert extract(text).vitals[reading].value == value


def test_a_dash_and_a_no_with_nothing_to_correct_keeps_the_reading() -> None:
    assert extract("HR 88 — no rash, no neck stiffness").vitals["hr"].value == 88


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("38F, headache. 'Came on like a thunderclap,' she said — then backtracks: no, it crept in over the afternoon.",
         "thunderclap_headache"),
        ("36M, low back pain. I wrote 'numb in the saddle area' — wrong patient's note; pain stays in the back.",
         "saddle_anaesthesia"),
        ("女，33岁，发烧，我先记了颈抵抗——更正，脖子是软的。", "neck_stiffness"),
        ("她先说嗓子发紧——又更正：不是紧，是嗓子有点痒。", "throat_tightness"),
    ],
)
def test_a_finding_taken_back(text: str, finding: str) -> None:
    assert extract(text).findings[finding].status.value == "absent"


def test_a_finding_before_the_sentence_of_the_correction_stays() -> None:
    case = extract("Fever 39 and a stiff neck. BP 150/90 — sorry, 160/95.")
    assert case.findings["neck_stiffness"].status.value == "present"


def test_a_corrected_duration_is_the_one_meant_and_the_finding_stays() -> None:
    case = extract("14-year-old boy, left testicular pain for three days — scratch that, three hours, vomited once.")
    assert case.findings["testicular_pain"].status.value == "present"
    assert case.findings["testicular_pain"].duration_text == "three hours"
    assert extract("胸痛三天，说错了，三个小时，大汗").findings["chest_pain"].duration_text == "三个小时"


@pytest.mark.parametrize(
    ("text", "years"),
    [("宝宝两个月——不对，妈妈更正，是四个月零十天。发烧39.2", 4 / 12 + 10 / 365), ("baby 6 weeks old — sorry, 6 months old, fever", 0.5)],
)
def test_a_corrected_age(text: str, years: float) -> None:
    assert extract(text).age_years == pytest.approx(years, abs=1e-2)


def test_a_correction_that_takes_a_red_flag_back_changes_the_triage() -> None:
    text = "36M, low back pain since lifting a sofa. I wrote 'numb in the saddle area' — wrong patient's note; no numbness."
    assessment = get_engine().assess_text(text)
    assert "suspected_cauda_equina" not in {f.id for f in assessment.red_flags}

"""Medicines as the clue: toxicity of digoxin, lithium and serotonergic drugs, and fever or a sore throat
on a drug that can stop the marrow (red_flags/medicines.yaml)."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine


def _fired(text: str) -> set[str]:
    return {r.id for r in get_engine().assess_text(text).red_flags}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("88-year-old on digoxin and furosemide for AF. Off her food a week, nauseous, says everything looks "
         "yellowish. Pulse 44 irregular.", "digoxin_toxicity_suspected"),
        ("83岁女，房颤心衰，一直吃地高辛。这几天恶心、不想吃饭，说看东西发黄。脉搏46。", "digoxin_toxicity_suspected"),
        ("58F on Priadel for years, started on bendroflumethiazide. A week of diarrhoea and vomiting, hands "
         "shaking, walking like she's drunk and muddled.", "lithium_toxicity_suspected"),
        ("双相情感障碍吃碳酸锂多年，这几天上吐下泻，手抖得厉害，走路不稳。", "lithium_toxicity_suspected"),
        ("35-year-old on sertraline, given tramadol three days ago. Restless, sweating, shaking, temp 38.6, "
         "sustained clonus at both ankles.", "serotonin_toxicity_suspected"),
        ("45岁女，一直吃帕罗西汀，又开了曲马多。今天烦躁坐不住，浑身出汗、发抖，膝反射特别亢进，体温38.7。",
         "serotonin_toxicity_suspected"),
        ("68岁女，类风湿，甲氨蝶呤每周一次她听成了每天吃，已经十天。满嘴溃疡，今天发烧38.2。",
         "marrow_suppressing_drug_with_fever"),
        ("Graves' disease on carbimazole for six weeks, now a temperature of 38.9 and a sore throat.",
         "marrow_suppressing_drug_with_fever"),
        ("On methotrexate for psoriasis, two days of mouth ulcers, no fever.",
         "marrow_suppressing_drug_with_sore_throat_or_ulcers"),
    ],
)
def test_a_toxicity_fires(text: str, rule: str) -> None:
    assert rule in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        # the drug alone, or its harmless effect, is not toxicity
        "52-year-old on sertraline plus lithium. Level last week in range. Fine tremor of both hands since he "
        "started it, no worse. No diarrhoea, vomiting, unsteadiness or confusion. Mood good.",
        "70M on digoxin for AF, pulse 72, feels well, here for his repeat prescription.",
        "On methotrexate weekly for rheumatoid arthritis, bloods last week normal, joints better.",
    ],
)
def test_a_medicine_with_no_sign_of_toxicity_fires_nothing(text: str) -> None:
    a = get_engine().assess_text(text)
    assert not {r.id for r in a.red_flags} & {
        "digoxin_toxicity_suspected", "lithium_toxicity_suspected", "serotonin_toxicity_suspected",
        "marrow_suppressing_drug_with_fever", "marrow_suppressing_drug_with_sore_throat_or_ulcers",
    }
    assert a.triage.level != "emergency"


def test_a_dark_formed_stool_on_iron_is_not_melaena() -> None:
    a = get_engine().assess_text("38岁女，缺铁性贫血，开了琥珀酸亚铁每天一片。这几天大便是黑的，大便成形，不粘不亮，没有头晕心慌。")
    assert "upper_gi_bleed" not in {r.id for r in a.red_flags}
    assert a.triage.level != "emergency"


def test_a_tarry_stool_on_iron_is_still_melaena() -> None:
    assert "upper_gi_bleed" in _fired("On iron tablets, now black tarry stools and dizzy.")


def test_a_child_prescribed_iron_has_not_swallowed_a_poison() -> None:
    text = "4-year-old on ferrous sulfate for iron deficiency, pale, eating well."
    assert "toxic_ingestion" not in get_engine().extract(text).findings
    assert "child_toxic_ingestion" not in _fired(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("58M started on lisinopril three weeks ago. Woke with his tongue and lip swollen, tongue feels too big "
         "for his mouth and his voice sounds thick. No rash, no wheeze.", "emergency"),
        ("Lip swelling after starting ramipril, no tongue swelling.", "urgent"),
    ],
)
def test_angio_oedema_that_restricts_speech_or_swallowing_is_an_emergency(text: str, level: str) -> None:
    assert get_engine().assess_text(text).triage.level == level


@pytest.mark.parametrize(
    ("text", "leading", "level"),
    [
        ("Mr D, 67, has had a R groin lump for years that he pushes back in. Since this morning it's stuck out, hard, "
         "very tender and reddish; vomited 3 times, no wind since.", "incarcerated_groin_hernia", "emergency"),
        ("男，55岁，左边大腿根有个包，站久了就鼓出来。他说推不回去——查体让他平躺，包块自己就回去了，不痛不硬，没吐，排气正常。",
         "inguinal_hernia", "routine"),
    ],
)
def test_a_hernia_that_is_stuck_is_incarcerated_and_one_that_goes_back_is_not(text: str, leading: str, level: str) -> None:
    a = get_engine().assess_text(text)
    assert a.differential[0].id == leading
    assert a.triage.level == level

"""Clinic-note shorthand and indirect phrasings (zh and en): terse demographics ("女71", "F 30",
"18mo"), gestation written "7/40" with gravida notation, spaces as clause breaks in terse Chinese
notes, and lexicon forms of suicidal thoughts, preparation for suicide and overdose.
"""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


@pytest.fixture(scope="module")
def engine():  # noqa: ANN201
    return get_engine()


def status(text: str) -> dict[str, str]:
    case = extract(text)
    return {fid: f.status.value for fid, f in case.findings.items()}


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("女71 DM20年 乏力气短两天", 71.0, "female"),
        ("男58，chest pain 1小时", 58.0, "male"),
        ("F 30 G2P1 7/40 PV bleed", 30.0, "female"),
        ("M 62, CP 40min", 62.0, "male"),
        ("18mo D+V 2 days, very sleepy", 1.5, None),
    ],
)
def test_shorthand_age_and_sex(text: str, age: float, sex: str | None) -> None:
    case = extract(text)
    assert case.age_years == pytest.approx(age, abs=0.01)
    if sex is not None:
        assert case.sex == sex


@pytest.mark.parametrize(
    "text",
    ["cough 3mo, no fever", "咳嗽 3个月"],
)
def test_months_later_in_the_note_are_not_an_age(text: str) -> None:
    assert extract(text).age_years is None


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("F 30 G2P1 7/40 PV bleed + RIF pain", 7.0), ("G1 10/40, morning nausea", 10.0), ("34/40 primip, headache", 34.0)],
)
def test_slash_40_gestation_with_obstetric_notation(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.pregnant is True
    assert case.gestation_weeks == pytest.approx(weeks)


def test_slash_40_alone_is_not_a_pregnancy() -> None:
    assert not extract("CAT score 20/40, cough").pregnant


def test_space_ends_negation_in_terse_chinese() -> None:
    s = status("女71 乏力气短两天 无胸痛 ECG V1-V4 ST抬高。")
    assert s["chest_pain"] == "absent"
    assert s["st_elevation"] == "present"


def test_space_after_negation_word_keeps_scope() -> None:
    s = status("无 胸痛，没有 发热")
    assert s["chest_pain"] == "absent"
    assert s["fever"] == "absent"


def test_english_spaces_are_not_clause_breaks() -> None:
    s = status("no chest pain or shortness of breath")
    assert s["chest_pain"] == "absent"
    assert s["shortness_of_breath"] == "absent"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("24F says everyone would be better off without her", "suicidal_thoughts"),
        ("says she wanted to die", "suicidal_thoughts"),
        ("wife says he's been giving away his things", "suicide_plan"),
        ("在交代后事", "suicide_plan"),
        ("took an overdose after an argument", "self_poisoning"),
        ("his mum found him after he took a bottle of pills", "self_poisoning"),
        ("吵架后服药过量", "self_poisoning"),
        ("吵架后喝了农药", "self_poisoning"),
        ("口唇发紫，呼吸急促", "cyanosis"),
        ("女39，头像被打了一棍一样突然疼", "thunderclap_headache"),
        ("F 30 7/40 PV bleed", "vaginal_bleeding"),
        ("LMP 7周前，UPT阳性", "positive_pregnancy_test"),
        ("心慌，心电图房颤，心率95", "af_on_ecg"),
        ("returned from Nigeria 10 days ago, fevers", "travel_high_malaria_risk_area"),
        ("宝宝10个月，一阵阵哭闹，腿蜷起来", "intermittent_inconsolable_crying"),
        ("宝宝10个月，一阵阵哭闹，腿蜷起来", "drawing_up_legs"),
        ("5岁孩子高烧，坐着往前趴，声音闷", "tripod_position"),
        ("5岁孩子高烧，坐着往前趴，声音闷", "muffled_voice"),
        ("8 month old, ribs sucking in", "increased_work_of_breathing"),
        ("L face droop, forehead also affected", "forehead_involvement"),
        ("上腹隐痛，饿的时候明显，吃东西缓解", "pain_relieved_by_food"),
        ("low for months, not sleeping", "low_mood"),
    ],
)
def test_shorthand_and_indirect_phrasings(text: str, finding: str) -> None:
    assert status(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("His wife says he's been giving away his things and saying goodbye to friends", "suicide_imminent_risk"),
        ("F 30 G2P1 7/40 PV bleed + RIF pain, dizzy, BP 92/58.", "early_pregnancy_pain_or_bleeding"),
        ("his mum found him after he took a bottle of pills", "self_harm_medically_serious"),
        ("his mum found him after he took a bottle of pills", "self_harm_risk"),
        ("18mo D+V 2 days, very sleepy, sunken eyes, skin pinch goes back very slowly, not drinking.", "child_severe_dehydration"),
    ],
)
def test_shorthand_reaches_the_rule(engine, text: str, rule: str) -> None:  # noqa: ANN001
    a = engine.assess_text(text)
    assert rule in {f.id for f in a.red_flags}


def test_suicide_rule_keeps_depression_in_the_differential(engine) -> None:  # noqa: ANN001
    a = engine.assess_text("Tells me she has tablets saved up and plans to take them all this weekend, 33F.")
    assert "depression" in [d.id for d in a.differential]


def test_st_elevation_with_chest_pain_is_not_the_atypical_rule(engine) -> None:  # noqa: ANN001
    a = engine.assess_text("crushing chest pain, sweating, ECG ST elevation V2-V4")
    fired = {f.id for f in a.red_flags}
    assert "stemi_chest_pain_st_elevation" in fired
    assert "st_elevation_with_atypical_acs_symptoms" not in fired


def test_pregnancy_phrase_does_not_swallow_the_findings_after_it() -> None:
    s = status("6/40 pregnant, sharp L sided abdo pain, shoulder tip pain")
    assert s.get("abdominal_pain") == "present"
    assert s.get("shoulder_tip_pain") == "present"
    s = status("32 weeks pregnant with headache and visual disturbance")
    assert s.get("headache") == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("82F muddled since last night, UTI symptoms", "suspected_infection"),
        ("he told his friend he doesn't see the point anymore", "suicidal_thoughts"),
        ("has written letters to his kids", "suicide_plan"),
        ("couldn't find her words at breakfast", "aphasia"),
        ("女76，爬楼气短，夜里垫两个枕头", "exertional_dyspnoea"),
    ],
)
def test_more_indirect_phrasings(text: str, finding: str) -> None:
    assert status(text).get(finding) == "present"


def test_elderly_confusion_with_uti_symptoms_and_low_bp_is_sepsis(engine) -> None:  # noqa: ANN001
    a = engine.assess_text("82F off legs, muddled since last night, UTI symptoms, HR 110, BP 92/50")
    assert a.triage.level == "emergency"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("baby 5 weeks, not feeding", 5 * 0.0191781),
        ("宝宝6周，发热", 6 * 0.0191781),
        ("infant 2/12, pyrexial 38.4", 2 / 12),
        ("baby 3 months, cough", 0.25),
    ],
)
def test_infant_age_in_weeks_or_months_after_an_infant_word(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize("text", ["baby 5 weeks ago had a cold", "baby 3 months ago"])
def test_weeks_or_months_ago_after_baby_are_not_an_age(text: str) -> None:
    assert extract(text).age_years is None


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("infant 2/12, pyrexial", "fever"),
        ("known asthmatic, can't complete sentences", "unable_to_complete_sentences"),
        ("she says she's going to end it tonight", "suicide_plan"),
        ("colicky abdo pain, vomiting, abdo distension", "abdominal_distension"),
        ("bowel sounds tinkling", "abnormal_bowel_sounds"),
    ],
)
def test_note_shorthand_findings(text: str, finding: str) -> None:
    assert status(text).get(finding) == "present"


def test_febrile_infant_in_note_shorthand(engine) -> None:  # noqa: ANN001
    a = engine.assess_text("infant 2/12, pyrexial 38.4")
    assert "febrile_infant_under_3_months" in {f.id for f in a.red_flags}


def test_month_and_a_half_infant_age_in_chinese() -> None:
    assert extract("宝宝一个半月，发烧38.5").age_years == pytest.approx(1 / 12, abs=0.01)
    assert extract("咳嗽一个半月").age_years is None


@pytest.mark.parametrize(
    ("text", "finding"),
    [("服了半瓶敌敌畏", "self_poisoning"), ("孕36周，阴道大量流血，肚子疼", "vaginal_bleeding")],
)
def test_more_chinese_phrasings(text: str, finding: str) -> None:
    assert status(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("3yo, sleepy and difficult to rouse, fever", "reduced_consciousness"),
        ("fever with a rash like bruises", "non_blanching_rash"),
    ],
)
def test_parent_words_for_red_features(text: str, finding: str) -> None:
    assert status(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("36+1, 38F, IVF twins, antenatal bloods today", 36.14),
        ("36F, G3P2, 9+2 by LMP, a bit of red on the pad", 9.29),
    ],
)
def test_weeks_plus_days_without_a_unit(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.pregnant is True and case.gestation_weeks == pytest.approx(weeks, abs=0.01)


@pytest.mark.parametrize("text", ["3+2 days of cough", "36+1, well"])  # no pregnancy word: not a gestation
def test_weeks_plus_days_needs_a_pregnancy_word(text: str) -> None:
    assert extract(text).gestation_weeks is None


@pytest.mark.parametrize(
    ("text", "age"),
    [("男孩10个月，阴囊又红又肿", 0.83), ("外婆说孩子刚满五周，吃奶少", 0.1), ("88F, confused", 88)],
)
def test_more_infant_and_shorthand_ages(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("爷爷奶奶带来的，孙女1岁。趴在奶奶肩上蔫蔫的", "lethargic_infant"),  # a carrier, not a relative's history
        ("三周前有一次无保护的男男性行为", "sexual_risk"),  # "无保护" is not a negation
    ],
)
def test_words_that_look_like_triggers_do_not_drop_findings(text: str, finding: str) -> None:
    assert status(text).get(finding) == "present"

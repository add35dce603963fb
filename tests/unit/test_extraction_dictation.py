"""Cases as a doctor dictates them and a speech recogniser writes them (hesitation words,
numbers said as words, where a reading was taken, self-corrections, shorthand vitals), and as
structured notes write them (SOAP headings, 门诊病历, family history)."""

from __future__ import annotations

import pytest

from assistant.clinical.extraction import extract
from assistant.clinical.matching import SpeechFillers


def test_fillers_are_dropped_and_offsets_map_back() -> None:
    fillers = SpeechFillers(["um", "erm"], ["嗯", "那个"])
    text = "came back from um the DRC, erm, fever"
    spoken, kept = fillers.strip(text)
    assert spoken == "came back from the DRC, fever"
    assert kept is not None and len(kept) == len(spoken)
    start = spoken.index("DRC")
    assert text[kept[start]:kept[start + 2] + 1] == "DRC"
    assert fillers.strip("no filler here") == ("no filler here", None)
    assert fillers.strip("发烧嗯，三天")[0] == "发烧三天"


def test_a_filler_inside_a_phrase_no_longer_hides_it() -> None:
    case = extract("thirty four year old nurse came back from um the DRC eleven days ago, fever")
    assert case.has("travel_high_malaria_risk_area")  # which implies tropical travel (reasoning.yaml)
    # the evidence still quotes the words as said
    assert case.findings["travel_high_malaria_risk_area"].evidence[0].text == "came back from um the DRC"


@pytest.mark.parametrize("text", ["Umbrella stand fell on his foot", "sent to ER with chest pain", "a 5 mm lesion"])
def test_words_that_only_look_like_fillers_are_kept(text: str) -> None:
    spoken, kept = SpeechFillers(["um", "uh", "erm", "hmm"], []).strip(text)
    assert spoken == text and kept is None


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("temp at home thirty eight point four, here thirty eight point six", "temp_c", 38.6),
        ("temp is thirty-eight, sorry thirty-nine point one", "temp_c", 39.1),
        ("体温三十八，不对，三十九度一", "temp_c", 39.1),
        ("meter said three point six", "glucose_mmol", 3.6),
        ("meter said three point six, recheck six point two", "glucose_mmol", 6.2),
        ("Fingerprick 22.8, no ketone meter at home", "glucose_mmol", 22.8),
        ("T 36.8 P 118 R 28 BP 135/80", "hr", 118),
        ("R 28，SpO2 82%（未吸氧），P 118，BP 135/80", "hr", 118),
        ("血压186、112", "dbp", 112),
    ],
)
def test_dictated_readings(text: str, measure: str, value: float) -> None:
    case = extract(text)
    reading = case.vitals.get(measure) or case.labs.get(measure)
    assert reading is not None and reading.value == value


def test_peak_flow_meter_is_not_a_glucose_meter() -> None:
    assert "glucose_mmol" not in extract("peak flow meter reads 300").vitals


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("10个月，发烧39.8一天了", 10 / 12),
        ("宝宝出生才六周，今天摸着身上烫", 6 * 7 / 365),
        ("那个十四个月的女宝宝，拉水样便两天", 14 / 12),
    ],
)
def test_infant_ages_as_said(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("28F, 33 weeks, bloods from the midwife yesterday", 33),
        ("twenty eight year old, thirty three weeks, bloods from the midwife", 33),
        ("thirty four year old, thirty five weeks, being followed for pre-eclampsia", 35),
    ],
)
def test_weeks_straight_after_the_opening_age_are_a_gestation(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.pregnant is True and case.gestation_weeks == weeks


@pytest.mark.parametrize("text", ["28F, 6 weeks of cough, saw the midwife", "58M, 3 weeks of chest pain. Wife is a midwife"])
def test_weeks_of_an_illness_are_not_a_gestation(text: str) -> None:
    assert extract(text).pregnant is not True


def test_platelets_below_150_are_thrombocytopenia() -> None:
    assert extract("plt 84").has("thrombocytopenia")
    assert extract("platelets 220").denies("thrombocytopenia")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ('Caller says baby "has barely moved" since last night', "reduced_fetal_movements"),
        ("35岁男，今天跟我说：“药我已经攒够了，就等周末家里没人。”", "suicide_plan"),
        ("58M, glucometer just says 'HI', vomiting", "glucose_above_meter_range"),
    ],
)
def test_quotation_marks_do_not_hide_a_phrase(text: str, finding: str) -> None:
    assert extract(text).has(finding)


def test_an_apostrophe_is_not_a_quotation_mark() -> None:
    assert extract("he didn't have chest pain").denies("chest_pain")


@pytest.mark.parametrize(("text", "age"), [("Dad reports 14mo girl w/ watery diarrhea", 14 / 12), ("Mom reports 8mo boy w/ temp 102F", 8 / 12)])
def test_compact_months_before_a_child_word(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, abs=0.01)


def test_months_of_an_illness_are_not_an_age() -> None:
    assert extract("cough 3 mo, weight loss").age_years is None


# ---- structured notes (SOAP, 门诊病历) ----
def test_pain_free_now_keeps_the_episode() -> None:
    # "就诊时无胸痛" says the moment: the chest pain of the history stays, and a note that only says
    # "no chest pain at the moment" adds nothing either way
    case = extract("主诉：反复胸闷痛3月，加重2天。近2天走平路几十米就发作，昨夜睡眠中痛醒一次。就诊时无胸痛。")
    assert case.has("chest_pain") and case.has("crescendo_angina") and case.has("rest_chest_pain")
    assert "chest_pain" not in extract("头晕2天，就诊时无胸痛").findings


@pytest.mark.parametrize("text", ["Thunderclap at the gym, 10 out of 10 within seconds. Never normally gets headaches.",
                                  "突然后脑勺像被打了一闷棍，以前没有头痛的毛病"])
def test_what_the_patient_never_usually_has_does_not_deny_today(text: str) -> None:
    case = extract(text)
    assert case.has("thunderclap_headache")
    assert not case.denies("headache")


def test_a_relatives_age_is_not_the_patients() -> None:
    assert extract("S: 45F, office manager. FH: mother died of a brain bleed aged 52.").age_years == 45
    assert extract("patient aged 52, chest pain").age_years == 52


def test_pr_depression_is_not_st_elevation() -> None:
    case = extract("ECG: PR depression, no Q waves")
    assert case.has("pr_depression") and "st_elevation" not in case.findings


def test_a_relative_word_inside_another_word_does_not_hide_the_age() -> None:
    assert extract("Gaunt man aged 70, weight loss").age_years == 70


@pytest.mark.parametrize(
    ("text", "temp"),
    [("mum got thirty eight point three under the arm", 38.3), ("10-day-old, temp 100.6 rectal, sleepy.", 38.1), ("38.2 axillary", 38.2)],
)
def test_where_a_temperature_was_taken_marks_it_without_setting_its_unit(text: str, temp: float) -> None:
    assert extract(text).vitals["temp_c"].value == pytest.approx(temp, abs=0.05)


@pytest.mark.parametrize(("text", "weeks"), [("36 weeks, pain under the right ribs and vomiting since last night", 36), ("30 weeks, bleeding PV", 30)])
def test_a_note_that_opens_with_weeks_is_a_pregnancy(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.gestation_weeks == weeks and case.sex == "female"


def test_twenty_weeks_of_an_illness_is_not_a_pregnancy() -> None:
    assert extract("20 weeks of cough, weight loss").pregnant is not True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("trop 0h 12, 3h 340 ng/L", 340),
        ("cTnI 0h 0.08、3h 1.46 ng/ml（参考<0.04）", 1460),
        ("hs-TnT 0h 14 3h 88", 88),
        ("肌钙蛋白0小时0.02、3小时0.9 ng/ml", 900),
    ],
)
def test_serial_results_keep_the_latest_not_the_time_label(text: str, value: float) -> None:
    # "0h" is when the first sample was taken, not a troponin of 0
    assert extract(text).labs["troponin"].value == value


# ---------------- what a speech recogniser writes: no full stops ----------------
@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a determiner with its own verb opens a new clause, which a denial before it cannot reach
        ("woke with severe pain in the right testicle vomited twice no injury the testis is sitting high", "testicular_pain"),
        ("with A F not on any blood thinners um the foot is white and cold", "cold_pale_limb"),
    ],
)
def test_a_new_clause_ends_a_denial_without_punctuation(text: str, present: str) -> None:
    assert extract(text).has(present)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # ...but not inside the denied phrase itself, nor straight after it with no verb
        ("not the worst headache of her life", "thunderclap_headache"),
        ("not on any blood thinners", "anticoagulant_use"),
    ],
)
def test_a_determiner_without_a_clause_keeps_the_denial(text: str, absent: str) -> None:
    assert extract(text).denies(absent)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("temp thirty eight nine", 38.9),
        ("temp thirty-seven five and pulse ninety", 37.5),
        ("temperature thirty eight two days ago", 38.0),  # "two days" is how long, not a tenth
        ("temperature thirty nine", 39.0),
    ],
)
def test_a_tenth_said_after_whole_degrees(text: str, value: float) -> None:
    assert extract(text).vitals["temp_c"].value == value


def test_letters_said_one_by_one_name_the_blood_pressure() -> None:
    case = extract("pulse seventy two B P one eighteen over seventy")
    assert (case.value("hr"), case.value("sbp"), case.value("dbp")) == (72, 118, 70)


# ---------------- English written by doctors whose first language is Chinese ----------------
@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("Female 36y, SLE take prednisone", 36, "female"),
        ("74y man have atrial fibrillation", 74, "male"),
        ("Boy 2y, grandmother find him", 2, "male"),
        ("Baby boy 9 months, grandma say", 0.75, "male"),
    ],
)
def test_ages_written_with_a_bare_y(text: str, age: float, sex: str) -> None:
    case = extract(text)
    assert case.age_years == pytest.approx(age, abs=0.01) and case.sex == sex


def test_years_of_an_illness_with_a_bare_y_are_not_an_age() -> None:
    assert extract("DM 10y, smoker 20y").age_years is None


def test_the_relative_who_found_the_child_is_an_informant() -> None:
    case = extract("Boy 2y, grandmother find him with her medicine box open, maybe eat some of her glibenclamide")
    assert case.has("toxic_ingestion") and case.has("sulfonylurea_use")


def test_being_unable_does_not_deny_what_follows() -> None:
    # "can not eat" is an inability; the red eyes after it are there
    assert extract("mouth ulcers can not eat, eyes red and sticky").has("eye_redness")


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("K⁺ 7.1 mmol/L", "potassium", 7.1),
        ("78-year-old woman, today breathing thirty a minute", "rr", 30),
        ("low-reading thermometer gives thirty-three point one", "temp_c", 33.1),
    ],
)
def test_readings_named_other_ways(text: str, measure: str, value: float) -> None:
    case = extract(text)
    reading = case.vitals.get(measure) or case.labs.get(measure)
    assert reading is not None and reading.value == pytest.approx(value)


def test_the_womb_says_the_weeks_are_a_gestation() -> None:
    case = extract("30-year-old at 32 weeks: sudden constant abdominal pain; uterus hard as wood and tender.")
    assert case.pregnant is True and case.gestation_weeks == 32


def test_a_booking_bp_is_not_todays_reading() -> None:
    case = extract("Midwife SBAR. S: 33/40 primip, BP 164/108, bad frontal headache. B: booking BP 118/72.")
    assert (case.value("sbp"), case.value("dbp")) == (164, 108)


def test_weeks_straight_after_the_opening_age_are_a_gestation_from_20() -> None:
    assert extract("31-year-old at 34 weeks with headache and pain under the right ribs.").gestation_weeks == 34
    assert extract("58M at 6 weeks post-op, wound red").pregnant is not True


def test_a_negative_malaria_test_denies_a_positive_one() -> None:
    assert extract("back from Bali, fever 38.8. Malaria RDT negative.").denies("positive_malaria_test")


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        # the opening "18F" is the patient; the baby's nine days are the baby's
        ("18F, baby nine days old, bleeding heavy again with clots", 18, "female"),
        # the age before a parent word is the informant's when the child's is given too
        ("17岁的年轻妈妈抱着六周大的儿子来，肛温38.4", 6 * 0.0191781, None),
        # ...and the patient's when it is the only one
        ("女儿说82岁的妈妈摔倒了", 82, None),
        # a relative's word straight after the age gives the patient's sex
        ("Wife says her 64-year-old husband's indigestion has changed", 64, "male"),
        ("daughter says her 82 year old dad is confused", 82, "male"),
    ],
)
def test_whose_age_and_sex(text: str, age: float, sex: str | None) -> None:
    case = extract(text)
    assert case.age_years == pytest.approx(age, abs=0.01)
    if sex is not None:
        assert case.sex == sex


def test_a_medicine_not_given_does_not_deny_what_follows() -> None:
    case = extract("22M, three weeks after ACL reconstruction, wasn't sent home with blood thinners, suddenly breathless and fainted")
    assert case.denies("anticoagulant_use") and case.has("syncope") and case.has("recent_immobility")


# ---------------- referral letters and careful negatives ----------------
def test_the_advice_at_the_end_of_a_note_is_not_a_finding() -> None:
    case = extract("初步诊断：急性荨麻疹，予氯雷他定口服，嘱出现呼吸困难立即就诊。")
    assert not case.has("shortness_of_breath")
    case = extract("初步诊断：毛细支气管炎（轻度），嘱喂养减半、呼吸暂停或发绀时立即就诊。")
    assert not case.has("apnoea_episodes") and not case.has("cyanosis")


def test_a_place_named_after_a_symptom_is_not_the_symptom() -> None:
    case = extract("这一周胸口压着痛越来越勤，今早坐着看电视也痛了十来分钟。已告知立即去胸痛中心。")
    assert case.has("chest_pain")
    assert not extract("sent to the stroke unit").findings


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("please see baby Noah, aged seven weeks, who felt hot", 7 * 0.0191781),
        ("患儿女，生后7周，肛温38.4℃。初步诊断：3月龄以下婴儿发热", 7 * 0.0191781),  # "3月龄以下" is a bound
    ],
)
def test_infant_ages_in_letters(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize(("text", "hr"), [("obs 112 regular and 94% on air", 112), ("pulse 128 and irregular", 128)])
def test_a_rate_said_with_its_rhythm(text: str, hr: float) -> None:
    assert extract(text).value("hr") == hr


def test_a_count_taken_regularly_is_not_a_heart_rate() -> None:
    assert extract("smokes 20 regular cigarettes").value("hr") is None


def test_black_stool_put_down_to_iron_is_not_melaena() -> None:
    assert extract("大便发黑，但成形。初步诊断：缺铁性贫血，黑便为铁剂所致").denies("melaena")


def test_a_doctors_orders_are_not_advice_about_what_may_come() -> None:
    assert extract("按医嘱服药后黑便三天").has("melaena")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Baby girl, seven weeks old. Dad's reading was thirty-seven point six — sorry, he's corrected it, "
         "thirty-eight point six. Feeding OK.", 38.6),
        ("Hot and miserable, thirty-nine point two.", 39.2),
    ],
)
def test_a_temperature_dictated_in_words_with_no_name(text: str, value: float) -> None:
    assert extract(text).vitals["temp_c"].value == value


@pytest.mark.parametrize("text", ["BMI thirty-seven point five, wants to lose weight", "two point five kilos lost"])
def test_a_decimal_in_words_that_is_no_temperature(text: str) -> None:
    assert "temp_c" not in extract(text).vitals


def test_a_temperature_dictated_as_a_whole_number_with_its_point() -> None:
    # 38.0 °C is NICE NG143's fever threshold in an infant: "point zero" must not be dropped
    assert extract("Baby 7 weeks old, unsettled. Reading was thirty-eight point zero.").vitals["temp_c"].value == 38.0
    assert "temp_c" not in extract("Seven weeks old, unsettled, thirty-eight.").vitals

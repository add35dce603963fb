"""Vital signs, labs and units as doctors say them (zh and en)."""

from __future__ import annotations

import pytest

from assistant.clinical.extraction import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BP 180 over 110", {"sbp": 180, "dbp": 110}),
        ("BP 180/110", {"sbp": 180, "dbp": 110}),
        ("血压180/110", {"sbp": 180, "dbp": 110}),
        ("血压一百八十/一百一十", {"sbp": 180, "dbp": 110}),
        ("高压180低压110", {"sbp": 180, "dbp": 110}),
        ("BP one eighty over one ten", {"sbp": 180, "dbp": 110}),
        ("180/110 mmHg", {"sbp": 180, "dbp": 110}),
        # what speech recognition writes for a spoken 比 / over: a pair when the second is lower
        ("血压90×60", {"sbp": 90, "dbp": 60}),
        ("血压90-60。", {"sbp": 90, "dbp": 60}),
        ("BP 90x60", {"sbp": 90, "dbp": 60}),
        ("BP 150-160/90", {"sbp": 150}),
        ("血压130-140", {"sbp": 130}),
        ("HR 120", {"hr": 120}),
        ("心率一百二", {"hr": 120}),
        ("脉搏 96", {"hr": 96}),
        ("120 bpm", {"hr": 120}),
        ("RR 24", {"rr": 24}),
        ("呼吸28次", {"rr": 28}),
        ("SpO2 89%", {"spo2": 89}),
        ("sats 91", {"spo2": 91}),
        ("血氧89", {"spo2": 89}),
        ("temp 38.5", {"temp_c": 38.5}),
        ("体温38度5", {"temp_c": 38.5}),
        ("体温三十八度五", {"temp_c": 38.5}),
        ("39.2℃", {"temp_c": 39.2}),
        ("101.3°F", {"temp_c": 38.5}),
        ("T 39", {"temp_c": 39}),
        ("发烧39度", {"temp_c": 39}),
        ("血糖18.5", {"glucose_mmol": 18.5}),
        ("glucose 250 mg/dL", {"glucose_mmol": 13.89}),
        ("GCS 13", {"gcs": 13}),
        ("GCS 13/15", {"gcs": 13}),
    ],
)
def test_vitals(text: str, expected: dict[str, float]) -> None:
    case = extract(text)
    for mid, value in expected.items():
        assert case.vitals[mid].value == pytest.approx(value, abs=0.01), mid


@pytest.mark.parametrize(
    ("text", "mid", "value", "unit"),
    [
        ("HbA1c 9.2%", "hba1c", 9.2, "%"),
        ("HbA1c 75 mmol/mol", "hba1c", 9.01, "%"),
        ("糖化血红蛋白9.2%", "hba1c", 9.2, "%"),
        ("Hb 85", "hb", 85, "g/L"),
        ("Hb 8.5 g/dL", "hb", 85, "g/L"),
        ("血红蛋白85g/L", "hb", 85, "g/L"),
        ("MCV 72", "mcv", 72, "fL"),
        ("WBC 15.2", "wbc", 15.2, "10^9/L"),
        ("白细胞15.2", "wbc", 15.2, "10^9/L"),
        ("platelets 90", "platelets", 90, "10^9/L"),
        ("CRP 85", "crp", 85, "mg/L"),
        ("troponin 45 ng/L", "troponin", 45, "ng/L"),
        ("creatinine 1.8 mg/dL", "creatinine", 159.12, "µmol/L"),
        ("肌酐180", "creatinine", 180, "µmol/L"),
        ("eGFR 45", "egfr", 45, "mL/min/1.73m²"),
        ("K 6.2", "potassium", 6.2, "mmol/L"),
        ("血钾6.2", "potassium", 6.2, "mmol/L"),
        ("Na 128", "sodium", 128, "mmol/L"),
        ("ALT 120", "alt", 120, "U/L"),
        ("TSH 8.2", "tsh", 8.2, "mIU/L"),
        ("INR 3.5", "inr", 3.5, None),
        ("ketones 3.2", "ketones", 3.2, "mmol/L"),
        ("血酮3.2", "ketones", 3.2, "mmol/L"),
        ("D-dimer 800 ng/mL", "d_dimer", 0.8, "mg/L FEU"),
        ("BNP 400", "bnp", 400, "ng/L"),
        ("lactate 4.2", "lactate", 4.2, "mmol/L"),
    ],
)
def test_labs(text: str, mid: str, value: float, unit: str | None) -> None:
    m = extract(text).labs[mid]
    assert m.value == pytest.approx(value, abs=0.01)
    assert m.unit == unit


@pytest.mark.parametrize(
    ("text", "mid", "qualitative"),
    [
        ("troponin positive", "troponin", "positive"),
        ("肌钙蛋白阳性", "troponin", "positive"),
        ("trop neg", "troponin", "negative"),
    ],
)
def test_qualitative_labs(text: str, mid: str, qualitative: str) -> None:
    m = extract(text).labs[mid]
    assert m.qualitative == qualitative and m.value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("urine dip: protein 2+, nitrites positive, leucocytes ++, blood negative",
         {"urine_protein": 2, "urine_nitrite": 1, "urine_leukocytes": 2, "urine_blood": 0}),
        ("尿蛋白++，尿糖阳性，尿酮体(-)", {"urine_protein": 2, "urine_glucose": 1, "urine_ketones": 0}),
        ("urine ketones +++", {"urine_ketones": 3}),
        ("尿潜血阴性", {"urine_blood": 0}),
        # a grade after a name shared with the white cell count is the dipstick's, not a count
        ("尿常规白细胞 2+", {"urine_leukocytes": 2}),
    ],
)
def test_urine_dipstick(text: str, expected: dict[str, float]) -> None:
    labs = extract(text).labs
    assert {k: labs[k].value for k in expected} == expected


def test_value_words_are_not_findings() -> None:
    # "temperature" is a synonym of fever, but "temperature 36.8" is a measurement
    case = extract("temperature 36.8")
    assert case.vitals["temp_c"].value == 36.8
    assert case.denies("fever")


def test_implausible_values_are_dropped() -> None:
    assert "hr" not in extract("HR 1200").vitals
    assert "temp_c" not in extract("三度房室传导阻滞").vitals


def test_age_sex_shorthand_is_not_a_fahrenheit_temperature() -> None:
    case = extract("82F with chest pain, temp 101.3F")
    assert (case.age_years, case.sex) == (82.0, "female")
    assert abs(case.vitals["temp_c"].value - 38.5) < 0.01


@pytest.mark.parametrize(
    ("text", "temp"),
    [
        ("发烧39，咳嗽", 39.0),
        ("烧到39.5", 39.5),
        ("fever 39.4, cough", 39.4),
        ("fever 101", 38.33),  # °F implied
        ("发烧3天", None),  # a duration, not a temperature
        ("fever for 3 days", None),
        ("发烧40天", None),
        ("体温38.5，发烧3天", 38.5),
    ],
)
def test_a_number_after_a_fever_word_is_the_temperature(text: str, temp: float | None) -> None:
    case = extract(text)
    assert case.has("fever"), "the fever word stays a finding"
    if temp is None:
        assert "temp_c" not in case.vitals
    else:
        assert case.vitals["temp_c"].value == pytest.approx(temp, abs=0.01)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a result beside the person's earlier value: the earlier is the baseline, the latest today's
        ("creatinine 412 (baseline 98)", {"creatinine": 412.0, "creatinine_baseline": 98.0}),
        ("肌酐从80升到210", {"creatinine": 210.0, "creatinine_baseline": 80.0}),
        ("Cr 98→286 μmol/L", {"creatinine": 286.0, "creatinine_baseline": 98.0}),
        ("Creatinine 88 last month, now 356", {"creatinine": 356.0, "creatinine_baseline": 88.0}),
        ("肌酐260 μmol/L（三个月前体检是70 μmol/L）", {"creatinine": 260.0, "creatinine_baseline": 70.0}),
        ("creat 3.4 (baseline 1.1)", {"creatinine": 300.56, "creatinine_baseline": 97.24}),
        ("平时肌酐180 μmol/L左右，急查肌酐420 μmol/L", {"creatinine": 420.0, "creatinine_baseline": 180.0}),
        ("Creatinine today 265 µmol/L; it was 35 last year.", {"creatinine": 265.0, "creatinine_baseline": 35.0}),
        # the name said again for the earlier value, its date between
        ("CK 92,000, creatinine 310; creatinine at his work medical last year was 95.",
         {"creatinine": 310.0, "creatinine_baseline": 95.0}),
        ("Creatinine last year was 80. Today creatinine 300.", {"creatinine": 300.0, "creatinine_baseline": 80.0}),
        # the earlier value in brackets with its date
        ("CK 38,000, creatinine 412 (96 in March), K 5.8", {"creatinine": 412.0, "creatinine_baseline": 96.0}),
        # another measurement named between: its value is its own
        ("creatinine 310, potassium was 6.9", {"creatinine": 310.0, "potassium": 6.9}),
        # the earlier value after today's, its date first
        ("Creatinine 312 µmol/L, last month 98. Passing little urine.", {"creatinine": 312.0, "creatinine_baseline": 98.0}),
        # the blood test that gave it, between the name and the number
        ("Sodium on this morning's bloods 117 mmol/L", {"sodium": 117.0}),
        # a value dated just before its name, the name said again later with today's
        ("女，71岁，3月前 Cr 92 μmol/L。腹泻呕吐 x5/7。今日查 Cr 386 μmol/L↑，K 5.8 mmol/L。",
         {"creatinine": 386.0, "creatinine_baseline": 92.0}),
        ("两个月前肌酐88，今天肌酐300", {"creatinine": 300.0, "creatinine_baseline": 88.0}),
        # alone, a dated value is the only one known
        ("一周前肌酐 350，未复查", {"creatinine": 350.0}),
    ],
)
def test_a_result_beside_its_baseline(text: str, expected: dict[str, float]) -> None:
    labs = extract(text).labs
    assert {k: labs[k].value for k in expected} == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "mid", "value"),
    [
        ("肛温量了两次，37.9和38.3", "temp_c", 38.3),
        ("体温37.8，后来38.9", "temp_c", 38.9),
        ("HR 100 then 130", "hr", 130),
        ("T 37.5, now 39.1", "temp_c", 39.1),
        ("temp 38 and 2 days of cough", "temp_c", 38),  # "2" is no temperature
        ("体温38.5和心率120", "temp_c", 38.5),
    ],
)
def test_a_repeated_reading_keeps_the_latest(text: str, mid: str, value: float) -> None:
    assert extract(text).vitals[mid].value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize(
    ("text", "mid", "value"),
    [
        # a lone one-decimal number in the temperature's bounds, named by nothing, is the temperature
        ("hot, headache, vomited twice. 38.8, neck stiff", "temp_c", 38.8),
        ("cough for 3 days, 38.2.", "temp_c", 38.2),
        ("咳嗽三天，38.6，精神差", "temp_c", 38.6),
        # where and how it was read, named before or after the number
        ("tympanic 34.6, pulse 96", "temp_c", 34.6),
        ("38.3 on her thermometer, otherwise fine", "temp_c", 38.3),
        ("the thermometer under her arm says thirty-eight point three", "temp_c", 38.3),
        ("mum says she felt hot overnight, 38.3 here. Feeding normally", "temp_c", 38.3),
        # "hr" of "three hours" is not a heart rate's name
        ("redness past my pen line within three hours. 38.9, pulse 122.", "temp_c", 38.9),
        # another quantity's name in the sentence before does not count ("weight … . 38.3.")
        ("can't bend it or put weight on it. 38.3.", "temp_c", 38.3),
        # a bare pair closing a sentence
        ("86% on air, pulse 118, 165/95.", "sbp", 165),
        ("108, 102/64. Not on iron.", "dbp", 64),
        ("指血2.1。", "glucose_mmol", 2.1),
        # both arms measured: the higher arm is the reading (NICE NG136 1.2.3)
        ("右上肢血压172/96 mmHg，左上肢138/80 mmHg。", "sbp", 172),
        ("R arm 140/80, L arm 165/95", "dbp", 95),
        ("BP 180/110, repeat 150/90", "sbp", 150),  # a repeat on one arm is still the latest
        # what the patient breathes names a saturation
        ("creps to mid-zones, 87% on air", "spo2", 87),
        ("静息下88%未吸氧", "spo2", 88),
    ],
)
def test_readings_named_by_context(text: str, mid: str, value: float) -> None:
    assert extract(text).vitals[mid].value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize(
    "text",
    ["BMI 38.5, weight 90 kg", "G2P1 at 38.5 weeks", "albumin 38.5.", "T 37.2, HR 88, 38.8", "version 38.2.1",
     "体重38.5，", "孕38.5周"],
)
def test_a_lone_decimal_after_another_quantity_is_not_a_temperature(text: str) -> None:
    temp = extract(text).vitals.get("temp_c")
    assert temp is None or temp.value == pytest.approx(37.2)  # the named one is kept


def test_a_percentage_on_metformin_is_not_a_saturation() -> None:
    assert "spo2" not in extract("HbA1c 8.7% on metformin").vitals


@pytest.mark.parametrize("text", ["右腿直腿抬高45度阳性", "直腿抬高试验30度阳性", "knee flexion to 40 degrees"])
def test_an_angle_is_not_a_temperature(text: str) -> None:
    assert "temp_c" not in extract(text).vitals


def test_approximate_numbers_keep_the_pair() -> None:
    case = extract("血压都在一百五十几比九十五左右")
    assert (case.vitals["sbp"].value, case.vitals["dbp"].value) == (150, 95)


def test_a_cd4_count_under_200_is_immunosuppression() -> None:
    # WHO 2021: a CD4 count below 200 cells/mm3 is advanced HIV disease
    case = extract("58M with HIV, last CD4 140.")
    assert case.labs["cd4"].value == 140
    assert case.findings["immunosuppressed"].status == "present"
    assert "immunosuppressed" not in extract("HIV on treatment, CD4 450, undetectable.").findings


def test_the_highest_of_several_temperatures_is_a_fever_recorded() -> None:
    # NICE NG143: a fall in temperature after an antipyretic does not make the illness less serious
    case = extract("6-week-old, 38.4 °C under the arm tonight. Calpol an hour ago; now 37.4 °C and feeding.")
    assert case.vitals["temp_c"].value == 37.4
    assert case.vitals["temp_c_peak"].value == 38.4
    assert case.findings["fever"].status == "present"
    assert "temp_c_peak" not in extract("Temp 37.2 this morning, 38.1 now.").vitals


@pytest.mark.parametrize(
    ("text", "mid", "value"),
    [("我数了一下呼吸一分钟七十多下", "rr", 70), ("心率一百三十多", "hr", 130), ("pulse 130-odd", "hr", 130),
     ("resp rate 60 odd", "rr", 60)],
)
def test_a_value_said_as_a_lower_bound_is_over_its_number(text: str, mid: str, value: float) -> None:
    m = extract(text).vitals[mid]
    assert (m.value, m.above) == (value, True)
    assert m.compared is not None and m.compared > value  # "七十多" crosses a threshold of "over 70"


@pytest.mark.parametrize("text", ["呼吸70左右", "心率130来次", "pulse about 130", "RR 70-ish"])
def test_an_approximate_value_either_side_is_its_number(text: str) -> None:
    case = extract(text)
    m = next(iter(case.vitals.values()))
    assert not m.above and m.compared == m.value


def test_a_burn_s_share_of_the_body_surface() -> None:
    # NNBC 2012: 3% of the body surface or more in an adult, 2% in a child, goes to a burns service
    assert extract("Toddler, 2, scald to chest and arm, about 6% TBSA.").findings["extensive_burn"].status == "present"
    child = extract("女，3岁，被开水烫伤胸口，烫伤面积约2%。")
    assert child.vitals["burn_tbsa"].value == 2 and child.findings["extensive_burn"].status == "present"
    adult = extract("Man, 40, scald to the forearm, 2% TBSA.")
    assert adult.vitals["burn_tbsa"].value == 2 and adult.findings["extensive_burn"].status == "absent"


@pytest.mark.parametrize("text", ["体温计夹了十分钟还在35度刻度以下", "temp below 35", "体温低于35度"])
def test_a_value_said_as_an_upper_bound_is_under_its_number(text: str) -> None:
    m = extract(text).vitals["temp_c"]
    assert (m.value, m.below) == (35, True)
    assert m.compared is not None and m.compared < 35  # crosses "under 35"


def test_a_share_of_the_best_peak_flow_is_no_peak_flow() -> None:
    case = extract("Peak flow 30% of her best.")
    assert case.vitals["pef_percent"].value == 30 and "pef" not in case.vitals


@pytest.mark.parametrize(
    ("text", "sbp", "difference"),
    [
        # both arms measured: the higher arm is the reading, the difference is kept
        ("BP right arm 190/100, left arm 150/85", 190.0, 40.0),
        ("Right arm is one ninety over a hundred, left arm one fifty over eighty-five.", 190.0, 40.0),
        ("右上肢血压172/96，左上肢138/80", 172.0, 34.0),
        ("BP right arm 150/90, left arm 142/88", 150.0, 8.0),
    ],
)
def test_both_arms_keep_the_higher_and_the_difference(text: str, sbp: float, difference: float) -> None:
    case = extract(text)
    assert case.vitals["sbp"].value == sbp
    assert case.vitals["sbp_arm_difference"].value == difference
    assert (case.findings.get("unequal_arm_pulses_bp") is not None) == (difference > 20)


@pytest.mark.parametrize("text", ["right arm 45 degrees abduction, painful arc", "right arm 5/5 power", "BP 170/95. Right arm weak."])
def test_a_limb_alone_reads_only_a_whole_pressure(text: str) -> None:
    case = extract(text)
    assert "sbp_arm_difference" not in case.vitals
    assert case.vitals.get("sbp") is None or case.vitals["sbp"].value == 170.0

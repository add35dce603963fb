"""Case building: demographics, attributes, medications, derived findings, evidence, increments."""

from __future__ import annotations

import pytest

from assistant.clinical.case import Case, Presence
from assistant.clinical.extraction import extract


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("62岁男性", 62, "male"),
        ("男，62岁", 62, "male"),
        ("女，45岁，头痛", 45, "female"),
        ("58-year-old man", 58, "male"),
        ("58 year old woman", 58, "female"),
        ("58yo F", 58, "female"),
        ("58M with chest pain", 58, "male"),
        ("3个月男婴", 0.25, "male"),
        ("2 month old girl", 0.167, "female"),
        ("六十二岁女性", 62, "female"),
        ("3岁半男孩", 3.5, "male"),
        ("aged 70, she has a cough", 70, "female"),
        # the line a doctor adds after a caller's words, and a relative's words on the phone
        ('"It came on like a knife." Man, 62, on three BP tablets.', 62, "male"),
        ('"My back has been bad." Woman, 39.', 39, "female"),
        ("Daughter: \"Mum's seventy-nine, she woke up gasping.\"", 79, "female"),
        ("Mum: \"He's four months, he's had a snotty cold.\"", 0.333, "male"),
        ("The baby's eleven months, she's had watery poos.", 0.917, "female"),
        ("娃才七个礼拜大，摸着滚烫", 0.134, None),
        ("found open next to the 2 and a half year old boy", 2.5, "male"),
        ("十五六岁的男孩", 16, "male"),
        ("男婴7周 今天摸着烫", 0.134, "male"),
        # South Asian English: the years without "old" after "is"; a grown-up the writer speaks for
        ("Sir, I am 62 years. Since one week my chest is paining.", 62, None),
        ("Baby is 2 years, barking cough since yesterday with cold.", 2, None),
        ("Daughter is 14 months, loose motions since 2 days.", 1.167, None),
        ("My dad's 83. He's had a chesty cough for three days.", 83, "male"),
        ("The bairn's two. He's had a barking cough since yesterday.", 2, "male"),
    ],
)
def test_age_and_sex(text: str, age: float, sex: str) -> None:
    case = extract(text)
    assert case.age_years == pytest.approx(age, abs=0.01)
    assert case.sex == sex


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("孕32周", 32), ("怀孕32周，头痛", 32), ("32 weeks pregnant", 32), ("孕32+3周", 32.43), ("pregnant at 28 weeks", 28)],
)
def test_pregnancy(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.pregnant is True
    assert case.gestation_weeks == pytest.approx(weeks, abs=0.01)
    assert case.sex == "female"


@pytest.mark.parametrize(("text", "weeks"), [("My sister is carrying, 33 weeks. Her stomach is very hard.", 33),
                                              ("I'm 36, ten weeks gone. I've been bleeding heavy.", 10)])
def test_pregnancy_said_in_other_englishes(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.pregnant is True
    assert case.gestation_weeks == pytest.approx(weeks, abs=0.01)


@pytest.mark.parametrize("text", ["the son is 3 years older than her", "cough for 3 weeks gone now"])
def test_years_or_weeks_that_are_no_age_or_gestation(text: str) -> None:
    case = extract(text)
    assert case.age_years is None
    assert case.pregnant is not True


@pytest.mark.parametrize("text", ["Day 8 visit, baby girl born at 38 weeks, breastfed.", "I'm 10 weeks into chemo",
                                  "I'm 6 weeks post op"])
def test_weeks_that_are_no_pregnancy_now(text: str) -> None:
    assert extract(text).pregnant is not True


def test_a_woman_who_says_her_weeks_is_pregnant() -> None:
    case = extract("I'm 9 weeks. The bleeding started this afternoon and it's got heavier and heavier.")
    assert case.pregnant is True
    assert case.gestation_weeks == 9


def test_the_day_of_a_newborn_visit_is_the_babys_age() -> None:
    assert extract("Day 8 visit, baby girl born at 38 weeks, breastfed.").age_years == pytest.approx(8 / 365, abs=0.001)


def test_not_pregnant() -> None:
    assert extract("not pregnant").pregnant is False
    assert extract("未怀孕").pregnant is False


@pytest.mark.parametrize("text", ["man 2 days post-op, calf pain", "she's 3 months pregnant with vomiting", "he's 2 days post op"])
def test_a_number_running_on_after_a_sex_word_is_not_an_age(text: str) -> None:
    assert extract(text).age_years is None


def test_a_generic_word_of_time_qualifies_only_the_chest_pain_it_is_said_with() -> None:
    # "woke him" and "getting more frequent" name no symptom: with chest pain said they make rest and
    # crescendo chest pain; alone, or with a toe or a headache, they add no chest pain
    case = extract("Tight chest walking the dog for a month, now brought on walking to the car and woke him last night.")
    assert case.has("rest_chest_pain") and case.has("crescendo_angina")
    case = extract("Known angina; last night it woke him from sleep.")
    assert case.has("rest_chest_pain")
    for text in ("the toe pain woke him last night", "headaches getting more frequent", "半夜右脚大脚趾痛醒了"):
        case = extract(text)
        assert not case.has("chest_pain") and not case.has("rest_chest_pain") and not case.has("crescendo_angina"), text


def test_an_onset_inside_the_finding_words_is_its_onset() -> None:
    case = extract("sitting reading, the room suddenly spun, now can't walk without lurching to the left")
    assert case.findings["vertigo"].onset == "sudden"


def test_cough_for_three_months_is_not_an_age() -> None:
    case = extract("咳嗽3个月")
    assert case.age_years is None
    assert case.findings["cough"].duration_days == pytest.approx(90)


@pytest.mark.parametrize(
    ("text", "finding", "days", "dtext"),
    [
        ("咳嗽3天", "cough", 3, "3天"),
        ("咳嗽两周", "cough", 14, "两周"),
        ("咳嗽半年", "cough", 182.5, "半年"),
        ("cough for two weeks", "cough", 14, "two weeks"),
        ("headache for half an hour", "headache", 1 / 48, "half an hour"),
        ("crushing chest pain for 40 minutes", "chest_pain", 40 / 1440, "40 minutes"),
        ("cough 3/7", "cough", 3, "3/7"),
        ("发热、咳嗽3天", "fever", 3, "3天"),
        ("头痛十余天", "headache", 10, "十余天"),
        ("左侧胸痛，逐渐加重，持续半年", "chest_pain", 182.5, "半年"),
        # two neighbouring numerals are a range, kept at its upper end (cn2an reads "两三" as 23)
        ("咳嗽两三天", "cough", 3, "两三天"),
        ("发烧三五天", "fever", 5, "三五天"),
        ("胸痛三四十分钟", "chest_pain", 40 / 1440, "三四十分钟"),
        ("胸口发闷，歇个三五分钟就好", "chest_pain", 5 / 1440, "三五分钟"),
        ("抽了一次，一分多钟就停了", "seizure", 1 / 1440, "一分多钟"),
    ],
)
def test_duration(text: str, finding: str, days: float, dtext: str) -> None:
    f = extract(text).findings[finding]
    assert f.duration_days == pytest.approx(days, rel=0.01)
    assert f.duration_text == dtext


def test_a_duration_after_then_is_the_next_events() -> None:
    case = extract("About a minute, whole body shaking, then sleepy for half an hour.")
    assert case.findings["seizure"].duration_days is None


def test_advice_times_nothing_that_was_said() -> None:
    case = extract("She had a fit this morning, stiff and jerking all over. 999 if another fit lasts over 5 minutes.")
    assert case.findings["seizure"].status == "present"
    assert case.findings["seizure"].duration_days is None


def test_durations_attach_to_their_own_finding() -> None:
    case = extract("fever for 2 days and cough for 3 weeks")
    assert case.findings["fever"].duration_days == 2
    assert case.findings["cough"].duration_days == 21


def test_qualifiers() -> None:
    f = extract("突然出现剧烈头痛").findings["headache"]
    assert (f.onset, f.severity) == ("sudden", "severe")
    f = extract("mild headache").findings["headache"]
    assert f.severity == "mild"
    f = extract("左侧胸痛，逐渐加重").findings["chest_pain"]
    assert (f.laterality, f.onset) == ("left", "gradual")
    f = extract("bilateral leg swelling").findings["oedema_legs"]
    assert f.laterality == "bilateral"
    f = extract("sudden severe back pain").findings["back_pain"]
    assert (f.onset, f.severity) == ("sudden", "severe")


def test_medications_and_allergies() -> None:
    case = extract("58yo F on metformin and amlodipine, allergic to penicillin")
    assert [m.text for m in case.medications] == ["metformin", "amlodipine"]
    assert case.medications[1].evidence[0].text == "amlodipine"
    assert [m.text for m in case.allergies] == ["penicillin"]
    case = extract("青霉素过敏，服用二甲双胍")
    assert [m.text for m in case.medications] == ["metformin"]
    assert [m.text for m in case.allergies] == ["penicillin"]
    case = extract("not on warfarin, 否认青霉素过敏")
    assert case.medications == [] and case.allergies == []


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("BP 180/110", ["raised_bp", "severely_raised_bp"], ["hypotension"]),
        ("BP 90/60", ["hypotension"], ["raised_bp"]),
        ("HR 120", ["tachycardia"], ["bradycardia"]),
        ("SpO2 89%", ["hypoxaemia"], []),
        ("sats 96", [], ["hypoxaemia"]),
        ("RR 24", ["tachypnoea"], []),
        ("temp 38.5", ["fever"], ["high_fever"]),
        ("39.5℃", ["fever", "high_fever"], []),
        ("temp 36.8", [], ["fever"]),
        ("血糖18.5", ["hyperglycaemia"], ["low_glucose"]),
        ("glucose 2.1", ["low_glucose"], ["hyperglycaemia"]),
        ("MCV 72", ["microcytosis"], []),
        ("WBC 15.2", ["raised_wbc"], []),
        ("CRP 85", ["raised_crp"], []),
        ("troponin positive", ["raised_troponin"], []),
        ("eGFR 45", ["reduced_egfr"], []),
        ("K 6.2", ["hyperkalaemia"], []),
        ("Na 128", ["hyponatraemia"], []),
        ("TSH 12", ["raised_tsh"], []),
        ("TSH 0.05", ["suppressed_tsh"], []),
        ("INR 3.5", ["raised_inr"], []),
        ("尿酮体++", ["ketones_raised"], []),
        ("尿糖阳性", ["glycosuria"], []),
        ("urine protein 2+", ["proteinuria"], []),
        ("nitrites positive", ["nitrite_positive"], []),
        ("leucocytes ++", ["leukocyturia"], []),
        ("urine blood negative", [], ["haematuria"]),
        # the weather, not the body: a hot day said as a number is heat exposure, and no temperature
        ("building site, 36 °C today, collapsed", ["heat_exposure"], []),
        ("工友说今天中午37度，晕倒了", ["heat_exposure"], []),
    ],
)
def test_derived_findings(text: str, present: list[str], absent: list[str]) -> None:
    case = extract(text)
    for fid in present:
        assert case.has(fid), fid
    for fid in absent:
        assert case.denies(fid), fid


def test_the_weather_is_not_the_body_temperature() -> None:
    hot_day = extract("Foreman on a building site, 36 °C today: labourer collapsed, confused")
    assert "temp_c" not in hot_day.vitals and hot_day.vitals["ambient_temp_c"].value == 36
    cool_day = extract("outside 24 °C, temp 38.6, cough")
    assert cool_day.vitals["temp_c"].value == 38.6 and not cool_day.has("heat_exposure")
    assert not cool_day.denies("heat_exposure")  # a cool day denies no exertional heat illness
    fever = extract("孩子在家里烧到39度，精神差")
    assert fever.vitals["temp_c"].value == 39 and not fever.has("heat_exposure")


def test_haemoglobin_cut_offs_depend_on_sex() -> None:
    assert extract("58 year old man, Hb 125").has("low_hb")
    assert extract("58 year old woman, Hb 125").denies("low_hb")
    assert "low_hb" not in extract("Hb 125").findings  # sex unknown: undetermined
    assert extract("Hb 85").has("low_hb")  # anaemic whatever the sex


def test_infant_heart_rate_uses_age_band() -> None:
    assert extract("3个月男婴，心率150").denies("tachycardia")
    assert extract("心率150").has("tachycardia")


def test_derived_evidence_is_the_measurement_span() -> None:
    text = "chest pain, BP 90/60"
    case = extract(text)
    ev = case.findings["hypotension"].evidence[0]
    assert ev.text == "BP 90/60" and text[ev.start:ev.end] == "BP 90/60"


def test_text_wins_over_derived() -> None:
    case = extract("feels feverish, temp 36.8")
    assert case.has("fever")
    case = extract("temp 36.8")
    case = extract("he had a fever last night", case)
    assert case.has("fever")


def test_evidence_spans_point_at_words() -> None:
    text = "62岁男性，无发热，咳嗽3天，血压180/110"
    case = extract(text)
    for f in case.findings.values():
        for e in f.evidence:
            assert text[e.start:e.end] == e.text and e.utterance == 0
    assert case.findings["fever"].evidence[0].text == "发热"
    assert case.findings["cough"].evidence[0].text == "咳嗽"
    assert case.vitals["sbp"].evidence[0].text == "血压180/110"


def test_incremental_correction() -> None:
    case = extract("fever and cough for 3 days, BP 150/95")
    assert case.has("fever") and case.has("raised_bp")
    case2 = extract("actually no fever. BP now 120/80", case)
    assert case.has("fever")  # the input case is not changed
    assert case2.denies("fever") and case2.has("cough")
    assert case2.vitals["sbp"].value == 120
    assert [e.utterance for e in case2.vitals["sbp"].evidence] == [0, 1]
    assert case2.denies("raised_bp")
    assert [e.utterance for e in case2.findings["fever"].evidence] == [0, 1]
    assert case2.findings["cough"].duration_days == 3
    assert case2.utterances == ["fever and cough for 3 days, BP 150/95", "actually no fever. BP now 120/80"]


def test_incremental_correction_zh() -> None:
    case = extract("发烧两天")
    case = extract("其实没有发烧", case)
    assert case.denies("fever")
    assert case.findings["fever"].evidence[-1].utterance == 1


def test_sex_said_later_updates_derived() -> None:
    case = extract("Hb 125")
    assert "low_hb" not in case.findings
    case = extract("he is 60", case)
    case = extract("male", case)
    assert case.has("low_hb")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("无发热", "zh"), ("no fever", "en"), ("患者有chest pain，没有发热", "zh"), ("58 year old man, 胸痛", "en")],
)
def test_language(text: str, lang: str) -> None:
    assert extract(text).lang == lang


def test_language_kept_when_utterance_has_no_letters() -> None:
    case = extract("无发热")
    assert extract("120/80", case).lang == "zh"
    assert extract("no fever", lang="zh").lang == "zh"


def test_mixed_language_sentence() -> None:
    case = extract("62岁男性，chest pain 2 hours，no fever，血压180/110，HR 120")
    assert case.age_years == 62 and case.sex == "male"
    assert case.has("chest_pain") and case.denies("fever")
    assert case.findings["chest_pain"].duration_days == pytest.approx(2 / 24, rel=0.01)
    assert case.vitals["sbp"].value == 180 and case.vitals["hr"].value == 120


def test_empty_and_default_case() -> None:
    case = extract("")
    assert isinstance(case, Case) and case.is_empty and case.utterances == [""]
    assert extract("hello").findings == {}
    assert Presence.present.value == "present"

"""Extraction of findings as doctors phrase them, beyond fixed lexicon phrases (zh and en).

History vs current illness, GCS feeding consciousness, findings said in two parts (site + state),
phrases that say two findings, bare BP pairs, specific findings counting as their general form
for red-flag rules, and an onset said before a list of findings.
"""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


@pytest.fixture(scope="module")
def engine():  # noqa: ANN201
    return get_engine()


def present(text: str) -> set[str]:
    case = extract(text)
    return {fid for fid, f in case.findings.items() if f.status.value == "present"}


def absent(text: str) -> set[str]:
    case = extract(text)
    return {fid for fid, f in case.findings.items() if f.status.value == "absent"}


# ---------------- past history vs the present illness ----------------
@pytest.mark.parametrize(
    ("text", "current", "history"),
    [
        ("既往高血压病史，今日突发胸痛", "sudden_onset_chest_pain", "hypertension_history"),
        ("h/o asthma, now can't speak in full sentences", "unable_to_complete_sentences", "asthma_history"),
        ("h/o MI 2018, now 40 minutes of central crushing pain like last time", "pressure_like_chest_pain", None),
        ("既往脑梗，遗留右侧肢体轻度无力；今天上午突然说不出话", "aphasia", None),
        ("known COPD, SOB ++ for 2 days", "shortness_of_breath", "copd_history"),
    ],
)
def test_current_finding_kept_after_history(text: str, current: str, history: str | None) -> None:
    found = present(text)
    assert current in found
    if history is not None:
        assert history in found


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("既往脑梗，遗留右侧肢体轻度无力；今天上午突然说不出话", "unilateral_weakness"),
        ("Old L MCA stroke 3 years ago with residual right-sided weakness, here for BP review", "unilateral_weakness"),
    ],
)
def test_residual_deficit_is_not_a_current_finding(text: str, past: str) -> None:
    assert past not in present(text)


def test_history_then_new_emergency_fires(engine) -> None:  # noqa: ANN001
    a = engine.assess_text("男，58岁，既往高血压病史，今日突发胸痛一个半小时，胸闷气短伴大汗。")
    assert "acs_chest_pain_with_autonomic_features" in {f.id for f in a.red_flags}
    assert a.triage.level == "emergency"


# ---------------- GCS ----------------
@pytest.mark.parametrize(("text", "gcs"), [("GCS 9", 9), ("GCS 13/15, RR 24", 13), ("今天GCS 12分", 12), ("格拉斯哥评分9分", 9)])
def test_gcs_below_15_is_reduced_consciousness(text: str, gcs: float) -> None:
    case = extract(text)
    assert case.vitals["gcs"].value == gcs
    assert case.has("reduced_consciousness")


def test_gcs_15_is_not_reduced_consciousness() -> None:
    assert extract("alert, GCS 15").denies("reduced_consciousness")


def test_words_beat_gcs() -> None:
    # said in words, the finding is kept as said
    assert extract("drowsy, GCS 15").has("reduced_consciousness")
    # a later state said in words beats an earlier reading
    assert extract("GCS 15 on arrival. Now drowsy and hard to rouse.").has("reduced_consciousness")


@pytest.mark.parametrize(
    "text",
    [
        "Went stiff then jerked ~1 min, drowsy ~30 min after. No head injury. Now GCS 15, neuro exam normal.",
        "Drowsy and confused after the fall. Reassessed an hour later: GCS 15.",
        "抽完以后嗜睡了一阵。现在GCS 15分，对答切题。",
    ],
)
def test_a_later_full_gcs_is_the_conscious_level_now(text: str) -> None:
    # conscious level is a state of the moment: a full GCS said in a later sentence is the state now
    case = extract(text)
    assert case.vitals["gcs"].value == 15
    assert case.denies("reduced_consciousness")


def test_drowsiness_after_a_fit_does_not_lengthen_the_fit(engine) -> None:  # noqa: ANN001
    # "抽搐后嗜睡半小时": the half hour is the drowsiness, not a half-hour (status) seizure
    a = engine.assess_text("男，25岁，抽搐后嗜睡半小时，现在清醒。")
    assert "prolonged_or_repeated_seizure" not in {f.id for f in a.red_flags}
    b = engine.assess_text("男，25岁，抽搐持续半小时。")
    assert "prolonged_or_repeated_seizure" in {f.id for f in b.red_flags}


@pytest.mark.parametrize(
    "text",
    [
        "65F, pneumonia, GCS 12, T 38.2, HR 110, BP 118/70, RR 22, SpO2 94%",
        "男，78岁，肺部感染，今天GCS 12分，体温38.2，心率110，血压118/70，呼吸22次，血氧94%。",
    ],
)
def test_gcs_feeds_news2(engine, text: str) -> None:  # noqa: ANN001
    # NEWS2: RR 22 (2) + SpO2 94 (1) + HR 110 (1) + T 38.2 (1) + new altered consciousness (3) = 8
    fired = {f.id for f in engine.assess_text(text).red_flags}
    assert "news2_7_or_more" in fired


def test_gcs_makes_hypoglycaemia_severe(engine) -> None:  # noqa: ANN001
    a = engine.assess_text("On gliclazide, 81F, found slumped in her chair, GCS 10, BM 1.9")
    assert "severe_hypoglycaemia" in {f.id for f in a.red_flags}


# ---------------- findings said as a site plus a state ----------------
@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("Swollen painful L calf for 3 days", {"unilateral_calf_swelling", "calf_pain"}),
        ("R calf swollen and painful", {"unilateral_calf_swelling", "calf_pain"}),
        ("左小腿又肿又疼", {"unilateral_calf_swelling", "calf_pain"}),
        ("lips and tongue puffing up", {"lip_swelling", "tongue_swelling"}),
        ("嘴唇和舌头都肿了", {"lip_swelling", "tongue_swelling"}),
        ("tender distended abdomen with guarding", {"abdominal_tenderness", "abdominal_distension", "peritonism"}),
        ("belly distended like a drum", {"abdominal_distension"}),
        ("abdomen rigid like a board", {"peritonism"}),
        ("Painful red R eye", {"eye_pain", "eye_redness"}),
        ("今天早上胸口闷得慌", {"chest_pain"}),
        ("胸背部像刀割一样疼", {"chest_pain", "back_pain"}),
        ("couldn't lift his right arm", {"arm_weakness"}),
        ("右手完全抬不起来", {"arm_weakness"}),
        ("左边手脚不听使唤", {"unilateral_weakness"}),
        ("his speech went funny", {"slurred_speech"}),
        ("肛门周围没有感觉", {"saddle_anaesthesia"}),
        ("膝盖周围皮肤一块一块发花", {"mottled_skin"}),
        ("吐了两次咖啡色的东西", {"haematemesis"}),
        ("passing black sticky stools", {"melaena"}),
        ("今天跑到右下腹了，一按就疼", {"migrating_pain_to_rlq", "rlq_tenderness"}),
    ],
)
def test_site_and_state(text: str, findings: set[str]) -> None:
    assert findings <= present(text)


def test_site_and_state_keep_qualifiers() -> None:
    case = extract("搬重物时突然后脑勺炸裂样疼")
    headache = case.findings["headache"]
    assert headache.onset == "sudden" and headache.severity == "severe"


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("calf not swollen", {"unilateral_calf_swelling"}),
        ("no calf swelling or tenderness", {"unilateral_calf_swelling"}),
        ("小腿不肿不疼", {"unilateral_calf_swelling", "calf_pain"}),
        ("腰疼两天，不往腿上放射", {"pain_radiating_down_leg"}),
    ],
)
def test_site_and_state_negated(text: str, denied: set[str]) -> None:
    assert denied <= absent(text)


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("both calves swollen", "unilateral_calf_swelling"),
        ("两条小腿都肿了", "unilateral_calf_swelling"),
        ("头晕腿疼", "headache"),
        ("手术后没劲", "arm_weakness"),
        ("hit his head, now pain in his neck", "headache"),
        ("dry cough, bilateral hilar lymphadenopathy on chest X-ray, ankle pains", "chest_pain"),
        ("stabbing pain around the right eye", "eye_pain"),
        ("吐痰带血", "haematemesis"),
    ],
)
def test_site_and_state_not_overread(text: str, not_found: str) -> None:
    assert not_found not in present(text)


# ---------------- one phrase, two findings ----------------
@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("CP since 6 am, diaphoretic, N/V x1", {"chest_pain", "sweating", "nausea", "vomiting"}),
        ("14-month-old with D&V for 2 days", {"diarrhoea", "vomiting"}),
        ("胸闷气短伴大汗", {"chest_pain", "shortness_of_breath", "sweating"}),
        ("恶心呕吐", {"nausea", "vomiting"}),
        ("哮喘发作，说不出整句话", {"asthma_history", "wheeze", "unable_to_complete_sentences"}),
    ],
)
def test_phrases_with_two_findings(text: str, findings: set[str]) -> None:
    assert findings <= present(text)


# ---------------- measurements said as doctors say them ----------------
@pytest.mark.parametrize(
    ("text", "mid", "value"),
    [
        ("血压高没规律吃药，今天测了210/130", "sbp", 210),
        ("repeat 182/100 in clinic", "dbp", 100),
        # Chinese numerals with no BP word; a list separator only after a word for measuring
        ("头疼，测了二百一十比一百三十", "sbp", 210),
        ("左右胳膊各量一遍，都是二百三十、一百三十五。", "dbp", 135),
        ("家里量了两次，180、110", "sbp", 180),
        ("O2 sat 88 on RA, RR 26, HR 130", "spo2", 88),
        ("sats 88% RA", "spo2", 88),
        ("SpO2 88%, BP 80/50", "sbp", 80),
        ("cap refill 4 seconds", "crt", 4),
    ],
)
def test_measurements(text: str, mid: str, value: float) -> None:
    assert extract(text).value(mid) == value


@pytest.mark.parametrize(
    "text",
    ["36/40 primip", "VA 6/60 right eye", "pain 8/10", "off work 2/52", "孕三十六比四十",
     "剂量200、100", "心率一百二十、一百一十次", "一千二百三十比一百"],
)
def test_bare_ratios_that_are_not_bp(text: str) -> None:
    assert extract(text).value("sbp") is None


def test_capillary_refill_3_seconds_is_prolonged() -> None:
    assert extract("CRT 3 s").has("prolonged_capillary_refill")
    assert extract("CRT 2 s").denies("prolonged_capillary_refill")


def test_measured_value_settles_an_uncertain_word() -> None:
    assert extract("febrile? temp 38.5").has("fever")


@pytest.mark.parametrize(("text", "age"), [("宝宝50天，发烧38度6", 50 * 0.00273973), ("宝宝6周，发烧", 6 * 0.0191781)])
def test_infant_age_in_days_or_weeks(text: str, age: float) -> None:
    assert extract(text).age_years == pytest.approx(age, rel=0.01)


def test_days_ago_are_not_an_age() -> None:
    assert extract("宝宝，10天前开始咳嗽").age_years is None


# ---------------- qualifiers over a list ----------------
@pytest.mark.parametrize(
    ("text", "finding"),
    [("sudden onset double vision and unsteadiness", "ataxia"), ("突发头痛、呕吐", "vomiting")],
)
def test_onset_before_a_list_covers_it(text: str, finding: str) -> None:
    assert extract(text).findings[finding].onset == "sudden"


# ---------------- specific findings count as their general form for rules ----------------
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("突发胸痛一小时，大汗", "acs_chest_pain_with_autonomic_features"),
        ("h/o MI, now 40 minutes of central crushing pain, grey and clammy", "acs_chest_pain_with_autonomic_features"),
        ("36/40 primip, BP 164/108", "pregnancy_severe_hypertension"),
        ("Asthmatic 17yo, too breathless to talk, HR 135", "asthma_severe_exacerbation"),
    ],
)
def test_specific_findings_fire_general_rules(engine, text: str, rule: str) -> None:  # noqa: ANN001
    assert rule in {f.id for f in engine.assess_text(text).red_flags}


def test_rule_view_does_not_change_the_case(engine) -> None:  # noqa: ANN001
    a = engine.assess_text("突发胸痛一小时，大汗")
    assert "chest_pain" not in a.case.findings  # the case keeps what was said
    assert "sudden_onset_chest_pain" in a.case.findings


# ---------------- round 3: shorthand ages, meter readings, gestation, possible exposures ----------------
@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("男六十，最近走几步路就胸闷", 60, "male"),
        ("老爷子八十二，糖尿病，人越来越迷糊", 82, "male"),
        ("女，二十八，月经推迟四十多天", 28, "female"),
        ("姑娘十九，心情不好", 19, "female"),
        ("男 58，胸痛", 58, "male"),
    ],
)
def test_bare_age_after_a_sex_word(text: str, age: float, sex: str) -> None:
    case = extract(text)
    assert (case.age_years, case.sex) == (age, sex)


@pytest.mark.parametrize("text", ["女，2天前发烧", "男，血压150/90", "孕妇三十六周，右上腹疼"])
def test_sex_word_then_a_number_that_is_not_an_age(text: str) -> None:
    assert extract(text).age_years is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("血糖仪显示三十五点二", 35.2),
        ("测了个血糖一点八", 1.8),
        ("finger-prick reading two point one", 2.1),
        ("glucometer says 2.1", 2.1),
    ],
)
def test_glucose_meter_readings(text: str, value: float) -> None:
    assert extract(text).vitals["glucose_mmol"].value == value


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("孕妇三十六周，右上腹疼", 36),
        ("31 weeks, sudden constant belly pain, baby moving less", 31),
    ],
)
def test_gestation_gives_the_second_half_of_pregnancy(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.pregnant and case.gestation_weeks == weeks
    assert "pregnancy_over_20_weeks" in present(text)


def test_note_opening_weeks_need_a_pregnancy_word() -> None:
    assert not extract("3 weeks of cough and fever").pregnant


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("这辈子没这么疼过，头突然像被人打了一闷棍", "thunderclap_headache"),
        ("couldn't get his words out for 20 minutes", "aphasia"),
        ("全身起包，喘", "wheals"),
        ("全身起包，喘", "shortness_of_breath"),
        ("腰椎间盘突出，会阴部木木的", "saddle_anaesthesia"),
        ("今天大小便失禁了", "faecal_incontinence"),
        ("今天大小便失禁了", "urinary_incontinence"),
        ("精神萎靡，眼窝凹陷", "lethargic_infant"),
        ("精神萎靡，眼窝凹陷", "appears_ill"),
        ("把家里的敌敌畏喝了一口", "toxic_ingestion"),
        ("下楼梯摔了一跤磕到头", "head_injury"),
        ("collapsed on site in the heat", "heat_exposure"),
        ("womb hard as a board", "uterine_rigidity"),
        ("Low for months, 'I won't be a problem much longer'", "suicidal_thoughts"),
        ("Burning when passing water 2 days", "dysuria"),
    ],
)
def test_round3_colloquial_forms(text: str, finding: str) -> None:
    assert finding in present(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("2yo may have swallowed some of her tablets", "child_toxic_ingestion"),   # a possible ingestion counts
        ("84F on warfarin, banged her head on the floor this morning", "head_injury_referral"),
        ("老太太八十，家里没开空调，人糊涂了，体温四十一度", "heat_stroke_suspected"),
        ("2 weeks post chemo, fever 38.4, rigors", "suspected_neutropenic_sepsis"),
        ("孩子五岁，发烧三十九度八，精神很差，身上皮肤发花", "sepsis_nice_high_risk_child_5_11"),
        ("怀孕三十四周，突然肚子持续剧痛，阴道流血", "antepartum_haemorrhage"),
        ("8 weeks pregnant, heavy bleeding soaking a pad every hour", "early_pregnancy_heavy_bleeding_or_unstable"),
        ("大爷突然看东西重影，走路往一边倒", "stroke_sudden_balance_or_vision"),
    ],
)
def test_round3_rules_fire(engine, text: str, rule: str) -> None:  # noqa: ANN001
    assert rule in {f.id for f in engine.assess_text(text).red_flags}


def test_possible_ingestion_needs_a_child(engine) -> None:  # noqa: ANN001
    assert "child_toxic_ingestion" not in {f.id for f in engine.assess_text("45M, may have swallowed some tablets").red_flags}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "不" reaches two units; "不吃任何" denies the whole list of medicines after it
        ("没晕过，不吃任何抗凝药、阿司匹林", "anticoagulant_use"),
        # the pillows she always sleeps on are her baseline
        ("known heart failure, sleeps on her usual two pillows", "orthopnoea"),
    ],
)
def test_baseline_and_denied_medicines(text: str, absent: str) -> None:
    assert extract(text).denies(absent)


def test_two_pillows_without_usual_is_orthopnoea() -> None:
    assert extract("sleeps on two pillows now, used to need one").has("orthopnoea")


@pytest.mark.parametrize(
    "text",
    ["Stroke 2019, right arm weakness, unchanged for years. BP review.", "老脑梗，右侧肢体无力，一直没变化",
     "longstanding left-sided weakness after a stroke"],
)
def test_an_old_stable_deficit_is_not_a_new_stroke(text: str) -> None:
    case = extract(text)
    assert not case.has("arm_weakness") and not case.has("unilateral_weakness")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("New right arm weakness, speech unchanged", "arm_weakness"),  # a word before "unchanged": not the weakness
        ("chest pain, unchanged for years", "chest_pain"),  # only deficits: a pain is today's
    ],
)
def test_unchanged_reaches_only_an_old_deficit(text: str, finding: str) -> None:
    assert extract(text).has(finding)


def test_never_at_rest_said_after_it() -> None:
    case = extract("快走或上坡约500米时胸骨后发紧，停下休息2–3分钟即消失，静息时从不发作。")
    assert case.has("exertional_chest_pain") and case.denies("symptom_at_rest")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # WHO: a pinch that goes back slowly is "some" dehydration, very slowly is severe
        ("skin pinch returns slowly", "skin_pinch_slow"),
        ("skin pinch goes back very slowly", "reduced_skin_turgor"),
    ],
)
def test_slow_and_very_slow_skin_pinch(text: str, finding: str) -> None:
    assert extract(text).has(finding)


def test_a_palsy_that_takes_the_forehead_is_not_a_stroke(engine) -> None:  # noqa: ANN001
    text = "男，35岁，今早右边嘴角漏水，右眼闭不紧，右边额头也皱不起来，手脚有劲、说话清楚"
    case = extract(text)
    assert case.has("forehead_involvement") and case.has("unable_to_close_eye")
    assert "stroke_face_arm_speech" not in {f.id for f in engine.assess_text(text).red_flags}


# ---------------- a side word inside a finding's words ----------------
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("can't close the left eye or wrinkle the left forehead", "forehead_involvement"),
        ("ache behind the right ear since yesterday", "pain_behind_ear"),
        ("14yo, sudden onset left testicular pain 2 hours ago", "sudden_onset_testicular_pain"),
    ],
)
def test_a_side_word_inside_a_finding_is_read_through(text: str, finding: str) -> None:
    assert finding in present(text)


def test_a_side_word_match_keeps_its_words_and_replaces_the_shorter_one() -> None:
    case = extract("sudden onset left testicular pain")
    assert case.findings["sudden_onset_testicular_pain"].evidence[0].text == "sudden onset left testicular pain"
    assert "testicular_pain" not in case.findings  # the specific finding stands for it


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("pain in the right upper quadrant", "right_upper_quadrant_pain"),  # sides that are the phrase stay
        ("reduced breath sounds on the left, chest pain", "reduced_breath_sounds"),
    ],
)
def test_phrases_that_name_a_side_are_unchanged(text: str, finding: str) -> None:
    assert finding in present(text)


def test_a_side_word_before_a_comma_joins_nothing() -> None:
    # "left," ends its words: nothing is read across the comma
    assert present("tender on the left, pain on swallowing") == present("tender on the left. pain on swallowing")


# ---------------- said in words or only measured ----------------
def test_a_finding_known_only_from_a_reading_is_measured_only() -> None:
    from assistant.clinical.derived import measured_only

    case = extract("BP 148/88, headache")
    assert case.has("raised_bp") and "raised_bp" in measured_only(case) and "headache" not in measured_only(case)
    said = extract("high blood pressure, BP 168/98")
    assert "raised_bp" not in measured_only(said)


# ---------------- words of this session's review ----------------
@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("女学生，体检抽血的时候眼前发黑，接着软倒在椅子上，十几秒就醒了",
         {"syncope_trigger_vasovagal", "syncope", "rapid_recovery_after_collapse"}),
        ("crampy pain eased by opening her bowels, swings between loose and hard stools, worse around exams",
         {"pain_relieved_by_defecation", "alternating_bowel_habit", "symptoms_worse_with_stress"}),
        ("3 days of testicular pain, burning on passing urine", {"testicular_pain", "dysuria"}),
    ],
)
def test_faint_bowel_and_urinary_phrasings(text: str, findings: set[str]) -> None:
    assert findings <= present(text)


@pytest.mark.parametrize("text", ["手脚冰凉，怕冷，体温36.3，精神好", "Cold hands, shivery, looks well, temp 36.4"])
def test_looking_well_denies_looking_ill(text: str) -> None:
    assert "appears_ill" in absent(text)


def test_an_infants_age_said_with_only() -> None:
    assert extract("妈妈：孩子才七个礼拜，晚上摸着烫手。").age_years == pytest.approx(7 * 0.0191781, abs=1e-3)


def test_having_no_carbon_monoxide_alarm_says_nothing_of_an_exposure() -> None:
    assert "co_exposure" not in extract("We haven't got a carbon monoxide alarm.").findings
    assert extract("The carbon monoxide alarm went off this morning.").findings["co_exposure"].status.value == "present"


def test_traditional_characters_are_read_and_quoted_as_written() -> None:
    case = extract("頭暈，發燒39度，心口好痛，血壓80/50")
    assert {"dizziness", "fever", "chest_pain"} <= {fid for fid, f in case.findings.items() if f.status.value == "present"}
    assert case.vitals["sbp"].value == 80
    assert case.findings["dizziness"].evidence[0].text == "頭暈"


def present(text: str) -> set[str]:
    return {fid for fid, f in extract(text).findings.items() if f.status.value == "present"}


def absent(text: str) -> set[str]:
    return {fid for fid, f in extract(text).findings.items() if f.status.value == "absent"}


def test_the_er_of_northern_speech_is_read_through() -> None:
    assert "shortness_of_breath" in absent("身上起了风疙瘩，嗓子不紧，喘气儿挺顺。")
    assert "fatigue" in present("浑身没劲儿")
    # where 儿 is a word of its own it stays: an infant is still an infant, "哪儿" still asks where
    assert extract("婴儿两个月大，发烧38.5").age_years == pytest.approx(2 * 0.0833333, abs=1e-3)


def test_cantonese_negation() -> None:
    found = extract("喉嚨痛咗兩日，扁桃腺腫咗有白點，冇咳，冇流口水。").findings
    assert found["cough"].status.value == "absent" and found["drooling"].status.value == "absent"
    assert "arm_weakness" in present("右手冇力拎唔起茶杯")  # 冇力 is weakness, not a denial


def test_a_relative_telling_the_story_is_not_family_history() -> None:
    assert "asthma_history" in present("25岁，妈妈讲：“个女有哮喘，今晚喘到讲唔到一句完整嘅说话。”")
    assert "hypertension_history" not in present("孩子三岁，发烧两天。奶奶有高血压。")


def test_phrases_said_without_their_articles() -> None:
    assert {"right_upper_quadrant_pain", "groin_lump"} <= present("pain under right ribs after fatty dinner, lump in right groin")


def test_peak_flow_given_as_a_percentage() -> None:
    assert extract("血氧91%，峰流速为预计值30%。").vitals["pef_percent"].value == 30


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Man is 74, has the irregular heart", 74),
        ("Wife translating: husband 50, drinks every day", 50),
        ("孩子十四，半夜突然蛋子儿疼得邪乎", 14),
        ("個BB九個月，一陣陣喊到好大聲", 0.75),
        ("細人仔兩隻月大，發燒三十八度五", 2 * 0.0833333),
    ],
)
def test_ages_as_relatives_and_interpreters_say_them(text: str, years: float) -> None:
    assert extract(text).age_years == pytest.approx(years, abs=1e-3)


def test_how_long_a_child_has_been_ill_is_not_its_age() -> None:
    assert extract("孩子三天了还在烧，").age_years is None


@pytest.mark.parametrize(
    ("heard", "finding"),
    [("患者凶痛两小时", "chest_pain"), ("格血三天", "haemoptysis"), ("心荒手抖出汗", "palpitations"), ("孝喘，今晚喘得厉害", "asthma_history")],
)
def test_a_two_character_word_the_recogniser_misheard(heard: str, finding: str) -> None:
    assert finding in present(heard)


@pytest.mark.parametrize(
    "text",
    ["头发少，掉得厉害", "昨夜睡眠中痛醒一次", "像被拧了一把", "心急，物理治疗后"],  # words of their own, or straddling one
)
def test_two_characters_that_are_meant_stay(text: str) -> None:
    from assistant.clinical.extraction import get_extractor

    assert get_extractor()._homophones.correct(text) == text


@pytest.mark.parametrize(
    ("heard", "finding"),
    [
        ("fifty, lump in the right groin, ? in guy nal hernia", "groin_lump"),
        ("burning chestpain behind the breast bone after meals", "chest_pain"),
    ],
)
def test_a_word_the_recogniser_wrote_in_pieces(heard: str, finding: str) -> None:
    assert finding in present(heard)


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("missed doses of lamb o trigine", "missed doses of lamotrigine"),
        ("she is on am lo dipine", "she is on amlodipine"),  # "on" is not part of it
        ("ram a pril for years, ? angio a dema", "ramipril for years, ? angioedema"),
    ],
)
def test_pieces_are_joined(heard: str, meant: str) -> None:
    from assistant.clinical.extraction import get_extractor

    assert get_extractor()._split_words.correct(heard, None)[0] == meant


@pytest.mark.parametrize(
    "text",
    ["the abdomen is tense", "a typical migraine aura", "dorsalis pedis is palpable", "in fact it's moving", "tender neck glands"],
)
def test_english_words_are_never_joined(text: str) -> None:
    from assistant.clinical.extraction import get_extractor

    assert get_extractor()._split_words.correct(text, None)[0] == text


@pytest.mark.parametrize(
    ("text", "reading", "value"),
    [
        ("pulse 1 2 4, temp 39 . 4", "hr", 124),
        ("pulse 1 2 4, temp 39 . 4", "temp_c", 39.4),
        ("glucose 2 2 . 8", "glucose_mmol", 22.8),
        ("temp thirty seven . five", "temp_c", 37.5),
        ("血氧百分之九十一，心率一二五", "spo2", 91),
    ],
)
def test_numbers_as_the_recogniser_writes_them(text: str, reading: str, value: float) -> None:
    case = extract(text)
    assert (case.vitals.get(reading) or case.labs[reading]).value == value


def test_a_full_stop_after_a_number_ends_it() -> None:
    assert extract("temp 39. 4 days of cough").vitals["temp_c"].value == 39


@pytest.mark.parametrize(
    ("text", "years"),
    [("sixty five man, stents in twenty nineteen", 65), ("Chest pain. 72 woman with AF", 72), ("患儿男 两月零 发热半天", 2 * 0.0833333)],
)
def test_ages_dictated_without_a_unit(text: str, years: float) -> None:
    assert extract(text).age_years == pytest.approx(years, abs=1e-3)


def test_a_number_before_man_inside_a_sentence_is_not_an_age() -> None:
    assert extract("he carried two man loads at work, back pain").age_years is None


def test_a_list_shares_the_last_word_of_a_phrase() -> None:
    assert {"chest_pain", "back_pain"} <= present("chest and back pain for an hour")
    assert "chest_pain" in present("sudden severe central chest and upper back pain")
    assert "fever" in present("fever and back pain")  # a finding of its own is not re-read


def test_a_blister_pack_is_no_blister_and_coughing_out_a_hernia_no_cough() -> None:
    found = present("Two-year-old found with an open blister pack of amlodipine; a lump in the groin that appears when he coughs or lifts")
    assert "vesicles" not in found and "cough" not in found


def test_a_denial_of_a_thought_said_in_the_negative() -> None:
    assert "suicidal_thoughts" in absent("没有不想活的念头，想开点帮助睡觉的药")
    # the second of two denials joined through a comma
    assert "suicidal_thoughts" in absent("专门问过，说没有想过伤害自己，也没有不想活的念头")
    assert "suicidal_thoughts" in present("他说没有头痛，还是不想活了")
    assert "unable_to_walk" in present("无发热，不能行走")  # a denial before a comma does not reach it


def test_a_relative_acting_in_the_story_is_not_family_history() -> None:
    assert "toxic_ingestion" in present("三岁男孩，外婆把洁厕灵倒在矿泉水瓶里，孩子拿起来喝了一口")


def test_a_fitted_alarm_is_no_fit_and_no_exposure() -> None:
    found = extract("Boiler serviced in October, CO alarm fitted and silent, husband and kids fine.").findings
    assert "seizure" not in found and "co_exposure" not in found


def test_how_often_it_was_measured_is_no_value() -> None:
    assert "glucose_mmol" not in extract("早上空腹测了三次都在3.6到3.8之间").vitals


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("On Sunday he told her 'you won't have to worry about me much longer.' Changed his will last week.", "suicidal_thoughts"),
        ("他说：'我都想好了，不想再拖累你们'，绳子已经买好放在柜子里。", "suicide_plan"),
        ("Carer found a shoebox under his bed holding two months of his zopiclone; 'I've got enough saved.'", "suicide_plan"),
    ],
)
def test_suicide_risk_said_obliquely(text: str, finding: str) -> None:
    assert finding in present(text)


def test_a_duration_in_a_sentence_opening_with_it_describes_the_sentence_before() -> None:
    # "It started at least 10 minutes ago and hasn't stopped": the fit is still going after 10 minutes
    case = extract("She found him on the floor fitting. It started at least 10 minutes ago and hasn't stopped.")
    assert case.findings["seizure"].duration_days == pytest.approx(10 / 1440, rel=0.01)
    assert extract("Headache. It started 3 weeks ago.").findings["headache"].duration_days == pytest.approx(21)


def test_a_time_of_day_keeps_its_characters() -> None:
    # "今早醒来" is this morning on waking, not the early waking of depression ("早醒")
    assert "early_morning_waking" not in extract("今早醒来左眼看不见了").findings
    assert extract("心情低落，早醒，兴趣差").findings["early_morning_waking"].status == "present"


def test_the_patient_named_again_ends_a_relatives_scope() -> None:
    text = "6-year-old on chemo. His brother had chickenpox last week and now he has a few itchy blisters on his chest."
    assert "vesicles" in present(text)

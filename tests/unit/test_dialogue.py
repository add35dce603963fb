"""A consultation transcript: findings asked in a question take the yes or no answered to it; the
age is read from the answer to an age question; readings said aloud are read."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


def statuses(text: str) -> dict[str, str]:
    return {fid: f.status.value for fid, f in extract(text).findings.items()}


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("Doctor: Any fever? Patient: No.", "fever", "absent"),
        ("Doctor: Chest pain? Patient: Yes, since this morning.", "chest_pain", "present"),
        ("Dr: Any rash, cough, vomiting? Mum: No, nothing.", "cough", "absent"),
        ("Doctor: Did you pass out? Patient: Don't think so.", "syncope", "absent"),
        ("Doctor: Have you been coughing up blood? Patient: Um, no.", "haemoptysis", "absent"),
        ("医生：有没有发烧？患者：没有。", "fever", "absent"),
        ("医生：出汗、往胳膊窜吗？患者：不会。", "sweating", "absent"),  # every finding of the question
        ("医生：吐过血没有？患者：没有。", "haematemesis", "absent"),
        ("医生：胸口疼吗？患者：疼，早上开始的。", "chest_pain", "present"),
        ("医生：有没有想过不想活了？患者：想过。", "suicidal_thoughts", "present"),
    ],
)
def test_an_asked_finding_takes_the_answer(text: str, finding: str, status: str) -> None:
    assert statuses(text).get(finding) == status


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("医生：头晕吗？患者：不知道。", "dizziness"),  # "don't know" answers neither
        ("Doctor: Breathing okay? Patient: Bit short lying down.", "shortness_of_breath"),  # no yes or no
    ],
)
def test_an_answer_that_is_neither_leaves_the_question_open(text: str, finding: str) -> None:
    assert statuses(text).get(finding) == "uncertain"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Doctor: How did you hit your head? Patient: Tripped on the kerb.", "head_injury"),
        ("医生：吐了几次？患者：三次。", "vomiting"),
    ],
)
def test_a_how_question_in_a_transcript_takes_its_finding_as_given(text: str, finding: str) -> None:
    assert statuses(text).get(finding) == "present"


@pytest.mark.parametrize(
    "text",
    ["Chest pain and sweating, could this be an MI?", "What does a raised troponin mean here?"],
)
def test_a_question_to_the_assistant_is_not_a_transcript(text: str) -> None:
    found = statuses(text)
    assert "absent" not in found.values()
    assert found.get("raised_troponin") != "present"


def test_a_later_question_does_not_undo_what_was_said() -> None:
    text = ("Patient: Blue inhaler not helping. Doctor: You've been in intensive care with asthma before? "
            "Patient: Once, at nineteen.")
    assert statuses(text)["asthma_history"] == "present"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Doctor: How old is she now? Mum: Six weeks on Tuesday.", 6 / 52.14),
        ("医生：多大年纪？患者：六十二。", 62),
        ("医生：宝宝多大？妈妈：十个月。", 10 / 12),
        ("Doctor: You're fifty-nine and on blood pressure tablets? Patient: Yes.", 59),
    ],
)
def test_the_age_is_read_from_the_answer(text: str, years: float) -> None:
    assert extract(text).age_years == pytest.approx(years, abs=0.01)


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Doctor: Your pressure is two hundred and thirty-two over one thirty-four.", {"sbp": 232, "dbp": 134}),
        ("Doctor: Your sats are ninety-one per cent.", {"spo2": 91}),
        ("医生：呼吸二十次，血压一百二十八的七十八。", {"sbp": 128, "dbp": 78}),
    ],
)
def test_readings_said_aloud(text: str, readings: dict[str, float]) -> None:
    vitals = extract(text).vitals
    assert {k: vitals[k].value for k in readings} == readings


def test_a_usual_never_does_not_deny_todays_complaint() -> None:
    assert statuses("Thumping headaches since the cold snap. I'm thirty-four and I never get headaches.")["headache"] == "present"


def test_a_transcript_emergency_is_triaged() -> None:
    text = ("医生：多大年纪？患者：六十二。医生：疼在哪儿？患者：先是前胸，一下子像撕开一样，现在跑到后背两个肩胛骨中间。"
            "医生：右胳膊一百七十六的九十八，左胳膊一百三十八的八十。")
    assessment = get_engine().assess_text(text)
    assert assessment.triage.level == "emergency"
    assert "raised_bp_with_severe_chest_back_pain" in {f.id for f in assessment.red_flags}


def test_in_a_note_a_no_that_opens_the_next_sentence_is_not_an_answer() -> None:
    found = statuses("Fever? No rigors. Cough productive.")
    assert found["fever"] == "uncertain" and found["chills"] == "absent"


@pytest.mark.parametrize(
    ("question", "answer", "finding", "status"),
    [
        ("Any fever?", "No.", "fever", "absent"),
        ("有没有胸痛？", "有，早上开始的。", "chest_pain", "present"),
        ("Any chest pain?", "Nothing like that, but I feel sick.", "chest_pain", "uncertain"),  # neither yes nor no
    ],
)
def test_a_question_that_ends_an_utterance_takes_the_next_ones_answer(
    question: str, answer: str, finding: str, status: str
) -> None:
    asked = extract(question)
    assert asked.open_question == [finding]
    answered = extract(answer, asked)
    assert answered.findings[finding].status.value == status
    assert answered.open_question == []


def test_one_microphone_a_chinese_answer_that_repeats_the_question_answers_it() -> None:
    found = statuses("嗓子发紧吗？不紧。嘴唇眼皮肿吗？不肿。头晕吗？不晕。吐了吗？吐了一次。")
    assert found["throat_tightness"] == "absent" and found["dizziness"] == "absent"
    assert found["vomiting"] == "present"


def test_one_microphone_two_answered_questions_make_a_transcript() -> None:
    found = statuses("Where is the chest pain? In the middle. Any sweating? No.")
    assert found["chest_pain"] == "present" and found["sweating"] == "absent"
    assert statuses("Where is the chest pain exactly?")["chest_pain"] == "uncertain"  # one question, no answer


def test_a_test_that_shows_nothing_denies_it() -> None:
    assert statuses("The ECG today doesn't show any ST elevation.")["st_elevation"] == "absent"


def test_a_gestation_asked_and_answered() -> None:
    case = extract("怀孕多少周了？三十二周。肚子突然疼。")
    assert case.pregnant and case.gestation_weeks == 32


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Your best peak flow is four-fifty? Yes. You've just blown one-forty.", 31.1),
        ("Known asthmatic, peak flow 150 (best 450)", 33.3),
        ("峰流速一百四，平时峰流速三百五", 40.0),
        ("医生：峰流速一百四，你平时三百五对吧？患者：（点头）", 40.0),
    ],
)
def test_peak_flow_as_a_percentage_of_the_best(text: str, percent: float) -> None:
    assert extract(text).vitals["pef_percent"].value == percent


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("How many weeks are you now? Thirty-four. Any headache? Yes.", 34), ("医生：怀孕几周了？患者：三十二周。", 32)],
)
def test_the_weeks_of_a_pregnancy_asked_and_answered(text: str, weeks: float) -> None:
    case = extract(text)
    assert case.pregnant and case.gestation_weeks == weeks


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("哪儿疼？后背。", "back_pain"),
        ("医生：哪儿疼？患者：嗯，右下腹。", "right_lower_quadrant_pain"),
        ("Where's the pain? In my lower back.", "back_pain"),
        ("Doctor: Where does it hurt? Patient: Middle of my back.", "back_pain"),
        # the question says "it": what it is was said just before
        ("What brings the tightness on? Walking up the hill. Where is it? Middle of the chest.", "chest_pain"),
    ],
)
def test_a_where_question_is_answered_by_a_site(text: str, finding: str) -> None:
    assert statuses(text).get(finding) == "present"


def test_a_site_far_into_the_answer_does_not_answer_where() -> None:
    # the answer names no site at its start; "back" comes later in another sense
    assert "back_pain" not in statuses("Where's the pain? I don't really know, it came back last week.")


def test_the_dissection_in_the_answer_to_where() -> None:
    text = "哪儿疼？后背，像刀子割一样，从胸口一直往下窜到腰。怎么来的？搬箱子的时候一下就来了。"
    assert statuses(text).get("tearing_chest_pain") == "present"


def test_a_question_about_someone_else_is_not_the_patients_answer() -> None:
    text = ("Doctor: Where is the headache? Patient: Across my forehead. "
            "Doctor: Is anyone else at home getting headaches? Patient: No, my partner's fine.")
    assert statuses(text)["headache"] == "present"


def test_what_about_asks_whether_not_how() -> None:
    found = statuses("What have your readings been? Eighteen. What about ketones? The urine stick was negative.")
    assert found.get("ketones_raised") != "present"


@pytest.mark.parametrize(
    ("text", "reading", "value"),
    [
        ("What was her temperature? Thirty-nine point two.", "temp_c", 39.2),
        ("医生：血糖多少？患者：二十二。", "glucose_mmol", 22),
        ("医生：血压多少？患者：一百八十的一百一十。", "sbp", 180),
        ("What's his heart rate? About 130.", "hr", 130),
        ("Blow for me? One hundred and fifty.", "pef", 150),
        ("Breathing rate twenty-eight, oxygen ninety-three percent.", "spo2", 93),
    ],
)
def test_a_reading_asked_for_is_read_from_the_answer(text: str, reading: str, value: float) -> None:
    assert extract(text).vitals[reading].value == value


def test_a_question_with_no_number_in_its_answer_reads_nothing() -> None:
    assert "temp_c" not in extract("What was her temperature? Not taken, but she felt hot for two days.").vitals


def test_peak_flow_and_the_best_asked_one_after_the_other() -> None:
    vitals = extract("What's your peak flow? Eighty. And your best? Three-eighty.").vitals
    assert vitals["pef_percent"].value == 21.1


@pytest.mark.parametrize(
    ("text", "finding", "onset"),
    [
        ("Where's the pain? Low down on the left. How did it come on? Suddenly, at netball.", "unilateral_pelvic_pain", "sudden"),
        ("头疼。怎么开始的？一下子就疼起来了。", "headache", "sudden"),
        ("Doctor: How did the headache start? Patient: All of a sudden.", "headache", "sudden"),
    ],
)
def test_an_onset_that_answers_how_it_started(text: str, finding: str, onset: str) -> None:
    assert extract(text).findings[finding].onset == onset


def test_an_onset_answer_far_from_any_finding_is_not_attached() -> None:
    text = "Cough for a week. Fine otherwise. Any trips? No. How did the fall happen? Suddenly tripped."
    assert extract(text).findings["cough"].onset is None


@pytest.mark.parametrize(
    ("text", "denied", "kept"),
    [
        # a call taker's question without a question mark: the opener, what was asked, a dash, the answer
        ("近一个月饭后胸骨后烧灼。问吞咽困难、黑便、呕血、体重下降——均无。", {"difficulty_swallowing", "melaena", "haematemesis", "weight_loss"},
         {"heartburn"}),
        # a series after a semicolon, each with its own answer
        ("Headache for 3 wks. ? worse lying down — no; vomiting, weakness, fits — none; fever or stiff neck — no.",
         {"worse_lying_down", "vomiting", "seizure", "fever", "neck_stiffness"}, {"headache"}),
        # the first items answered in words, the rest denied
        ("发烧39.2℃，刚才全身抽。问抽的是全身还是一边、有无皮疹、脖子硬、叫不醒——全身抽，其余都没有。",
         {"rash", "neck_stiffness", "reduced_consciousness"}, {"seizure", "fever"}),
    ],
)
def test_a_call_takers_listed_questions_take_their_answer(text: str, denied: set[str], kept: set[str]) -> None:
    case = extract(text)
    assert {f for f in denied if case.findings.get(f) and case.findings[f].status == "absent"} == denied
    assert all(case.findings[f].status == "present" for f in kept)


def test_a_listed_question_answered_in_words_stays_asked() -> None:
    # "问跟活动有没有关系——爬楼、打球都没事": no yes or no; nothing is settled by the dash
    case = extract("胸骨后烧灼一个月。问跟活动有没有关系——爬楼、打球都没事。")
    assert case.findings["heartburn"].status == "present"

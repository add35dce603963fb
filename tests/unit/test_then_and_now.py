"""The past next to the present: an old event, a deficit left by it, or a symptom that has gone is not
today's emergency; what is new today still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.clinical.context import ContextEngine
from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract
from assistant.clinical.extraction_lexicon import load_extraction_lexicon
from assistant.clinical.knowledge import load_clinical_knowledge
from assistant.clinical.matching import Mask, UnitIndex


def _fired(text: str) -> set[str]:
    return {r.id for r in get_engine().assess_text(text).red_flags}


@pytest.mark.parametrize(
    "text",
    [
        # a degree word inside a finding's words does not end the scope of 留下 / 遗留
        "男，69岁，前年脑梗过一次，留下说话有点含糊、右手精细动作差，康复以后一直就这样，没有加重。",
        "男，72岁，遗留说话有点含糊。",
        # a list summed up before the words that make it old
        "74M, stroke in 2021, still has some right hand weakness and slightly slurred speech, both unchanged "
        "since he finished rehab. No new symptoms.",
    ],
)
def test_a_deficit_left_by_an_old_stroke_is_not_a_new_one(text: str) -> None:
    assert "stroke_face_arm_speech" not in _fired(text)


def test_a_degree_word_inside_a_finding_still_takes_a_denial_before_it() -> None:
    case = extract("否认说话有点含糊")
    assert case.findings["slurred_speech"].status == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "男，78岁，家里人说他这两年慢慢变得说话找不到词，都是一点一点加重的，不是突然的。手脚都有劲，嘴角不歪。",
        "76F, word-finding difficulty for 18 months, progressive, with memory loss.",
    ],
)
def test_speech_that_worsened_over_months_is_not_fast(text: str) -> None:
    assert "stroke_face_arm_speech" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "70M, slurred speech came on gradually over the last hour.",
        "86-year-old with Alzheimer's. Since lunchtime today she can't get any words out at all and keeps "
        "dropping her cup from the right hand. Was her normal self at breakfast.",
    ],
)
def test_speech_lost_today_is_still_fast(text: str) -> None:
    assert "stroke_face_arm_speech" in _fired(text)


def test_not_sudden_is_gradual() -> None:
    assert extract("记性越来越差，都是一点一点加重的，不是突然的。").findings["memory_loss"].onset == "gradual"
    assert extract("Headache, not sudden, crept up over the day.").findings["headache"].onset == "gradual"


def test_an_overdose_at_a_past_date_is_a_history_of_self_harm() -> None:
    text = ("34F, low mood. Took an overdose of paracetamol last spring after a break-up and was treated in "
            "hospital. No thoughts of harming herself now.")
    case = extract(text)
    assert "self_poisoning" not in case.findings
    assert case.findings["self_harm"].status == "present"
    fired = _fired(text)
    assert "self_harm_medically_serious" not in fired
    assert "self_harm_risk" in fired


def test_an_overdose_today_is_still_one() -> None:
    assert "self_harm_medically_serious" in _fired("Took an overdose of paracetamol an hour ago.")


@pytest.mark.parametrize(
    "text",
    [
        "女，35岁，去年冬天家里热水器漏一氧化碳，全家住过院。最近一个月两边太阳穴发紧地痛，休息后能缓解。",
        "42F. Last winter the boiler leaked carbon monoxide. Now a tight band around her head most afternoons.",
    ],
)
def test_an_exposure_at_a_past_date_is_over(text: str) -> None:
    assert "co_exposure" not in extract(text).findings
    assert "carbon_monoxide_poisoning_suspected" not in _fired(text)


def test_a_headache_at_a_past_date_is_not_todays_thunderclap() -> None:
    text = ("42-year-old woman. Three years ago had a sudden severe headache, CT and lumbar puncture were both "
            "normal. For the last fortnight a tight band around her head most afternoons, no vomiting.")
    assert "sah_thunderclap_headache" not in _fired(text)
    assert "thunderclap_headache" not in extract(text).findings


@pytest.mark.parametrize(("text", "finding"), [("Cough since last winter.", "cough"), ("去年冬天开始咳嗽", "cough")])
def test_since_a_past_date_is_today_still(text: str, finding: str) -> None:
    assert extract(text).findings[finding].status == "present"


def test_when_past_must_name_a_known_finding(tmp_path: Path) -> None:
    kb = Path(__file__).parents[2] / "knowledge_base"
    (tmp_path / "lexicon" / "findings").mkdir(parents=True)
    (tmp_path / "conditions").mkdir()
    text = (kb / "lexicon" / "findings" / "mental_health.yaml").read_text(encoding="utf-8")
    (tmp_path / "lexicon" / "findings" / "mental_health.yaml").write_text(
        text.replace("when_past: self_harm", "when_past: no_such_finding"), encoding="utf-8")
    with pytest.raises(ValueError, match="when_past"):
        load_clinical_knowledge(tmp_path)


def test_symptoms_that_came_back_to_normal_are_a_tia() -> None:
    text = ("71-year-old woman. Yesterday at lunch her left arm went weak for about ten minutes, then it came "
            "completely back. Examination normal today.")
    fired = _fired(text)
    assert "suspected_tia" in fired
    assert "stroke_face_arm_speech" not in fired


def test_a_low_sugar_treated_and_recovered_is_urgent() -> None:
    a = get_engine().assess_text("男，45岁，1型糖尿病打胰岛素。手抖、出汗，测血糖2.9，喝了一杯果汁，15分钟后复测6.1。"
                                 "整个过程人一直清醒，现在跟我正常聊天。")
    assert a.triage.level == "urgent"


def test_self_harm_today_with_pacing_is_imminent_risk() -> None:
    text = ("22M pacing, can't sit, several fresh razor cuts to the left forearm done this morning. Keeps "
            "saying he can't be on his own tonight or I'll finish it.")
    assert "suicide_imminent_risk" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Capillary glucose 3.4 mmol/L on gliclazide; after glucose tablets and a sandwich, 6.1 fifteen minutes later.",
        "男，六十，吃格列美脲，心慌手抖出汗，测血糖三点四，自己喝了半瓶可乐，十分钟后好了，人一直清楚。",
        "Type 1, woke sweaty and trembly, meter said 3.6. Ate jelly babies, back up to 7.1, fully awake.",
    ],
)
def test_sugar_taken_for_a_low_is_a_treated_low(text: str) -> None:
    a = get_engine().assess_text(text)
    assert a.case.findings["relieved_by_sugar"].status == "present"
    assert a.triage.level == "urgent"


def test_sugar_that_did_not_help_is_no_relief() -> None:
    case = extract("心口堵得慌，出虚汗，以为是低血糖，喝了半杯糖水不管用。")
    assert case.findings["relieved_by_sugar"].status == "absent"
    assert case.findings["low_glucose"].status == "uncertain"  # what she took it for


def test_a_deficit_since_a_stroke_said_with_its_date_is_old() -> None:
    text = ("BP check, 80-year-old man with left arm weakness and a slight facial droop since his stroke three "
            "years ago, unchanged. No new symptoms.")
    case = extract(text)
    assert "arm_weakness" not in case.findings and "facial_droop" not in case.findings
    assert case.findings["previous_stroke_tia"].status == "present"


def test_a_fever_measured_after_an_earlier_denial_is_a_fever() -> None:
    text = "4-year-old, seen yesterday with a limp, afebrile. Today temp 39.1, won't put any weight on the right leg."
    assert extract(text).findings["fever"].status == "present"


def test_a_normal_reading_does_not_deny_a_fever_reported_before() -> None:
    assert extract("Febrile at home, temp 37.2 here.").findings["fever"].status == "present"


def test_irritable_hip_is_a_diagnosis_not_irritability() -> None:
    assert "irritability" not in extract("we said irritable hip and planned review").findings


def test_raising_the_pillow_against_reflux_is_not_orthopnoea() -> None:
    text = "复诊。两周前胸骨后烧灼痛，考虑胃食管反流，开了奥美拉唑。今天说烧心好了，晚上垫高枕头睡也不反酸了。"
    a = get_engine().assess_text(text)
    assert "orthopnoea" not in a.case.findings
    assert a.triage.level != "emergency"


def test_a_curtain_over_the_vision_after_floaters_is_a_detachment() -> None:
    text = "男，58岁，高度近视。十天前右眼突然很多黑点飘来飘去，偶尔有闪光。今天说右眼下方像有一块黑幕往上挡，看东西缺了一块，视力也下降了。"
    assert get_engine().assess_text(text).triage.level == "emergency"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("In 2018 she took an overdose of paracetamol. Low mood for a month.", "self_poisoning"),
        ("Took an overdose of paracetamol in 2018, low mood again now.", "self_poisoning"),
        ("2019年吞了一瓶安眠药被救回来，最近又情绪低落", "self_poisoning"),
    ],
)
def test_a_year_before_this_one_dates_the_event(text: str, finding: str) -> None:
    case = extract(text)
    assert finding not in case.findings or case.findings[finding].status != "present"
    assert "self_harm_medically_serious" not in _fired(text)
    assert "self_harm_risk" in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Headaches since 2019, today the worst ever, came on like a thunderclap while lifting.",
        "2019年开始头痛，今天突然剧烈头痛，像被雷劈了一样",
    ],
)
def test_a_year_that_starts_something_is_not_the_past(text: str) -> None:
    assert "thunderclap_headache_sah" in _fired(text)


def test_only_a_year_before_the_current_one_is_the_past() -> None:
    lex = load_extraction_lexicon(Path(__file__).resolve().parents[2] / "knowledge_base").context
    text = "took an overdose in 2031"
    span = [(0, len("took an overdose"))]
    mask, units = Mask(len(text)), UnitIndex(text)
    assert ContextEngine(lex, this_year=2032).resolve(text, span, mask, units)[0].dated
    assert not ContextEngine(lex, this_year=2031).resolve(text, span, mask, units)[0].dated


@pytest.mark.parametrize(
    "text",
    [
        "my father seventy two they tell him last year he have the balloon in the big blood pipe in tummy today he "
        "have very bad back pain and tummy pain",
        "Last year he had pneumonia today he has back pain",
    ],
)
def test_a_word_of_the_present_ends_a_dated_past(text: str) -> None:
    case = extract(text)
    assert case.findings["back_pain"].status == "present"


def test_a_word_of_the_present_ends_no_denial() -> None:
    case = extract("no chest pain today or shortness of breath")
    assert case.findings["shortness_of_breath"].status == "absent"

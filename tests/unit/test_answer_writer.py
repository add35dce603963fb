"""The grounded writer, the sentence chunker, intents by rule and the grounding check (no models)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from assistant.answer.grounded_writer import GroundedChatModel, compose
from assistant.answer.grounding import GroundingChecker
from assistant.answer.grounds import GroundPassage, Grounds
from assistant.answer.intents import IntentDetector, load_intent_file
from assistant.answer.phrases import load_phrases
from assistant.answer.writer import AnswerWriter, SentenceChunker
from assistant.clinical.engine import ClinicalEngine
from assistant.knowledge.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
KB, PROMPTS = ROOT / "knowledge_base", ROOT / "prompts"

URGENT = GroundPassage(
    n=1, id="hypertension-primary-care-zh#urgent-referral", title="基层高血压", section="紧急转诊指征",
    issuer="国家心血管病中心", year=2020, language="zh",
    text="出现以下任一情况，应立即紧急转诊：意识丧失或模糊；血压≥180/110 mmHg伴剧烈头痛、呕吐。",
    key_sentences=["出现以下任一情况，应立即紧急转诊：意识丧失或模糊；", "血压≥180/110 mmHg伴剧烈头痛、呕吐。"],
)
CHEST_PAIN = GroundPassage(
    n=1, id="chest-pain-nice-cg95-en#initial-assessment", title="Chest pain of recent onset", section="Initial assessment",
    issuer="NICE", year=2016, language="en",
    text="Refer people with current chest pain or chest pain in the last 12 hours and an abnormal ECG as an emergency. Offer a single loading dose of aspirin 300 mg unless allergic.",
    key_sentences=["Refer people with current chest pain or chest pain in the last 12 hours and an abnormal ECG as an emergency."],
)


@pytest.fixture(scope="module")
def clinical() -> ClinicalEngine:
    return ClinicalEngine(KB)


@pytest.fixture(scope="module")
def checker() -> GroundingChecker:
    return GroundingChecker(load_vocabulary(KB))


def grounds(clinical: ClinicalEngine, question: str, intent: str, lang: str, case_text: str | None, passages=()) -> Grounds:
    case = clinical.extract(case_text, None, lang) if case_text else clinical.extract(question, None, lang)
    assessment = clinical.assess(case, lang)
    return Grounds(
        question=question, lang=lang, intent=intent, assessment=assessment, case_empty=case.is_empty,
        covered=bool(passages), passages=list(passages),
    )


CASE = {
    "en": "58-year-old man, crushing chest pain for 40 minutes, sweating, BP 90/60",
    "zh": "58岁男性，胸痛40分钟，大汗，血压90/60",
}
DISCLAIMER = {"en": "not a diagnosis", "zh": "不是诊断"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_differential_says_red_flags_first_then_bands_triage_and_disclaimer(clinical, checker, lang):
    g = grounds(clinical, CASE[lang], "differential", lang, CASE[lang])
    ph = load_phrases(PROMPTS, lang)
    sentences = compose(g, ph)
    first_flag = g.assessment.red_flags[0].title
    assert sentences[0] == ph.red_flag.format(title=first_flag)
    top = g.assessment.differential[0]
    assert any(top.name in s and ph.band[top.band] in s for s in sentences)
    assert ph.triage["emergency"] in sentences
    assert DISCLAIMER[lang] in sentences[-1]
    _, report = checker.check_answer(sentences, g)
    assert report.grounded, report


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    "intent", ["red_flags", "next_questions", "case_summary", "referral_note", "explain_value", "guideline"]
)
def test_every_intent_answers_in_the_question_language_and_stays_grounded(clinical, checker, lang, intent):
    passage = URGENT if lang == "zh" else CHEST_PAIN
    g = grounds(clinical, CASE[lang], intent, lang, CASE[lang], [passage])
    sentences = compose(g, load_phrases(PROMPTS, lang))
    assert sentences
    text = "".join(sentences)
    has_han = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert has_han == (lang == "zh")
    _, report = checker.check_answer(sentences, g)
    assert report.grounded, (intent, report)
    if intent in ("guideline", "explain_value"):
        assert "[1]" in text
    if intent != "case_summary":
        assert DISCLAIMER[lang] in sentences[-1]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_not_covered_help_and_need_case(clinical, lang):
    ph = load_phrases(PROMPTS, lang)
    assert compose(grounds(clinical, "?", "guideline", lang, None), ph) == [ph.not_covered]
    assert compose(grounds(clinical, "?", "help", lang, None), ph) == [ph.help]
    assert compose(grounds(clinical, "?", "differential", lang, None), ph) == [ph.need_case]


def test_grounded_chat_model_streams_the_same_sentences(clinical):
    g = grounds(clinical, CASE["en"], "differential", "en", CASE["en"], [CHEST_PAIN])
    model = GroundedChatModel(prompts_dir=PROMPTS)
    from langchain_core.messages import HumanMessage

    message = [HumanMessage(content=g.model_dump_json())]
    chunks = [c.content for c in model.stream(message)]
    assert "".join(chunks).strip() == " ".join(compose(g, load_phrases(PROMPTS, "en")))
    assert model.invoke(message).content == "".join(chunks)


def test_grounding_check_drops_a_sentence_naming_an_unlisted_drug(clinical, checker):
    g = grounds(clinical, "What should I do?", "differential", "en", CASE["en"], [CHEST_PAIN])
    # a recorded LLM answer: the second sentence names a drug that is in neither the
    # Assessment nor the cited passage, the third cites a passage that does not exist
    recorded = (
        "This looks like a possible acute coronary syndrome. Refer as an emergency [1]. "
        "Start warfarin 5 mg now [1]. Check the ECG [7]. This is decision support, not a diagnosis."
    )
    chunker = SentenceChunker()
    sentences = chunker.feed(recorded) + chunker.flush()
    checks, report = checker.check_answer(sentences, g)
    assert not report.grounded
    assert "warfarin" in report.ungrounded_terms and "5" in report.ungrounded_terms
    assert report.unknown_citations == [7]
    assert [c.grounded for c in checks] == [True, True, False, True, True]
    assert checks[3].text == "Check the ECG."  # the unknown marker is removed, the claim kept


def test_writer_never_yields_an_ungrounded_sentence_as_fact(clinical, checker):
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    g = grounds(clinical, "What should I do?", "differential", "en", CASE["en"], [CHEST_PAIN])
    recorded = "Refer as an emergency [1]. Give aspirin 300 mg [1]. Add clopidogrel 600 mg. This is decision support, not a diagnosis."
    writer = AnswerWriter(FakeListChatModel(responses=[recorded]), "openai", PROMPTS, checker)

    async def collect():
        return [s async for s in writer.stream(g)]

    out = asyncio.run(collect())
    kept = [s.text for s in out if s.check.grounded]
    assert kept == ["Refer as an emergency [1].", "Give aspirin 300 mg [1].", "This is decision support, not a diagnosis."]
    assert [s.check.ungrounded_terms for s in out if not s.check.grounded] == [["clopidogrel", "600"]]


def test_sentence_chunker_streams_whole_sentences_with_their_citations():
    chunker = SentenceChunker()
    out = []
    for piece in ["Refer now", ". [1", "][2] Give O", "RS, e.g. ", "at home. 立即转诊", "。[3]然后随访"]:
        out += chunker.feed(piece)
    out += chunker.flush()
    assert out == ["Refer now. [1][2]", "Give ORS, e.g. at home.", "立即转诊。[3]", "然后随访"]


@pytest.mark.parametrize(
    "text, intent",
    [
        ("new patient", "new_patient"),
        ("新病人", "new_patient"),
        ("write a referral note", "referral_note"),
        ("帮我写个转诊单", "referral_note"),
        ("summarise the case", "case_summary"),
        ("总结一下病例", "case_summary"),
        ("what does a raised CRP mean here?", "explain_value"),
        ("CRP升高是什么意思？", "explain_value"),
        ("what should I worry about?", "red_flags"),
        ("有没有危险信号？", "red_flags"),
        ("what should I ask next?", "next_questions"),
        ("接下来问什么？", "next_questions"),
        ("what could it be?", "differential"),
        ("可能是什么病？", "differential"),
        ("what does the guideline say about sore throat?", "guideline"),
        ("高血压患者什么情况要紧急转诊？", "guideline"),
    ],
)
def test_intent_rules_in_both_languages(text, intent):
    detector = IntentDetector(load_intent_file(PROMPTS))
    assert detector.detect(text).intent == intent


def test_intent_fallbacks():
    detector = IntentDetector(load_intent_file(PROMPTS))
    assert detector.detect("58岁男性，胸痛", case_changed=True).intent == "differential"
    assert detector.detect("ORS 配方", covered=True).intent == "guideline"
    assert detector.detect("hmm okay").intent == "help"

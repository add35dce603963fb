"""One turn of the assistant's brain: text in, a stream of events out.

    engine = build_answer_engine(settings)
    async for event in engine.respond(conversation, "58岁男性，胸痛40分钟，大汗，血压90/60"):
        ...  # CaseUpdated, AssessmentUpdated, TextDelta..., AnswerDone

Order of work: intent rules (a "new patient" clears the case), extraction into the
conversation's case, the deterministic Assessment, retrieval (one query embedding, reused
for intent similarity), the grounds, then the writer's checked sentences. Blocking work
(extraction, assessment, embedding) runs in worker threads; if the turn is cancelled
(barge-in: task.cancel() or aclose()), the current thread call is awaited to its end
(milliseconds) and nothing else starts, so nothing keeps running after the cancel.
Consumers that stop early close the stream (`contextlib.aclosing` / `aclose()`), which also
records the interrupted assistant turn (text said so far) in the conversation history.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

import numpy as np
from langchain_core.language_models import BaseChatModel

from assistant.answer.events import (
    AnswerDone,
    AnswerEvent,
    AssessmentUpdated,
    CaseUpdated,
    Citation,
    Conversation,
    HistoryTurn,
    TextDelta,
)
from assistant.answer.grounded_writer import GroundedChatModel, format_value
from assistant.answer.grounding import GroundingChecker
from assistant.answer.grounds import AskedValue, Grounds, select_passages
from assistant.answer.intents import IntentDetector, IntentGuess, load_intent_file
from assistant.answer.phrases import cached_phrases
from assistant.answer.writer import AnswerWriter, WrittenSentence, summarise
from assistant.clinical.case import Case
from assistant.clinical.engine import ClinicalEngine
from assistant.config import Settings
from assistant.knowledge.retriever import HybridRetriever, SearchResult
from assistant.knowledge.text import detect_language
from assistant.knowledge.vocabulary import Vocabulary, cached_vocabulary

T = TypeVar("T")
RETRIEVE_K = 5
HISTORY_FOR_WRITER = 6
# intents answered by the deterministic writer whatever the backend: nothing to phrase freely
DETERMINISTIC_INTENTS = {"help", "new_patient"}
CASE_CONTEXT_INTENTS = {"differential", "red_flags", "next_questions", "referral_note", "case_summary"}


async def run_blocking(fn: Callable[..., T], *args: Any) -> T:
    """Run in a worker thread; on cancellation wait for the thread to finish, then re-raise."""
    future = asyncio.ensure_future(asyncio.to_thread(fn, *args))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        await asyncio.wait([future])
        raise


def _case_facts(case: Case) -> dict[str, Any]:
    return case.model_dump(include={"age_years", "sex", "pregnant", "gestation_weeks", "findings", "vitals", "labs", "medications", "allergies"}, exclude_none=True)


def _facts_changed(before: Case, after: Case) -> bool:
    def strip(d: dict[str, Any]) -> str:
        # evidence spans change on every utterance; compare the facts only
        for group in ("findings", "vitals", "labs"):
            for item in d.get(group, {}).values():
                item.pop("evidence", None)
        for group in ("medications", "allergies"):
            for item in d.get(group, []):
                item.pop("evidence", None)
        return json.dumps(d, sort_keys=True, default=str)

    return strip(_case_facts(before)) != strip(_case_facts(after))


class AnswerEngine:
    def __init__(
        self,
        clinical: ClinicalEngine,
        retriever: HybridRetriever,
        intents: IntentDetector,
        writer: AnswerWriter,
        grounded_writer: AnswerWriter,
        vocabulary: Vocabulary,
        prompts_dir: Path,
        max_text_chars: int = 20_000,
    ) -> None:
        self.clinical = clinical
        self.retriever = retriever
        self.intents = intents
        self.writer = writer
        self.grounded_writer = grounded_writer
        self.vocabulary = vocabulary
        self.prompts_dir = prompts_dir
        self.max_text_chars = max_text_chars

    async def respond(self, conversation: Conversation, text: str, lang: str | None = None) -> AsyncIterator[AnswerEvent]:
        text = (text or "").strip()[: self.max_text_chars]
        answer_lang: Literal["zh", "en"] = lang if lang in ("zh", "en") else detect_language(text, conversation.lang or "en")  # type: ignore[assignment]
        conversation.lang = answer_lang
        rule = self.intents.by_rule(text)
        if rule and rule.intent == "new_patient":
            conversation.new_patient()
        conversation.remember(HistoryTurn(role="doctor", text=text))
        # The question's embedding (the slowest step of retrieval) is computed on the second core
        # while the case is extracted and assessed; search then finds it in the retriever's cache.
        embedding = None
        if not (rule and (rule.intent in CASE_CONTEXT_INTENTS or rule.intent == "new_patient")):
            embedding = asyncio.ensure_future(run_blocking(self.retriever.embed_query, text))
        events = self._respond(conversation, text, answer_lang, rule, embedding)
        try:
            async for event in events:
                yield event
        finally:  # closing this stream closes the inner one now, so its history bookkeeping runs
            await events.aclose()
            if embedding is not None and not embedding.done():
                embedding.cancel()
                await asyncio.wait([embedding])

    async def _respond(
        self, conversation: Conversation, text: str, answer_lang: Literal["zh", "en"], rule: IntentGuess | None,
        embedding: asyncio.Future | None,
    ) -> AsyncIterator[AnswerEvent]:
        before = conversation.case
        case = await run_blocking(self.clinical.extract, text, before, answer_lang)
        changed = _facts_changed(before, case)
        conversation.case = case
        yield CaseUpdated(case=case)
        assessment = await run_blocking(self.clinical.assess, case, answer_lang)
        yield AssessmentUpdated(assessment=assessment)

        if rule and rule.intent == "new_patient" and not changed:
            guess: IntentGuess = rule
            search = SearchResult(query=text, expansion=[], hits=[], covered=False)
        else:
            query = self.retrieval_query(text, rule, assessment)
            if embedding is not None:
                await embedding
            search = await run_blocking(self.retriever.search, query, RETRIEVE_K)
            vector = self.retriever.embed_query(query)  # cached by search: no second model call
            guess = rule or self.intents.detect(text, vector, case_changed=changed, covered=search.covered)
            if guess.intent == "new_patient":  # by similarity: still clears the case
                conversation.new_patient()
                conversation.case = case = await run_blocking(self.clinical.extract, text, None, answer_lang)
                conversation.remember(HistoryTurn(role="doctor", text=text))
                yield CaseUpdated(case=case)
                assessment = await run_blocking(self.clinical.assess, case, answer_lang)
                yield AssessmentUpdated(assessment=assessment)

        grounds = self.grounds(conversation, text, answer_lang, guess.intent, assessment, search)
        writer = self.grounded_writer if guess.intent in DETERMINISTIC_INTENTS else self.writer
        joiner = cached_phrases(self.prompts_dir, answer_lang).joiner
        spoken: list[WrittenSentence] = []
        dropped: list[WrittenSentence] = []
        finished = False
        try:
            stream = writer.stream(grounds)
            try:
                async for sentence in stream:
                    if not sentence.check.grounded:
                        dropped.append(sentence)  # not spoken as fact; listed in the report
                        continue
                    delta = (joiner if spoken else "") + sentence.text
                    spoken.append(sentence)  # before the yield: a cancel there still counts it as said
                    yield TextDelta(text=delta)
            finally:
                await stream.aclose()
            full = joiner.join(s.text for s in spoken)
            cited = sorted({n for s in spoken for n in s.check.citations})
            citations: list[Citation] = [p.citation() for p in grounds.passages if p.n in cited]
            yield AnswerDone(
                text=full, lang=answer_lang, intent=guess.intent, citations=citations,
                grounding=summarise(spoken + dropped), writer=writer.name,
            )
            finished = True
        finally:
            text_so_far = joiner.join(s.text for s in spoken)
            if text_so_far or finished:
                conversation.remember(HistoryTurn(role="assistant", text=text_so_far, interrupted=not finished))

    def warm_up(self) -> None:
        """One guideline question per language through the grounded path, on a private event loop in
        a worker thread (callers may be inside a loop), so lazily loaded pieces (sentence-splitting
        data, phrase files, the chat model's callback setup: ~100 ms) are paid at start, not on a turn."""

        async def ask(question: str, lang: Literal["zh", "en"]) -> None:
            async for _ in self.respond(Conversation(), question, lang):
                pass

        def run() -> None:
            # questions the knowledge base covers, so passages are selected and sentences split
            asyncio.run(ask("When should a patient with high blood pressure be referred?", "en"))
            asyncio.run(ask("发热的孩子什么时候要转诊？", "zh"))

        worker = threading.Thread(target=run, name="answer-warm-up")
        worker.start()
        worker.join()

    @staticmethod
    def retrieval_query(text: str, rule: IntentGuess | None, assessment: Any) -> str:
        """Questions about the case ("write a referral note") are searched with the case's lead
        red flag and diagnosis, so the passage is about this patient, not about referral in general."""
        if rule is None or rule.intent not in CASE_CONTEXT_INTENTS or assessment.case.is_empty:
            return text
        context = [f.title for f in assessment.red_flags[:1]]
        if assessment.differential and not assessment.insufficient_information:
            context.append(assessment.differential[0].name)
        return " ".join([text, *context])

    def grounds(
        self, conversation: Conversation, text: str, lang: Literal["zh", "en"], intent: str, assessment: Any, search: SearchResult
    ) -> Grounds:
        case = conversation.case
        tokens = self.retriever.query_tokens(search.query, search.expansion)
        passages = select_passages(search, self.retriever, tokens, lang)
        asked: list[AskedValue] = []
        for concept, surface in self.vocabulary.find(text, {"measurement"}):
            m = case.vitals.get(concept.id) or case.labs.get(concept.id)
            # the doctor's own word ("CRP") when it is in the answer's language, else the display name
            same = detect_language(surface) == lang
            name = surface if same else (self.vocabulary.name("measurement", concept.id, lang) or concept.id)
            asked.append(AskedValue(id=concept.id, kind="measurement", name=name, value=format_value(m) if m else None))
        finding_names = {fid: self.vocabulary.name("finding", fid, lang) or fid for fid in case.findings}
        measurement_names = {
            mid: self.vocabulary.name("measurement", mid, lang) or mid for mid in list(case.vitals) + list(case.labs)
        }
        history = [f"{t.role}: {t.text}" for t in conversation.history[-HISTORY_FOR_WRITER - 1 : -1]]
        return Grounds(
            question=text, lang=lang, intent=intent, assessment=assessment, case_empty=case.is_empty,
            covered=search.covered, passages=passages, asked=asked, history=history,
            finding_names=finding_names, measurement_names=measurement_names,
        )


# --------------------------------------------------------------------------------------
def writer_name(chat_model: BaseChatModel) -> str:
    if isinstance(chat_model, GroundedChatModel):
        return "grounded"
    from assistant.llm.llama_cpp_chat import LlamaCppChat

    return "gguf" if isinstance(chat_model, LlamaCppChat) else "openai"


def make_chat_model(settings: Settings) -> BaseChatModel:
    if settings.llm_backend == "openai":
        from assistant.llm.openai_compatible import OpenAICompatibleChat

        return OpenAICompatibleChat(
            base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key,
            max_tokens=settings.llm_max_tokens, temperature=settings.llm_temperature,
        )
    if settings.llm_backend == "gguf":
        from assistant.llm.llama_cpp_chat import LlamaCppChat
        from assistant.speech import model_files

        path = settings.llm_gguf_path or model_files.gemma_gguf_path(settings.cache_dir / "gguf").path
        return LlamaCppChat(
            model_path=path, n_threads=settings.llm_threads, max_tokens=settings.llm_max_tokens,
            temperature=settings.llm_temperature,
        )
    return GroundedChatModel(prompts_dir=settings.prompts_dir)


def _intent_detector(settings: Settings, embedder: Any) -> IntentDetector:
    """Intent examples are embedded once and cached next to the index (keyed by their text)."""
    spec = load_intent_file(settings.prompts_dir)
    texts = [e for s in spec.intents.values() for e in s.examples.all()]
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    cache = settings.index_dir / f"intents-{key}.npy"

    class _Cached:
        def queries(self, batch: list[str]) -> np.ndarray:
            if cache.exists():
                vectors = np.load(cache)
                if vectors.shape[0] == len(batch):
                    return vectors
            vectors = embedder.queries(batch)
            try:
                cache.parent.mkdir(parents=True, exist_ok=True)
                np.save(cache, vectors)
            except OSError:
                pass  # read-only index folder: recompute next start
            return vectors

    return IntentDetector(spec, _Cached())


def build_answer_engine(settings: Settings, embedder: Any = None, chat_model: BaseChatModel | None = None) -> AnswerEngine:
    """Load everything a turn needs (index, clinical knowledge, writer). Never builds the index."""
    if embedder is None:
        from assistant.model_stack import load_embedder

        embedder = load_embedder(settings)
    vocabulary = cached_vocabulary(settings.knowledge_base_dir)
    retriever = HybridRetriever.load(settings.knowledge_base_dir, settings.index_dir, embedder)
    checker = GroundingChecker(vocabulary)
    model = chat_model or make_chat_model(settings)
    grounded = AnswerWriter(GroundedChatModel(prompts_dir=settings.prompts_dir), "grounded", settings.prompts_dir, checker)
    writer = grounded if isinstance(model, GroundedChatModel) else AnswerWriter(model, writer_name(model), settings.prompts_dir, checker)
    engine = AnswerEngine(
        clinical=ClinicalEngine(settings.knowledge_base_dir),
        retriever=retriever,
        intents=_intent_detector(settings, embedder),
        writer=writer,
        grounded_writer=grounded,
        vocabulary=vocabulary,
        prompts_dir=settings.prompts_dir,
        max_text_chars=settings.max_text_chars,
    )
    engine.warm_up()
    return engine

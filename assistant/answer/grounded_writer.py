"""The embedded default answer writer: deterministic, offline, grounded by construction.

It is a langchain-core `BaseChatModel` (the third backend beside
`assistant.llm.openai_compatible` and `assistant.llm.llama_cpp_chat`) so every writer is
driven the same way (`astream(messages)`). Its input is one message whose content is a
`Grounds` JSON document (see `assistant.answer.writer.grounds_messages`); its output is
short spoken sentences composed from the Assessment (red flags first, then the
differential with probability bands, triage, next questions) and from the passages' most
relevant sentences, cited as [n]. Wording comes from prompts/answer/{zh,en}.yaml.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from assistant.answer.grounds import GroundPassage, Grounds
from assistant.answer.phrases import Phrases, cached_phrases
from assistant.clinical.assessment import Assessment
from assistant.clinical.case import Presence

CASE_INTENTS = {"differential", "red_flags", "next_questions", "referral_note"}
MAX_RED_FLAGS = 2
MAX_OTHERS = 3
MAX_QUESTIONS = 3
MAX_SUMMARY_ITEMS = 6


def compose(g: Grounds, ph: Phrases) -> list[str]:
    """The answer as a list of sentences, citations already attached."""
    if g.intent == "help":
        return [ph.help]
    if g.intent == "new_patient":
        return [ph.new_patient]
    a = g.assessment if not g.case_empty else None
    intent = g.intent
    if intent in CASE_INTENTS and a is None:
        # "what are the red flags of headache?" with no patient yet: answer from the guidelines
        if not g.passages:
            return [ph.need_case]
        intent = "guideline"
    w = _Writer(g, ph)
    if intent == "differential":
        w.red_flags(a)
        w.differential(a)
        w.triage(a)
        w.next_questions(a, limit=1, intro=True)
        w.passage_sentences(1)
    elif intent == "red_flags":
        w.red_flags(a, limit=3, say_none=True)
        w.triage(a)
        w.passage_sentences(1)
    elif intent == "next_questions":
        w.emergency_first(a)
        w.next_questions(a, limit=MAX_QUESTIONS, intro=True, say_none=True)
        w.passage_sentences(1)
    elif intent == "explain_value":
        w.emergency_first(a)
        w.asked_values()
        if not w.passage_sentences(2) and not w.out:
            w.say(ph.not_covered)
    elif intent == "case_summary":
        w.summary(a)
    elif intent == "referral_note":
        w.referral(a)
        w.passage_sentences(1)
    else:  # guideline
        w.emergency_first(a)
        if not w.passage_sentences(3):
            w.say(ph.not_covered)
    if w.names_clinical_content:
        w.say(ph.disclaimer)
    return w.out


class _Writer:
    def __init__(self, g: Grounds, ph: Phrases) -> None:
        self.g, self.ph = g, ph
        self.out: list[str] = []
        self.names_clinical_content = False
        self._said_flags: set[str] = set()

    def say(self, sentence: str) -> None:
        if sentence and sentence not in self.out:
            self.out.append(sentence)

    # -- assessment ---------------------------------------------------------------
    def red_flags(self, a: Assessment | None, limit: int = MAX_RED_FLAGS, say_none: bool = False) -> None:
        if a is None:
            return
        flags = [f for f in a.red_flags if f.id not in self._said_flags][:limit]
        if not flags and say_none and not a.red_flags:
            self.say(self.ph.no_red_flags)
        for i, flag in enumerate(flags):
            self._said_flags.add(flag.id)
            self.say(self.ph.red_flag.format(title=flag.title))
            if i == 0:  # one action is enough to speak; the card shows the rest
                self.say(self.ph.red_flag_action.format(action=flag.action))
            self.names_clinical_content = True

    def emergency_first(self, a: Assessment | None) -> None:
        """Whatever the question, an emergency red flag on the current case is said first."""
        if a is not None and any(f.severity == "emergency" for f in a.red_flags):
            self.red_flags(a, limit=1)

    def differential(self, a: Assessment | None) -> None:
        if a is None:
            return
        if a.insufficient_information or not a.differential:
            self.say(self.ph.insufficient)
            return
        top, rest = a.differential[0], a.differential[1:]
        self.say(self.ph.differential_top.format(name=top.name, band=self.ph.band.get(top.band, top.band)))
        for entry in [e for e in rest if e.must_not_miss][:1]:
            self.say(self.ph.differential_must_not_miss.format(name=entry.name, band=self.ph.band.get(entry.band, entry.band)))
            rest = [e for e in rest if e.id != entry.id]
        others = [e.name for e in rest if e.band != "very low"][:MAX_OTHERS]
        if others:
            self.say(self.ph.differential_others.format(names=self.ph.join_list(others)))
        self.names_clinical_content = True

    def triage(self, a: Assessment | None) -> None:
        if a is None:
            return
        if a.red_flags or not a.insufficient_information:
            self.say(self.ph.triage[a.triage.level])
            self.names_clinical_content = True

    def next_questions(self, a: Assessment | None, limit: int, intro: bool, say_none: bool = False) -> None:
        questions = [] if a is None else a.next_questions[:limit]
        if not questions:
            if say_none:
                self.say(self.ph.no_next_questions)
            return
        lines = [self.ph.next_question.format(question=q.question) for q in questions]
        self.say(self.ph.joiner.join([self.ph.next_questions_intro, *lines]))

    def asked_values(self) -> None:
        for asked in self.g.asked:
            if asked.value is not None:
                self.say(self.ph.value_known.format(name=asked.name, value=asked.value))
            elif asked.kind == "measurement" and not self.g.case_empty:
                self.say(self.ph.value_unknown.format(name=asked.name))

    def _who(self, a: Assessment) -> str:
        case, who = a.case, self.ph.who
        if case.age_years is not None:
            age = f"{case.age_years:g}"
            template = {"male": who.male, "female": who.female}.get(case.sex or "", who.unknown_sex)
            return template.format(age=age)
        return {"male": who.no_age_male, "female": who.no_age_female}.get(case.sex or "", who.no_age)

    def summary(self, a: Assessment | None) -> None:
        if a is None:
            self.say(self.ph.summary_none)
            return
        self.say(self.ph.summary_patient.format(who=self._who(a)))
        present = [n for n, s in self._finding_names(a) if s == Presence.present][:MAX_SUMMARY_ITEMS]
        absent = [n for n, s in self._finding_names(a) if s == Presence.absent][:MAX_SUMMARY_ITEMS]
        if present:
            self.say(self.ph.summary_findings.format(items=self.ph.join_list(present)))
        if absent:
            self.say(self.ph.summary_denies.format(items=self.ph.join_list(absent)))
        values = self._values(a)
        if values:
            self.say(self.ph.summary_vitals.format(items=self.ph.join_list(values)))
        self.red_flags(a, limit=1)
        if a.differential and not a.insufficient_information:
            self.differential(a)
        self.triage(a)

    def referral(self, a: Assessment | None) -> None:
        if a is None:
            self.say(self.ph.need_case)
            return
        self.say(self.ph.referral_header)
        self.summary(a)
        reason = a.red_flags[0].title if a.red_flags else (a.triage.reasons[0] if a.triage.reasons and a.triage.level != "routine" else "")
        if reason:
            self.say(self.ph.referral_reason.format(reason=reason.rstrip("。.")))
        elif a.triage.level == "routine":
            self.say(self.ph.referral_none)
        self.names_clinical_content = True

    def _finding_names(self, a: Assessment) -> list[tuple[str, Presence]]:
        names = self.g.finding_names
        return [(names.get(fid, fid.replace("_", " ")), f.status) for fid, f in a.case.findings.items()]

    def _values(self, a: Assessment) -> list[str]:
        out = []
        names = self.g.measurement_names
        case = a.case
        sbp, dbp = case.vitals.get("sbp"), case.vitals.get("dbp")
        skip = set()
        if sbp and dbp and sbp.value is not None and dbp.value is not None:
            out.append(f"{self.ph.bp_label} {sbp.value:g}/{dbp.value:g} mmHg")
            skip = {"sbp", "dbp"}
        for mid, m in list(case.vitals.items()) + list(case.labs.items()):
            if mid in skip:
                continue
            out.append(f"{names.get(mid, mid)} {format_value(m)}")
        return out[:MAX_SUMMARY_ITEMS]

    # -- passages -----------------------------------------------------------------
    def passage_sentences(self, limit: int) -> int:
        """Up to `limit` key sentences, best passage first (one from each further passage)."""
        said = 0
        for index, passage in enumerate(self.g.passages):
            take = limit - said if index == 0 else 1
            for sentence in passage.key_sentences[: max(take, 0)]:
                self.say(self._cite(passage, sentence, first=said == 0 or index > 0))
                said += 1
            if said >= limit:
                break
        if said:
            self.names_clinical_content = True
        return said

    def _cite(self, passage: GroundPassage, sentence: str, first: bool) -> str:
        text = f"{sentence} [{passage.n}]"
        if passage.language != self.g.lang and first:
            text = f"{self.ph.other_language.format(title=passage.title)}{self.ph.joiner or ' '}{text}"
        return text


def format_value(m: Any) -> str:
    if m.value is not None:
        return f"{m.value:g} {m.unit}".strip() if m.unit else f"{m.value:g}"
    return m.qualitative or ""


class GroundedChatModel(BaseChatModel):
    """Deterministic writer behind the chat-model interface: Grounds JSON in, sentences out."""

    prompts_dir: Path

    @property
    def _llm_type(self) -> str:
        return "grounded"

    def sentences(self, messages: list[BaseMessage]) -> list[str]:
        grounds = Grounds.model_validate_json(str(messages[-1].content))
        return compose(grounds, cached_phrases(self.prompts_dir, grounds.lang))

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(self._stream_texts(messages))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream_texts(self, messages: list[BaseMessage]) -> Iterator[str]:
        grounds = Grounds.model_validate_json(str(messages[-1].content))
        joiner = cached_phrases(self.prompts_dir, grounds.lang).joiner
        for i, sentence in enumerate(compose(grounds, cached_phrases(self.prompts_dir, grounds.lang))):
            yield (joiner if i else "") + sentence

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for text in self._stream_texts(messages):
            yield ChatGenerationChunk(message=AIMessageChunk(content=text))

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        for text in self._stream_texts(messages):
            yield ChatGenerationChunk(message=AIMessageChunk(content=text))
            await asyncio.sleep(0)  # a cancellation point between sentences

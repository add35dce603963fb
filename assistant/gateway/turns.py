"""One typed turn through the answer engine, recorded when it completes.

Used by /v1/chat/completions (streaming and not). The turn is written to the records in
one transaction after `AnswerDone`; a turn cut off by the client is recorded with the
text produced so far, marked interrupted.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

from assistant.answer.events import (
    AnswerDone,
    AnswerEvent,
    AssessmentUpdated,
    CaseUpdated,
    Conversation,
    HistoryTurn,
    TextDelta,
)
from assistant.clinical.case import Case
from assistant.gateway.records import TurnRecord, TurnText
from assistant.gateway.services import LiveSession, Services


def rebuild_case(services: Services, doctor_turns: list[str]) -> Case:
    """The case as the earlier doctor turns of an OpenAI message list describe it."""
    case = Case()
    for text in doctor_turns:
        case = services.clinical.extract(text, case)
    return case


def _remembered(conversation: Conversation, role: str, text: str) -> bool:
    return any(t.role == role and t.text == text for t in conversation.history[-2:])


class TurnResult:
    def __init__(self) -> None:
        self.text = ""
        self.case: Case | None = None
        self.assessment: Any = None
        self.done: AnswerDone | None = None
        self.first_text_s: float | None = None
        self.total_s: float | None = None


async def run_turn(
    services: Services, session: LiveSession, text: str, lang: str | None, channel: str, result: TurnResult
) -> AsyncIterator[AnswerEvent]:
    """Yield the engine's events for one doctor turn; record the turn at the end."""
    started = time.perf_counter()
    conversation = session.conversation
    completed = False
    try:
        async for event in services.answer_engine.respond(conversation, text, lang):
            if isinstance(event, CaseUpdated):
                result.case = event.case
            elif isinstance(event, AssessmentUpdated):
                result.assessment = event.assessment
                for flag in event.assessment.red_flags:
                    services.metrics.red_flags.labels(flag.severity).inc()
            elif isinstance(event, TextDelta):
                if result.first_text_s is None:
                    result.first_text_s = time.perf_counter() - started
                    services.metrics.first_text_seconds.labels(channel).observe(result.first_text_s)
                result.text += event.text
            elif isinstance(event, AnswerDone):
                result.done = event
                result.text = event.text
            yield event
        completed = True
    finally:
        result.total_s = time.perf_counter() - started
        # The engine may or may not keep its own memory; make sure both turns are in it.
        if not _remembered(conversation, "doctor", text):
            conversation.remember(HistoryTurn(role="doctor", text=text))
        if result.text and not _remembered(conversation, "assistant", result.text):
            conversation.remember(HistoryTurn(role="assistant", text=result.text, interrupted=not completed))
        if result.case is not None:
            conversation.case = result.case
        record = TurnRecord(
            texts=[
                TurnText(role="doctor", text=text),
                TurnText(role="assistant", text=result.text, interrupted=not completed),
            ],
            case=None if result.case is None else result.case.model_dump(mode="json"),
            assessment=None if result.assessment is None else result.assessment.model_dump(mode="json"),
            latency={
                "channel": channel,
                "first_text_s": None if result.first_text_s is None else round(result.first_text_s, 4),
                "total_s": round(result.total_s, 4),
            },
            lang=result.done.lang if result.done is not None else lang,
        )
        # Shielded so a client disconnect (cancellation) still records the partial turn.
        await asyncio.shield(asyncio.to_thread(services.records.add_turn, session.id, record))
        services.metrics.turns.labels(channel).inc()
        services.log.info(
            "turn.recorded", session=session.id, channel=channel, completed=completed,
            first_text_ms=None if result.first_text_s is None else round(result.first_text_s * 1000),
            total_ms=round(result.total_s * 1000), text=result.text,
        )

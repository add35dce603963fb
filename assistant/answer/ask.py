"""What `assistant ask` does: one turn through the AnswerEngine, printed as it streams."""

from __future__ import annotations

import asyncio
import time

from rich.console import Console

from assistant.answer.events import AnswerDone, Conversation, TextDelta
from assistant.config import Settings


async def _ask(settings: Settings, console: Console, question: str, case_text: str | None, lang: str | None) -> AnswerDone:
    from assistant.answer.engine import build_answer_engine

    engine = build_answer_engine(settings)
    conversation = Conversation()
    if case_text:
        async for _event in engine.respond(conversation, case_text, lang):
            pass
    started = time.perf_counter()
    first: float | None = None
    done: AnswerDone | None = None
    async for event in engine.respond(conversation, question, lang):
        if isinstance(event, TextDelta):
            if first is None:
                first = time.perf_counter() - started
            console.print(event.text, end="", soft_wrap=True, markup=False, highlight=False)
        elif isinstance(event, AnswerDone):
            done = event
    total = time.perf_counter() - started
    console.print()
    assert done is not None
    for c in done.citations:
        console.print(f"[{c.n}] {c.id} — {c.title} — {c.section} ({c.issuer}, {c.year})", markup=False, highlight=False)
    flags = "" if done.grounding.grounded else f"; ungrounded: {done.grounding.ungrounded_terms} unknown citations: {done.grounding.unknown_citations}"
    console.print(
        f"[dim]intent {done.intent}, writer {done.writer}, lang {done.lang}; first sentence "
        f"{(first or total) * 1000:.0f} ms, total {total * 1000:.0f} ms{flags}[/dim]"
    )
    return done


def ask(settings: Settings, console: Console, question: str, case_text: str | None, lang: str | None) -> AnswerDone:
    return asyncio.run(_ask(settings, console, question, case_text, lang))

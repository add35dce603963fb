"""Grounded writer speed: time to first sentence (target <= 50 ms for the writer, < 100 ms
for a whole turn) in Chinese and English.

    python -m benchmarks.writer_speed [--repeat R]

"writer" = composing from ready grounds until the first checked sentence; "turn" =
AnswerEngine.respond from the call to the first TextDelta (extraction, assessment,
retrieval with a cold query embedding, intent, writer). Saves benchmarks/results/writer_speed.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time

from assistant.config import PROJECT_ROOT, Settings

RESULT = PROJECT_ROOT / "benchmarks" / "results" / "writer_speed.json"
TURNS = [
    ("高血压患者什么情况要紧急转诊？", None),
    ("58岁男性，胸痛40分钟，大汗，血压90/60，我需要担心什么？", None),
    ("孩子拉肚子怎么判断有没有脱水？", None),
    ("CRP升高说明什么？", "3岁男孩发热3天"),
    ("58-year-old man, crushing chest pain for 40 minutes, sweating, BP 90/60. What should I worry about?", None),
    ("When should I refer a patient with high blood pressure urgently?", None),
    ("What does a raised CRP mean here?", "4-year-old boy with fever for 3 days"),
    ("What should I ask next?", "35-year-old woman with headache for 2 days"),
]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _ms(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(_pct(values, 0.5) * 1000, 2), "p95_ms": round(_pct(values, 0.95) * 1000, 2),
            "max_ms": round(max(values) * 1000, 2)}


async def _run(repeat: int) -> dict:
    from assistant.answer.engine import build_answer_engine
    from assistant.answer.events import AnswerDone, AssessmentUpdated, Conversation, TextDelta

    engine = build_answer_engine(Settings())
    turn, writer = [], []
    for _ in range(repeat):
        for question, case_text in TURNS:
            conversation = Conversation()
            if case_text:
                async for _e in engine.respond(conversation, case_text):
                    pass
            engine.retriever._cache.clear()
            t0 = time.perf_counter()
            first = None
            async for event in engine.respond(conversation, question):
                if isinstance(event, TextDelta) and first is None:
                    first = time.perf_counter() - t0
                if isinstance(event, AnswerDone):
                    assert event.grounding.grounded
            turn.append(first if first is not None else time.perf_counter() - t0)
            # the writer alone, from grounds already gathered
            lang = conversation.lang or "en"
            search = engine.retriever.search(question, 5)
            assessment = engine.clinical.assess(conversation.case, lang)
            guess = engine.intents.detect(question, engine.retriever.embed_query(question), covered=search.covered)
            grounds = engine.grounds(conversation, question, lang, guess.intent, assessment, search)
            t1 = time.perf_counter()
            stream = engine.writer.stream(grounds)
            await stream.__anext__()
            writer.append(time.perf_counter() - t1)
            await stream.aclose()
    return {"turns": len(turn), "turn_first_sentence": _ms(turn), "writer_first_sentence": _ms(writer),
            "mean_turn_ms": round(statistics.fmean(turn) * 1000, 2),
            "load_avg": os.getloadavg()[0] if hasattr(os, "getloadavg") else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    result = asyncio.run(_run(args.repeat))
    print(json.dumps(result, indent=2))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

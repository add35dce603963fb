"""Three ways to run one case through the brain, each returning an (unjudged) CaseResult.

- assess: text -> extraction -> Assessment (ClinicalEngine), timed.
- answer: the full text turn through the AnswerEngine (Assessment, retrieval, writer),
  plus the evaluator's own grounding check of the answer.
- audio: the presentation spoken by a voice other than the assistant's, streamed through
  the live voice session (VAD, ASR, the AnswerEngine, TTS) on a virtual clock; scored for
  the same, plus ASR error, answer audio and latency (assistant/evaluation/audio.py).

A predictor is built once per worker process (models and knowledge load once).
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Literal, Protocol

from assistant.clinical.assessment import Assessment
from assistant.clinical.case import Presence
from assistant.config import Settings
from assistant.evaluation.cases import EvalCase
from assistant.evaluation.icd import correct_rank
from assistant.evaluation.results import CaseResult, ExtractedFindings, FiredFlag, PredictedEntry, blank_result

Mode = Literal["assess", "answer", "audio"]
MODES: tuple[str, ...] = ("assess", "answer", "audio")


class Predictor(Protocol):
    def predict(self, case: EvalCase) -> CaseResult: ...


def _findings(assessment: Assessment) -> ExtractedFindings:
    case = assessment.case
    measurements: dict[str, str] = {}
    for m in [*case.vitals.values(), *case.labs.values()]:
        shown = m.qualitative if m.value is None else f"{m.value:g}"
        measurements[m.id] = f"{shown} {m.unit or ''}".strip()
    return ExtractedFindings(
        present=[f.id for f in case.findings.values() if f.status == Presence.present],
        absent=[f.id for f in case.findings.values() if f.status == Presence.absent],
        measurements=measurements,
        age_years=case.age_years,
        sex=case.sex,
    )


def apply_assessment(result: CaseResult, assessment: Assessment) -> CaseResult:
    """Copy what the Assessment says into the per-case record."""
    entries = [
        PredictedEntry(
            rank=i, id=d.id, name=d.name, icd10=d.icd10, probability=round(d.probability, 4), must_not_miss=d.must_not_miss
        )
        for i, d in enumerate(assessment.differential, start=1)
    ]
    rank = correct_rank([e.icd10 for e in entries], result.expected_icd10)
    return result.model_copy(
        update={
            "predictions": entries,
            "correct_rank": rank,
            "matched": entries[rank - 1].id if rank else None,
            "triage": assessment.triage.level,
            "triage_reasons": assessment.triage.reasons,
            "red_flags": [FiredFlag(id=f.id, title=f.title, severity=f.severity) for f in assessment.red_flags],
            "findings": _findings(assessment),
        }
    )


class AssessPredictor:
    def __init__(self, settings: Settings) -> None:
        from assistant.clinical.engine import ClinicalEngine

        self.engine = ClinicalEngine(settings.knowledge_base_dir)

    def assess(self, text: str, lang: str) -> Assessment:
        return self.engine.assess_text(text, lang=lang)

    def predict(self, case: EvalCase) -> CaseResult:
        start = time.perf_counter()
        assessment = self.assess(case.presentation, case.lang)
        elapsed = (time.perf_counter() - start) * 1000
        return apply_assessment(blank_result(case), assessment).model_copy(update={"latency_ms": round(elapsed, 2)})


class _TextTurn:
    """One text turn through the AnswerEngine on a fresh conversation, with timings."""

    def __init__(self, settings: Settings) -> None:
        from assistant.answer.engine import build_answer_engine
        from assistant.evaluation.grounding import GroundingChecker

        self.engine = build_answer_engine(settings)
        self.checker = GroundingChecker(settings.knowledge_base_dir)

    async def _run(self, turns: list[str], lang: str) -> tuple[Assessment | None, object, float | None, float]:
        """All turns on one conversation (as a live session would); timings of the last turn."""
        from assistant.answer.events import AnswerDone, AssessmentUpdated, Conversation, TextDelta

        conversation = Conversation()
        assessment: Assessment | None = None
        done: AnswerDone | None = None
        first_text: float | None = None
        start = time.perf_counter()
        for text in turns:
            start = time.perf_counter()
            first_text, done = None, None
            async for event in self.engine.respond(conversation, text, lang=lang):
                if isinstance(event, AssessmentUpdated):
                    assessment = event.assessment
                elif isinstance(event, TextDelta) and first_text is None:
                    first_text = (time.perf_counter() - start) * 1000
                elif isinstance(event, AnswerDone):
                    done = event
        return assessment, done, first_text, (time.perf_counter() - start) * 1000

    def run(self, result: CaseResult, turns: list[str], lang: str) -> CaseResult:
        assessment, done, first_text, total = asyncio.run(self._run(turns, lang))
        if assessment is not None:
            result = apply_assessment(result, assessment)
        update: dict = {"latency_ms": round(total, 2)}
        if first_text is not None:
            update["first_text_ms"] = round(first_text, 2)
        if done is None:
            update["error"] = "the turn ended without an answer"
        else:
            update["answer"] = done.text  # type: ignore[attr-defined]
            update["grounding"] = self.checker.check(
                done.text,  # type: ignore[attr-defined]
                [(c.n, c.id) for c in done.citations],  # type: ignore[attr-defined]
                assessment,
                done.grounding.grounded,  # type: ignore[attr-defined]
            )
        return result.model_copy(update=update)


class AnswerPredictor:
    def __init__(self, settings: Settings) -> None:
        self.turn = _TextTurn(settings)

    def predict(self, case: EvalCase) -> CaseResult:
        return self.turn.run(blank_result(case), [case.presentation], case.lang)


def make_predictor(mode: str, settings: Settings, cache_dir: Path | None = None) -> Predictor:
    if mode == "assess":
        return AssessPredictor(settings)
    if mode == "answer":
        return AnswerPredictor(settings)
    if mode == "audio":
        from assistant.evaluation.audio import AudioPredictor

        return AudioPredictor(settings, cache_dir or settings.cache_dir / "eval-speech")
    raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")

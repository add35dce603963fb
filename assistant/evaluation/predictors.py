"""Three ways to run one case through the brain, each returning an (unjudged) CaseResult.

- assess: text -> extraction -> Assessment (ClinicalEngine), timed.
- answer: the full text turn through the AnswerEngine (Assessment, retrieval, writer),
  plus the evaluator's own grounding check of the answer.
- audio: the presentation spoken by a voice other than the assistant's, fed frame by
  frame (faster than real time) through VAD turn-end detection; each turn is transcribed
  by the assistant's Transcriber and sent as a text turn of one conversation (a dictated
  vignette with pauses is several turns, as live); scored for ASR error and latency.

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

    def run(self, result: CaseResult, turns: list[str], lang: str, offset_ms: float = 0.0) -> CaseResult:
        assessment, done, first_text, total = asyncio.run(self._run(turns, lang))
        if assessment is not None:
            result = apply_assessment(result, assessment)
        update: dict = {"latency_ms": round(offset_ms + total, 2)}
        if first_text is not None:
            update["first_text_ms"] = round(offset_ms + first_text, 2)
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


class AudioPredictor:
    """In-process voice turns: other voice -> 30 ms frames -> VAD turn ends -> Transcriber -> text turns.

    Frames are fed faster than real time; latency of the last turn is reported as it
    would be live: (turn-end detection delay in audio time) + its ASR wall time + answer wall time.
    """

    def __init__(self, settings: Settings, cache_dir: Path) -> None:
        from assistant.evaluation.voices import MandarinOtherVoice
        from assistant.model_stack import load_whisper_base

        self.settings = settings
        self.cache_dir = cache_dir
        self.transcriber = load_whisper_base(settings)
        self.zh_voice = MandarinOtherVoice(settings, cache_dir)
        self.turn = _TextTurn(settings)

    def _speech(self, case: EvalCase):  # noqa: ANN202
        from assistant.evaluation.voices import english_speech

        return self.zh_voice.speech(case.presentation) if case.lang == "zh" else english_speech(case.presentation, self.cache_dir)

    def _turns(self, samples):  # noqa: ANN001, ANN202
        """Feed 30 ms frames as a live VAD would; every pause of vad_silence_ms ends a turn.

        Returns [(turn samples, end-of-speech s, turn-end s)]: a dictated vignette with
        pauses becomes several turns of one conversation, as it would live.
        """
        import numpy as np

        from assistant.speech.audio import float_to_pcm16
        from assistant.speech.vad import FRAME_MS, FRAME_SAMPLES, FrameVad

        vad = FrameVad(self.settings.vad_aggressiveness)
        tail = np.zeros(int(16000 * (self.settings.vad_silence_ms / 1000 + 0.3)), dtype=np.float32)
        stream = np.concatenate([samples, tail])
        end_after = max(1, self.settings.vad_silence_ms // FRAME_MS)
        turns = []
        start: int | None = None
        last_speech = -1
        run = 0
        for index in range(len(stream) // FRAME_SAMPLES):
            frame = stream[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]
            speech = vad.is_speech(float_to_pcm16(frame))
            run = run + 1 if speech else 0
            if speech:
                last_speech = index
            if start is None and run >= 3:
                start = index - 2
            elif start is not None and index - last_speech >= end_after:
                lo = max(0, start * FRAME_SAMPLES - 4800)  # a little context either side
                hi = min(len(stream), (last_speech + 1) * FRAME_SAMPLES + 3200)
                turns.append((stream[lo:hi], (last_speech + 1) * FRAME_MS / 1000, (index + 1) * FRAME_MS / 1000))
                start = None
        if not turns:
            raise RuntimeError("no speech detected in the synthesized audio")
        return [piece for turn in turns for piece in _split_long(turn)]

    def predict(self, case: EvalCase) -> CaseResult:
        from assistant.speech.metrics import error_rate

        audio = self._speech(case).resampled(16000)
        texts: list[str] = []
        languages: list[str] = []
        asr_ms = 0.0
        turns = self._turns(audio.samples)
        for speech, _, _ in turns:
            start = time.perf_counter()
            transcript = self.transcriber.transcribe(speech, language=None)
            asr_ms = (time.perf_counter() - start) * 1000  # the last turn's is what the doctor waits for
            if transcript.text.strip():
                texts.append(transcript.text.strip())
                languages.append(transcript.language)
        heard = ("" if case.lang == "zh" else " ").join(texts)
        _, speech_end, turn_end = turns[-1]
        result = blank_result(case).model_copy(
            update={"transcript": heard, "asr_error": round(error_rate(case.presentation, heard, case.lang), 4)}
        )
        if not texts:
            return result.model_copy(update={"error": "nothing was transcribed"})
        lang = languages[-1] if languages[-1] in ("zh", "en") else case.lang
        return self.turn.run(result, texts, lang, (turn_end - speech_end) * 1000 + asr_ms)


# Whisper decodes 30 s windows; a live session transcribes long dictation while it is
# spoken, so a turn longer than this is cut at its quietest 30 ms frame between 60% and
# 100% of the limit (where a speaker draws breath).
MAX_TURN_S = 25.0


def _split_long(turn):  # noqa: ANN001, ANN202
    import numpy as np

    samples, speech_end, turn_end = turn
    limit = int(MAX_TURN_S * 16000)
    pieces = []
    while len(samples) > limit:
        frame = 480
        lo, hi = int(limit * 0.6) // frame, limit // frame
        energy = [float(np.mean(samples[i * frame : (i + 1) * frame] ** 2)) for i in range(lo, hi)]
        cut = (lo + int(np.argmin(energy))) * frame
        pieces.append((samples[:cut], speech_end, turn_end))  # only the last piece's timing is used
        samples = samples[cut:]
    pieces.append((samples, speech_end, turn_end))
    return pieces


def make_predictor(mode: str, settings: Settings, cache_dir: Path | None = None) -> Predictor:
    if mode == "assess":
        return AssessPredictor(settings)
    if mode == "answer":
        return AnswerPredictor(settings)
    if mode == "audio":
        return AudioPredictor(settings, cache_dir or settings.cache_dir / "eval-speech")
    raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")

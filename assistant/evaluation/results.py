"""What one evaluated case produced: the per-case record written to DIR/cases.jsonl."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.clinical.assessment import TRIAGE_ORDER, TriageLevel
from assistant.evaluation.cases import EvalCase

# A case passes when the accepted diagnosis is within this rank (if one is expected),
# triage is at or above the expected urgency, an expected red flag fired, and (answer
# and audio modes) the answer is grounded.
PASS_RANK = 5


class PredictedEntry(BaseModel):
    rank: int
    id: str
    name: str
    icd10: list[str]
    probability: float
    must_not_miss: bool = False


class FiredFlag(BaseModel):
    id: str
    title: str
    severity: TriageLevel


class ExtractedFindings(BaseModel):
    present: list[str] = Field(default_factory=list)
    absent: list[str] = Field(default_factory=list)
    measurements: dict[str, str] = Field(default_factory=dict)
    age_years: float | None = None
    sex: str | None = None


class Grounding(BaseModel):
    grounded: bool  # our own check and the engine's report both pass
    engine_grounded: bool | None = None
    unknown_citations: list[str] = Field(default_factory=list)
    ungrounded_conditions: list[str] = Field(default_factory=list)


class VoiceFigures(BaseModel):
    """Audio mode: what the live voice session did with the case (assistant/evaluation/audio.py)."""

    turns: list[str] = Field(default_factory=list)  # the doctor turns it transcribed, in order
    ignored: list[str] = Field(default_factory=list)  # utterances it took for noise, backchannel or echo
    answer_status: str | None = None  # response.done status of the last answer
    answer_audio_ms: float = 0.0  # TTS audio streamed for the last answer
    # the last turn's latency.report, from the end of speech, on the virtual clock (models instant)
    final_transcript_ms: float | None = None
    first_text_ms: float | None = None
    first_audio_ms: float | None = None
    voice_to_voice_ms: float | None = None
    # wall-clock model time on the last turn (this machine, its load): final ASR decode,
    # answer engine to its first text, first TTS chunk, and their sum
    asr_wall_ms: float | None = None
    answer_wall_ms: float | None = None
    tts_wall_ms: float | None = None
    model_wall_ms: float | None = None


class CaseResult(BaseModel):
    id: str
    lang: Literal["zh", "en"]
    source: str
    presentation: str
    expected_icd10: list[str]
    expected_triage: TriageLevel
    expected_red_flag: bool
    predictions: list[PredictedEntry] = Field(default_factory=list)  # the whole differential
    correct_rank: int | None = None
    matched: str | None = None  # id of the entry that matched
    triage: TriageLevel | None = None
    triage_reasons: list[str] = Field(default_factory=list)
    red_flags: list[FiredFlag] = Field(default_factory=list)
    findings: ExtractedFindings = Field(default_factory=ExtractedFindings)
    latency_ms: float | None = None
    first_text_ms: float | None = None  # answer: time to the first text; audio: virtual, see VoiceFigures
    answer: str | None = None
    grounding: Grounding | None = None
    transcript: str | None = None
    asr_error: float | None = None
    voice: VoiceFigures | None = None  # audio mode only
    passed: bool = False
    reasons: list[str] = Field(default_factory=list)
    error: str | None = None

    @property
    def has_diagnosis(self) -> bool:
        return bool(self.expected_icd10)


def judge(result: CaseResult) -> CaseResult:
    """Fill passed/reasons from the prediction (pure; called once per case)."""
    reasons: list[str] = []
    if result.error:
        reasons.append(f"error: {result.error}")
    if result.has_diagnosis:
        if result.correct_rank is None:
            reasons.append(
                "expected diagnosis not in the differential" if result.predictions else "no differential given"
            )
        elif result.correct_rank > PASS_RANK:
            reasons.append(f"expected diagnosis ranked {result.correct_rank} (> {PASS_RANK})")
    if result.triage is None:
        reasons.append("no triage level")
    elif TRIAGE_ORDER[result.triage] < TRIAGE_ORDER[result.expected_triage]:
        reasons.append(f"under-triaged: {result.triage} < {result.expected_triage}")
    if result.expected_red_flag and not result.red_flags:
        reasons.append("expected red flag did not fire")
    if result.grounding is not None and not result.grounding.grounded:
        detail = result.grounding.unknown_citations + result.grounding.ungrounded_conditions
        if result.grounding.engine_grounded is False:
            detail.append("the answer engine's own check failed")
        reasons.append("answer not grounded" + (f": {', '.join(detail)}" if detail else ""))
    return result.model_copy(update={"passed": not reasons, "reasons": reasons})


def blank_result(case: EvalCase) -> CaseResult:
    return CaseResult(
        id=case.id,
        lang=case.lang,
        source=case.source,
        presentation=case.presentation,
        expected_icd10=case.expected.icd10,
        expected_triage=case.expected.triage,
        expected_red_flag=case.expected.red_flag,
    )

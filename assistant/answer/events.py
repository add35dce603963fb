"""What one turn of the assistant's brain emits, in order, for every front end.

A turn (`AnswerEngine.respond`) streams: `CaseUpdated` (after extraction),
`AssessmentUpdated` (red flags, differential, triage, next questions), then
`TextDelta`s of the spoken answer (short sentences first, so TTS can start), then
one `AnswerDone` with the full text, citations and the grounding check.
Cancelling the iterator (barge-in) stops the turn; nothing keeps running.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.clinical.assessment import Assessment
from assistant.clinical.case import Case


class Citation(BaseModel):
    """A guideline passage the answer cites as [n]."""

    n: int
    id: str  # "<doc-id>#<anchor>"
    title: str  # document title
    section: str  # section heading
    issuer: str
    year: int | str
    url: str | None = None
    text: str = ""  # the passage (for display)


class GroundingReport(BaseModel):
    grounded: bool
    unknown_citations: list[int] = Field(default_factory=list)
    ungrounded_terms: list[str] = Field(default_factory=list)  # conditions/drugs/thresholds not in the grounds


class CaseUpdated(BaseModel):
    type: Literal["case.updated"] = "case.updated"
    case: Case


class AssessmentUpdated(BaseModel):
    type: Literal["assessment.updated"] = "assessment.updated"
    assessment: Assessment


class TextDelta(BaseModel):
    type: Literal["text.delta"] = "text.delta"
    text: str


class AnswerDone(BaseModel):
    type: Literal["answer.done"] = "answer.done"
    text: str
    lang: Literal["zh", "en"]
    intent: str
    citations: list[Citation] = Field(default_factory=list)
    grounding: GroundingReport
    writer: str  # "grounded" | "openai" | "gguf"


AnswerEvent = CaseUpdated | AssessmentUpdated | TextDelta | AnswerDone


class HistoryTurn(BaseModel):
    """One turn of the conversation memory (bounded per session)."""

    role: Literal["doctor", "assistant"]
    text: str
    interrupted: bool = False  # assistant turn cut short by the doctor (barge-in)
    unheard: str | None = None  # the rest that was not played; metadata, not said


class Conversation(BaseModel):
    """Per-session state the brain reads and updates: the case and a bounded history."""

    case: Case = Field(default_factory=Case)
    history: list[HistoryTurn] = Field(default_factory=list)
    lang: Literal["zh", "en"] | None = None
    max_history: int = 20

    def remember(self, turn: HistoryTurn) -> None:
        self.history.append(turn)
        del self.history[: -self.max_history]

    def new_patient(self) -> None:
        self.case = Case()
        self.history.clear()

"""The Assessment: what the deterministic engine concludes about a Case."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.clinical.case import Case

TriageLevel = Literal["emergency", "urgent", "routine"]
TRIAGE_ORDER: dict[str, int] = {"routine": 0, "urgent": 1, "emergency": 2}


class Source(BaseModel):
    title: str
    issuer: str
    year: int | str
    section: str | None = None
    url: str | None = None


class RedFlag(BaseModel):
    id: str
    title: str
    severity: TriageLevel
    evidence: list[str] = Field(default_factory=list)
    action: str
    source: Source


class Triage(BaseModel):
    level: TriageLevel
    reasons: list[str] = Field(default_factory=list)


class DifferentialEntry(BaseModel):
    id: str
    name: str
    icd10: list[str]
    probability: float
    band: Literal["high", "moderate", "low", "very low"] = "low"
    must_not_miss: bool = False
    supporting: list[str] = Field(default_factory=list)
    against: list[str] = Field(default_factory=list)


class NextQuestion(BaseModel):
    finding: str
    question: str
    gain: float


class Assessment(BaseModel):
    case: Case
    triage: Triage
    red_flags: list[RedFlag] = Field(default_factory=list)
    differential: list[DifferentialEntry] = Field(default_factory=list)
    next_questions: list[NextQuestion] = Field(default_factory=list)
    insufficient_information: bool = False
    knowledge_version: str

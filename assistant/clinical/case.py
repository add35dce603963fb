"""The structured case: what has been heard about one patient so far."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field


class Presence(str, Enum):
    present = "present"
    absent = "absent"
    uncertain = "uncertain"


class Span(BaseModel):
    """The words a fact came from, for display and audit."""

    text: str
    utterance: int = 0  # index into Case.utterances
    start: int = 0  # character offsets inside that utterance
    end: int = 0


class Finding(BaseModel):
    """A symptom, sign, history item, risk factor or exposure (a lexicon concept)."""

    id: str
    status: Presence = Presence.present
    onset: str | None = None  # e.g. "sudden", "gradual"
    duration_days: float | None = None
    duration_text: str | None = None
    severity: Literal["mild", "moderate", "severe"] | None = None
    site: str | None = None
    laterality: Literal["left", "right", "bilateral"] | None = None
    evidence: list[Span] = Field(default_factory=list)


# how far over (or under) its number a value said as a bound is taken to be, for threshold tests
ABOVE_MARGIN = 1e-6


class Measurement(BaseModel):
    """A vital sign or lab value, normalised to the unit named in the lexicon."""

    id: str  # e.g. "sbp", "temp_c", "glucose_mmol", "hba1c", "urine_ketones"
    value: float | None = None
    unit: str | None = None
    qualitative: str | None = None  # e.g. "positive", "negative", "++"
    above: bool = False  # said as a lower bound ("七十多", "130-odd"): a little over `value`
    below: bool = False  # said as an upper bound ("35度以下", "below 35"): a little under `value`
    evidence: list[Span] = Field(default_factory=list)

    @property
    def compared(self) -> float | None:
        """The value to test against thresholds: one said as "70-odd" is over 70, "below 35" under 35."""
        if self.value is None:
            return None
        return self.value + (ABOVE_MARGIN if self.above else -ABOVE_MARGIN if self.below else 0.0)


class Mention(BaseModel):
    """Free-text item such as a medication or an allergy."""

    text: str
    evidence: list[Span] = Field(default_factory=list)


class Case(BaseModel):
    """Structured state of one consultation; built incrementally by extraction."""

    lang: Literal["zh", "en"] | None = None
    age_years: float | None = None
    sex: Literal["male", "female"] | None = None
    pregnant: bool | None = None
    gestation_weeks: float | None = None
    findings: dict[str, Finding] = Field(default_factory=dict)
    vitals: dict[str, Measurement] = Field(default_factory=dict)
    labs: dict[str, Measurement] = Field(default_factory=dict)
    medications: list[Mention] = Field(default_factory=list)
    allergies: list[Mention] = Field(default_factory=list)
    utterances: list[str] = Field(default_factory=list)
    # findings asked in a question that ended the last utterance, waiting for its yes or no
    open_question: list[str] = Field(default_factory=list)

    def has(self, finding_id: str) -> bool:
        f = self.findings.get(finding_id)
        return f is not None and f.status == Presence.present

    def denies(self, finding_id: str) -> bool:
        f = self.findings.get(finding_id)
        return f is not None and f.status == Presence.absent

    def value(self, measurement_id: str) -> float | None:
        m = self.vitals.get(measurement_id) or self.labs.get(measurement_id)
        return None if m is None else m.value

    def compared(self, measurement_id: str) -> float | None:
        """The value to test against a threshold (Measurement.compared)."""
        m = self.vitals.get(measurement_id) or self.labs.get(measurement_id)
        return None if m is None else m.compared

    @property
    def is_empty(self) -> bool:
        return not (self.findings or self.vitals or self.labs or self.age_years is not None)

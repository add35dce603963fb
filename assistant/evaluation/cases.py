"""The evaluation case format (JSONL, one case a line) and a loader that never crashes on bad lines.

    {"id": "en-001", "lang": "en", "presentation": "58-year-old man, crushing chest pain ...",
     "expected": {"icd10": ["I21"], "triage": "emergency", "red_flag": true},
     "source": "where the case comes from"}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.clinical.assessment import TriageLevel


class Expected(BaseModel):
    model_config = ConfigDict(extra="forbid")

    icd10: list[str] = Field(default_factory=list)  # accepted codes or category prefixes; empty = no diagnosis scored
    triage: TriageLevel
    red_flag: bool

    @field_validator("icd10")
    @classmethod
    def _codes_not_blank(cls, codes: list[str]) -> list[str]:
        if any(not c.strip() for c in codes):
            raise ValueError("blank ICD-10 code")
        return [c.strip() for c in codes]


class EvalCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    lang: Literal["zh", "en"]
    presentation: str = Field(min_length=1)
    expected: Expected
    source: str


class LoadProblem(BaseModel):
    """A line that could not be read as a case: reported, skipped."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class LoadedCases(BaseModel):
    cases: list[EvalCase]
    problems: list[LoadProblem]


def _short(err: ValidationError) -> str:
    parts = []
    for e in err.errors()[:3]:
        where = ".".join(str(p) for p in e["loc"]) or "case"
        parts.append(f"{where}: {e['msg']}")
    return "; ".join(parts)


def load_cases(paths: list[Path]) -> LoadedCases:
    """Read every case file; malformed lines and duplicate ids become problems (file and line), not errors."""
    cases: list[EvalCase] = []
    problems: list[LoadProblem] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(LoadProblem(file=str(path), line=0, message=f"cannot read file: {exc}"))
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(LoadProblem(file=str(path), line=number, message=f"not JSON: {exc.msg}"))
                continue
            if not isinstance(raw, dict):
                problems.append(LoadProblem(file=str(path), line=number, message="not a JSON object"))
                continue
            try:
                case = EvalCase.model_validate(raw)
            except ValidationError as exc:
                problems.append(LoadProblem(file=str(path), line=number, message=_short(exc)))
                continue
            where = f"{path}:{number}"
            if case.id in seen:
                problems.append(
                    LoadProblem(file=str(path), line=number, message=f"duplicate id {case.id!r} (first at {seen[case.id]})")
                )
                continue
            seen[case.id] = where
            cases.append(case)
    return LoadedCases(cases=cases, problems=problems)

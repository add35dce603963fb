"""Clinical scores (NEWS2, qSOFA, CRB-65, Wells PE/DVT) computed from a Case.

The point tables and risk bands live in knowledge_base/red_flags/scores.yaml with
their sources; this module only applies them. A missing input scores 0 and is
listed in ``ScoreResult.missing`` so the doctor knows the score is a lower bound.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from assistant.clinical.assessment import Source
from assistant.clinical.case import Case
from assistant.clinical.knowledge import Bilingual
from assistant.clinical.rule_logic import Compare, EvalContext, Node, parse_condition
from assistant.yaml_data import load_yaml

SCORES_FILE = Path("red_flags") / "scores.yaml"


class PointBand(BaseModel):
    """Points for values up to a bound (``lt`` or ``lte``); the last band has no bound."""

    model_config = ConfigDict(extra="forbid")

    lt: float | None = None
    lte: float | None = None
    points: float

    def contains(self, value: float) -> bool:
        if self.lt is not None:
            return value < self.lt
        if self.lte is not None:
            return value <= self.lte
        return True

    @property
    def bound(self) -> float | None:
        return self.lt if self.lt is not None else self.lte


class Parameter(BaseModel):
    """One input: either a measurement scored by bands, or a condition worth fixed points."""

    model_config = ConfigDict(extra="forbid")

    id: str
    label: Bilingual
    measure: str | None = None
    bands: list[PointBand] | None = None
    when: dict[str, Any] | None = None
    points: float | None = None
    _node: Node | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _shape(self) -> "Parameter":
        if self.measure is not None:
            if not self.bands or self.when is not None:
                raise ValueError(f"{self.id}: a measured parameter needs bands and no 'when'")
            bounds = [b.bound for b in self.bands[:-1]]
            if any(b is None for b in bounds) or self.bands[-1].bound is not None:
                raise ValueError(f"{self.id}: every band but the last needs a bound; the last none")
            if bounds != sorted(bounds):
                raise ValueError(f"{self.id}: band bounds must ascend")
        else:
            if self.when is None or self.points is None:
                raise ValueError(f"{self.id}: give either measure+bands or when+points")
            self._node = parse_condition(self.when, f"{self.id}.when")
        return self


class RiskBand(BaseModel):
    """First matching band wins: by total (lt/lte/gt/gte) and/or by any single parameter's points."""

    model_config = ConfigDict(extra="forbid")

    id: str
    label: Bilingual
    lt: float | None = None
    lte: float | None = None
    gt: float | None = None
    gte: float | None = None
    any_parameter_points_gte: float | None = None

    def matches(self, total: float, component_points: list[float]) -> bool:
        bounds = {k: getattr(self, k) for k in ("lt", "lte", "gt", "gte") if getattr(self, k) is not None}
        if bounds and not Compare(**bounds).test(total):
            return False
        if self.any_parameter_points_gte is not None:
            return any(p >= self.any_parameter_points_gte for p in component_points)
        return True


class ScoreTable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    name: Bilingual
    applies_to: Bilingual
    parameters: list[Parameter]
    risk_bands: list[RiskBand]
    sources: list[Source] = Field(min_length=1)
    # the measurement that holds this score when the doctor states it ("NEWS2 of 8")
    stated: str | None = None


class ScoreComponent(BaseModel):
    id: str
    label: str
    value: float | None = None  # the measured input, when the parameter is a measurement
    points: float
    missing: bool = False


class ScoreResult(BaseModel):
    id: str
    name: str
    value: float
    band: str | None = None
    band_label: str | None = None
    components: list[ScoreComponent]
    missing: list[str] = Field(default_factory=list)  # parameter ids with no data (scored 0)
    source: Source
    stated: float | None = None  # the score as the doctor stated it, when they did

    @property
    def complete(self) -> bool:
        return not self.missing


def load_score_tables(kb_dir: Path) -> dict[str, ScoreTable]:
    raw = load_yaml((kb_dir / SCORES_FILE).read_text(encoding="utf-8"))
    tables = {}
    for score_id, body in raw["scores"].items():
        tables[score_id] = ScoreTable.model_validate({"id": score_id, **body})
    return tables


@lru_cache(maxsize=4)
def cached_score_tables(kb_dir: Path) -> dict[str, ScoreTable]:
    return load_score_tables(kb_dir)


def _score_one(case: Case, table: ScoreTable, lang: str) -> ScoreResult:
    components: list[ScoreComponent] = []
    for param in table.parameters:
        label = param.label.get(lang)
        if param.measure is not None:
            value, compared = case.value(param.measure), case.compared(param.measure)
            if value is None or compared is None:
                components.append(ScoreComponent(id=param.id, label=label, points=0, missing=True))
                continue
            band = next(b for b in param.bands or [] if b.contains(compared))
            components.append(ScoreComponent(id=param.id, label=label, value=value, points=band.points))
        else:
            node = param._node
            assert node is not None
            hit = node.evaluate(EvalContext(case=case, lang=lang, labels=_NO_LABELS))
            points = param.points if hit is not None and param.points is not None else 0.0
            missing = hit is None and not node.known(case)
            components.append(ScoreComponent(id=param.id, label=label, points=points, missing=missing))
    total = sum(c.points for c in components)
    # A stated score rests on observations the text may not give: the higher of the two counts.
    stated = case.value(table.stated) if table.stated else None
    missing = [c.id for c in components if c.missing]
    if stated is not None and stated >= total:
        total, missing = stated, []
    band = next((b for b in table.risk_bands if b.matches(total, [c.points for c in components])), None)
    return ScoreResult(
        id=table.id,
        name=table.name.get(lang),
        value=total,
        band=band.id if band else None,
        band_label=band.label.get(lang) if band else None,
        components=components,
        missing=missing,
        source=table.sources[0],
        stated=stated,
    )


class _NoLabels:
    """Score parameters need truth values only, not evidence text."""

    def finding(self, finding_id: str, lang: str) -> str:
        return finding_id

    def measurement(self, measurement_id: str, lang: str) -> tuple[str, str]:
        return measurement_id, ""

    def template(self, key: str, lang: str) -> str:
        return ""


_NO_LABELS = _NoLabels()


def compute_scores(
    case: Case, tables: dict[str, ScoreTable] | None = None, lang: str = "en"
) -> dict[str, ScoreResult]:
    """Every score in the tables for this case (default tables: the configured knowledge base)."""
    if tables is None:
        from assistant.config import Settings

        tables = cached_score_tables(Settings().knowledge_base_dir)
    return {score_id: _score_one(case, table, lang) for score_id, table in tables.items()}


def compute_score(case: Case, table: ScoreTable, lang: str = "en") -> ScoreResult:
    return _score_one(case, table, lang)

"""The small logic language shared by red-flag rules and score tables.

A condition is parsed once from YAML into an immutable tree of nodes. Evaluating a
node against a Case returns ``None`` when it does not hold, or the list of
human-readable evidence strings that made it hold (possibly empty, e.g. for
``not``). The grammar is documented in docs/red_flags.md.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, model_validator

from assistant.clinical.case import Case, Finding
from assistant.clinical.knowledge import Bilingual
from assistant.yaml_data import load_yaml

_OPS: dict[str, Callable[[float, float], bool]] = {
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}


class Compare(BaseModel):
    """One or more comparisons that must all hold, e.g. ``{gte: 180}`` or ``{gte: 5, lt: 7}``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lt: float | None = None
    lte: float | None = None
    gt: float | None = None
    gte: float | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> "Compare":
        if all(getattr(self, op) is None for op in _OPS):
            raise ValueError("a comparison needs at least one of lt, lte, gt, gte")
        return self

    def test(self, value: float | None) -> bool:
        if value is None:
            return False
        return all(fn(value, bound) for op, fn in _OPS.items() if (bound := getattr(self, op)) is not None)


class Labels(Protocol):
    """Display names used to write evidence strings (from knowledge-base data)."""

    def finding(self, finding_id: str, lang: str) -> str: ...

    def measurement(self, measurement_id: str, lang: str) -> tuple[str, str]: ...

    def template(self, key: str, lang: str) -> str: ...


class ScoreLike(Protocol):
    value: float
    band: str | None
    name: str


@dataclass
class EvalContext:
    case: Case
    lang: str
    labels: Labels
    # Scores are computed only if some rule asks for one.
    score_fn: Callable[[str], ScoreLike | None] = field(default=lambda _id: None)


def _num(value: float) -> str:
    return f"{value:g}"


class Node:
    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        raise NotImplementedError

    def known(self, case: Case) -> bool:
        """Whether the case records anything this node looks at (for 'missing' inputs)."""
        return any(child.known(case) for child in self.children())

    def children(self) -> tuple["Node", ...]:
        return ()

    def walk(self) -> Iterator["Node"]:
        yield self
        for child in self.children():
            yield from child.walk()


@dataclass(frozen=True)
class AllNode(Node):
    items: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        return self.items

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        evidence: list[str] = []
        for item in self.items:
            got = item.evaluate(ctx)
            if got is None:
                return None
            evidence.extend(got)
        return evidence


@dataclass(frozen=True)
class AnyNode(Node):
    items: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        return self.items

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        hits = [got for item in self.items if (got := item.evaluate(ctx)) is not None]
        if not hits:
            return None
        return [e for got in hits for e in got]  # every reason, not only the first


@dataclass(frozen=True)
class AtLeastNode(Node):
    n: int
    items: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        return self.items

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        hits = [got for item in self.items if (got := item.evaluate(ctx)) is not None]
        if len(hits) < self.n:
            return None
        return [e for got in hits for e in got]


@dataclass(frozen=True)
class NotNode(Node):
    item: Node

    def children(self) -> tuple[Node, ...]:
        return (self.item,)

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        return [] if self.item.evaluate(ctx) is None else None


@dataclass(frozen=True)
class FindingNode(Node):
    id: str
    absent: bool = False
    severity: str | None = None
    onset: str | None = None
    duration_days: Compare | None = None
    suspected: bool = False  # also count a finding recorded as uncertain ("may have swallowed ...")
    site: tuple[str, ...] = ()  # any of these body sites ("burnt his hand": a burn at the hand)

    def known(self, case: Case) -> bool:
        return self.id in case.findings and case.findings[self.id].status.value != "uncertain"

    def _qualifiers_hold(self, f: Finding) -> bool:
        if self.severity is not None and f.severity != self.severity:
            return False
        if self.onset is not None and f.onset != self.onset:
            return False
        if self.site and f.site not in self.site:
            return False
        return self.duration_days is None or self.duration_days.test(f.duration_days)

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        name = ctx.labels.finding(self.id, ctx.lang)
        if self.absent:
            if not ctx.case.denies(self.id):
                return None
            return [ctx.labels.template("absent", ctx.lang).format(name=name)]
        f = ctx.case.findings.get(self.id)
        suspected = self.suspected and f is not None and f.status.value == "uncertain"
        if not ctx.case.has(self.id) and not suspected:
            return None
        f = ctx.case.findings[self.id]
        if not self._qualifiers_hold(f):
            return None
        text = name
        if self.severity is not None:
            text = ctx.labels.template(f"severity_{self.severity}", ctx.lang).format(name=text)
        if self.onset is not None:
            text = ctx.labels.template(f"onset_{self.onset}", ctx.lang).format(name=text)
        if self.duration_days is not None and f.duration_days is not None:
            text = ctx.labels.template("duration_days", ctx.lang).format(name=text, days=_num(f.duration_days))
        if self.site:
            text = ctx.labels.template("at_site", ctx.lang).format(name=text, site=ctx.labels.site(f.site or "", ctx.lang))
        return [text]


@dataclass(frozen=True)
class MeasureNode(Node):
    kind: str  # "vital" | "lab"
    id: str
    cmp: Compare

    def known(self, case: Case) -> bool:
        return case.value(self.id) is not None

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        if not self.cmp.test(ctx.case.compared(self.id)):
            return None
        value = ctx.case.value(self.id)
        m = ctx.case.vitals.get(self.id) or ctx.case.labs.get(self.id)
        # "RR 70+ /min" said as "七十多", "Temperature <35 °C" said as "35度以下"
        shown = ("<" if m is not None and m.below else "") + _num(value) + ("+" if m is not None and m.above else "")
        label, unit = ctx.labels.measurement(self.id, ctx.lang)
        return [ctx.labels.template("measurement", ctx.lang).format(name=label, value=shown, unit=unit).strip()]


@dataclass(frozen=True)
class AgeNode(Node):
    cmp: Compare

    def known(self, case: Case) -> bool:
        return case.age_years is not None

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        age = ctx.case.age_years
        if age is None or not self.cmp.test(age):
            return None
        if age < 1:
            months = round(age * 12, 1)
            return [ctx.labels.template("age_months", ctx.lang).format(months=_num(months))]
        return [ctx.labels.template("age_years", ctx.lang).format(years=_num(round(age, 1)))]


@dataclass(frozen=True)
class SexNode(Node):
    sex: str

    def known(self, case: Case) -> bool:
        return case.sex is not None

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        if ctx.case.sex != self.sex:
            return None
        return [ctx.labels.template(f"sex_{self.sex}", ctx.lang)]


@dataclass(frozen=True)
class PregnantNode(Node):
    value: bool

    def known(self, case: Case) -> bool:
        return case.pregnant is not None or case.has("pregnancy") or case.denies("pregnancy")

    def _is_pregnant(self, case: Case) -> bool | None:
        if case.pregnant is not None:
            return case.pregnant
        if case.has("pregnancy"):
            return True
        if case.denies("pregnancy"):
            return False
        return None

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        state = self._is_pregnant(ctx.case)
        if state is None or state != self.value:
            return None
        if not self.value:
            return []
        weeks = ctx.case.gestation_weeks
        if weeks is not None:
            return [ctx.labels.template("pregnant_weeks", ctx.lang).format(weeks=_num(weeks))]
        return [ctx.labels.template("pregnant", ctx.lang)]


@dataclass(frozen=True)
class GestationNode(Node):
    cmp: Compare

    def known(self, case: Case) -> bool:
        return case.gestation_weeks is not None

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        # Evidence is written by the `pregnant` leaf; this leaf only constrains.
        return [] if self.cmp.test(ctx.case.gestation_weeks) else None


@dataclass(frozen=True)
class ScoreNode(Node):
    id: str
    cmp: Compare | None = None
    bands: tuple[str, ...] = ()

    def known(self, case: Case) -> bool:
        return True

    def evaluate(self, ctx: EvalContext) -> list[str] | None:
        result = ctx.score_fn(self.id)
        if result is None:
            return None
        if self.cmp is not None and not self.cmp.test(result.value):
            return None
        if self.bands and result.band not in self.bands:
            return None
        return [ctx.labels.template("score", ctx.lang).format(name=result.name, value=_num(result.value))]


_COMPARE_KEYS = set(_OPS)


def _compare_from(raw: dict[str, Any], where: str) -> Compare:
    extra = set(raw) - _COMPARE_KEYS
    if extra:
        raise ValueError(f"{where}: unknown keys {sorted(extra)}")
    return Compare.model_validate(raw)


def parse_condition(raw: Any, where: str = "when") -> Node:
    """Parse one YAML condition (see docs/red_flags.md); raises ValueError on bad grammar."""
    if not isinstance(raw, dict) or len(raw) != 1:
        raise ValueError(f"{where}: each condition is a mapping with exactly one key, got {raw!r}")
    (key, arg), = raw.items()
    here = f"{where}.{key}"
    if key in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            raise ValueError(f"{here}: expected a non-empty list")
        items = tuple(parse_condition(x, f"{here}[{i}]") for i, x in enumerate(arg))
        return AllNode(items) if key == "all" else AnyNode(items)
    if key == "not":
        return NotNode(parse_condition(arg, here))
    if key == "at_least":
        if not isinstance(arg, dict) or set(arg) != {"n", "of"}:
            raise ValueError(f"{here}: expected {{n, of}}")
        items = tuple(parse_condition(x, f"{here}.of[{i}]") for i, x in enumerate(arg["of"]))
        n = int(arg["n"])
        if not 1 <= n <= len(items):
            raise ValueError(f"{here}: n must be between 1 and the number of items")
        return AtLeastNode(n, items)
    if key == "finding":
        if isinstance(arg, str):
            return FindingNode(arg)
        if not isinstance(arg, dict) or "id" not in arg:
            raise ValueError(f"{here}: expected a finding id or {{id, severity?, onset?, duration_days?, suspected?, site?}}")
        extra = set(arg) - {"id", "severity", "onset", "duration_days", "suspected", "site"}
        if extra:
            raise ValueError(f"{here}: unknown keys {sorted(extra)}")
        if arg.get("severity") not in (None, "mild", "moderate", "severe"):
            raise ValueError(f"{here}: severity must be mild, moderate or severe")
        duration = _compare_from(arg["duration_days"], here) if "duration_days" in arg else None
        return FindingNode(
            arg["id"], severity=arg.get("severity"), onset=arg.get("onset"), duration_days=duration,
            suspected=bool(arg.get("suspected", False)), site=_sites(arg.get("site"), here),
        )
    if key == "absent":
        if not isinstance(arg, str):
            raise ValueError(f"{here}: expected a finding id")
        return FindingNode(arg, absent=True)
    if key in ("vital", "lab"):
        if not isinstance(arg, dict) or "id" not in arg:
            raise ValueError(f"{here}: expected {{id, lt/lte/gt/gte}}")
        ops = {k: v for k, v in arg.items() if k != "id"}
        return MeasureNode(key, arg["id"], _compare_from(ops, here))
    if key == "age":
        return AgeNode(_compare_from(arg, here))
    if key == "gestation_weeks":
        return GestationNode(_compare_from(arg, here))
    if key == "sex":
        if arg not in ("male", "female"):
            raise ValueError(f"{here}: sex must be male or female")
        return SexNode(arg)
    if key == "pregnant":
        if not isinstance(arg, bool):
            raise ValueError(f"{here}: expected true or false")
        return PregnantNode(arg)
    if key == "score":
        if not isinstance(arg, dict) or "id" not in arg:
            raise ValueError(f"{here}: expected {{id, band? , lt/lte/gt/gte?}}")
        band = arg.get("band")
        bands = tuple([band] if isinstance(band, str) else band or [])
        ops = {k: v for k, v in arg.items() if k not in ("id", "band")}
        cmp = _compare_from(ops, here) if ops else None
        if cmp is None and not bands:
            raise ValueError(f"{here}: give a comparison or a band")
        return ScoreNode(arg["id"], cmp, bands)
    raise ValueError(f"{where}: unknown condition {key!r}")


def finding_ids(node: Node) -> set[str]:
    return {n.id for n in node.walk() if isinstance(n, FindingNode)}


def site_ids(node: Node) -> set[str]:
    return {s for n in node.walk() if isinstance(n, FindingNode) for s in n.site}


def measurement_ids(node: Node) -> set[str]:
    return {n.id for n in node.walk() if isinstance(n, MeasureNode)}


def score_ids(node: Node) -> set[str]:
    return {n.id for n in node.walk() if isinstance(n, ScoreNode)}


class KBLabels:
    """Display names for evidence, read from the knowledge base (lexicon + labels file)."""

    def __init__(self, kb_dir: Path) -> None:
        self._findings: dict[str, Bilingual] = {}
        for path in sorted((kb_dir / "lexicon" / "findings").glob("*.yaml")):
            for item in load_yaml(path.read_text(encoding="utf-8")) or []:
                if isinstance(item, dict) and item.get("id") and item.get("en") and item.get("zh"):
                    self._findings[item["id"]] = Bilingual(en=item["en"][0], zh=item["zh"][0])
        # body sites a finding may be qualified with (lexicon/context.yaml qualifiers.site), named in Chinese
        # by their first Chinese word
        context = load_yaml((kb_dir / "lexicon" / "context.yaml").read_text(encoding="utf-8"))
        self._sites = {
            name: Bilingual(en=name, zh=(words.get("zh") or [name])[0])
            for name, words in ((context.get("qualifiers") or {}).get("site") or {}).items()
        }
        raw = load_yaml((kb_dir / "red_flags" / "evidence_labels.yaml").read_text(encoding="utf-8"))
        self._measurements = {k: v for k, v in raw["measurements"].items()}
        self._templates = {k: Bilingual.model_validate(v) for k, v in raw["templates"].items()}

    @property
    def finding_ids(self) -> set[str]:
        return set(self._findings)

    @property
    def measurement_ids(self) -> set[str]:
        return set(self._measurements)

    @property
    def site_ids(self) -> set[str]:
        return set(self._sites)

    def site(self, site: str, lang: str) -> str:
        name = self._sites.get(site)
        return name.get(lang) if name else site

    def finding(self, finding_id: str, lang: str) -> str:
        name = self._findings.get(finding_id)
        return name.get(lang) if name else finding_id.replace("_", " ")

    def measurement(self, measurement_id: str, lang: str) -> tuple[str, str]:
        entry = self._measurements.get(measurement_id)
        if entry is None:
            return measurement_id, ""
        return (entry["zh"] if lang == "zh" else entry["en"]), entry.get("unit", "")

    def template(self, key: str, lang: str) -> str:
        return self._templates[key].get(lang)


def _sites(arg: object, here: str) -> tuple[str, ...]:
    if arg is None:
        return ()
    sites = (arg,) if isinstance(arg, str) else arg
    if not isinstance(sites, (list, tuple)) or not sites or not all(isinstance(x, str) for x in sites):
        raise ValueError(f"{here}: site must be a site name or a list of them")
    return tuple(sites)

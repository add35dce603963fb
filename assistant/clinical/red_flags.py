"""Deterministic red-flag rules: load them from knowledge_base/red_flags/*.yaml and
evaluate them against a Case. No language model is involved, so every flag can be
audited back to its rule, the data that fired it, and the guideline it cites.

Grammar: docs/red_flags.md. Run ``python -m assistant.clinical.red_flags`` to validate.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, PrivateAttr, model_validator

from assistant.clinical.assessment import TRIAGE_ORDER, RedFlag, Source, TriageLevel
from assistant.clinical.case import Case
from assistant.clinical.knowledge import Bilingual
from assistant.clinical.rule_logic import (
    EvalContext,
    KBLabels,
    Node,
    finding_ids,
    parse_condition,
    score_ids,
    site_ids,
)
from assistant.clinical.scores import ScoreResult, ScoreTable, compute_score, load_score_tables
from assistant.yaml_data import load_yaml

RULES_DIR = Path("red_flags")


class Rule(BaseModel):
    """One red-flag rule as written in YAML, with its parsed condition attached."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: Bilingual
    severity: TriageLevel
    when: dict[str, Any]
    action: Bilingual
    source: Source
    _node: Node = PrivateAttr()
    _labels: KBLabels | None = PrivateAttr(default=None)
    _tables: dict[str, ScoreTable] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _parse(self) -> "Rule":
        if self.severity == "routine":
            raise ValueError(f"{self.id}: a red flag is emergency or urgent")
        self._node = parse_condition(self.when, f"{self.id}.when")
        return self

    @property
    def condition(self) -> Node:
        return self._node

    @property
    def finding_ids(self) -> set[str]:
        return finding_ids(self._node)

    @property
    def score_ids(self) -> set[str]:
        return score_ids(self._node)

    @property
    def site_ids(self) -> set[str]:
        return site_ids(self._node)


def _rule_files(kb_dir: Path) -> list[tuple[Path, list[dict]]]:
    out = []
    for path in sorted((kb_dir / RULES_DIR).glob("*.yaml")):
        data = load_yaml(path.read_text(encoding="utf-8"))
        if isinstance(data, list):  # mappings (scores.yaml, evidence_labels.yaml) are not rules
            out.append((path, data))
    return out


def load_rules(kb_dir: Path, strict: bool = True) -> list[Rule]:
    """All rules, in file then document order. ``strict`` rejects unknown finding/score ids."""
    labels = KBLabels(kb_dir)
    tables = load_score_tables(kb_dir)
    rules: list[Rule] = []
    seen: set[str] = set()
    for path, items in _rule_files(kb_dir):
        for raw in items:
            try:
                rule = Rule.model_validate(raw)
            except ValueError as exc:
                raise ValueError(f"{path.name}: {exc}") from exc
            if rule.id in seen:
                raise ValueError(f"{path.name}: duplicate rule id {rule.id}")
            seen.add(rule.id)
            if strict:
                unknown = sorted(rule.finding_ids - labels.finding_ids)
                if unknown:
                    raise ValueError(f"{path.name}: rule {rule.id} uses unknown findings {unknown}")
                bad_sites = sorted(rule.site_ids - labels.site_ids)
                if bad_sites:
                    raise ValueError(f"{path.name}: rule {rule.id} uses unknown sites {bad_sites}")
                bad_scores = sorted(rule.score_ids - set(tables))
                if bad_scores:
                    raise ValueError(f"{path.name}: rule {rule.id} uses unknown scores {bad_scores}")
            rule._labels = labels
            rule._tables = tables
            rules.append(rule)
    if strict:
        for table in tables.values():
            for param in table.parameters:
                node = param._node
                unknown = sorted(finding_ids(node) - labels.finding_ids) if node else []
                if unknown:
                    raise ValueError(f"scores.yaml: {table.id}.{param.id} uses unknown findings {unknown}")
    return rules


class _ScoreCache:
    """Computes each score at most once per evaluation, and only when a rule asks."""

    def __init__(self, case: Case, tables: dict[str, ScoreTable], lang: str) -> None:
        self._case, self._tables, self._lang = case, tables, lang
        self._done: dict[str, ScoreResult] = {}

    def __call__(self, score_id: str) -> ScoreResult | None:
        if score_id not in self._done and score_id in self._tables:
            self._done[score_id] = compute_score(self._case, self._tables[score_id], self._lang)
        return self._done.get(score_id)


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def evaluate_rules(case: Case, rules: list[Rule], lang: str | None = "en") -> list[RedFlag]:
    """Every rule that fires on the case, emergencies first, each with its evidence."""
    lang = "zh" if lang == "zh" else "en"
    flags: list[tuple[int, int, RedFlag]] = []
    caches: dict[int, _ScoreCache] = {}
    for order, rule in enumerate(rules):
        if rule._labels is None:
            raise ValueError(f"rule {rule.id} was not loaded with load_rules()")
        cache = caches.setdefault(id(rule._tables), _ScoreCache(case, rule._tables, lang))
        ctx = EvalContext(case=case, lang=lang, labels=rule._labels, score_fn=cache)
        evidence = rule.condition.evaluate(ctx)
        if evidence is None:
            continue
        flag = RedFlag(
            id=rule.id,
            title=rule.title.get(lang),
            severity=rule.severity,
            evidence=_dedupe(evidence),
            action=rule.action.get(lang),
            source=rule.source,
        )
        flags.append((-TRIAGE_ORDER[rule.severity], order, flag))
    return [flag for *_, flag in sorted(flags, key=lambda t: (t[0], t[1]))]


if __name__ == "__main__":
    from assistant.config import Settings

    kb = Settings().knowledge_base_dir
    loaded = load_rules(kb)
    by_severity = {s: sum(r.severity == s for r in loaded) for s in ("emergency", "urgent")}
    print(f"ok: {len(loaded)} red-flag rules ({by_severity}), {len(load_score_tables(kb))} scores")

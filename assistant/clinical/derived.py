"""Findings derived from measurements (fever from temp_c, hypotension from sbp, …).

Rules, thresholds and their sources are in knowledge_base/lexicon/derived.yaml; see the
header there for the present / absent / undetermined logic.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from assistant.clinical.case import Case, Finding, Measurement, Presence
from assistant.clinical.extraction_lexicon import DerivedLexicon, DerivedRule


@dataclass(frozen=True, slots=True)
class Derivation:
    finding: str
    status: Presence
    measurement: Measurement  # whose latest evidence becomes the finding's evidence
    current_state: bool = False  # every rule behind it describes the moment (see DerivedRule)


def _applies(rule: DerivedRule, case: Case, assumed_age: float) -> bool | None:
    """True / False, or None when the case does not say enough (sex unknown)."""
    w = rule.when
    age = case.age_years if case.age_years is not None else assumed_age
    if w.age_min is not None and age < w.age_min:
        return False
    if w.age_max is not None and age > w.age_max:
        return False
    if w.pregnant is not None and bool(case.pregnant) != w.pregnant:
        return False
    if w.sex is not None:
        if case.sex is None:
            return None
        if case.sex != w.sex:
            return False
    return True


def _fires(rule: DerivedRule, m: Measurement) -> bool | None:
    """Whether the rule fires on this measurement; None when it cannot be evaluated."""
    if rule.qualitative is not None:
        if m.qualitative in ("positive", "negative"):
            return m.qualitative == rule.qualitative
        return None
    if m.value is None or rule.value is None or rule.op is None:
        return None
    v, t = m.compared, rule.value
    return {"gt": v > t, "gte": v >= t, "lt": v < t, "lte": v <= t}[rule.op]


def measured_only(case: Case) -> set[str]:
    """Findings known only from a measured value (their every word is a measurement's)."""
    measured = {(s.utterance, s.start, s.end) for m in [*case.vitals.values(), *case.labs.values()] for s in m.evidence}
    return {fid for fid, f in case.findings.items() if _only_from(f, measured)}


def _only_from(finding: Finding, spans: set[tuple[int, int, int]]) -> bool:
    return bool(finding.evidence) and all((s.utterance, s.start, s.end) in spans for s in finding.evidence)


def derive(case: Case, lex: DerivedLexicon, known_findings: set[str]) -> dict[str, Derivation | None]:
    """For every finding some rule could speak to: its derivation, or None if undetermined."""
    by_finding: dict[str, list[DerivedRule]] = defaultdict(list)
    for rule in lex.rules:
        if rule.finding in known_findings:
            by_finding[rule.finding].append(rule)
    out: dict[str, Derivation | None] = {}
    for finding, rules in by_finding.items():
        fired_sure: Measurement | None = None
        possible: list[tuple[DerivedRule, Measurement, bool]] = []
        for rule in rules:
            m = case.vitals.get(rule.measurement) or case.labs.get(rule.measurement)
            if m is None:
                continue
            applies = _applies(rule, case, lex.assume_age_years_when_unknown)
            fires = _fires(rule, m)
            if applies is False or fires is None:
                continue
            if applies and fires:
                fired_sure = fired_sure or m
            possible.append((rule, m, fires))
        if not possible:
            continue
        if fired_sure is not None:
            out[finding] = Derivation(finding, Presence.present, fired_sure)
        elif all(f for _, _, f in possible):
            out[finding] = Derivation(finding, Presence.present, possible[0][1])
        elif not any(f for _, _, f in possible) and all(
            r.derive_absent and (r.absent_lte is None or (m.value is not None and m.value <= r.absent_lte)) for r, m, _ in possible
        ):
            out[finding] = Derivation(finding, Presence.absent, possible[0][1], all(r.current_state for r, _, _ in possible))
        else:
            out[finding] = None
    return out

"""Typed loading and validation of the clinical knowledge files (lexicon, conditions).

Red-flag rules are loaded by `assistant.clinical.red_flags`; guidelines by
`assistant.knowledge`. Run `python -m assistant.clinical.knowledge` to validate.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from assistant.clinical.assessment import Source, TriageLevel
from assistant.yaml_data import load_yaml

FindingKind = Literal["symptom", "sign", "history", "risk_factor", "exposure"]
Prior = Literal["very_common", "common", "uncommon", "rare", "very_rare"]


class Bilingual(BaseModel):
    en: str
    zh: str

    def get(self, lang: str | None) -> str:
        return self.zh if lang == "zh" else self.en


class FindingConcept(BaseModel):
    id: str
    kind: FindingKind
    en: list[str]
    zh: list[str]
    question: Bilingual
    # the finding this one is when said at a past date ("took an overdose last spring" is a history of
    # self-harm, not today's overdose); see TriggerGroup.dated in lexicon/context.yaml
    when_past: str | None = None
    # false for a finding kept only for a red-flag rule (which medicines are taken): it does not make a
    # thin case rich enough to rank ("asking for Calpol" after a bump on the head)
    counts_for_ranking: bool = True

    def name(self, lang: str | None) -> str:
        return self.zh[0] if lang == "zh" else self.en[0]


class ConditionFinding(BaseModel):
    id: str
    freq: int | None = Field(default=None, ge=1, le=5)
    p: float | None = Field(default=None, gt=0, lt=1)

    @model_validator(mode="after")
    def _one_of(self) -> "ConditionFinding":
        if (self.freq is None) == (self.p is None):
            raise ValueError(f"finding {self.id}: give exactly one of freq or p")
        return self


class Demographics(BaseModel):
    sex: Literal["male", "female"] | None = None
    age_min: float | None = None
    age_max: float | None = None
    pregnant: bool | None = None
    # false: the bounds only rule the condition out elsewhere; its prior already counts the group
    # (subgroup_prior in reasoning.yaml raises conditions confined to children otherwise)
    group_prior: bool = True


class TriageModifier(BaseModel):
    """A case-dependent disposition for a condition ("AF with hypotension" -> emergency).

    `when` uses the red-flag condition grammar (docs/red_flags.md); the first modifier whose
    `when` holds replaces the condition's default `triage` for that case.
    """

    when: dict
    triage: TriageLevel
    reason: Bilingual
    source: Source


class Condition(BaseModel):
    id: str
    name: Bilingual
    icd10: list[str]
    system: str
    prior: Prior
    must_not_miss: bool = False
    triage: TriageLevel
    demographics: Demographics = Field(default_factory=Demographics)
    findings: list[ConditionFinding]
    # an injury or exposure that defines the condition: it is ranked only when one of these is said or
    # hedged (a drowning without a submersion is no drowning, whatever the cough)
    requires: list[str] = Field(default_factory=list)
    # a finding that rules the condition out when said (an ectopic pregnancy past 20 weeks is no ectopic)
    excluded_by: list[str] = Field(default_factory=list)
    triage_modifiers: list[TriageModifier] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)


class ClinicalKnowledge(BaseModel):
    findings: dict[str, FindingConcept]
    conditions: dict[str, Condition]
    version: str


def _yaml_lists(folder: Path) -> list[tuple[Path, list[dict]]]:
    out = []
    for path in sorted(folder.glob("*.yaml")):
        data = load_yaml(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a YAML list")
        out.append((path, data))
    return out


def knowledge_version(kb_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in kb_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(kb_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load_clinical_knowledge(kb_dir: Path) -> ClinicalKnowledge:
    findings: dict[str, FindingConcept] = {}
    synonyms: dict[str, str] = {}
    for path, items in _yaml_lists(kb_dir / "lexicon" / "findings"):
        for raw in items:
            concept = FindingConcept.model_validate(raw)
            if concept.id in findings:
                raise ValueError(f"{path.name}: duplicate finding id {concept.id}")
            for term in concept.en + concept.zh:
                key = term.lower()
                if key in synonyms and synonyms[key] != concept.id:
                    raise ValueError(
                        f"{path.name}: synonym {term!r} of {concept.id} already belongs to {synonyms[key]}"
                    )
                synonyms[key] = concept.id
            findings[concept.id] = concept
    for concept in findings.values():
        if concept.when_past is not None and concept.when_past not in findings:
            raise ValueError(f"finding {concept.id}: when_past names an unknown finding {concept.when_past!r}")

    conditions: dict[str, Condition] = {}
    for path, items in _yaml_lists(kb_dir / "conditions"):
        for raw in items:
            condition = Condition.model_validate(raw)
            if condition.id in conditions:
                raise ValueError(f"{path.name}: duplicate condition id {condition.id}")
            unknown = [f.id for f in condition.findings if f.id not in findings] + [f for f in [*condition.requires, *condition.excluded_by] if f not in findings]
            if unknown:
                raise ValueError(f"{path.name}: condition {condition.id} uses unknown findings {unknown}")
            conditions[condition.id] = condition
    return ClinicalKnowledge(findings=findings, conditions=conditions, version=knowledge_version(kb_dir))


@lru_cache(maxsize=4)
def cached_clinical_knowledge(kb_dir: Path) -> ClinicalKnowledge:
    return load_clinical_knowledge(kb_dir)


if __name__ == "__main__":
    from assistant.config import Settings

    from assistant.clinical.red_flags import load_rules

    kb_dir = Settings().knowledge_base_dir
    kb = load_clinical_knowledge(kb_dir)
    rules = load_rules(kb_dir)  # strict: unknown findings, scores or bad grammar raise
    from assistant.clinical.rule_logic import finding_ids, parse_condition

    for c in kb.conditions.values():  # triage modifiers use the red-flag grammar
        for i, m in enumerate(c.triage_modifiers):
            node = parse_condition(m.when, f"{c.id}.triage_modifiers[{i}].when")
            if finding_ids(node) - set(kb.findings):
                raise ValueError(f"{c.id}: triage_modifiers use unknown findings {sorted(finding_ids(node) - set(kb.findings))}")
    from assistant.clinical.extraction_lexicon import load_extraction_lexicon

    compounds = load_extraction_lexicon(kb_dir).compounds  # findings said as site + state
    if compounds is not None:
        named = {c.finding for c in compounds.compounds} | {f for ids in compounds.combined.values() for f in ids}
        if named - set(kb.findings):
            raise ValueError(f"lexicon/compounds.yaml: unknown findings {sorted(named - set(kb.findings))}")
        clash = sorted(w for w in compounds.combined if w.lower() in {t.lower() for c in kb.findings.values() for t in c.en + c.zh})
        if clash:
            raise ValueError(f"lexicon/compounds.yaml: combined phrases also in a finding's synonyms: {clash}")
    print(
        f"ok: {len(kb.findings)} finding concepts, {len(kb.conditions)} conditions, "
        f"{len(rules)} red-flag rules, version {kb.version}"
    )

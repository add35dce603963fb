"""Bayesian differential diagnosis over every condition profile (deterministic, no LLM).

Single-fault noisy-OR with a leak, as in the probabilistic INTERNIST-1/QMR reformulation:
each condition c gives P(f | c) = 1 - (1 - leak)(1 - p_cf), where p_cf comes from the
profile's frequency class (or its explicit `p`) and is 0 when c does not list f. Present
findings multiply in P(f | c), denied findings 1 - P(f | c) (floored), relative to the leak
baseline, tempered by `evidence_weight`; a hedged finding ("possible", "可能") adds
`uncertain_weight` of a present one's log likelihood ratio; hard demographic limits exclude conditions.
All numbers are in knowledge_base/reasoning.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from pydantic import BaseModel, Field, model_validator

from assistant.clinical.assessment import DifferentialEntry
from assistant.clinical.case import Case, Presence
from assistant.clinical.knowledge import Bilingual, ClinicalKnowledge, Condition, Prior
from assistant.yaml_data import load_yaml

REASONING_FILE = "reasoning.yaml"
BandName = str


# ---------------------------------------------------------------- parameters
class Likelihood(BaseModel):
    frequency: dict[int, float]
    leak: float = Field(gt=0, lt=1)
    absent_floor: float = Field(ge=0, lt=1)
    evidence_weight: float = Field(gt=0, le=1)
    uncertain_weight: float = Field(default=0.0, ge=0, le=1)

    @model_validator(mode="after")
    def _all_classes(self) -> "Likelihood":
        missing = {1, 2, 3, 4, 5} - set(self.frequency)
        if missing:
            raise ValueError(f"likelihood.frequency lacks classes {sorted(missing)}")
        return self


class Band(BaseModel):
    name: str
    min: float


class DifferentialParams(BaseModel):
    max_entries: int
    min_probability: float
    must_not_miss_keep_min: float
    must_not_miss_max_extra: int
    # the conditions a fired red flag names are listed right after the leading condition, up to this place
    kept_within: int = 3
    max_reasons: int
    min_positive_findings: int
    thin_case_min_top_probability: float
    absent_template: Bilingual
    uncertain_template: Bilingual | None = None


class NextQuestionParams(BaseModel):
    max_questions: int
    min_questions: int
    candidate_conditions: int
    must_not_miss_weight: float
    min_gain: float


class TriageParams(BaseModel):
    from_condition: dict[str, dict[str, str]]
    from_leading_condition: dict[str, dict[str, str]] = Field(default_factory=dict)
    leading_min_said_findings: int = Field(default=2, ge=1)
    leading_min_frequency: int = Field(default=3, ge=1, le=5)
    templates: dict[str, Bilingual]
    labels: dict[str, dict[str, Bilingual]]


class SubgroupPrior(BaseModel):
    sex: float = Field(default=1.0, ge=1)
    child: float = Field(default=1.0, ge=1)
    child_age_max: float = 18


class ReasoningParams(BaseModel):
    likelihood: Likelihood
    prior: dict[Prior, float]
    subgroup_prior: SubgroupPrior = Field(default_factory=SubgroupPrior)
    bands: list[Band]
    differential: DifferentialParams
    red_flag_conditions: dict[str, list[str]] = Field(default_factory=dict)
    implies: dict[str, list[str]] = Field(default_factory=dict)
    implies_occurrence_only: list[str] = Field(default_factory=list)
    implied_fraction: float = Field(default=1.0, gt=0, le=1)
    next_questions: NextQuestionParams
    triage: TriageParams

    def band(self, probability: float) -> BandName:
        for b in self.bands:
            if probability >= b.min:
                return b.name
        return self.bands[-1].name


def load_reasoning(kb_dir: Path) -> ReasoningParams:
    data = load_yaml((Path(kb_dir) / REASONING_FILE).read_text(encoding="utf-8"))
    return ReasoningParams.model_validate(data)


# ---------------------------------------------------------------- model
@dataclass(frozen=True)
class Posterior:
    """Posterior over all conditions for one case (excluded conditions have probability 0)."""

    probabilities: np.ndarray  # shape (n_conditions,), sums to 1 over allowed conditions
    log_scores: np.ndarray  # unnormalised log posterior, -inf where excluded
    present: list[str]  # finding ids said (or measured) present
    absent: list[str]  # finding ids said (or measured) absent
    implied: list[str]  # general findings implied by a present specific one, not said either way
    uncertain: list[str] = field(default_factory=list)  # finding ids said with a hedge


class DifferentialModel:
    """Dense likelihood tables built once per knowledge base; scoring a case is a few sums."""

    def __init__(self, knowledge: ClinicalKnowledge, params: ReasoningParams) -> None:
        self.knowledge = knowledge
        self.params = params
        self.conditions: list[Condition] = list(knowledge.conditions.values())
        self.condition_index = {c.id: i for i, c in enumerate(self.conditions)}
        self.finding_ids: list[str] = list(knowledge.findings)
        self.finding_index = {f: j for j, f in enumerate(self.finding_ids)}
        lk = params.likelihood
        n_c, n_f = len(self.conditions), len(self.finding_ids)
        listed = np.zeros((n_c, n_f))
        for i, cond in enumerate(self.conditions):
            for cf in cond.findings:
                p = cf.p if cf.p is not None else lk.frequency[cf.freq]  # type: ignore[index]
                listed[i, self.finding_index[cf.id]] = p
        self.listed = listed  # p_cf, 0 where not listed
        self.is_listed = listed > 0
        self.uncounted = frozenset(f for f, c in knowledge.findings.items() if not c.counts_for_ranking)
        self.p_present = 1.0 - (1.0 - lk.leak) * (1.0 - listed)  # P(f | c), noisy-OR with leak
        p_absent = np.maximum(1.0 - self.p_present, lk.absent_floor)
        w = lk.evidence_weight
        # log likelihood ratios against the leak-only baseline (unlisted findings score 0)
        self.llr_present = w * (np.log(self.p_present) - np.log(lk.leak))
        self.llr_absent = w * (np.log(p_absent) - np.log(1.0 - lk.leak))
        # credit of a general finding implied by a specific one (see reasoning.yaml `implies`)
        p_implied = 1.0 - (1.0 - lk.leak) * (1.0 - listed * params.implied_fraction)
        self.llr_implied = w * (np.log(p_implied) - np.log(lk.leak))
        self.lr_present = np.exp(self.llr_present)  # likelihood ratios, for question ranking
        self.lr_absent = np.exp(self.llr_absent)
        self.log_prior = np.log(np.array([params.prior[c.prior] for c in self.conditions]))
        self.must_not_miss = np.array([c.must_not_miss for c in self.conditions])
        demo = [c.demographics for c in self.conditions]
        self._sex = np.array([d.sex or "" for d in demo])
        self._age_min = np.array([-np.inf if d.age_min is None else d.age_min for d in demo])
        self._age_max = np.array([np.inf if d.age_max is None else d.age_max for d in demo])
        self._group_prior = np.array([d.group_prior for d in demo])
        self._needs_pregnancy = np.array([d.pregnant is True for d in demo])
        self._requires = [frozenset(c.requires) for c in self.conditions]
        self._excluded_by = [frozenset(c.excluded_by) for c in self.conditions]
        unknown = sorted({f for k, v in params.implies.items() for f in [k, *v]} - set(self.finding_index))
        if unknown:
            raise ValueError(f"reasoning.yaml: implies names unknown findings {unknown}")
        stray = sorted(set(params.implies_occurrence_only) - set(params.implies))
        if stray:
            raise ValueError(f"reasoning.yaml: implies_occurrence_only names findings that imply nothing {stray}")
        self.implies = params.implies
        self.implied_by: dict[str, list[str]] = {}  # general finding -> its specific forms
        for child, parents in params.implies.items():
            for parent in parents:
                self.implied_by.setdefault(parent, []).append(child)

    # ------------------------------------------------------------
    def subgroup_log_prior(self, case: Case) -> np.ndarray:
        """Prior boost for conditions confined to a group the case is known to belong to."""
        sg = self.params.subgroup_prior
        out = np.zeros(len(self.conditions))
        if case.sex is not None:
            out += np.where(self._sex == case.sex, np.log(sg.sex), 0.0)
        if case.age_years is not None:
            age = case.age_years
            child = self._group_prior & (self._age_max <= sg.child_age_max) & (age <= self._age_max) & (age >= self._age_min)
            out += np.where(child, np.log(sg.child), 0.0)
        return out

    def allowed(self, case: Case) -> np.ndarray:
        """Hard demographic limits; unknown sex/age/pregnancy never excludes."""
        ok = np.ones(len(self.conditions), dtype=bool)
        if case.sex is not None:
            ok &= (self._sex == "") | (self._sex == case.sex)
        if case.age_years is not None:
            ok &= (case.age_years >= self._age_min) & (case.age_years <= self._age_max)
        if case.pregnant is False or case.sex == "male":
            ok &= ~self._needs_pregnancy
        said = {f for f, x in case.findings.items() if x.status != Presence.absent}
        said |= {parent for f in said for parent in self.implies.get(f, ())}
        for i, needs in enumerate(self._requires):
            if needs and not needs & said:
                ok[i] = False  # its defining injury or exposure was not said
        present = {f for f, x in case.findings.items() if x.status == Presence.present}
        for i, rules_out in enumerate(self._excluded_by):
            if rules_out & present:
                ok[i] = False  # a finding said that rules it out
        return ok

    def evidence(self, case: Case) -> tuple[list[str], list[str]]:
        present = [f for f, x in case.findings.items() if x.status == Presence.present and f in self.finding_index]
        absent = [f for f, x in case.findings.items() if x.status == Presence.absent and f in self.finding_index]
        return present, absent

    def hedged(self, case: Case) -> list[str]:
        return [f for f, x in case.findings.items() if x.status == Presence.uncertain and f in self.finding_index]

    def implied(self, case: Case, present: list[str]) -> dict[str, list[str]]:
        """General findings implied by present specific ones (and not said either way) -> those children."""
        out: dict[str, list[str]] = {}
        for child in present:
            for parent in self.implies.get(child, ()):
                if parent not in case.findings:
                    out.setdefault(parent, []).append(child)
        return out

    def posterior(self, case: Case) -> Posterior:
        present, absent = self.evidence(case)
        scores = self.log_prior + self.subgroup_log_prior(case)
        if present:
            scores += self.llr_present[:, [self.finding_index[f] for f in present]].sum(axis=1)
        implied = self.implied(case, present)
        # what each said child is credited so far: itself, then the best of its general forms
        credited = {c: self.llr_present[:, self.finding_index[c]] for cs in implied.values() for c in cs}
        for parent, children in implied.items():
            # credit the general form only where the profile rates it above every said child and above
            # that child's other general forms ("dermatomal rash" is vesicles and a rash: one credit, not two)
            best_child = np.max([credited[c] for c in children], axis=0)
            parent_llr = self.llr_implied[:, self.finding_index[parent]]
            scores += np.maximum(0.0, parent_llr - best_child)
            for c in children:
                credited[c] = np.maximum(credited[c], parent_llr)
        if absent:
            scores += self.llr_absent[:, [self.finding_index[f] for f in absent]].sum(axis=1)
        uncertain = self.hedged(case) if self.params.likelihood.uncertain_weight > 0 else []
        if uncertain:
            weight = self.params.likelihood.uncertain_weight
            scores += weight * self.llr_present[:, [self.finding_index[f] for f in uncertain]].sum(axis=1)
        scores = np.where(self.allowed(case), scores, -np.inf)
        top = scores.max()
        probs = np.exp(scores - top) if np.isfinite(top) else np.zeros_like(scores)
        total = probs.sum()
        probs = probs / total if total > 0 else probs
        return Posterior(probabilities=probs, log_scores=scores, present=present, absent=absent, implied=list(implied),
                         uncertain=uncertain)

    def said_support(self, condition_id: str, post: Posterior, measured_only: set[str], min_p: float = 0.0) -> int:
        """How many symptoms and signs said in words (present, or implied by one) the condition
        lists with P(finding | condition) >= ``min_p``. History, risk factors and readings ("known
        AF", "BP 148/88") are not counted: a ranking carried by them is not a presentation."""
        i = self.condition_index[condition_id]
        names = self.knowledge.findings
        return sum(1 for f in post.present + post.implied
                   if f not in measured_only and names[f].kind in ("symptom", "sign")
                   and self.is_listed[i, self.finding_index[f]] and self.listed[i, self.finding_index[f]] >= min_p)

    # ------------------------------------------------------------
    def reasons(self, i: int, post: Posterior, lang: str) -> tuple[list[str], list[str]]:
        """Human-readable findings for and against condition i, strongest first."""
        k = self.params.differential.max_reasons
        names = self.knowledge.findings
        sup = [(self.llr_present[i, self.finding_index[f]], f) for f in post.present + post.implied
               if self.is_listed[i, self.finding_index[f]]]
        against = [(self.llr_absent[i, self.finding_index[f]], f) for f in post.absent]
        against = [(v, f) for v, f in against if v < -0.1]
        # present findings the condition does not explain count against it too
        said = {f for f, _ in sup}
        unexplained = [(-1.0, f) for f in post.present if not self.is_listed[i, self.finding_index[f]]
                       and names[f].kind in ("symptom", "sign")
                       and not any(p in said for p in self.implies.get(f, ()))]
        sup.sort(key=lambda t: -t[0])
        against.sort(key=lambda t: t[0])
        absent_tpl = self.params.differential.absent_template.get(lang)
        against_names = [absent_tpl.format(name=names[f].name(lang)) for _, f in against]
        against_names += [names[f].name(lang) for _, f in unexplained]
        support_names = [names[f].name(lang) for _, f in sup]
        hedge_tpl = self.params.differential.uncertain_template
        if hedge_tpl is not None:
            hedged = sorted(((self.llr_present[i, self.finding_index[f]], f) for f in post.uncertain
                             if self.is_listed[i, self.finding_index[f]]), key=lambda t: -t[0])
            support_names += [hedge_tpl.get(lang).format(name=names[f].name(lang)) for _, f in hedged]
        return support_names[:k], against_names[:k]

    def entries(
        self, post: Posterior, lang: str, keep: set[str] | None = None, only_keep: bool = False
    ) -> list[DifferentialEntry]:
        """Top conditions, plus must-not-miss ones above the keep threshold (and `keep` ids).
        ``only_keep``: just the `keep` conditions, in probability order (a case too thin to rank)."""
        dp = self.params.differential
        order = np.argsort(-post.probabilities, kind="stable")
        if only_keep:
            chosen = [int(i) for i in order if keep and self.conditions[i].id in keep and post.probabilities[i] > 0]
            return [self._entry(i, post, lang, keep) for i in chosen]
        chosen: list[int] = [int(i) for i in order[: dp.max_entries] if post.probabilities[i] >= dp.min_probability]
        extra = 0
        # a condition a fired red flag names is listed wherever it ranks, inside the top few too when it is
        # below the shown probability: the flag, not the rank, keeps it
        for i in order:
            i = int(i)
            if i in chosen:
                continue
            p = post.probabilities[i]
            cond = self.conditions[i]
            forced = keep is not None and cond.id in keep and p > 0
            if forced or (cond.must_not_miss and p >= dp.must_not_miss_keep_min and extra < dp.must_not_miss_max_extra):
                chosen.append(i)
                extra += 0 if forced else 1
        if keep:
            # what a red flag warns of is read next to the leading condition, not below likelier everyday ones;
            # the leading condition stays first and the probabilities are unchanged
            flagged = [i for i in chosen[1:] if self.conditions[i].id in keep][: max(0, dp.kept_within - 1)]
            chosen = chosen[:1] + flagged + [i for i in chosen[1:] if i not in flagged]
        return [self._entry(i, post, lang, keep) for i in chosen]

    def _entry(self, i: int, post: Posterior, lang: str, keep: set[str] | None) -> DifferentialEntry:
        cond = self.conditions[i]
        p = float(post.probabilities[i])
        supporting, against = self.reasons(i, post, lang)
        return DifferentialEntry(
            id=cond.id,
            name=cond.name.get(lang),
            icd10=list(cond.icd10),
            probability=round(p, 4),
            band=self.params.band(p),  # type: ignore[arg-type]
            must_not_miss=cond.must_not_miss or (keep is not None and cond.id in keep),
            supporting=supporting,
            against=against,
        )


def insufficient_information(
    case: Case, params: DifferentialParams, post: Posterior | None = None, abnormal_measurement: bool = False,
    uncounted: frozenset[str] = frozenset(),
) -> bool:
    """Too thin to rank: fewer positive findings than the minimum (`uncounted` ones aside), no abnormal
    measurement, and (when a posterior is given) no condition standing out above the thin-case threshold."""
    positives = [f for f in case.findings.values() if f.status == Presence.present and f.id not in uncounted]
    if len(positives) >= params.min_positive_findings or abnormal_measurement:
        return False
    if post is None or not positives:
        return True
    return float(post.probabilities.max()) < params.thin_case_min_top_probability

"""The clinical core's public API: text -> Case -> Assessment, deterministic, no LLM.

    engine = ClinicalEngine()                      # loads knowledge and rules once
    a = engine.assess_text("62岁男性，胸痛40分钟，大汗，血压90/60")
    a.triage.level, a.red_flags[0].id, a.differential[0].id

Module-level ``assess`` / ``extract`` use one cached engine for the configured knowledge base.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

from assistant.clinical.assessment import Assessment, DifferentialEntry, TriageLevel
from assistant.clinical.case import Case
from assistant.clinical.differential import (
    DifferentialModel,
    Posterior,
    ReasoningParams,
    insufficient_information,
    load_reasoning,
)
from assistant.clinical.case import Finding, Presence
from assistant.clinical.derived import derive, measured_only
from assistant.clinical.extraction import get_extractor
from assistant.clinical.extraction_lexicon import DerivedLexicon, load_extraction_lexicon
from assistant.clinical.knowledge import cached_clinical_knowledge
from assistant.clinical.next_questions import rank_questions
from assistant.clinical.red_flags import Rule, evaluate_rules, load_rules
from assistant.clinical.rule_logic import EvalContext, KBLabels, Node, finding_ids, parse_condition
from assistant.clinical.triage import decide_triage


class ClinicalEngine:
    """Extraction, red flags, differential, next questions and triage over one knowledge base."""

    def __init__(self, kb_dir: Path | None = None) -> None:
        if kb_dir is None:
            from assistant.config import get_settings

            kb_dir = get_settings().knowledge_base_dir
        self.kb_dir = Path(kb_dir)
        self.knowledge = cached_clinical_knowledge(self.kb_dir)
        self.params: ReasoningParams = load_reasoning(self.kb_dir)
        self.rules: list[Rule] = load_rules(self.kb_dir)
        self.model = DifferentialModel(self.knowledge, self.params)
        self._extractor = get_extractor(self.kb_dir)
        self._validate()
        derived = load_extraction_lexicon(self.kb_dir).derived
        self._derived: DerivedLexicon = derived
        self._answered_by: dict[str, set[str]] = {}
        for rule in derived.rules:
            self._answered_by.setdefault(rule.finding, set()).add(rule.measurement)
        self._default_triage: dict[str, TriageLevel] = {c.id: c.triage for c in self.knowledge.conditions.values()}
        self._labels = KBLabels(self.kb_dir)
        # condition id -> [(parsed `when`, level, reason)] from the profiles' triage_modifiers
        self._modifiers: dict[str, list[tuple[Node, TriageLevel, object]]] = {}
        for c in self.knowledge.conditions.values():
            for i, m in enumerate(c.triage_modifiers):
                node = parse_condition(m.when, f"{c.id}.triage_modifiers[{i}].when")
                unknown = sorted(finding_ids(node) - set(self.knowledge.findings))
                if unknown:
                    raise ValueError(f"condition {c.id}: triage_modifiers use unknown findings {unknown}")
                self._modifiers.setdefault(c.id, []).append((node, m.triage, m.reason))

    def _case_triage(self, case: Case, lang: str) -> tuple[dict[str, TriageLevel], dict[str, str]]:
        """Each condition's disposition for this case (profile default or the first matching modifier)."""
        levels = dict(self._default_triage)
        notes: dict[str, str] = {}
        ctx = EvalContext(case=case, lang=lang, labels=self._labels)
        for cid, mods in self._modifiers.items():
            for node, level, reason in mods:
                if node.evaluate(ctx) is not None:
                    levels[cid] = level
                    notes[cid] = reason.get(lang)  # type: ignore[attr-defined]
                    break
        return levels, notes

    def _validate(self) -> None:
        rule_ids = {r.id for r in self.rules}
        for rule_id, conditions in self.params.red_flag_conditions.items():
            if rule_id not in rule_ids:
                raise ValueError(f"reasoning.yaml: red_flag_conditions names unknown rule {rule_id}")
            unknown = [c for c in conditions if c not in self.knowledge.conditions]
            if unknown:
                raise ValueError(f"reasoning.yaml: rule {rule_id} points to unknown conditions {unknown}")

    def abnormal_measurement(self, case: Case) -> bool:
        """Whether any vital sign or lab value in the case is abnormal (a derived finding fires)."""
        derived = derive(case, self._derived, set(self.knowledge.findings))
        return any(d is not None and d.status == Presence.present for d in derived.values())

    @property
    def knowledge_version(self) -> str:
        return self.knowledge.version

    # ------------------------------------------------------------------
    def extract(self, text: str, case: Case | None = None, lang: str = "auto") -> Case:
        """Read one utterance into a copy of ``case`` (the input is not changed)."""
        return self._extractor.extract(text, case, lang)

    def rule_view(self, case: Case) -> Case:
        """The case as red-flag rules, scores and triage modifiers see it: a specific finding that
        implies a general one (reasoning.yaml `implies`: "sudden chest pain" is chest pain) also
        counts as that general finding, unless the general one was said either way."""
        return with_implied(case, self.model.implies, self.params.implies_occurrence_only)

    def assess(self, case: Case, lang: str | None = None) -> Assessment:
        """Red flags, ranked differential, next questions and triage for a case."""
        lang = lang if lang in ("zh", "en") else (case.lang or "en")
        rule_case = self.rule_view(case)
        flags = evaluate_rules(rule_case, self.rules, lang)
        post = self.model.posterior(case)
        abnormal = self.abnormal_measurement(case)
        insufficient = insufficient_information(case, self.params.differential, post, abnormal, self.model.uncounted)
        keep = {c for f in flags for c in self.params.red_flag_conditions.get(f.id, [])}
        # a thin case shows no ranking, only the conditions a fired red flag warns of
        differential = self.model.entries(post, lang, keep, only_keep=insufficient)
        questions = rank_questions(self.model, post, case, lang, self._answered_by) if post.present else []
        levels, notes = self._case_triage(rule_case, lang)
        triage = decide_triage(flags, differential, levels, self.params.triage, lang, insufficient, notes,
                               self._presenting(differential, post, case))
        return Assessment(
            case=case,
            triage=triage,
            red_flags=flags,
            differential=differential,
            next_questions=questions,
            insufficient_information=insufficient,
            knowledge_version=self.knowledge_version,
        )

    def _presenting(self, differential: list[DifferentialEntry], post: Posterior, case: Case) -> set[str]:
        """The leading condition, when enough of its common symptoms or signs were said in words
        (reasoning.yaml `leading_min_said_findings`); only it can raise triage from a lower band."""
        leading = max(differential, key=lambda e: e.probability, default=None)
        if leading is None:
            return set()
        tp = self.params.triage
        min_p = self.params.likelihood.frequency[tp.leading_min_frequency]
        said = self.model.said_support(leading.id, post, measured_only(case), min_p)
        return {leading.id} if said >= tp.leading_min_said_findings else set()

    def assess_text(self, text: str, case: Case | None = None, lang: str = "auto") -> Assessment:
        """Extract one utterance into the case, then assess it."""
        new = self.extract(text, case, lang)
        return self.assess(new, lang if lang in ("zh", "en") else None)


def with_implied(case: Case, implies: dict[str, list[str]], occurrence_only: Collection[str] = ()) -> Case:
    """A shallow copy of ``case`` where each present finding also records the general findings it
    implies (one level, attributes copied), unless the case already says them present or absent (a
    general form only hedged is proved by the specific one). A finding in ``occurrence_only`` shows
    only that its general form happened: its timing is its own."""
    added: dict[str, Finding] = {}
    for fid, f in case.findings.items():
        if f.status != Presence.present:
            continue
        for parent in implies.get(fid, ()):
            said = case.findings.get(parent)
            if parent in added or (said is not None and said.status != Presence.uncertain):
                continue
            update: dict[str, object] = {"id": parent}
            if fid in occurrence_only:
                update |= {"onset": None, "duration_days": None, "duration_text": None}
            added[parent] = f.model_copy(update=update)
    if not added:
        return case
    view = case.model_copy()
    view.findings = {**case.findings, **added}
    return view


@lru_cache(maxsize=4)
def get_engine(kb_dir: Path | None = None) -> ClinicalEngine:
    """The engine for a knowledge-base folder (default: the configured one), built once."""
    return ClinicalEngine(kb_dir)


def assess(case: Case, lang: str | None = None) -> Assessment:
    return get_engine().assess(case, lang)


def extract(text: str, case: Case | None = None, lang: str = "auto") -> Case:
    return get_engine().extract(text, case, lang)

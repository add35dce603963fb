"""Which unasked findings would most change the differential: expected information gain.

For each candidate finding f (listed by one of the top conditions and not yet said), the
expected entropy of the condition distribution after hearing "yes" or "no" is compared
with the entropy now; must-not-miss conditions are weighted up so that questions that
rule them in or out rank higher. Updates use the same likelihoods as the differential.
"""

from __future__ import annotations

import numpy as np

from assistant.clinical.assessment import NextQuestion
from assistant.clinical.case import Case
from assistant.clinical.differential import DifferentialModel, Posterior


def _entropy(p: np.ndarray, axis: int = 0) -> np.ndarray:
    """Shannon entropy in bits of (column) distributions that sum to 1."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, -p * np.log2(p), 0.0)
    return terms.sum(axis=axis)


def _normalise(x: np.ndarray) -> np.ndarray:
    total = x.sum(axis=0, keepdims=True)
    return np.divide(x, total, out=np.zeros_like(x), where=total > 0)


def rank_questions(
    model: DifferentialModel,
    post: Posterior,
    case: Case,
    lang: str,
    answered_by_measurement: dict[str, set[str]] | None = None,
) -> list[NextQuestion]:
    """The 3-5 most informative questions, best first, in the case language.

    ``answered_by_measurement`` maps a finding to the measurements that would answer it
    (e.g. hypotension -> sbp): it is not asked when one of them is already in the case.
    """
    qp = model.params.next_questions
    probs = post.probabilities
    order = [int(i) for i in np.argsort(-probs, kind="stable")[: qp.candidate_conditions] if probs[i] > 0]
    if len(order) < 2:
        return []
    weights = probs[order] * np.where(model.must_not_miss[order], qp.must_not_miss_weight, 1.0)
    weights = weights / weights.sum()

    measured = set(case.vitals) | set(case.labs)
    skip = set(case.findings) | set(post.implied)
    for fid in post.absent:  # "no chest pain": do not ask what kind of chest pain
        skip.update(model.implied_by.get(fid, ()))
    for fid, sources in (answered_by_measurement or {}).items():
        if sources & measured:
            skip.add(fid)
    ids = model.finding_ids
    cols = [int(j) for j in np.flatnonzero(model.is_listed[order].any(axis=0)) if ids[j] not in skip]
    if not cols:
        return []

    rows = np.asarray(order)
    p_yes_c = model.p_present[rows][:, cols]  # (conditions, findings)
    p_yes = weights @ p_yes_c  # predictive probability the answer is "yes"
    post_yes = _normalise(weights[:, None] * model.lr_present[rows][:, cols])
    post_no = _normalise(weights[:, None] * model.lr_absent[rows][:, cols])
    gain = _entropy(weights) - (p_yes * _entropy(post_yes) + (1 - p_yes) * _entropy(post_no))

    out: list[NextQuestion] = []
    seen_questions: set[str] = set()
    for k in np.argsort(-gain, kind="stable"):
        if len(out) >= qp.max_questions:
            break
        g = float(gain[k])
        if g < qp.min_gain and len(out) >= qp.min_questions:
            break
        if g <= 0:
            break
        concept = model.knowledge.findings[model.finding_ids[cols[k]]]
        question = concept.question.get(lang)
        if question in seen_questions:  # e.g. tachycardia / bradycardia: "What is the heart rate?"
            continue
        seen_questions.add(question)
        out.append(NextQuestion(finding=concept.id, question=question, gain=round(g, 4)))
    return out

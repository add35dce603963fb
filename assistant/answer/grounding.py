"""The grounding check: is every sentence of an answer supported by its grounds?

A sentence passes when every citation [n] names a passage of the grounds, and every
condition or drug it names (knowledge-base vocabulary: condition names, lexicon medicines)
and every number it states (thresholds, doses) appears in the Assessment, the doctor's own
words, or a passage cited so far in the answer. Sentences that fail are not spoken as fact:
the writer drops them and `GroundingReport` lists what was missing.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from assistant.answer.events import GroundingReport
from assistant.answer.grounds import Grounds
from assistant.knowledge.vocabulary import Vocabulary

_CITATION = re.compile(r"\s*\[(\d+)\]")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\d])")
TERM_KINDS = {"condition", "drug"}


class SentenceCheck(BaseModel):
    text: str  # the sentence with unknown citation markers removed
    citations: list[int] = Field(default_factory=list)
    unknown_citations: list[int] = Field(default_factory=list)
    ungrounded_terms: list[str] = Field(default_factory=list)

    @property
    def grounded(self) -> bool:
        return not self.ungrounded_terms


def assessment_text(g: Grounds) -> str:
    """Everything the Assessment and the doctor's words make available to an answer."""
    parts: list[str] = [g.question, *g.history]
    a = g.assessment
    if a is not None:
        parts += a.case.utterances
        if a.case.age_years is not None:
            parts.append(f"{a.case.age_years:g}")
        for m in list(a.case.vitals.values()) + list(a.case.labs.values()):
            parts.append("" if m.value is None else f"{m.value:g}")
        parts += [m.text for m in a.case.medications]
        parts += a.triage.reasons
        for f in a.red_flags:
            parts += [f.title, f.action, *f.evidence]
        for d in a.differential:
            parts += [d.name, *d.supporting, *d.against]
        parts += [q.question for q in a.next_questions]
    parts += [v.value for v in g.asked if v.value]
    return "\n".join(parts)


class GroundingChecker:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def check(self, sentence: str, g: Grounds, cited_before: set[int], base_text: str | None = None) -> SentenceCheck:
        known = {p.n for p in g.passages}
        cites = [int(n) for n in _CITATION.findall(sentence)]
        unknown = sorted({n for n in cites if n not in known})
        cleaned = _CITATION.sub(lambda m: "" if int(m.group(1)) in unknown else m.group(0), sentence)
        valid = {n for n in cites if n in known} | cited_before
        support = (base_text if base_text is not None else assessment_text(g)) + "\n" + "\n".join(
            p.text for p in g.passages if p.n in valid
        )
        support_lower = support.lower()
        claim = _CITATION.sub("", sentence)
        missing: list[str] = []
        for concept, surface in self.vocabulary.find(claim, TERM_KINDS):
            if not any(term.lower() in support_lower for term in concept.terms):
                missing.append(surface)
        support_numbers = set(_NUMBER.findall(support))
        for number in _NUMBER.findall(claim):
            if number not in support_numbers:
                missing.append(number)
        return SentenceCheck(
            text=cleaned, citations=sorted({n for n in cites if n in known}),
            unknown_citations=unknown, ungrounded_terms=list(dict.fromkeys(missing)),
        )

    def check_answer(self, sentences: list[str], g: Grounds) -> tuple[list[SentenceCheck], GroundingReport]:
        base = assessment_text(g)
        cited: set[int] = set()
        checks: list[SentenceCheck] = []
        for sentence in sentences:
            result = self.check(sentence, g, cited, base)
            cited |= set(result.citations)
            checks.append(result)
        return checks, report(checks)


def report(checks: list[SentenceCheck]) -> GroundingReport:
    unknown = sorted({n for c in checks for n in c.unknown_citations})
    terms = list(dict.fromkeys(t for c in checks for t in c.ungrounded_terms))
    return GroundingReport(grounded=not unknown and not terms, unknown_citations=unknown, ungrounded_terms=terms)

"""The evaluator's own grounding check of an answer, independent of the answer engine's.

An answer is grounded when (1) every citation it carries is a real guideline passage,
(2) every [n] marker in its text refers to one of its citations, and (3) every
knowledge-base condition it names is in the Assessment's differential, or is named by
a fired red flag, a suggested next question or one of the cited passages (the grounds
the answer was given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.clinical.assessment import Assessment
from assistant.clinical.knowledge import cached_clinical_knowledge
from assistant.evaluation.results import Grounding
from assistant.knowledge.guidelines import load_guidelines

_MARKER = re.compile(r"\[(\d{1,3})\]")
_PAREN = re.compile(r"\s*[(（].*?[)）]\s*")


def _latin(text: str) -> bool:
    return text.isascii()


@dataclass(frozen=True)
class _Name:
    condition_id: str
    pattern: re.Pattern[str]


class GroundingChecker:
    def __init__(self, kb_dir: Path) -> None:
        knowledge = cached_clinical_knowledge(kb_dir)
        self.passages = {p.id: p for p in load_guidelines(kb_dir)}
        names: list[_Name] = []
        for cond in knowledge.conditions.values():
            forms = {cond.name.en, cond.name.zh, _PAREN.sub(" ", cond.name.en).strip(), _PAREN.sub("", cond.name.zh).strip()}
            for form in forms:
                if len(form) < 2:
                    continue
                escaped = re.escape(form)
                pattern = rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if _latin(form) else escaped
                names.append(_Name(cond.id, re.compile(pattern, re.IGNORECASE)))
        self.names = names

    def named_conditions(self, text: str) -> dict[str, str]:
        """condition id -> the words that named it; longest names win, so 不稳定型心绞痛
        (unstable angina) is not also read as 稳定型心绞痛 (stable angina) inside it."""
        hits = [(m.start(), m.end(), name.condition_id) for name in self.names for m in name.pattern.finditer(text)]
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken: list[tuple[int, int]] = []
        found: dict[str, str] = {}
        for start, end, cid in hits:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.setdefault(cid, text[start:end])
        return found

    def check(
        self,
        answer: str,
        citations: list[tuple[int, str]],
        assessment: Assessment | None,
        engine_grounded: bool | None,
    ) -> Grounding:
        """`citations` as (n, passage id) pairs."""
        numbers = {n for n, _ in citations}
        unknown = [cid for _, cid in citations if cid not in self.passages]
        unknown += [f"[{m}]" for m in sorted({int(x) for x in _MARKER.findall(answer)}) if m not in numbers]
        grounds = ""
        in_ddx: set[str] = set()
        if assessment is not None:
            in_ddx = {d.id for d in assessment.differential}
            grounds = " ".join(f"{f.title} {f.action}" for f in assessment.red_flags)
            grounds += " " + " ".join(q.question for q in assessment.next_questions)
        grounds += " " + " ".join(self.passages[cid].text + " " + self.passages[cid].section for _, cid in citations if cid in self.passages)
        named_in_grounds = self.named_conditions(grounds)
        ungrounded = [
            words
            for cid, words in self.named_conditions(answer).items()
            if cid not in in_ddx and cid not in named_in_grounds
        ]
        ok = not unknown and not ungrounded and engine_grounded is not False
        return Grounding(
            grounded=ok, engine_grounded=engine_grounded, unknown_citations=unknown, ungrounded_conditions=ungrounded
        )

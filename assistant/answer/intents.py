"""What the doctor wants from this turn, in Chinese or English.

Rules first (phrases in prompts/intents.yaml, tried in file order); then a turn that added
findings without asking anything is a case presentation ("differential"); then embedding
similarity to the example phrases (the same query vector retrieval uses, so no extra model
call); then a question the guidelines cover is a "guideline" lookup; anything else gets "help".
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

import numpy as np
from pydantic import BaseModel

from assistant.yaml_data import load_yaml

Intent = Literal[
    "new_patient", "referral_note", "case_summary", "explain_value", "red_flags",
    "next_questions", "differential", "guideline", "help",
]
INTENTS: tuple[str, ...] = (
    "new_patient", "referral_note", "case_summary", "explain_value", "red_flags",
    "next_questions", "differential", "guideline", "help",
)


class Bilingual(BaseModel):
    en: list[str] = []
    zh: list[str] = []

    def all(self) -> list[str]:
        return self.en + self.zh


class IntentSpec(BaseModel):
    rules: Bilingual
    examples: Bilingual


class IntentFile(BaseModel):
    version: int
    min_similarity: float
    intents: dict[str, IntentSpec]


class IntentGuess(BaseModel):
    intent: Intent
    confidence: float
    by: Literal["rule", "similarity", "case", "retrieval", "fallback"]
    matched: str = ""


class PassageEmbedder(Protocol):
    def queries(self, texts: list[str]) -> np.ndarray: ...


def load_intent_file(prompts_dir: Path) -> IntentFile:
    data = IntentFile.model_validate(load_yaml((prompts_dir / "intents.yaml").read_text(encoding="utf-8")))
    unknown = set(data.intents) - set(INTENTS)
    if unknown:
        raise ValueError(f"intents.yaml: unknown intents {sorted(unknown)}")
    return data


class IntentDetector:
    def __init__(self, spec: IntentFile, embedder: PassageEmbedder | None = None) -> None:
        self.spec = spec
        self._rules = [(name, [r.lower() for r in s.rules.all()]) for name, s in spec.intents.items()]
        self._labels: list[str] = []
        self._vectors: np.ndarray | None = None
        if embedder is not None:
            texts: list[str] = []
            for name, s in spec.intents.items():
                for example in s.examples.all():
                    texts.append(example)
                    self._labels.append(name)
            # examples are embedded as queries: they are compared with the doctor's question
            self._vectors = embedder.queries(texts)

    def by_rule(self, text: str) -> IntentGuess | None:
        lowered = text.lower()
        for name, phrases in self._rules:
            for phrase in phrases:
                if _contains(lowered, phrase):
                    return IntentGuess(intent=name, confidence=1.0, by="rule", matched=phrase)  # type: ignore[arg-type]
        return None

    def by_similarity(self, query_vector: np.ndarray | None) -> IntentGuess | None:
        if self._vectors is None or query_vector is None or not len(self._labels):
            return None
        scores = self._vectors @ query_vector
        best = int(np.argmax(scores))
        if float(scores[best]) < self.spec.min_similarity:
            return None
        return IntentGuess(intent=self._labels[best], confidence=float(scores[best]), by="similarity")  # type: ignore[arg-type]

    def detect(
        self, text: str, query_vector: np.ndarray | None = None, *, case_changed: bool = False, covered: bool = False
    ) -> IntentGuess:
        guess = self.by_rule(text)
        if guess:
            return guess
        if case_changed:  # a presentation without a question: the overview answer
            return IntentGuess(intent="differential", confidence=0.5, by="case")
        guess = self.by_similarity(query_vector)
        if guess:
            return guess
        if covered:
            return IntentGuess(intent="guideline", confidence=0.5, by="retrieval")
        return IntentGuess(intent="help", confidence=0.0, by="fallback")


def _contains(text: str, phrase: str) -> bool:
    """Substring match; ASCII phrases must sit on word boundaries ("red flag" not in "bred flagon")."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before_ok = start == 0 or not (phrase[0].isascii() and phrase[0].isalnum() and text[start - 1].isascii() and text[start - 1].isalnum())
        after_ok = end == len(text) or not (phrase[-1].isascii() and phrase[-1].isalnum() and text[end].isascii() and text[end].isalnum())
        if before_ok and after_ok:
            return True
        start = text.find(phrase, start + 1)
    return False

"""Clinical vocabulary for retrieval and grounding: every named concept of the knowledge base
(lexicon findings, conditions, measurements, medicines) with its Chinese and English surface
forms. Retrieval uses it to bridge languages (query expansion); the grounding check uses it
to find conditions and drugs an answer names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal


from assistant.clinical.matching import PhraseMatcher
from assistant.yaml_data import load_yaml

ConceptKind = Literal["finding", "condition", "measurement", "drug"]
_NAME_PARTS = re.compile(r"[()（）/／]")  # not commas: "Hand, foot and mouth disease" is one name


@dataclass(frozen=True)
class Concept:
    kind: ConceptKind
    id: str
    en: tuple[str, ...]
    zh: tuple[str, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        return self.en + self.zh


@dataclass
class Vocabulary:
    concepts: dict[tuple[str, str], Concept]
    _matchers: dict[frozenset[str] | None, PhraseMatcher[tuple[str, str]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._matchers = {}
        self._matcher_for(None)

    def _matcher_for(self, kinds: frozenset[str] | None) -> PhraseMatcher[tuple[str, str]]:
        # one automaton per kind selection, so "raised CRP" (a finding) does not hide "CRP"
        # (a measurement) from a measurement-only search
        matcher = self._matchers.get(kinds)
        if matcher is None:
            matcher = PhraseMatcher(
                ((term, key) for key, c in self.concepts.items() if kinds is None or key[0] in kinds for term in c.terms),
                plural_s=True,
            )
            self._matchers[kinds] = matcher
        return matcher

    def find(self, text: str, kinds: set[str] | None = None) -> list[tuple[Concept, str]]:
        """Concepts named in the text (leftmost-longest), with the surface form found."""
        lowered = text.lower()
        out: list[tuple[Concept, str]] = []
        for match in self._matcher_for(frozenset(kinds) if kinds else None).find(lowered):
            for key in match.payload:
                out.append((self.concepts[key], text[match.start:match.end]))
        return out

    def name(self, kind: str, concept_id: str, lang: str) -> str | None:
        c = self.concepts.get((kind, concept_id))
        if c is None:
            return None
        names = c.zh if lang == "zh" else c.en
        return names[0] if names else None

    def condition_names(self, ids: list[str]) -> list[str]:
        out: list[str] = []
        for cid in ids:
            c = self.concepts.get(("condition", cid))
            if c:
                out.extend(c.terms)
        return out

    def chinese_terms(self) -> list[str]:
        return [t for c in self.concepts.values() for t in c.zh]


def _name_terms(name: str) -> list[str]:
    parts = [name] + [p.strip() for p in _NAME_PARTS.split(name)]
    out: list[str] = []
    for p in parts:
        if len(p) >= 2 and p not in out:
            out.append(p)
    return out


def _yaml_list(path: Path) -> list[dict]:
    data = load_yaml(path.read_text(encoding="utf-8")) if path.exists() else None
    return data if isinstance(data, list) else []


def load_vocabulary(kb_dir: Path) -> Vocabulary:
    concepts: dict[tuple[str, str], Concept] = {}
    for path in sorted((kb_dir / "lexicon" / "findings").glob("*.yaml")):
        for item in _yaml_list(path):
            concepts[("finding", item["id"])] = Concept("finding", item["id"], tuple(item["en"]), tuple(item["zh"]))
    for path in sorted((kb_dir / "conditions").glob("*.yaml")):
        for item in _yaml_list(path):
            name = item["name"]
            concepts[("condition", item["id"])] = Concept(
                "condition", item["id"], tuple(_name_terms(name["en"])), tuple(_name_terms(name["zh"]))
            )
    measurements = load_yaml((kb_dir / "lexicon" / "measurements.yaml").read_text(encoding="utf-8")) or {}
    for item in measurements.get("measurements", []) or []:
        if item.get("vocabulary") is False:
            continue  # the weather's words ("天气", "outside") name no clinical concept
        names = item.get("names") or {}
        concepts[("measurement", item["id"])] = Concept(
            "measurement", item["id"], tuple(str(n) for n in names.get("en", [])), tuple(str(n) for n in names.get("zh", []))
        )
    for item in _yaml_list(kb_dir / "lexicon" / "medications.yaml"):
        concepts[("drug", item["name"])] = Concept(
            "drug", item["name"], tuple(str(n) for n in item.get("en", [])), tuple(str(n) for n in item.get("zh", []))
        )
    return Vocabulary(concepts)


@lru_cache(maxsize=4)
def cached_vocabulary(kb_dir: Path) -> Vocabulary:
    return load_vocabulary(kb_dir)

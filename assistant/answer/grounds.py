"""The grounds of one answer: everything a writer may say, gathered before writing.

`Grounds` is the contract between the engine and every writer: the question, its language
and intent, the Assessment, and the retrieved passages numbered [1], [2], ... with their
most relevant sentences already picked (extractive), plus the question's measurements.
Writers phrase; they never look anything up.
"""

from __future__ import annotations

import math
import re
from typing import Literal

from pydantic import BaseModel, Field

from assistant.answer.events import Citation
from assistant.clinical.assessment import Assessment
from assistant.knowledge.retriever import HybridRetriever, SearchResult
from assistant.knowledge.text import split_sentences

MAX_PASSAGES = 3
# a passage is used only if it is close to the best hit (gap in per-language dense z-score)
PASSAGE_GAP_Z = 0.75
MAX_SENTENCE_CHARS = 220


class GroundPassage(BaseModel):
    n: int
    id: str
    title: str
    section: str
    issuer: str
    year: int | str
    url: str | None = None
    language: Literal["zh", "en"]
    text: str
    key_sentences: list[str] = Field(default_factory=list)  # best first

    def citation(self) -> Citation:
        return Citation(
            n=self.n, id=self.id, title=self.title, section=self.section, issuer=self.issuer,
            year=self.year, url=self.url, text=self.text,
        )


class AskedValue(BaseModel):
    """A measurement or finding the question asks about, with the case's value if known."""

    id: str
    kind: Literal["measurement", "finding"]
    name: str
    value: str | None = None


class Grounds(BaseModel):
    question: str
    lang: Literal["zh", "en"]
    intent: str
    assessment: Assessment | None = None
    case_empty: bool = True
    covered: bool = False
    passages: list[GroundPassage] = Field(default_factory=list)
    asked: list[AskedValue] = Field(default_factory=list)
    history: list[str] = Field(default_factory=list)  # recent turns, "doctor: ..." / "assistant: ..."
    # display names in the answer's language for the case's findings and measurements
    finding_names: dict[str, str] = Field(default_factory=dict)
    measurement_names: dict[str, str] = Field(default_factory=dict)

    def passage(self, n: int) -> GroundPassage | None:
        return next((p for p in self.passages if p.n == n), None)


def select_passages(
    result: SearchResult, retriever: HybridRetriever, query_tokens: list[str], lang: str
) -> list[GroundPassage]:
    """The top hits close to the best one, numbered from [1], passages in the question's
    language first; each with its sentences ranked by query-term weight."""
    if not result.covered or not result.hits:
        return []
    best = result.hits[0].dense_z
    chosen = [h for h in result.hits[:MAX_PASSAGES] if h.rank == 1 or h.dense_z >= best - PASSAGE_GAP_Z]
    chosen.sort(key=lambda h: (h.passage.language != lang, h.rank))
    weights = {t: retriever.idf(t) for t in set(query_tokens)}
    out: list[GroundPassage] = []
    for n, hit in enumerate(chosen, start=1):
        p = hit.passage
        out.append(
            GroundPassage(
                n=n, id=p.id, title=p.title, section=p.section, issuer=p.issuer, year=p.year, url=p.url,
                language=p.language, text=p.text, key_sentences=rank_sentences(p.text, retriever, weights),
            )
        )
    return out


def rank_sentences(text: str, retriever: HybridRetriever, weights: dict[str, float]) -> list[str]:
    """Sentences of a passage, most query-relevant first (idf-weighted term overlap, earlier wins ties)."""
    scored: list[tuple[float, int, str]] = []
    for position, sentence in enumerate(split_sentences(text)):
        if len(sentence) > MAX_SENTENCE_CHARS:
            sentence = _shorten(sentence)
        sentence = _end_as_sentence(sentence)
        tokens = set(retriever.tokenizer.tokens(sentence))
        overlap = sum(w for t, w in weights.items() if t in tokens)
        # length normalisation keeps one long list-sentence from always winning
        score = overlap / math.sqrt(max(len(tokens), 4)) - 0.01 * position
        scored.append((score, position, sentence))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [s for *_, s in scored]


def _shorten(sentence: str) -> str:
    """Cut an over-long sentence at the last clause break before the limit (spoken answers stay short)."""
    head = sentence[:MAX_SENTENCE_CHARS]
    cut = max(head.rfind(mark) for mark in ("，", "、", ", ", "; ", "："))
    if cut > MAX_SENTENCE_CHARS // 2:
        head = head[:cut]
    head = head.rstrip("，、,;： ")
    return head + ("……" if re.search(r"[\u4e00-\u9fff]", head) else "…")


def _end_as_sentence(sentence: str) -> str:
    """A clause cut out of a list ("意识丧失或模糊；") is spoken as a full sentence."""
    if sentence.endswith(("；", "，", "：")):
        return sentence[:-1] + "。"
    if sentence.endswith((";", ",", ":")):
        return sentence[:-1] + "."
    return sentence

"""Retrieval evaluation over eval/retrieval/*.jsonl: recall@1, recall@5 and MRR@10,
overall and by question language. Lines: {"id", "lang", "question", "expected": "doc#anchor"}."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel

from assistant.knowledge.retriever import HybridRetriever

DEPTH = 10


class RetrievalCase(BaseModel):
    id: str
    lang: str
    question: str
    expected: str


class CaseResult(BaseModel):
    case: RetrievalCase
    rank: int | None  # 1-based rank of the expected passage within the top DEPTH, None if absent
    top: list[str]


class Metrics(BaseModel):
    n: int
    recall_at_1: float
    recall_at_5: float
    mrr: float


class EvalReport(BaseModel):
    overall: Metrics
    by_language: dict[str, Metrics]
    results: list[CaseResult]

    @property
    def misses(self) -> list[CaseResult]:
        return [r for r in self.results if r.rank is None or r.rank > 5]


def load_cases(folder: Path) -> list[RetrievalCase]:
    cases: list[RetrievalCase] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append(RetrievalCase.model_validate(json.loads(line)))
    return cases


def metrics(results: Iterable[CaseResult]) -> Metrics:
    rows = list(results)
    n = len(rows) or 1
    return Metrics(
        n=len(rows),
        recall_at_1=sum(r.rank == 1 for r in rows) / n,
        recall_at_5=sum(r.rank is not None and r.rank <= 5 for r in rows) / n,
        mrr=sum(1.0 / r.rank for r in rows if r.rank) / n,
    )


def evaluate(
    retriever: HybridRetriever, cases: list[RetrievalCase], progress: Callable[[int], None] | None = None
) -> EvalReport:
    results: list[CaseResult] = []
    for case in cases:
        top = [h.id for h in retriever.search(case.question, k=DEPTH).hits]
        rank = top.index(case.expected) + 1 if case.expected in top else None
        results.append(CaseResult(case=case, rank=rank, top=top))
        if progress:
            progress(1)
    langs = sorted({r.case.lang for r in results})
    return EvalReport(
        overall=metrics(results),
        by_language={lang: metrics(r for r in results if r.case.lang == lang) for lang in langs},
        results=results,
    )

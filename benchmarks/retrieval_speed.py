"""Guideline retrieval speed over the whole corpus (target p50 <= 30 ms) and index build time.

    python -m benchmarks.retrieval_speed [--limit N] [--build incremental|cold|none]

Each query is timed cold (the query-embedding cache is cleared before every search), split
into query embedding and the rest (BM25 + dense scoring + fusion). Build timing runs on a
temporary copy of the knowledge base and index: "incremental" edits one document and
rebuilds; "cold" embeds every passage from scratch (minutes on 2 cores). Saves
benchmarks/results/retrieval_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from assistant.config import PROJECT_ROOT, Settings

RESULT = PROJECT_ROOT / "benchmarks" / "results" / "retrieval_speed.json"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _ms(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(_pct(values, 0.5) * 1000, 2), "p95_ms": round(_pct(values, 0.95) * 1000, 2),
            "mean_ms": round(statistics.fmean(values) * 1000, 2)}


def _build_timing(settings: Settings, embedder, mode: str) -> dict:
    from assistant.knowledge.index import build_index

    with tempfile.TemporaryDirectory() as tmp:
        kb = Path(tmp) / "kb"
        shutil.copytree(settings.knowledge_base_dir / "guidelines", kb / "guidelines")
        shutil.copytree(settings.knowledge_base_dir / "lexicon", kb / "lexicon")
        index = Path(tmp) / "index"
        if mode == "incremental":
            shutil.copytree(settings.index_dir, index)
            doc = sorted((kb / "guidelines").glob("*.md"))[0]
            doc.write_text(doc.read_text(encoding="utf-8") + "\nEdited for the benchmark.\n", encoding="utf-8")
        report = build_index(kb, index, embedder)
    return {"mode": mode, **report.model_dump()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="Only the first N eval questions (0 = all).")
    ap.add_argument("--build", choices=["incremental", "cold", "none"], default="incremental")
    args = ap.parse_args()

    from assistant.knowledge.evaluate import load_cases
    from assistant.knowledge.retriever import HybridRetriever
    from assistant.model_stack import load_embedder

    settings = Settings()
    embedder = load_embedder(settings)
    started = time.perf_counter()
    retriever = HybridRetriever.load(settings.knowledge_base_dir, settings.index_dir, embedder)
    load_s = time.perf_counter() - started
    embedder.query("warm-up")
    cases = load_cases(PROJECT_ROOT / "eval" / "retrieval")
    if args.limit:
        cases = cases[: args.limit]
    total, embed, rest = [], [], []
    for case in cases:
        retriever._cache.clear()  # time the real model call every time
        t0 = time.perf_counter()
        retriever.embed_query(case.question)
        t1 = time.perf_counter()
        retriever.search(case.question, k=5)  # embedding now cached: the rest of the search
        t2 = time.perf_counter()
        embed.append(t1 - t0)
        rest.append(t2 - t1)
        total.append(t2 - t0)
    result = {
        "passages": len(retriever.passages),
        "queries": len(cases),
        "index_load_s": round(load_s, 2),
        "search_total": _ms(total),
        "query_embedding": _ms(embed),
        "bm25_dense_fusion": _ms(rest),
        "build": _build_timing(settings, embedder, args.build) if args.build != "none" else None,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_avg": os.getloadavg()[0] if hasattr(os, "getloadavg") else None},
    }
    print(json.dumps(result, indent=2))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Run a case set through a predictor, in parallel worker processes, and write the outputs.

The engines are CPU-bound Python, so `workers > 1` uses processes (each loads the
knowledge base / models once, in its initializer). A case whose run raises is
recorded with its error and counted as a miss; the run goes on.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel

from assistant.config import Settings
from assistant.evaluation.cases import EvalCase, LoadProblem
from assistant.evaluation.metrics import compute_metrics
from assistant.evaluation.predictors import Predictor, make_predictor
from assistant.evaluation.results import CaseResult, blank_result, judge

# One predictor per worker process, set by the pool initializer (process-local, never shared).
_worker_predictor: Predictor | None = None


class RunInfo(BaseModel):
    mode: str
    case_files: list[str]
    workers: int
    started: str
    wall_s: float
    knowledge_version: str
    problems: list[LoadProblem]


def run_one(predictor: Predictor, case: EvalCase) -> CaseResult:
    try:
        result = predictor.predict(case)
    except Exception as exc:  # noqa: BLE001 - one bad case must not stop the run
        result = blank_result(case).model_copy(update={"error": f"{type(exc).__name__}: {exc}"[:500]})
    return judge(result)


def _init_worker(mode: str, settings_json: str, cache_dir: str | None) -> None:
    global _worker_predictor
    settings = Settings.model_validate_json(settings_json)
    _worker_predictor = make_predictor(mode, settings, Path(cache_dir) if cache_dir else None)


def _run_in_worker(case_json: str) -> str:
    assert _worker_predictor is not None, "worker not initialised"
    return run_one(_worker_predictor, EvalCase.model_validate_json(case_json)).model_dump_json()


def iter_results(
    cases: Sequence[EvalCase],
    mode: str,
    settings: Settings,
    workers: int = 1,
    cache_dir: Path | None = None,
) -> Iterator[CaseResult]:
    """Results in input order, yielded as they complete in order."""
    if workers <= 1 or len(cases) <= 1:
        predictor = make_predictor(mode, settings, cache_dir)
        for case in cases:
            yield run_one(predictor, case)
        return
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=_init_worker,
        initargs=(mode, settings.model_dump_json(), str(cache_dir) if cache_dir else None),
    ) as pool:
        chunk = max(1, min(16, len(cases) // (workers * 8) or 1))
        for raw in pool.map(_run_in_worker, [c.model_dump_json() for c in cases], chunksize=chunk):
            yield CaseResult.model_validate_json(raw)


def run_cases(
    cases: Sequence[EvalCase],
    mode: str,
    settings: Settings,
    workers: int = 1,
    cache_dir: Path | None = None,
    on_result: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    results = []
    for result in iter_results(cases, mode, settings, workers, cache_dir):
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def write_outputs(out_dir: Path, results: Sequence[CaseResult], info: RunInfo) -> dict:
    """DIR/metrics.json, DIR/cases.jsonl, DIR/report.html, DIR/report.md; returns the metrics."""
    from assistant.evaluation.report import write_reports

    out_dir.mkdir(parents=True, exist_ok=True)
    metrics = compute_metrics(results, info.mode)
    metrics["run"] = info.model_dump()
    (out_dir / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with (out_dir / "cases.jsonl").open("w", encoding="utf-8") as handle:
        for r in results:
            handle.write(r.model_dump_json() + "\n")
    write_reports(out_dir, results, metrics)
    return metrics


def make_info(mode: str, files: Sequence[Path], workers: int, started: float, problems: list[LoadProblem], settings: Settings) -> RunInfo:
    from assistant.clinical.knowledge import knowledge_version

    return RunInfo(
        mode=mode,
        case_files=[str(f) for f in files],
        workers=workers,
        started=datetime.fromtimestamp(started, tz=timezone.utc).isoformat(timespec="seconds"),
        wall_s=round(time.time() - started, 2),
        knowledge_version=knowledge_version(settings.knowledge_base_dir),
        problems=problems,
    )


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))

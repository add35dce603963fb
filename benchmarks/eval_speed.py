"""Speed of `assistant eval` in assess mode: 300 cases, one process, engine load included.

    python -m benchmarks.eval_speed [--cases eval/ddxplus/cases.jsonl] [--n 300]

Target: < 30 s for 300 cases on the 2-core CPU. Prints the figure and saves
benchmarks/results/eval_speed.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.evaluation.cases import load_cases
from assistant.evaluation.predictors import make_predictor
from assistant.evaluation.runner import run_one

TARGET_S = 30.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=Path, default=PROJECT_ROOT / "eval" / "ddxplus" / "cases.jsonl")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "benchmarks" / "results" / "eval_speed.json")
    args = parser.parse_args()
    cases = load_cases([args.cases]).cases
    if not cases:
        raise SystemExit(f"no cases in {args.cases}")
    cases = (cases * (args.n // len(cases) + 1))[: args.n]
    start = time.perf_counter()
    predictor = make_predictor("assess", Settings())
    loaded = time.perf_counter()
    results = [run_one(predictor, case) for case in cases]
    end = time.perf_counter()
    total = end - start
    per_case = [r.latency_ms for r in results if r.latency_ms is not None]
    figure = {
        "benchmark": "eval_speed",
        "mode": "assess",
        "cases": len(results),
        "case_file": str(args.cases.relative_to(PROJECT_ROOT) if args.cases.is_relative_to(PROJECT_ROOT) else args.cases),
        "total_s": round(total, 2),  # engine load + all cases
        "engine_load_s": round(loaded - start, 2),
        "cases_s": round(end - loaded, 2),
        "target_s": TARGET_S,
        "within_target": total < TARGET_S,
        "per_case_ms_median": round(float(np.median(per_case)), 2),
        "per_case_ms_p95": round(float(np.percentile(per_case, 95)), 2),
        "errors": sum(1 for r in results if r.error),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    print(
        f"eval assess: {figure['cases']} cases in {figure['total_s']} s (target < {TARGET_S:.0f} s; "
        f"engine load {figure['engine_load_s']} s + cases {figure['cases_s']} s); "
        f"per case median {figure['per_case_ms_median']} ms, p95 {figure['per_case_ms_p95']} ms"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figure, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

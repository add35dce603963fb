"""Speed of the clinical core: extraction + assessment per case (target p50 <= 20 ms).

    python -m benchmarks.clinical_speed [--cases FILE.jsonl ...] [--limit N] [--repeat R]

Cases are JSONL with a `presentation` (and optional `lang`); by default the eval dev split
and the converted DDXPlus cases, whichever exist. Prints p50/p95 and saves
benchmarks/results/clinical_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from assistant.config import PROJECT_ROOT

DEFAULT_CASES = [PROJECT_ROOT / "eval" / "cases" / "dev.jsonl", PROJECT_ROOT / "eval" / "ddxplus" / "cases.jsonl"]
RESULT = PROJECT_ROOT / "benchmarks" / "results" / "clinical_speed.json"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def _show(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


def _load(paths: list[Path], limit: int) -> list[dict]:
    cases: list[dict] = []
    for path in paths:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            items = [json.loads(line) for line in fh if line.strip()]
        cases += items[:limit]
    return cases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, nargs="*", default=DEFAULT_CASES)
    ap.add_argument("--limit", type=int, default=300, help="cases per file")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the cases")
    args = ap.parse_args()

    from assistant.clinical.engine import ClinicalEngine

    cases = _load(args.cases, args.limit)
    if not cases:
        raise SystemExit(f"no cases found in {[str(p) for p in args.cases]}")
    t0 = time.perf_counter()
    engine = ClinicalEngine()
    load_s = time.perf_counter() - t0
    for c in cases[:5]:  # warm-up
        engine.assess_text(c["presentation"], lang=c.get("lang", "auto"))

    extract_ms: list[float] = []
    assess_ms: list[float] = []
    total_ms: list[float] = []
    for _ in range(args.repeat):
        for c in cases:
            t1 = time.perf_counter()
            case = engine.extract(c["presentation"], lang=c.get("lang", "auto"))
            t2 = time.perf_counter()
            engine.assess(case)
            t3 = time.perf_counter()
            extract_ms.append((t2 - t1) * 1000)
            assess_ms.append((t3 - t2) * 1000)
            total_ms.append((t3 - t1) * 1000)

    def summary(xs: list[float]) -> dict[str, float]:
        return {
            "p50_ms": round(statistics.median(xs), 3),
            "p95_ms": round(_percentile(xs, 0.95), 3),
            "mean_ms": round(statistics.fmean(xs), 3),
            "max_ms": round(max(xs), 3),
        }

    chars = [len(c["presentation"]) for c in cases]
    result = {
        "benchmark": "clinical_speed",
        "cases": len(cases),
        "case_files": [_show(p) for p in args.cases if p.exists()],
        "repeat": args.repeat,
        "median_chars": statistics.median(chars),
        "engine_load_s": round(load_s, 2),
        "extract": summary(extract_ms),
        "assess": summary(assess_ms),
        "total": summary(total_ms),
        "target_p50_ms": 20,
        "machine": {"python": platform.python_version(), "cpu_count": os.cpu_count(), "platform": platform.platform()},
        "knowledge_version": engine.knowledge_version,
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"{len(cases)} cases x {args.repeat} (median {result['median_chars']} chars), engine load {load_s:.2f} s")
    for part in ("extract", "assess", "total"):
        s = result[part]
        print(f"  {part:8s} p50 {s['p50_ms']:7.2f} ms   p95 {s['p95_ms']:7.2f} ms   max {s['max_ms']:7.2f} ms")
    print(f"saved {RESULT.relative_to(PROJECT_ROOT)}")


if __name__ == "__main__":
    main()

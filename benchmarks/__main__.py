"""Run every benchmark in turn: `python -m benchmarks [--skip-voice]` (also `make bench`).

Each one prints medians / p95 and writes JSON to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

BENCHMARKS = ["clinical_speed", "eval_speed", "retrieval_speed", "writer_speed", "voice_latency"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-voice", action="store_true", help="skip the voice latency benchmark (minutes)")
    args = parser.parse_args()
    failed = []
    for name in BENCHMARKS:
        if args.skip_voice and name == "voice_latency":
            continue
        print(f"== benchmarks.{name}", flush=True)
        if subprocess.run([sys.executable, "-m", f"benchmarks.{name}"]).returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

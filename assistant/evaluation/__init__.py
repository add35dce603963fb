"""Batch evaluation: run curated case sets through the same brain, score them, report.

    assistant eval eval/cases/dev.jsonl --out out/dev            # assess mode (default)
    assistant eval eval/cases/test.jsonl --out out/test --mode answer
    assistant eval compare out/dev-old out/dev

Modules: `cases` (case file format, tolerant loading), `icd` (ICD-10 matching),
`predictors` (assess / answer / audio ways to run a case; `audio`: through the live
voice session), `runner` (parallel run,
per-case records), `metrics`, `report` (HTML + Markdown), `compare`, `ddxplus`
(conversion of the DDXPlus test patients into our case format).
"""

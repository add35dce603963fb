"""Case loading (malformed lines), the runner end to end on the real engine, reports and compare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.evaluation.cases import load_cases
from assistant.evaluation.compare import compare_dirs, render_comparison
from assistant.evaluation.results import CaseResult, PredictedEntry, judge
from assistant.evaluation.runner import RunInfo, write_outputs

GOOD_EN = {
    "id": "en-mi", "lang": "en",
    "presentation": "58-year-old man, crushing central chest pain for 40 minutes radiating to the left arm, sweating, BP 90/60.",
    "expected": {"icd10": ["I21"], "triage": "emergency", "red_flag": True}, "source": "test",
}
GOOD_ZH = {
    "id": "zh-mi", "lang": "zh", "presentation": "男，60岁，胸口压榨样疼痛40分钟，大汗，血压90/60。",
    "expected": {"icd10": ["I21"], "triage": "emergency", "red_flag": True}, "source": "test",
}
GOOD_COLD = {
    "id": "en-cold", "lang": "en", "presentation": "25-year-old woman, runny nose and sore throat for 2 days, no fever.",
    "expected": {"icd10": ["J06.9", "J00"], "triage": "routine", "red_flag": False}, "source": "test",
}


def write_case_file(path: Path) -> None:
    lines = [
        json.dumps(GOOD_EN),
        '{"id": "broken", "lang": "en", ',                                  # line 2: not JSON
        json.dumps(GOOD_ZH, ensure_ascii=False),
        json.dumps({**GOOD_EN, "id": "no-expected", "expected": None}),      # line 4: wrong shape
        "",
        json.dumps({**GOOD_EN, "lang": "fr", "id": "fr"}),                   # line 6: unknown language
        json.dumps(GOOD_COLD),
        json.dumps(GOOD_COLD),                                               # line 8: duplicate id
        "[1, 2]",                                                            # line 9: not an object
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_malformed_lines_are_reported_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    write_case_file(path)
    loaded = load_cases([path, tmp_path / "missing.jsonl"])
    assert [c.id for c in loaded.cases] == ["en-mi", "zh-mi", "en-cold"]
    by_line = {p.line: p for p in loaded.problems if p.file == str(path)}
    assert set(by_line) == {2, 4, 6, 8, 9}
    assert "not JSON" in by_line[2].message
    assert "expected" in by_line[4].message
    assert "lang" in by_line[6].message
    assert "duplicate id 'en-cold'" in by_line[8].message
    assert str(by_line[2]).startswith(f"{path}:2:")
    assert any(p.file.endswith("missing.jsonl") and "cannot read" in p.message for p in loaded.problems)


def test_eval_command_runs_past_bad_lines_and_writes_outputs(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    write_case_file(cases)
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["eval", str(cases), "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert f"{cases}:2" in run.output and f"{cases}:9" in run.output
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["cases"] == 3 and metrics["mode"] == "assess"
    assert set(metrics["by_lang"]) == {"zh", "en"}
    for key in ("top1", "top3", "top5", "top10", "mrr", "triage_accuracy", "triage_safe_rate", "emergency_recall",
                "false_emergency_rate", "coverage", "grounding_rate", "latency_ms_p50", "latency_ms_p95"):
        assert key in metrics and key in metrics["by_lang"]["zh"]
    assert metrics["grounding_rate"] is None
    assert len(metrics["run"]["problems"]) == 5
    rows = [json.loads(line) for line in (out / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["en-mi", "zh-mi", "en-cold"]
    mi = rows[0]
    assert mi["predictions"] and mi["latency_ms"] > 0 and mi["triage"] in ("emergency", "urgent", "routine")
    assert "chest_pain" in mi["findings"]["present"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html and "src=\"http" not in html and "href=\"http" not in html
    for text in ("Semigran", "Gilbert", "DDXPlus", "82.1%", "70.5%", "68.2%", "not trained on DDXPlus"):
        assert text in html
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "| Within top 3 |" in md and "Semigran" in md and f"{cases}:4" in md


def _result(cid: str, rank: int | None, triage: str, expected_triage: str = "urgent") -> CaseResult:
    preds = [PredictedEntry(rank=i, id=f"c{i}", name=f"c{i}", icd10=["I21" if i == rank else "K21"], probability=0.1) for i in range(1, 4)]
    return judge(CaseResult(
        id=cid, lang="en", source="t", presentation="x", expected_icd10=["I21"], expected_triage=expected_triage,
        expected_red_flag=False, predictions=preds, correct_rank=rank, triage=triage, latency_ms=5.0,
    ))


def _write(out: Path, results: list[CaseResult]) -> None:
    info = RunInfo(mode="assess", case_files=["t.jsonl"], workers=1, started="2025-01-01T00:00:00+00:00",
                   wall_s=1.0, knowledge_version="test", problems=[])
    write_outputs(out, results, info)


def test_compare_reports_deltas_and_worse_cases(tmp_path: Path) -> None:
    _write(tmp_path / "old", [_result("a", 1, "urgent"), _result("b", 3, "urgent"), _result("c", None, "urgent")])
    _write(tmp_path / "new", [_result("a", 2, "urgent"), _result("b", 3, "routine"), _result("c", 1, "urgent")])
    comparison = compare_dirs(tmp_path / "old", tmp_path / "new")
    top1 = next(d for d in comparison.deltas if d.metric == "top1" and d.scope == "all")
    assert top1.old == 1 / 3 and top1.new == 1 / 3 and not top1.worse
    top3 = next(d for d in comparison.deltas if d.metric == "top3" and d.scope == "all")
    assert top3.delta == pytest.approx(1 / 3) and not top3.worse
    safe = next(d for d in comparison.deltas if d.metric == "triage_safe_rate" and d.scope == "all")
    assert safe.worse
    worse = {r.id: r.changes for r in comparison.worse_cases}
    assert set(worse) == {"a", "b"}
    assert any("rank 1 → 2" in change for change in worse["a"])
    assert any("triage urgent → routine" in change for change in worse["b"])
    assert comparison.better_cases == ["c"]
    text = render_comparison(comparison)
    assert "Cases that got worse: 2; better: 1" in text and "| triage_safe_rate | all |" in text
    run = CliRunner().invoke(app, ["eval", "compare", str(tmp_path / "old"), str(tmp_path / "new")])
    assert run.exit_code == 0, run.output
    assert "- b (en): triage urgent → routine (expected urgent)" in run.output

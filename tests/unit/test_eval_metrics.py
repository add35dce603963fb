"""Evaluation metrics on small hand-made result sets with known answers."""

from __future__ import annotations

import pytest

from assistant.evaluation.icd import codes_match, correct_rank, normalise_code
from assistant.evaluation.metrics import compute_metrics, per_condition_recall, summarise, topk_curve
from assistant.evaluation.results import CaseResult, FiredFlag, Grounding, PredictedEntry, judge


def entry(rank: int, *codes: str) -> PredictedEntry:
    return PredictedEntry(rank=rank, id=f"c{rank}", name=f"condition {rank}", icd10=list(codes), probability=0.1)


def result(
    cid: str,
    expected: list[str],
    ranked: list[list[str]],
    triage: str | None = "urgent",
    expected_triage: str = "urgent",
    lang: str = "en",
    flags: int = 0,
    expected_flag: bool = False,
    latency: float | None = 10.0,
) -> CaseResult:
    predictions = [entry(i, *codes) for i, codes in enumerate(ranked, start=1)]
    r = CaseResult(
        id=cid, lang=lang, source="test", presentation="x", expected_icd10=expected,
        expected_triage=expected_triage, expected_red_flag=expected_flag, predictions=predictions,
        correct_rank=correct_rank([p.icd10 for p in predictions], expected), triage=triage,
        red_flags=[FiredFlag(id=f"f{i}", title="t", severity="emergency") for i in range(flags)],
        latency_ms=latency,
    )
    return judge(r)


@pytest.mark.parametrize(
    ("entry_code", "accepted", "match"),
    [
        ("I21.4", "I21", True),       # entry more specific than accepted
        ("I21", "I21.4", True),       # accepted more specific than entry: category level both ways
        ("i21.4", "I21", True),       # case-insensitive
        ("I21.4", "i214", True),      # dots ignored
        ("I20.0", "I20.9", False),    # sibling subcategories differ
        ("I21", "I22", False),
        ("J1", "J18", False),         # shorter than a category never matches
        ("G44.0", "G44.009", True),
    ],
)
def test_icd_prefix_matching(entry_code: str, accepted: str, match: bool) -> None:
    assert codes_match(entry_code, accepted) is match


def test_normalise_code() -> None:
    assert normalise_code(" j18.9 ") == "J189"


def test_correct_rank_first_matching_entry() -> None:
    assert correct_rank([["K21"], ["I20.9", "I25"], ["I21"]], ["I21.4"]) == 3
    assert correct_rank([["K21"], ["I21.0"], ["I21"]], ["I21"]) == 2
    assert correct_rank([["K21"]], ["I21"]) is None
    assert correct_rank([["K21"]], []) is None


def test_topk_and_mrr_known_answers() -> None:
    results = [
        result("a", ["I21"], [["I21.4"], ["K21"]]),                       # rank 1
        result("b", ["J18"], [["J20"], ["J45"], ["j18.9"]]),              # rank 3
        result("c", ["G43"], [["R51"]] * 5 + [["G43.1"]]),               # rank 6
        result("d", ["N10"], [["N30"]]),                                  # absent
    ]
    m = summarise(results)
    assert m["top1"] == pytest.approx(0.25)
    assert m["top3"] == pytest.approx(0.5)
    assert m["top5"] == pytest.approx(0.5)
    assert m["top10"] == pytest.approx(0.75)
    assert m["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 6 + 0) / 4)
    assert topk_curve(results, max_k=6) == pytest.approx([0.25, 0.25, 0.5, 0.5, 0.5, 0.75])


def test_cases_without_expected_diagnosis_are_left_out_of_topk() -> None:
    results = [result("a", ["I21"], [["I21"]]), result("b", [], [["K21"]])]
    m = summarise(results)
    assert m["cases"] == 2 and m["cases_with_diagnosis"] == 1
    assert m["top1"] == 1.0
    assert results[1].passed  # nothing to rank, triage right


def test_triage_safe_rate_edge_cases() -> None:
    results = [
        result("over", [], [], triage="emergency", expected_triage="routine"),   # over-triage: safe, not accurate
        result("exact", [], [], triage="urgent", expected_triage="urgent"),      # safe and accurate
        result("under", [], [], triage="urgent", expected_triage="emergency"),   # under-triage: unsafe
        result("none", [], [], triage=None, expected_triage="routine"),          # no triage at all: unsafe
    ]
    m = summarise(results)
    assert m["triage_accuracy"] == pytest.approx(0.25)
    assert m["triage_safe_rate"] == pytest.approx(0.5)
    assert m["emergency_recall"] == 0.0
    assert m["false_emergency_rate"] == pytest.approx(1 / 3)
    assert "under-triaged: urgent < emergency" in results[2].reasons
    assert "no triage level" in results[3].reasons
    assert results[0].passed and not results[2].passed


def test_rates_with_empty_denominator_are_null() -> None:
    m = summarise([result("a", ["I21"], [["I21"]], triage="routine", expected_triage="routine")])
    assert m["emergency_recall"] is None
    assert m["red_flag_recall"] is None
    assert m["grounding_rate"] is None
    assert summarise([])["top1"] is None


def test_red_flag_recall_and_false_alarms() -> None:
    results = [
        result("a", [], [], flags=1, expected_flag=True),
        result("b", [], [], flags=0, expected_flag=True),
        result("c", [], [], flags=2, expected_flag=False),
        result("d", [], [], flags=0, expected_flag=False),
    ]
    m = summarise(results)
    assert m["red_flag_recall"] == 0.5
    assert m["red_flag_false_alarm_rate"] == 0.5
    assert "expected red flag did not fire" in results[1].reasons


def test_by_language_breakdown_and_latency() -> None:
    results = [
        result("z1", ["I21"], [["I21"]], lang="zh", latency=10),
        result("z2", ["I21"], [["K21"]], lang="zh", latency=30),
        result("e1", ["I21"], [["I21"]], lang="en", latency=20),
    ]
    m = compute_metrics(results, "assess")
    assert m["by_lang"]["zh"]["top1"] == 0.5
    assert m["by_lang"]["en"]["top1"] == 1.0
    assert m["latency_ms_p50"] == 20
    assert m["grounding_rate"] is None and m["by_lang"]["zh"]["grounding_rate"] is None
    assert m["triage_confusion"]["urgent"]["urgent"] == 3


def test_grounding_rate_counts_answered_cases() -> None:
    a = result("a", [], []).model_copy(update={"grounding": Grounding(grounded=True)})
    b = judge(result("b", [], []).model_copy(update={"grounding": Grounding(grounded=False, unknown_citations=["x#y"])}))
    m = compute_metrics([a, b, result("c", [], [])], "answer")
    assert m["grounding_rate"] == 0.5
    assert not b.passed and any("not grounded" in reason for reason in b.reasons)


def test_per_condition_recall_lowest_first() -> None:
    results = [result("a", ["I21"], [["I21"]]), result("b", ["J18"], [["K21"]]), result("c", ["J18"], [["J18"]])]
    rows = per_condition_recall(results, k=5)
    assert rows[0] == {"icd10": "J18", "cases": 2, "recall": 0.5}
    assert rows[1]["recall"] == 1.0

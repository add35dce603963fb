"""Scores over a list of per-case results, overall and by language.

Definitions (denominators in brackets; a metric with an empty denominator is null):
- topK: the accepted diagnosis is at rank <= K [cases with an expected diagnosis];
- mrr: mean of 1/rank, 0 when absent [same];
- triage_accuracy: predicted level == expected [all cases];
- triage_safe_rate: predicted level at or above the expected urgency [all cases];
- emergency_recall: predicted emergency [expected emergency];
- false_emergency_rate: predicted emergency [expected urgent or routine];
- red_flag_recall: at least one red flag fired [expected red_flag true];
- red_flag_false_alarm_rate: any red flag fired [expected red_flag false];
- coverage: the differential is not empty [all cases];
- grounding_rate: the answer passed the grounding check [cases with an answer]; null in assess mode;
- latency_ms_p50/p95: per-case time (assess: extraction + assessment; answer: until the
  answer is done; audio: the session's voice-to-voice on its virtual clock, see below);
- asr_error (audio): mean CER (zh) / WER (en) of the transcript against the presentation
  (by language under by_lang);
- audio mode only (null otherwise; assistant/evaluation/audio.py): voice_to_voice_ms_p50/p95,
  end of speech -> first answer audio from the session's latency.report on its virtual clock
  (models instant: what turn-taking and pacing add); model_wall_ms_p50/p95, wall-clock model
  time on the last turn (final ASR + answer to first text + first TTS chunk) [cases where all
  three ran]; no_audio_cases, cases whose last answer streamed no audio (failed runs included).
A case whose run failed counts with no differential and no triage (a miss everywhere).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from assistant.clinical.assessment import TRIAGE_ORDER
from assistant.evaluation.results import CaseResult

TOP_K = (1, 3, 5, 10)
LEVELS = ("emergency", "urgent", "routine")


def _rate(items: Sequence[CaseResult], hit: Callable[[CaseResult], bool]) -> float | None:
    return None if not items else sum(1 for r in items if hit(r)) / len(items)


def _percentile(values: list[float], q: float) -> float | None:
    return None if not values else float(np.percentile(values, q))


def _safe(r: CaseResult) -> bool:
    return r.triage is not None and TRIAGE_ORDER[r.triage] >= TRIAGE_ORDER[r.expected_triage]


def summarise(results: Sequence[CaseResult], mode: str | None = None) -> dict:
    dx = [r for r in results if r.has_diagnosis]
    out: dict = {"cases": len(results), "cases_with_diagnosis": len(dx)}
    for k in TOP_K:
        out[f"top{k}"] = _rate(dx, lambda r, k=k: r.correct_rank is not None and r.correct_rank <= k)
    out["mrr"] = None if not dx else sum(1 / r.correct_rank for r in dx if r.correct_rank) / len(dx)
    out["triage_accuracy"] = _rate(results, lambda r: r.triage == r.expected_triage)
    out["triage_safe_rate"] = _rate(results, _safe)
    emergencies = [r for r in results if r.expected_triage == "emergency"]
    others = [r for r in results if r.expected_triage != "emergency"]
    out["emergency_recall"] = _rate(emergencies, lambda r: r.triage == "emergency")
    out["false_emergency_rate"] = _rate(others, lambda r: r.triage == "emergency")
    flagged = [r for r in results if r.expected_red_flag]
    unflagged = [r for r in results if not r.expected_red_flag]
    out["red_flag_recall"] = _rate(flagged, lambda r: bool(r.red_flags))
    out["red_flag_false_alarm_rate"] = _rate(unflagged, lambda r: bool(r.red_flags))
    out["coverage"] = _rate(results, lambda r: bool(r.predictions))
    answered = [r for r in results if r.grounding is not None]
    out["grounding_rate"] = _rate(answered, lambda r: r.grounding.grounded)  # type: ignore[union-attr]
    latencies = [r.latency_ms for r in results if r.latency_ms is not None]
    out["latency_ms_p50"] = _percentile(latencies, 50)
    out["latency_ms_p95"] = _percentile(latencies, 95)
    first_text = [r.first_text_ms for r in results if r.first_text_ms is not None]
    out["first_text_ms_p50"] = _percentile(first_text, 50)
    asr = [r.asr_error for r in results if r.asr_error is not None]
    out["asr_error"] = None if not asr else float(np.mean(asr))
    audio = mode == "audio"
    v2v = [r.voice.voice_to_voice_ms for r in results if r.voice and r.voice.voice_to_voice_ms is not None]
    wall = [r.voice.model_wall_ms for r in results if r.voice and r.voice.model_wall_ms is not None]
    out["voice_to_voice_ms_p50"] = _percentile(v2v, 50)
    out["voice_to_voice_ms_p95"] = _percentile(v2v, 95)
    out["model_wall_ms_p50"] = _percentile(wall, 50)
    out["model_wall_ms_p95"] = _percentile(wall, 95)
    out["no_audio_cases"] = sum(1 for r in results if not r.voice or r.voice.answer_audio_ms <= 0) if audio else None
    out["passed"] = _rate(results, lambda r: r.passed)
    out["errors"] = sum(1 for r in results if r.error)
    return out


def triage_confusion(results: Sequence[CaseResult]) -> dict[str, dict[str, int]]:
    """counts[expected][predicted]; predicted "none" when the run gave no triage."""
    table = {e: {p: 0 for p in (*LEVELS, "none")} for e in LEVELS}
    for r in results:
        table[r.expected_triage][r.triage or "none"] += 1
    return table


def topk_curve(results: Sequence[CaseResult], max_k: int = 20) -> list[float]:
    dx = [r for r in results if r.has_diagnosis]
    if not dx:
        return []
    return [sum(1 for r in dx if r.correct_rank is not None and r.correct_rank <= k) / len(dx) for k in range(1, max_k + 1)]


def per_condition_recall(results: Sequence[CaseResult], k: int = 5) -> list[dict]:
    """Recall@k grouped by the expected codes (one group per distinct accepted-code set)."""
    groups: dict[str, list[CaseResult]] = {}
    for r in results:
        if r.has_diagnosis:
            groups.setdefault(", ".join(r.expected_icd10), []).append(r)
    rows = []
    for codes, items in groups.items():
        hits = sum(1 for r in items if r.correct_rank is not None and r.correct_rank <= k)
        rows.append({"icd10": codes, "cases": len(items), "recall": hits / len(items)})
    return sorted(rows, key=lambda row: (row["recall"], -row["cases"], row["icd10"]))


def compute_metrics(results: Sequence[CaseResult], mode: str) -> dict:
    metrics = {"mode": mode, **summarise(results, mode)}
    if mode == "assess":
        metrics["grounding_rate"] = None
    metrics["by_lang"] = {}
    for lang in ("zh", "en"):
        subset = [r for r in results if r.lang == lang]
        if subset:
            part = summarise(subset, mode)
            if mode == "assess":
                part["grounding_rate"] = None
            metrics["by_lang"][lang] = part
    metrics["triage_confusion"] = triage_confusion(results)
    metrics["topk_curve"] = topk_curve(results)
    return metrics


def severity(r: CaseResult) -> tuple:
    """Sort key for 'worst misses': under-triaged emergencies first, then missed flags, then missing diagnoses."""
    under = r.triage is None or TRIAGE_ORDER[r.triage] < TRIAGE_ORDER[r.expected_triage]
    return (
        not (under and r.expected_triage == "emergency"),
        not (r.expected_red_flag and not r.red_flags),
        not under,
        not (r.has_diagnosis and r.correct_rank is None),
        -(r.correct_rank or 0),
        r.id,
    )

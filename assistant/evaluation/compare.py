"""`assistant eval compare OLD_DIR NEW_DIR`: metric deltas and the cases that got worse."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from assistant.clinical.assessment import TRIAGE_ORDER
from assistant.evaluation.results import CaseResult

# metrics where a smaller number is better
LOWER_IS_BETTER = {
    "false_emergency_rate", "red_flag_false_alarm_rate", "latency_ms_p50", "latency_ms_p95", "asr_error", "errors",
    "first_text_ms_p50", "voice_to_voice_ms_p50", "voice_to_voice_ms_p95", "model_wall_ms_p50", "model_wall_ms_p95",
    "no_audio_cases",
}
COMPARED = (
    "top1", "top3", "top5", "top10", "mrr", "triage_accuracy", "triage_safe_rate", "emergency_recall",
    "false_emergency_rate", "red_flag_recall", "red_flag_false_alarm_rate", "coverage", "grounding_rate",
    "asr_error", "latency_ms_p50", "latency_ms_p95", "passed", "errors",
    "voice_to_voice_ms_p50", "voice_to_voice_ms_p95", "model_wall_ms_p50", "model_wall_ms_p95", "no_audio_cases",
)


class Delta(BaseModel):
    metric: str
    scope: str  # "all", "zh", "en"
    old: float | None
    new: float | None
    delta: float | None
    worse: bool


class Regression(BaseModel):
    id: str
    lang: str
    changes: list[str]


class Comparison(BaseModel):
    deltas: list[Delta]
    worse_cases: list[Regression]
    better_cases: list[str]
    only_old: list[str]
    only_new: list[str]


def _load(out_dir: Path) -> tuple[dict, dict[str, CaseResult]]:
    metrics = json.loads((out_dir / "metrics.json").read_text(encoding="utf-8"))
    cases: dict[str, CaseResult] = {}
    for line in (out_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = CaseResult.model_validate_json(line)
            cases[r.id] = r
    return metrics, cases


def _deltas(old: dict, new: dict, scope: str) -> list[Delta]:
    out = []
    for key in COMPARED:
        a, b = old.get(key), new.get(key)
        if a is None and b is None:
            continue
        d = None if a is None or b is None else b - a
        worse = d is not None and abs(d) > 1e-12 and ((d > 0) if key in LOWER_IS_BETTER else (d < 0))
        out.append(Delta(metric=key, scope=scope, old=a, new=b, delta=d, worse=worse))
    return out


def _rank(r: CaseResult) -> float:
    return r.correct_rank if r.correct_rank is not None else float("inf")


def case_changes(old: CaseResult, new: CaseResult) -> tuple[list[str], bool]:
    """(what got worse, whether anything got better)."""
    worse: list[str] = []
    better = False
    if old.has_diagnosis and _rank(new) > _rank(old):
        worse.append(f"rank {old.correct_rank or '—'} → {new.correct_rank or '—'}")
    elif _rank(new) < _rank(old):
        better = True
    o = TRIAGE_ORDER.get(old.triage or "", -1)
    n = TRIAGE_ORDER.get(new.triage or "", -1)
    e = TRIAGE_ORDER[new.expected_triage]
    if (o >= e > n) or (old.triage == old.expected_triage and new.triage != new.expected_triage):
        worse.append(f"triage {old.triage or '—'} → {new.triage or '—'} (expected {new.expected_triage})")
    elif new.triage == new.expected_triage and old.triage != old.expected_triage:
        better = True
    if new.expected_red_flag and old.red_flags and not new.red_flags:
        worse.append("expected red flag no longer fires")
    if not new.expected_red_flag and not old.red_flags and new.red_flags:
        worse.append(f"new false red flag: {', '.join(f.id for f in new.red_flags)}")
    if old.grounding and new.grounding and old.grounding.grounded and not new.grounding.grounded:
        worse.append("answer no longer grounded")
    if old.passed and not new.passed:
        worse.append("now fails: " + "; ".join(new.reasons))
    elif new.passed and not old.passed:
        better = True
    return worse, better


def compare_dirs(old_dir: Path, new_dir: Path) -> Comparison:
    old_m, old_c = _load(old_dir)
    new_m, new_c = _load(new_dir)
    deltas = _deltas(old_m, new_m, "all")
    for lang in ("zh", "en"):
        if lang in old_m.get("by_lang", {}) or lang in new_m.get("by_lang", {}):
            deltas += _deltas(old_m.get("by_lang", {}).get(lang, {}), new_m.get("by_lang", {}).get(lang, {}), lang)
    worse_cases, better_cases = [], []
    for cid in old_c.keys() & new_c.keys():
        changes, improved = case_changes(old_c[cid], new_c[cid])
        if changes:
            worse_cases.append(Regression(id=cid, lang=new_c[cid].lang, changes=changes))
        elif improved:
            better_cases.append(cid)
    return Comparison(
        deltas=deltas,
        worse_cases=sorted(worse_cases, key=lambda r: r.id),
        better_cases=sorted(better_cases),
        only_old=sorted(old_c.keys() - new_c.keys()),
        only_new=sorted(new_c.keys() - old_c.keys()),
    )


def _fmt(key: str, v: float | None) -> str:
    if v is None:
        return "—"
    if key.startswith("latency") or key.endswith(("_ms_p50", "_ms_p95")):
        return f"{v:.0f} ms"
    if key in ("errors", "no_audio_cases"):
        return f"{v:g}"
    if key in ("mrr", "asr_error"):
        return f"{v:.3f}"
    return f"{v:.1%}"


def render_comparison(c: Comparison) -> str:
    lines = ["| metric | scope | old | new | change |", "|---|---|---|---|---|"]
    for d in c.deltas:
        change = "—" if d.delta is None else (("▼ worse " if d.worse else "") + f"{d.delta:+.4g}")
        lines.append(f"| {d.metric} | {d.scope} | {_fmt(d.metric, d.old)} | {_fmt(d.metric, d.new)} | {change} |")
    lines += ["", f"Cases that got worse: {len(c.worse_cases)}; better: {len(c.better_cases)}"]
    lines += [f"- {r.id} ({r.lang}): {'; '.join(r.changes)}" for r in c.worse_cases]
    if c.only_old or c.only_new:
        lines.append(f"Only in old: {len(c.only_old)}; only in new: {len(c.only_new)}")
    return "\n".join(lines) + "\n"

"""The clinician-readable reports: DIR/report.html (self-contained, offline) and DIR/report.md."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html import escape
from pathlib import Path

from pydantic import BaseModel

from assistant.evaluation import svg
from assistant.evaluation.icd import entry_matches
from assistant.evaluation.metrics import per_condition_recall, severity
from assistant.evaluation.results import PASS_RANK, CaseResult
from assistant.yaml_data import load_yaml

ANCHORS_FILE = Path(__file__).with_name("anchors.yaml")

# (metric key, label, kind) in display order; kind: rate | ms | num | err
HEADLINE: tuple[tuple[str, str, str], ...] = (
    ("cases", "Cases", "num"),
    ("top1", "Correct diagnosis ranked 1st (top-1)", "rate"),
    ("top3", "Within top 3", "rate"),
    ("top5", "Within top 5", "rate"),
    ("top10", "Within top 10", "rate"),
    ("mrr", "Mean reciprocal rank", "num"),
    ("triage_accuracy", "Triage exactly right", "rate"),
    ("triage_safe_rate", "Triage safe (at or above the expected urgency)", "rate"),
    ("emergency_recall", "Emergencies called emergency", "rate"),
    ("false_emergency_rate", "Non-emergencies called emergency", "rate"),
    ("red_flag_recall", "Red flag fired when expected", "rate"),
    ("red_flag_false_alarm_rate", "Red flag fired when not expected", "rate"),
    ("coverage", "Cases with any differential", "rate"),
    ("grounding_rate", "Answers passing the grounding check", "rate"),
    ("asr_error", "ASR error (CER zh / WER en)", "err"),
    ("latency_ms_p50", "Latency p50", "ms"),
    ("latency_ms_p95", "Latency p95", "ms"),
    ("passed", "Cases passing every check", "rate"),
)

# audio mode only (assistant/evaluation/audio.py)
AUDIO_HEADLINE: tuple[tuple[str, str, str], ...] = (
    ("voice_to_voice_ms_p50", "Voice to voice p50 (virtual clock: turn-taking and pacing, models instant)", "ms"),
    ("voice_to_voice_ms_p95", "Voice to voice p95 (virtual clock)", "ms"),
    ("model_wall_ms_p50", "Model time on the last turn p50 (wall: ASR + answer to first text + first TTS chunk)", "ms"),
    ("model_wall_ms_p95", "Model time on the last turn p95 (wall)", "ms"),
    ("no_audio_cases", "Cases whose answer had no audio", "num"),
)


def headline(mode: str) -> tuple[tuple[str, str, str], ...]:
    return HEADLINE + AUDIO_HEADLINE if mode == "audio" else HEADLINE


ANCHOR_KEYS = {"top1": "top-1", "top3": "top-3", "top5": "top-5", "top20": "top-20", "triage_accuracy": "triage"}


class Anchor(BaseModel):
    id: str
    who: str
    short: str
    citation: str
    note: str
    figures: dict[str, float]
    datasets: list[str] = []


@lru_cache
def load_anchors() -> tuple[Anchor, ...]:
    return tuple(Anchor.model_validate(a) for a in load_yaml(ANCHORS_FILE.read_text(encoding="utf-8")))


def fmt(value: object, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "rate":
        return f"{float(value):.1%}"  # type: ignore[arg-type]
    if kind == "ms":
        return f"{float(value):.0f} ms"  # type: ignore[arg-type]
    if kind == "err":
        return f"{float(value):.3f}"  # type: ignore[arg-type]
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def anchor_text(key: str) -> str:
    bits = [f"{a.who}: {a.figures[key]:.1%}" for a in load_anchors() if key in a.figures]
    return "; ".join(bits)


@lru_cache
def _condition_names() -> tuple[tuple[tuple[str, ...], str], ...]:
    try:
        from assistant.clinical.knowledge import cached_clinical_knowledge
        from assistant.config import Settings

        conditions = cached_clinical_knowledge(Settings().knowledge_base_dir).conditions.values()
        return tuple((tuple(c.icd10), c.name.en) for c in conditions)
    except Exception:  # noqa: BLE001 - names are a nicety; codes alone still read
        return ()


def condition_label(codes: str) -> str:
    accepted = [c.strip() for c in codes.split(",")]
    names = [name for kb_codes, name in _condition_names() if entry_matches(kb_codes, accepted)]
    return f"{codes} {names[0]}" if names else codes


def worst_misses(results: Sequence[CaseResult], limit: int = 15) -> list[CaseResult]:
    return sorted((r for r in results if not r.passed), key=severity)[:limit]


def _columns(metrics: dict) -> list[tuple[str, dict]]:
    cols = [("all", metrics)]
    cols += [(lang, part) for lang, part in metrics.get("by_lang", {}).items()]
    return cols


# ---------------------------------------------------------------- Markdown


def render_markdown(results: Sequence[CaseResult], metrics: dict) -> str:
    run = metrics.get("run", {})
    cols = _columns(metrics)
    out = [
        "# Evaluation report",
        "",
        f"Mode **{metrics['mode']}** · {metrics['cases']} cases from {', '.join(run.get('case_files', [])) or '—'} · "
        f"knowledge {run.get('knowledge_version', '—')} · {run.get('started', '')} · {run.get('wall_s', '—')} s",
        "",
        "Decision-support evaluation on written case vignettes: these figures describe the software, not clinical outcomes.",
        "",
        "| Measure | " + " | ".join(name for name, _ in cols) + " | Published anchors (other case sets) |",
        "|---|" + "---|" * len(cols) + "---|",
    ]
    for key, label, kind in headline(metrics["mode"]):
        out.append(f"| {label} | " + " | ".join(fmt(part.get(key), kind) for _, part in cols) + f" | {anchor_text(key)} |")
    out += ["", "## Published anchors", ""]
    for a in load_anchors():
        figures = ", ".join(f"{ANCHOR_KEYS.get(k, k)} {v:.1%}" for k, v in a.figures.items())
        out.append(f"- **{a.who}** — {figures}. {a.note} _{a.citation}_")
    problems = run.get("problems", [])
    if problems:
        out += ["", f"## Skipped lines ({len(problems)})", ""]
        out += [f"- `{p['file']}:{p['line']}` {p['message']}" for p in problems]
    out += ["", "## Triage (rows expected, columns predicted)", "", "| expected \\ predicted | emergency | urgent | routine | none |", "|---|---|---|---|---|"]
    for level, row in metrics["triage_confusion"].items():
        out.append(f"| {level} | " + " | ".join(str(row[c]) for c in ("emergency", "urgent", "routine", "none")) + " |")
    out += ["", f"## Recall within top {PASS_RANK}, by expected condition (lowest first)", "", "| Condition | Cases | Recall |", "|---|---|---|"]
    for row in per_condition_recall(results, PASS_RANK)[:40]:
        out.append(f"| {condition_label(row['icd10'])} | {row['cases']} | {row['recall']:.0%} |")
    out += ["", "## Worst misses", ""]
    for r in worst_misses(results):
        top = ", ".join(f"{p.name} ({', '.join(p.icd10)})" for p in r.predictions[:5]) or "none"
        out += [
            f"### {r.id} ({r.lang})",
            "",
            f"> {r.presentation}",
            "",
            f"- Expected: {', '.join(r.expected_icd10) or '—'}; triage {r.expected_triage}; red flag {'yes' if r.expected_red_flag else 'no'}",
            f"- Got: rank {r.correct_rank or '—'}; triage {r.triage or '—'}; red flags {', '.join(f.id for f in r.red_flags) or 'none'}",
            f"- Top 5: {top}",
            f"- Extracted: present {', '.join(r.findings.present) or '—'}; absent {', '.join(r.findings.absent) or '—'}; "
            f"measurements {', '.join(f'{k} {v}' for k, v in r.findings.measurements.items()) or '—'}",
            f"- Why it failed: {'; '.join(r.reasons)}",
        ]
        if r.transcript is not None:
            out.append(f"- Heard: {r.transcript}")
        out.append("")
    out += ["## Definitions", "", _DEFINITIONS]
    return "\n".join(out) + "\n"


_DEFINITIONS = (
    "A diagnosis counts as correct when one ICD-10 code of a differential entry and one accepted code are equal "
    "or one is a prefix of the other (case and dots ignored): I21.4 matches I21 and I21 matches I21.4, "
    "but I20.0 does not match I20.9. Top-k and MRR count cases that have an expected diagnosis. "
    "Triage is safe when the level given is at or above the expected urgency (emergency > urgent > routine). "
    f"A case passes when the expected diagnosis is within the top {PASS_RANK}, triage is safe, an expected red flag fired, "
    "and (answer/audio modes) the answer is grounded: every citation is a real guideline passage, every [n] refers to a "
    "citation, and every condition the answer names is in the differential or in its grounds. Latency: assess mode, "
    "extraction + assessment; answer mode, until the answer is complete; audio mode, the voice session's own "
    "voice-to-voice (end of speech to the first answer audio) on a virtual clock that stands still while models run, "
    "so it shows what turn-taking and pacing add; the models' wall-clock time on the last turn is reported apart "
    "(model time). ASR error: CER for Chinese, WER for English, of the transcribed turns against the written case."
)


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans SC","PingFang SC",sans-serif;margin:24px auto;max-width:1100px;color:#111;padding:0 16px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f8fafc}.num{text-align:right;white-space:nowrap}.muted{color:#666;font-size:12px}
.miss{border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px;margin:10px 0}.miss blockquote{margin:6px 0;padding-left:10px;border-left:3px solid #cbd5e1}
.bad{color:#b91c1c}.chips span{display:inline-block;background:#eef2ff;border-radius:10px;padding:1px 8px;margin:1px;font-size:12px}
.chips span.neg{background:#f1f5f9;text-decoration:line-through}.charts{display:flex;flex-wrap:wrap;gap:24px}
"""


def _chips(items: list[str], cls: str = "") -> str:
    return "".join(f'<span class="{cls}">{escape(i)}</span>' for i in items) or "—"


def render_html(results: Sequence[CaseResult], metrics: dict) -> str:
    run = metrics.get("run", {})
    cols = _columns(metrics)
    h: list[str] = [
        "<!doctype html><html><head><meta charset='utf-8'><title>Evaluation report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Evaluation report</h1>",
        f"<p>Mode <b>{escape(str(metrics['mode']))}</b> · {metrics['cases']} cases from "
        f"{escape(', '.join(run.get('case_files', [])) or '—')} · knowledge {escape(str(run.get('knowledge_version', '—')))} · "
        f"{escape(str(run.get('started', '')))} · {run.get('wall_s', '—')} s</p>",
        "<p class='muted'>Decision-support evaluation on written case vignettes: these figures describe the software, "
        "not clinical outcomes. Published anchors come from other case sets and other systems.</p>",
        "<h2>Headline figures</h2><table><tr><th>Measure</th>"
        + "".join(f"<th>{escape(name)}</th>" for name, _ in cols)
        + "<th>Published anchors</th></tr>",
    ]
    for key, label, kind in headline(metrics["mode"]):
        h.append(
            f"<tr><td>{escape(label)}</td>"
            + "".join(f"<td class='num'>{fmt(part.get(key), kind)}</td>" for _, part in cols)
            + f"<td class='muted'>{escape(anchor_text(key))}</td></tr>"
        )
    h.append("</table>")
    problems = run.get("problems", [])
    if problems:
        h.append(f"<h2>Skipped lines ({len(problems)})</h2><ul>")
        h += [f"<li><code>{escape(p['file'])}:{p['line']}</code> {escape(p['message'])}</li>" for p in problems]
        h.append("</ul>")
    anchor_points = [(a.short, int(k[3:]), v) for a in load_anchors() for k, v in a.figures.items() if k.startswith("top")]
    h.append("<h2>Charts</h2><div class='charts'>")
    h.append(f"<figure>{svg.topk_chart(metrics.get('topk_curve', []), anchor_points)}<figcaption class='muted'>Top-k accuracy (line) against published anchors (diamonds).</figcaption></figure>")
    h.append(f"<figure>{svg.confusion_chart(metrics['triage_confusion'])}<figcaption class='muted'>Triage: rows expected, columns predicted; green right, amber over-triage, red under-triage.</figcaption></figure>")
    latencies = [r.latency_ms for r in results if r.latency_ms is not None]
    h.append(f"<figure>{svg.histogram(latencies)}<figcaption class='muted'>Per-case latency.</figcaption></figure>")
    h.append("</div>")
    recall = per_condition_recall(results, PASS_RANK)[:40]
    h.append(f"<h2>Recall within top {PASS_RANK}, by expected condition (lowest first)</h2>")
    h.append(svg.bar_chart([(condition_label(r["icd10"]), r["recall"], f"{r['icd10']}: {r['recall']:.0%} of {r['cases']} cases") for r in recall]))
    h.append("<h2>Worst misses</h2>")
    for r in worst_misses(results):
        top = "".join(
            f"<li>{escape(p.name)} <span class='muted'>{escape(', '.join(p.icd10))} · {p.probability:.0%}</span>"
            + (" <b>✓</b>" if p.rank == r.correct_rank else "")
            + "</li>"
            for p in r.predictions[:5]
        ) or "<li>none</li>"
        f = r.findings
        meas = [f"{k} {v}" for k, v in f.measurements.items()]
        demo = ", ".join(x for x in (f"{f.age_years:g} y" if f.age_years is not None else "", f.sex or "") if x)
        h.append(
            f"<div class='miss'><b>{escape(r.id)}</b> <span class='muted'>{r.lang} · {escape(r.source)}</span>"
            f"<blockquote>{escape(r.presentation)}</blockquote>"
            f"<div class='bad'>{escape('; '.join(r.reasons))}</div>"
            f"<table><tr><th>Expected</th><th>Got</th><th>Top 5</th><th>Extracted findings</th></tr><tr>"
            f"<td>{escape(', '.join(r.expected_icd10) or '—')}<br>triage {r.expected_triage}<br>red flag {'yes' if r.expected_red_flag else 'no'}</td>"
            f"<td>rank {r.correct_rank or '—'}<br>triage {r.triage or '—'}<br>flags {escape(', '.join(x.title for x in r.red_flags) or 'none')}</td>"
            f"<td><ol>{top}</ol></td>"
            f"<td class='chips'>{escape(demo)} {_chips(f.present)} {_chips(f.absent, 'neg')} {_chips(meas)}</td></tr></table>"
            + (f"<div class='muted'>Heard: {escape(r.transcript)}</div>" if r.transcript is not None else "")
            + (f"<div class='muted'>Answer: {escape(r.answer)}</div>" if r.answer else "")
            + "</div>"
        )
    h.append("<h2>Published anchors</h2><ul>")
    for a in load_anchors():
        figures = ", ".join(f"{ANCHOR_KEYS.get(k, k)} {v:.1%}" for k, v in a.figures.items())
        h.append(f"<li><b>{escape(a.who)}</b> — {figures}. {escape(a.note)}<br><span class='muted'>{escape(a.citation)}</span></li>")
    h.append(f"</ul><h2>Definitions</h2><p class='muted'>{escape(_DEFINITIONS)}</p></body></html>")
    return "\n".join(h)


def write_reports(out_dir: Path, results: Sequence[CaseResult], metrics: dict) -> None:
    (out_dir / "report.html").write_text(render_html(results, metrics), encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(results, metrics), encoding="utf-8")

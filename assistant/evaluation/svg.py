"""Tiny inline-SVG charts for the offline HTML report (no scripts, no external assets)."""

from __future__ import annotations

from html import escape

_AXIS = "#555"
_BLUE = "#2563eb"
_PALETTE = ("#dc2626", "#d97706", "#059669", "#7c3aed", "#0891b2", "#db2777")


def _svg(width: int, height: int, body: str, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" font-family="sans-serif" font-size="11">{body}</svg>'
    )


def topk_chart(curve: list[float], anchors: list[tuple[str, int, float]], width: int = 560, height: int = 300) -> str:
    """Our top-k accuracy for k = 1..len(curve), with published anchor points (label, k, value) as markers."""
    left, right, top, bottom = 44, 170, 16, 36
    w, h = width - left - right, height - top - bottom
    max_k = max(len(curve), max((k for _, k, _ in anchors), default=1), 2)

    def x(k: float) -> float:
        return left + (k - 1) / (max_k - 1) * w

    def y(v: float) -> float:
        return top + (1 - v) * h

    parts = []
    for v in (0, 0.25, 0.5, 0.75, 1.0):
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" fill="{_AXIS}">{int(v * 100)}%</text>')
    for k in sorted({1, 3, 5, 10, max_k}):
        parts.append(f'<text x="{x(k):.1f}" y="{top + h + 16}" text-anchor="middle" fill="{_AXIS}">{k}</text>')
    parts.append(f'<text x="{left + w / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="{_AXIS}">k (diagnosis within the top k)</text>')
    if curve:
        pts = " ".join(f"{x(k):.1f},{y(v):.1f}" for k, v in enumerate(curve, start=1))
        parts.append(f'<polyline points="{pts}" fill="none" stroke="{_BLUE}" stroke-width="2.5"/>')
        for k, v in enumerate(curve, start=1):
            if k in (1, 3, 5, 10):
                parts.append(f'<circle cx="{x(k):.1f}" cy="{y(v):.1f}" r="3.5" fill="{_BLUE}"><title>top-{k}: {v:.1%}</title></circle>')
    legend_y = top + 4
    parts.append(f'<line x1="{left + w + 12}" x2="{left + w + 30}" y1="{legend_y}" y2="{legend_y}" stroke="{_BLUE}" stroke-width="2.5"/>')
    parts.append(f'<text x="{left + w + 34}" y="{legend_y + 4}">this run</text>')
    labels: dict[str, str] = {}
    for label, k, v in anchors:
        color = labels.setdefault(label, _PALETTE[len(labels) % len(_PALETTE)])
        parts.append(
            f'<rect x="{x(k) - 4:.1f}" y="{y(v) - 4:.1f}" width="8" height="8" fill="{color}" transform="rotate(45 {x(k):.1f} {y(v):.1f})">'
            f"<title>{escape(label)}: top-{k} {v:.1%}</title></rect>"
        )
    for i, (label, color) in enumerate(labels.items(), start=1):
        ly = legend_y + i * 16
        parts.append(f'<rect x="{left + w + 17}" y="{ly - 4}" width="8" height="8" fill="{color}" transform="rotate(45 {left + w + 21} {ly})"/>')
        parts.append(f'<text x="{left + w + 34}" y="{ly + 4}">{escape(label[:26])}</text>')
    return _svg(width, height, "".join(parts), "top-k accuracy")


def confusion_chart(table: dict[str, dict[str, int]], width: int = 420, height: int = 220) -> str:
    """Rows: expected level; columns: predicted level. Cells above the diagonal are under-triage (red)."""
    rows = ["emergency", "urgent", "routine"]
    cols = ["emergency", "urgent", "routine", "none"]
    order = {"emergency": 2, "urgent": 1, "routine": 0, "none": -1}
    cell_w, cell_h, left, top = 72, 40, 104, 40
    total = max(1, max(sum(r.values()) for r in table.values()))
    parts = [f'<text x="{left + 2 * cell_w}" y="14" text-anchor="middle" fill="{_AXIS}">predicted</text>']
    for j, c in enumerate(cols):
        parts.append(f'<text x="{left + j * cell_w + cell_w / 2}" y="{top - 8}" text-anchor="middle">{c}</text>')
    for i, r in enumerate(rows):
        parts.append(f'<text x="{left - 8}" y="{top + i * cell_h + cell_h / 2 + 4}" text-anchor="end">{r}</text>')
        for j, c in enumerate(cols):
            n = table.get(r, {}).get(c, 0)
            base = "5,150,105" if order[c] == order[r] else ("220,38,38" if order[c] < order[r] else "217,119,6")
            alpha = 0.08 + 0.8 * n / total if n else 0.03
            parts.append(
                f'<rect x="{left + j * cell_w}" y="{top + i * cell_h}" width="{cell_w - 2}" height="{cell_h - 2}" '
                f'fill="rgba({base},{alpha:.2f})"><title>expected {r}, predicted {c}: {n}</title></rect>'
            )
            parts.append(f'<text x="{left + j * cell_w + cell_w / 2}" y="{top + i * cell_h + cell_h / 2 + 4}" text-anchor="middle">{n}</text>')
    parts.append(f'<text x="8" y="{top + 1.5 * cell_h}" fill="{_AXIS}" transform="rotate(-90 8 {top + 1.5 * cell_h})" text-anchor="middle">expected</text>')
    return _svg(width, height, "".join(parts), "triage confusion matrix")


def bar_chart(rows: list[tuple[str, float, str]], width: int = 560, bar_h: int = 16) -> str:
    """Horizontal bars of a 0..1 value: (label, value, tooltip)."""
    left, top = 190, 8
    w = width - left - 50
    height = top * 2 + len(rows) * (bar_h + 4)
    parts = []
    for i, (label, value, tip) in enumerate(rows):
        y = top + i * (bar_h + 4)
        color = "#dc2626" if value < 0.5 else ("#d97706" if value < 0.8 else "#059669")
        parts.append(f'<text x="{left - 6}" y="{y + bar_h - 4}" text-anchor="end">{escape(label[:30])}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w}" height="{bar_h}" fill="#f3f4f6"/>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w * value:.1f}" height="{bar_h}" fill="{color}"><title>{escape(tip)}</title></rect>')
        parts.append(f'<text x="{left + w + 6}" y="{y + bar_h - 4}">{value:.0%}</text>')
    return _svg(width, max(height, 20), "".join(parts), "per-condition recall")


def histogram(values: list[float], bins: int = 20, width: int = 560, height: int = 220, unit: str = "ms") -> str:
    left, right, top, bottom = 44, 12, 12, 36
    w, h = width - left - right, height - top - bottom
    if not values:
        return _svg(width, 40, f'<text x="8" y="24" fill="{_AXIS}">no latency recorded</text>', "latency histogram")
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - lo) / span * bins))] += 1
    peak = max(counts)
    bw = w / bins
    parts = []
    for i, n in enumerate(counts):
        bh = h * n / peak
        a, b = lo + i * span / bins, lo + (i + 1) * span / bins
        parts.append(
            f'<rect x="{left + i * bw:.1f}" y="{top + h - bh:.1f}" width="{bw - 1:.1f}" height="{bh:.1f}" fill="{_BLUE}">'
            f"<title>{a:.0f}–{b:.0f} {unit}: {n}</title></rect>"
        )
    parts.append(f'<line x1="{left}" x2="{left + w}" y1="{top + h}" y2="{top + h}" stroke="{_AXIS}"/>')
    for frac in (0, 0.5, 1):
        parts.append(f'<text x="{left + frac * w:.1f}" y="{top + h + 14}" text-anchor="middle" fill="{_AXIS}">{lo + frac * span:.0f}</text>')
    parts.append(f'<text x="{left - 6}" y="{top + 8}" text-anchor="end" fill="{_AXIS}">{peak}</text>')
    parts.append(f'<text x="{left + w / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="{_AXIS}">per-case latency ({unit})</text>')
    return _svg(width, height, "".join(parts), "latency histogram")

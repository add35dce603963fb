"""Triage: emergency / urgent / routine, with the reasons that set it.

Red flags come first and are never lowered by the ranking. A ranked condition can raise the
level only through the band tables in reasoning.yaml: an emergency-default condition escalates
to emergency at high probability, or when it leads the differential at moderate probability (the most
likely diagnosis is one that is usually an emergency). Lower-ranked conditions at low bands do
not, which keeps over-triage down.
"""

from __future__ import annotations

from assistant.clinical.assessment import TRIAGE_ORDER, DifferentialEntry, RedFlag, Triage, TriageLevel
from assistant.clinical.differential import TriageParams


def decide_triage(
    flags: list[RedFlag],
    differential: list[DifferentialEntry],
    default_triage: dict[str, TriageLevel],
    params: TriageParams,
    lang: str,
    insufficient: bool = False,
    notes: dict[str, str] | None = None,
    presenting: set[str] | None = None,
) -> Triage:
    """``default_triage`` maps a condition id to its disposition for this case (the profile's
    default, or a triage modifier that matched); ``notes`` gives the modifier's reason.
    ``presenting``: conditions supported by enough symptoms and signs said in words; only these
    can raise triage as the leading diagnosis (history, risk factors and one stray complaint are
    not a presentation)."""
    lang = "zh" if lang == "zh" else "en"
    t = params.templates
    level: TriageLevel = "routine"
    reasons: list[str] = []

    for flag in flags:
        if TRIAGE_ORDER[flag.severity] > TRIAGE_ORDER[level]:
            level = flag.severity
        reasons.append(t["red_flag"].get(lang).format(title=flag.title))

    if not insufficient:
        leading = max(differential, key=lambda e: e.probability, default=None)
        if leading is not None and leading.id not in (presenting or set()):
            leading = None
        for entry in differential:
            default = default_triage.get(entry.id, "routine")
            raised = _raised_level(params, default, entry.band, entry is leading)
            if raised is None:
                continue
            if TRIAGE_ORDER[raised] > TRIAGE_ORDER[level]:
                level = raised  # type: ignore[assignment]
            if TRIAGE_ORDER[raised] >= TRIAGE_ORDER[level]:
                labels = params.labels
                template = "condition" if raised == params.from_condition.get(default, {}).get(entry.band) else "leading"
                reasons.append(
                    t[template].get(lang).format(
                        name=entry.name,
                        band=labels["band"][entry.band].get(lang),
                        probability=round(entry.probability * 100),
                        default=labels["level"][default].get(lang),
                    )
                    + (f" ({notes[entry.id]})" if notes and entry.id in notes else "")
                )

    if not reasons:
        reasons.append(t["insufficient" if insufficient else "routine"].get(lang))
    return Triage(level=level, reasons=reasons)


def _raised_level(params: TriageParams, default: str, band: str, leading: bool) -> TriageLevel | None:
    """The level a condition raises triage to: the higher of its band's row and, when it
    leads the differential, the leading-condition row."""
    levels = [params.from_condition.get(default, {}).get(band)]
    if leading:
        levels.append(params.from_leading_condition.get(default, {}).get(band))
    found = [level for level in levels if level is not None]
    return max(found, key=lambda level: TRIAGE_ORDER[level]) if found else None  # type: ignore[return-value]

"""Triage: emergency / urgent / routine, with the reasons that set it.

Red flags come first and are never lowered by the ranking. A ranked condition can raise the
level only through the band table in reasoning.yaml (an emergency-default condition
escalates to emergency only at high probability), which keeps over-triage down.
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
) -> Triage:
    """``default_triage`` maps a condition id to its disposition for this case (the profile's
    default, or a triage modifier that matched); ``notes`` gives the modifier's reason."""
    lang = "zh" if lang == "zh" else "en"
    t = params.templates
    level: TriageLevel = "routine"
    reasons: list[str] = []

    for flag in flags:
        if TRIAGE_ORDER[flag.severity] > TRIAGE_ORDER[level]:
            level = flag.severity
        reasons.append(t["red_flag"].get(lang).format(title=flag.title))

    if not insufficient:
        for entry in differential:
            default = default_triage.get(entry.id, "routine")
            raised = params.from_condition.get(default, {}).get(entry.band)
            if raised is None:
                continue
            if TRIAGE_ORDER[raised] > TRIAGE_ORDER[level]:
                level = raised  # type: ignore[assignment]
            if TRIAGE_ORDER[raised] >= TRIAGE_ORDER[level]:
                labels = params.labels
                reasons.append(
                    t["condition"].get(lang).format(
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

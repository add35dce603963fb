"""Clinical scores against the published point tables (hand-computed expected values)."""

from __future__ import annotations

import pytest

from assistant.clinical.case import Case, Finding, Measurement, Presence
from assistant.clinical.scores import cached_score_tables, compute_scores
from assistant.config import PROJECT_ROOT

TABLES = cached_score_tables(PROJECT_ROOT / "knowledge_base")


def mk(f: str = "", no: str = "", v: dict[str, float] | None = None, age: float | None = None) -> Case:
    findings = {x: Finding(id=x) for x in f.split()}
    findings.update({x: Finding(id=x, status=Presence.absent) for x in no.split()})
    vitals = {k: Measurement(id=k, value=val) for k, val in (v or {}).items()}
    return Case(findings=findings, vitals=vitals, age_years=age)


def score(case: Case, score_id: str):
    return compute_scores(case, TABLES)[score_id]


def points(case: Case, score_id: str, param: str) -> float:
    return next(c.points for c in score(case, score_id).components if c.id == param)


def test_all_scores_present_and_sourced() -> None:
    assert set(TABLES) == {"news2", "qsofa", "crb65", "wells_pe", "wells_dvt"}
    for table in TABLES.values():
        assert table.sources and all(s.title and s.issuer and s.year for s in table.sources)
    assert set(compute_scores(Case(), TABLES)) == set(TABLES)


# NEWS2 chart 1 (RCP 2017), every band edge.
NEWS2_EDGES = [
    ("rr", "respiration_rate", [(8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3)]),
    ("spo2", "spo2_scale_1", [(91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0)]),
    ("sbp", "systolic_bp", [(90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0), (220, 3)]),
    ("hr", "pulse", [(40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1), (111, 2), (130, 2), (131, 3)]),
    ("temp_c", "temperature", [(35.0, 3), (35.1, 1), (36.0, 1), (36.1, 0), (38.0, 0), (38.1, 1), (39.0, 1), (39.1, 2)]),
]


@pytest.mark.parametrize(
    ("measure", "param", "value", "expected"),
    [(m, p, val, exp) for m, p, edges in NEWS2_EDGES for val, exp in edges],
)
def test_news2_band_edges(measure: str, param: str, value: float, expected: int) -> None:
    assert points(mk(v={measure: value}), "news2", param) == expected


def test_news2_worked_example() -> None:
    # RR 24 (2) + SpO2 94 (1) + oxygen (2) + SBP 105 (1) + HR 115 (2) + alert (0) + 38.5 °C (1) = 9
    case = mk("on_supplemental_oxygen", no="confusion", v={"rr": 24, "spo2": 94, "sbp": 105, "hr": 115, "temp_c": 38.5})
    result = score(case, "news2")
    assert result.value == 9 and result.band == "high" and result.missing == []


def test_news2_consciousness_and_single_red_parameter() -> None:
    assert points(mk("confusion"), "news2", "consciousness") == 3
    assert points(mk("reduced_consciousness"), "news2", "consciousness") == 3
    only_rr = score(mk(v={"rr": 25}), "news2")
    assert only_rr.value == 3 and only_rr.band == "low_medium"
    assert score(mk(v={"rr": 21}), "news2").band == "low"
    assert score(mk(v={"rr": 21, "hr": 111, "temp_c": 35.5}), "news2").band == "medium"


def test_missing_inputs_score_zero_and_are_listed() -> None:
    result = score(Case(), "news2")
    assert result.value == 0 and result.band == "low"
    assert set(result.missing) == {
        "respiration_rate", "spo2_scale_1", "air_or_oxygen", "systolic_bp", "pulse", "consciousness", "temperature"
    }
    partial = score(mk(no="confusion", v={"rr": 18}), "news2")
    assert "respiration_rate" not in partial.missing and "consciousness" not in partial.missing
    assert not partial.complete


def test_qsofa_sepsis3_examples() -> None:
    # RR 24, SBP 95, GCS 14 -> 3 (each criterion met)
    assert score(mk(v={"rr": 24, "sbp": 95, "gcs": 14}), "qsofa").value == 3
    at_edges = score(mk(v={"rr": 22, "sbp": 100}), "qsofa")
    assert at_edges.value == 2 and at_edges.band == "high" and at_edges.missing == ["altered_mentation"]
    normal = score(mk(v={"rr": 21, "sbp": 101, "gcs": 15}), "qsofa")
    assert normal.value == 0 and normal.band == "low" and normal.missing == []


def test_crb65() -> None:
    worst = score(mk("confusion", v={"rr": 32, "sbp": 85, "dbp": 50}, age=70), "crb65")
    assert worst.value == 4 and worst.band == "high"
    none = score(mk(no="confusion", v={"rr": 29, "sbp": 90, "dbp": 61}, age=64), "crb65")
    assert none.value == 0 and none.band == "low" and none.missing == []
    assert score(mk(v={"dbp": 60}, age=65), "crb65").value == 2  # DBP ≤60 counts
    assert score(mk(v={"sbp": 89}), "crb65").value == 1  # SBP <90 counts
    only_age = score(mk(age=80), "crb65")
    assert only_age.value == 1 and only_age.band == "intermediate"
    assert set(only_age.missing) == {"confusion", "respiratory_rate_30", "blood_pressure"}


def test_every_measured_and_stated_input_is_a_lexicon_measurement() -> None:
    from assistant.clinical.extraction import get_extractor

    known = {m.id for m in get_extractor(PROJECT_ROOT / "knowledge_base").lex.measurements.measurements}
    used = {p.measure for t in TABLES.values() for p in t.parameters if p.measure} | {t.stated for t in TABLES.values() if t.stated}
    assert used <= known, used - known


def test_a_stated_score_counts_when_higher_than_the_computed_one() -> None:
    stated = score(mk(v={"news2_stated": 8, "rr": 22}), "news2")  # RR 22 alone scores 2
    assert stated.value == 8 and stated.stated == 8 and stated.band == "high" and stated.missing == []
    computed = score(mk(v={"crb65_stated": 1, "rr": 32, "sbp": 85}, age=70), "crb65")  # 3 computed
    assert computed.value == 3 and computed.stated == 1
    from assistant.clinical.extraction import extract

    case = extract("68M, cough and fever for 3 days, NEWS2 of 8, CURB-65 3")
    assert case.value("news2_stated") == 8 and case.value("curb65_stated") == 3
    assert extract("good news 2 days ago").value("news2_stated") is None


def test_wells_pe() -> None:
    all_criteria = mk(
        "unilateral_calf_swelling calf_pain pe_most_likely_diagnosis recent_immobility previous_vte haemoptysis active_cancer",
        v={"hr": 120},
    )
    top = score(all_criteria, "wells_pe")
    assert top.value == 12.5 and top.band == "likely"  # published maximum
    four = score(mk("haemoptysis previous_vte", v={"hr": 101}), "wells_pe")
    assert four.value == 4.0 and four.band == "unlikely"  # 4 or less: PE unlikely
    assert score(mk("pe_most_likely_diagnosis", v={"hr": 101}), "wells_pe").band == "likely"  # 4.5
    assert score(mk(v={"hr": 100}), "wells_pe").value == 0  # HR must exceed 100
    assert score(mk("unilateral_calf_swelling"), "wells_pe").value == 0  # DVT signs need swelling and tenderness


def test_wells_dvt() -> None:
    nine = mk(
        "active_cancer leg_paralysis_or_cast recent_immobility calf_pain entire_leg_swollen calf_swelling_3cm "
        "unilateral_pitting_oedema collateral_superficial_veins previous_vte"
    )
    assert score(nine, "wells_dvt").value == 9  # published maximum
    minus_two = score(mk("alternative_diagnosis_as_likely_as_dvt"), "wells_dvt")
    assert minus_two.value == -2 and minus_two.band == "unlikely"
    assert score(mk("calf_pain active_cancer"), "wells_dvt").band == "likely"  # 2
    assert score(mk("calf_pain"), "wells_dvt").band == "unlikely"  # 1


def test_score_names_follow_language() -> None:
    zh = compute_scores(mk(v={"rr": 25}), TABLES, lang="zh")["news2"]
    assert zh.name == "NEWS2评分" and zh.band_label and "单项3分" in zh.band_label

"""Differential engine: ranking, absent findings, demographics, thin cases, must-not-miss."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.clinical.case import Case, Finding, Presence
from assistant.clinical.differential import DifferentialModel, insufficient_information, load_reasoning
from assistant.clinical.engine import ClinicalEngine, with_implied
from assistant.clinical.knowledge import cached_clinical_knowledge
from assistant.config import PROJECT_ROOT

KB = PROJECT_ROOT / "knowledge_base"


@pytest.fixture(scope="module")
def engine() -> ClinicalEngine:
    return ClinicalEngine(KB)


def mk(present: str = "", absent: str = "", **demo) -> Case:  # noqa: ANN003
    unknown = set((present + " " + absent).split()) - set(cached_clinical_knowledge(KB).findings)
    assert not unknown, f"test uses unknown finding ids {unknown}"
    findings = {f: Finding(id=f) for f in present.split()}
    findings.update({f: Finding(id=f, status=Presence.absent) for f in absent.split()})
    return Case(findings=findings, **demo)


def prob(engine: ClinicalEngine, case: Case, condition: str) -> float:
    post = engine.model.posterior(case)
    return float(post.probabilities[engine.model.condition_index[condition]])


# ---------------------------------------------------------------- ranking
@pytest.mark.parametrize(
    ("present", "demo", "expected"),
    [
        ("chest_pain sweating pain_radiating_left_arm nausea", {"age_years": 60, "sex": "male"}, "acs_stemi_nstemi"),
        ("dysuria urinary_frequency urinary_urgency", {"age_years": 30, "sex": "female"}, "uti_cystitis"),
        ("vertigo vertigo_on_head_movement brief_vertigo_episodes", {"age_years": 65}, "bppv"),
        ("heartburn acid_regurgitation", {"age_years": 40}, "gerd"),
        ("polyuria polydipsia weight_loss", {"age_years": 55}, "type2_diabetes"),
    ],
)
def test_known_findings_rank_the_condition_first(engine: ClinicalEngine, present: str, demo: dict, expected: str) -> None:
    a = engine.assess(mk(present, **demo), lang="en")
    assert not a.insufficient_information
    assert a.differential[0].id == expected, [d.id for d in a.differential]


def test_probabilities_are_normalised_sorted_and_banded(engine: ClinicalEngine) -> None:
    case = mk("cough fever sore_throat muscle_aches", age_years=30)
    post = engine.model.posterior(case)
    assert post.probabilities.sum() == pytest.approx(1.0)
    entries = engine.assess(case, lang="en").differential
    probs = [e.probability for e in entries[: engine.params.differential.max_entries]]
    assert probs == sorted(probs, reverse=True)
    for e in entries:
        assert e.band == engine.params.band(e.probability)


def test_absent_finding_lowers_a_condition_that_usually_has_it(engine: ClinicalEngine) -> None:
    # chest pain is listed with the top frequency for acute MI: denying it must lower MI
    base = mk("sweating nausea shortness_of_breath", age_years=60, sex="male")
    denied = mk("sweating nausea shortness_of_breath", "chest_pain", age_years=60, sex="male")
    assert prob(engine, denied, "acs_stemi_nstemi") < prob(engine, base, "acs_stemi_nstemi") / 2


def test_a_hedged_finding_counts_part_of_a_present_one(engine: ClinicalEngine) -> None:
    """"may have swallowed some tablets": between not said and said, and shown as possible."""
    def case(status: Presence | None) -> Case:
        c = mk("vomiting abdominal_pain", age_years=2)
        if status is not None:
            c.findings["toxic_ingestion"] = Finding(id="toxic_ingestion", status=status)
        return c

    unsaid, hedged, said = (prob(engine, case(s), "poisoning_ingestion") for s in (None, Presence.uncertain, Presence.present))
    assert unsaid < hedged < said
    post = engine.model.posterior(case(Presence.uncertain))
    supporting, _ = engine.model.reasons(engine.model.condition_index["poisoning_ingestion"], post, "en")
    assert any(s.startswith("possible ") for s in supporting), supporting


def test_every_frequent_finding_counts_when_denied(engine: ClinicalEngine) -> None:
    """For each condition, denying its most frequent finding lowers its unnormalised score."""
    model = engine.model
    for i, cond in enumerate(model.conditions):
        # a condition defined by an injury or exposure is only ranked with it said: keep it, deny another finding
        listed = [f for f in cond.findings if f.id not in cond.requires]
        top = max(listed, key=lambda f: model.listed[i, model.finding_index[f.id]])
        given = cond.requires[0] if cond.requires else ""
        base = model.posterior(mk(given)).log_scores[i]
        denied = model.posterior(mk(given, absent=top.id)).log_scores[i]
        assert denied < base, cond.id


def test_a_condition_defined_by_an_exposure_is_ranked_only_with_it(engine: ClinicalEngine) -> None:
    # a cough with vomiting is no drowning; said after a submersion, it is
    assert prob(engine, mk("cough vomiting"), "drowning") == 0
    assert prob(engine, mk("submersion cough vomiting"), "drowning") > 0.5
    assert prob(engine, mk("localised_swelling bleeding_tendency"), "snake_envenomation") == 0


def test_a_finding_that_rules_a_condition_out_is_not_ranked(engine: ClinicalEngine) -> None:
    # bleeding with pain in pregnancy is an ectopic or a miscarriage early on; past 20 weeks it is neither
    early = mk("pregnancy vaginal_bleeding abdominal_pain", sex="female", age_years=30, pregnant=True)
    late = mk("pregnancy pregnancy_over_20_weeks vaginal_bleeding abdominal_pain", sex="female", age_years=30, pregnant=True)
    assert prob(engine, early, "ectopic_pregnancy") > 0
    assert prob(engine, early, "threatened_miscarriage") > 0
    assert prob(engine, late, "ectopic_pregnancy") == 0
    assert prob(engine, late, "threatened_miscarriage") == 0


def test_unlisted_present_finding_counts_against(engine: ClinicalEngine) -> None:
    with_cough = mk("dysuria urinary_frequency cough", sex="female", age_years=30)
    without = mk("dysuria urinary_frequency", sex="female", age_years=30)
    assert prob(engine, with_cough, "uti_cystitis") < prob(engine, without, "uti_cystitis")


def test_supporting_and_against_are_names_in_case_language(engine: ClinicalEngine) -> None:
    case = mk("chest_pain sweating", "nausea", age_years=60, sex="male")
    zh = engine.assess(case, lang="zh")
    mi = next(d for d in zh.differential if d.id == "acs_stemi_nstemi")
    names = engine.knowledge.findings
    assert names["chest_pain"].zh[0] in mi.supporting
    assert any(names["nausea"].zh[0] in x for x in mi.against)
    en = engine.assess(case, lang="en")
    mi_en = next(d for d in en.differential if d.id == "acs_stemi_nstemi")
    assert names["chest_pain"].en[0] in mi_en.supporting
    assert mi_en.name == engine.knowledge.conditions["acs_stemi_nstemi"].name.en


# ---------------------------------------------------------------- demographics
def test_sex_excludes(engine: ClinicalEngine) -> None:
    pelvic = "pelvic_pain vaginal_bleeding missed_period"
    assert prob(engine, mk(pelvic, sex="male", age_years=30), "ectopic_pregnancy") == 0.0
    assert prob(engine, mk(pelvic, sex="female", age_years=30), "ectopic_pregnancy") > 0.0
    assert prob(engine, mk("testicular_pain scrotal_swelling", sex="female"), "testicular_torsion") == 0.0


def test_age_excludes(engine: ClinicalEngine) -> None:
    wheeze = "wheeze cough runny_nose"
    assert prob(engine, mk(wheeze, age_years=70), "bronchiolitis") == 0.0
    assert prob(engine, mk(wheeze, age_years=0.5), "bronchiolitis") > 0.0
    assert prob(engine, mk("chest_pain sweating", age_years=10), "acs_stemi_nstemi") == 0.0


def test_unknown_pregnancy_is_not_not_pregnant(engine: ClinicalEngine) -> None:
    findings = "headache raised_bp"
    unknown = mk(findings, sex="female", age_years=30)
    pregnant = mk(findings, sex="female", age_years=30, pregnant=True)
    not_pregnant = mk(findings, sex="female", age_years=30, pregnant=False)
    assert prob(engine, unknown, "pre_eclampsia") > 0.0
    assert prob(engine, pregnant, "pre_eclampsia") > 0.0
    assert prob(engine, not_pregnant, "pre_eclampsia") == 0.0
    assert prob(engine, mk(findings, sex="male"), "pre_eclampsia") == 0.0


# ---------------------------------------------------------------- thin cases
def test_empty_case_is_insufficient_with_no_ranking(engine: ClinicalEngine) -> None:
    a = engine.assess(Case(), lang="en")
    assert a.insufficient_information
    assert a.differential == []
    assert a.triage.level == "routine"


def test_one_vague_finding_is_insufficient_but_an_abnormal_measurement_is_enough(engine: ClinicalEngine) -> None:
    dp = engine.params.differential
    assert dp.min_positive_findings >= 2
    one = mk("cough")
    post = engine.model.posterior(one)
    assert post.probabilities.max() < dp.thin_case_min_top_probability
    assert insufficient_information(one, dp, post)
    a = engine.assess(one, lang="en")
    assert a.insufficient_information and a.differential == []
    assert a.next_questions, "a thin case still gets questions to ask"
    # an abnormal measurement makes even one finding enough
    measured = engine.extract("headache, BP 200/130", lang="en")
    assert engine.abnormal_measurement(measured)
    assert not engine.assess(measured).insufficient_information
    normal = engine.extract("headache, BP 118/76", lang="en")
    assert not engine.abnormal_measurement(normal)
    # two said findings are enough without any measurement
    assert not insufficient_information(mk("cough fever"), dp, engine.model.posterior(mk("cough fever")))
    # denied findings do not count as positive
    assert insufficient_information(mk("cough", "fever chest_pain"), dp, engine.model.posterior(mk("cough", "fever chest_pain")))


def test_thin_case_still_shows_what_a_red_flag_warns_of(engine: ClinicalEngine) -> None:
    a = engine.assess_text("6-week-old baby, temperature 38.2", lang="en")
    assert "febrile_infant_under_3_months" in [f.id for f in a.red_flags]
    assert "febrile_infant" in [d.id for d in a.differential]
    assert a.triage.level == "emergency"


# ---------------------------------------------------------------- must-not-miss
def test_must_not_miss_conditions_stay_listed_when_lower(engine: ClinicalEngine) -> None:
    params = engine.params.model_copy(deep=True)
    params.differential.max_entries = 1
    model = DifferentialModel(engine.knowledge, params)
    case = mk("chest_pain sharp_chest_pain pleuritic_chest_pain shortness_of_breath", age_years=40, sex="male")
    post = model.posterior(case)
    entries = model.entries(post, "en")
    extra = entries[1:]
    order = np.argsort(-post.probabilities)
    expected = [
        model.conditions[i].id
        for i in order[1:]
        if model.conditions[i].must_not_miss and post.probabilities[i] >= params.differential.must_not_miss_keep_min
    ][: params.differential.must_not_miss_max_extra]
    assert expected, "the case should have a lower-ranked must-not-miss condition"
    assert [e.id for e in extra] == expected
    assert all(e.must_not_miss for e in extra)


def test_red_flag_conditions_are_kept(engine: ClinicalEngine) -> None:
    params = engine.params.model_copy(deep=True)
    params.differential.max_entries = 1
    model = DifferentialModel(engine.knowledge, params)
    case = mk("cough fever", age_years=40)
    entries = model.entries(model.posterior(case), "en", keep={"aortic_dissection"})
    kept = [e for e in entries if e.id == "aortic_dissection"]
    assert kept and kept[0].must_not_miss


def test_a_kept_condition_below_the_shown_probability_is_kept_even_inside_the_top_few(engine: ClinicalEngine) -> None:
    # a stone on the scan with fever and rigors: pyelonephritis takes nearly all the probability, and the
    # renal colic its red flag warns of ranks second with almost none; the flag keeps it in the list
    model = engine.model
    case = mk("ureteric_stone_on_imaging flank_pain chills high_fever renal_angle_tenderness fever", age_years=46)
    post = model.posterior(case)
    i = model.condition_index["renal_colic"]
    assert post.probabilities[i] < engine.params.differential.min_probability
    assert "renal_colic" not in [e.id for e in model.entries(post, "en")]
    kept = [e for e in model.entries(post, "en", keep={"renal_colic"}) if e.id == "renal_colic"]
    assert kept and kept[0].must_not_miss


def test_a_flagged_condition_is_listed_next_to_the_leading_one(engine: ClinicalEngine) -> None:
    # fever, cough and breathlessness lead with an infection; a red flag naming a pulmonary embolism puts it
    # second, whatever its probability, and the leading condition and the probabilities stay as they were
    model = engine.model
    case = mk("cough fever shortness_of_breath", age_years=40)
    post = model.posterior(case)
    plain = model.entries(post, "en")
    flagged = model.entries(post, "en", keep={"pulmonary_embolism"})
    assert flagged[0].id == plain[0].id
    assert flagged[1].id == "pulmonary_embolism" and flagged[1].must_not_miss
    assert {e.id: e.probability for e in plain}.items() <= {e.id: e.probability for e in flagged}.items()


def test_reasoning_file_is_complete() -> None:
    params = load_reasoning(KB)
    assert sorted(params.likelihood.frequency) == [1, 2, 3, 4, 5]
    freqs = [params.likelihood.frequency[k] for k in range(1, 6)]
    assert freqs == sorted(freqs)
    assert set(params.prior) == {"very_common", "common", "uncommon", "rare", "very_rare"}
    assert params.bands[-1].min == 0.0


# ---------------------------------------------------------------- implied general findings
def test_specific_finding_implies_its_general_form(engine: ClinicalEngine) -> None:
    m = engine.model
    assert "chest_pain" in m.implies["pleuritic_chest_pain"]
    i = m.condition_index["acs_stemi_nstemi"]
    assert not m.is_listed[i, m.finding_index["pleuritic_chest_pain"]] or m.listed[i, m.finding_index["pleuritic_chest_pain"]] < 0.1
    none = m.posterior(mk(age_years=60)).log_scores[i]
    implied = m.posterior(mk("pleuritic_chest_pain", age_years=60)).log_scores[i]
    said = m.posterior(mk("chest_pain", age_years=60)).log_scores[i]
    assert none < implied < said  # partial credit only: chest pain, but of an atypical kind
    # said explicitly absent: no implication
    assert "chest_pain" not in m.posterior(mk("pleuritic_chest_pain", "chest_pain")).implied
    a = engine.assess(mk("pleuritic_chest_pain shortness_of_breath", age_years=40), lang="en")
    assert "chest_pain" not in {q.finding for q in a.next_questions}


def test_a_specific_finding_proves_a_hedged_general_form_but_not_a_denied_one() -> None:
    implies = {"ecstasy_use": ["illicit_stimulant_use"]}
    hedged = mk("ecstasy_use")
    hedged.findings["illicit_stimulant_use"] = Finding(id="illicit_stimulant_use", status=Presence.uncertain)
    assert with_implied(hedged, implies).findings["illicit_stimulant_use"].status == Presence.present
    denied = mk("ecstasy_use", "illicit_stimulant_use")
    assert with_implied(denied, implies).findings["illicit_stimulant_use"].status == Presence.absent


def test_subgroup_prior_favours_conditions_confined_to_the_patients_group(engine: ClinicalEngine) -> None:
    m = engine.model
    i = m.condition_index["febrile_infant"]
    baby = m.posterior(mk("fever", age_years=0.1)).log_scores[i]
    unknown = m.posterior(mk("fever")).log_scores[i]
    assert baby > unknown

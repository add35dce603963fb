"""Red-flag rules: every rule at its threshold, just beyond it and just short of it.

The expected outcome of each case is written by hand from the cited guideline
threshold (not derived from the YAML), so a wrong number in the YAML fails here.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.clinical.case import Case, Finding, Measurement, Presence
from assistant.clinical.differential import load_reasoning
from assistant.clinical.engine import with_implied
from assistant.clinical.red_flags import evaluate_rules, load_rules
from assistant.clinical.rule_logic import parse_condition
from assistant.config import PROJECT_ROOT

KB = PROJECT_ROOT / "knowledge_base"
RULES = load_rules(KB)
REASONING = load_reasoning(KB)  # a specific finding also counts as its general form, as in the engine
BY_ID = {r.id: r for r in RULES}
LAB_IDS = {"ketones", "urine_ketones", "urine_protein", "troponin", "d_dimer", "lactate", "potassium", "platelets", "alt",
           "creatinine"}


def mk(
    f: str = "",
    no: str = "",
    v: dict[str, float] | None = None,
    age: float | None = None,
    sex: str | None = None,
    preg: bool | None = None,
    gw: float | None = None,
    q: dict[str, dict[str, Any]] | None = None,
) -> Case:
    """Build a Case: `f` present findings, `no` denied findings, `v` vitals/labs, `q` finding qualifiers."""
    findings = {fid: Finding(id=fid, **(q or {}).get(fid, {})) for fid in f.split()}
    findings.update({fid: Finding(id=fid, status=Presence.absent) for fid in no.split()})
    vitals, labs = {}, {}
    for mid, value in (v or {}).items():
        (labs if mid in LAB_IDS else vitals)[mid] = Measurement(id=mid, value=value)
    return Case(age_years=age, sex=sex, pregnant=preg, gestation_weeks=gw, findings=findings, vitals=vitals, labs=labs)


SEV = lambda s: {"severity": s}  # noqa: E731
ONSET = lambda o: {"onset": o}  # noqa: E731
DUR = lambda d: {"duration_days": d}  # noqa: E731
UNCERTAIN = {"status": Presence.uncertain}

# rule id -> [(description, case, should fire)]
CASES: dict[str, list[tuple[str, Case, bool]]] = {
    "sepsis_qsofa_2_or_more": [
        ("qSOFA 2 at thresholds RR 22, SBP 100", mk("fever", v={"rr": 22, "sbp": 100}, age=50), True),
        ("qSOFA 3", mk("fever confusion", v={"rr": 30, "sbp": 80}, age=50), True),
        ("qSOFA 1 (RR 21, SBP 100)", mk("fever", v={"rr": 21, "sbp": 100}, age=50), False),
        ("child excluded", mk("fever", v={"rr": 22, "sbp": 100}, age=10), False),
        ("no infection context", mk("", v={"rr": 24, "sbp": 90}, age=50), False),
    ],
    "sepsis_nice_high_risk": [
        ("RR 25", mk("fever", v={"rr": 25}, age=40), True),
        ("HR 140 and SBP 85", mk("chills", v={"hr": 140, "sbp": 85}, age=40), True),
        ("RR 24, HR 130, SBP 91", mk("fever", v={"rr": 24, "hr": 130, "sbp": 91}, age=40), False),
        ("no urine 18 h", mk("fever reduced_urine_output", q={"reduced_urine_output": {"duration_days": 0.75}}, age=40), True),
        ("no urine 16.8 h", mk("fever reduced_urine_output", q={"reduced_urine_output": {"duration_days": 0.7}}, age=40), False),
        ("SBP 90 but age 11", mk("fever", v={"sbp": 90}, age=11), False),
    ],
    "sepsis_nice_moderate_high_risk": [
        ("RR 21 and HR 91", mk("fever", v={"rr": 21, "hr": 91}, age=40), True),
        ("four criteria", mk("fever immunosuppressed", v={"rr": 24, "hr": 130, "sbp": 91}, age=40), True),
        ("RR 21 and HR 90 (one criterion)", mk("fever", v={"rr": 21, "hr": 90}, age=40), False),
        ("RR 25 is high-risk, not moderate", mk("fever", v={"rr": 25, "hr": 91}, age=40), False),
        ("temp 35.9 and SBP 100", mk("chills", v={"temp_c": 35.9, "sbp": 100}, age=40), True),
    ],
    "news2_7_or_more": [
        ("NEWS2 7", mk(v={"rr": 25, "hr": 111, "sbp": 110, "temp_c": 38.1}, age=50), True),
        ("NEWS2 10", mk(v={"rr": 25, "hr": 111, "sbp": 110, "temp_c": 38.1, "spo2": 91}, age=50), True),
        ("NEWS2 6", mk(v={"rr": 25, "hr": 110, "sbp": 110, "temp_c": 38.1}, age=50), False),
        ("pregnant excluded", mk(v={"rr": 25, "hr": 111, "sbp": 110, "temp_c": 38.1}, age=30, preg=True), False),
        ("under 16 excluded", mk(v={"rr": 25, "hr": 111, "sbp": 110, "temp_c": 38.1}, age=15), False),
    ],
    "news2_5_to_6": [
        ("NEWS2 5", mk(v={"rr": 21, "hr": 111, "temp_c": 35.5}, age=50), True),
        ("NEWS2 6", mk(v={"rr": 21, "hr": 111, "temp_c": 39.1}, age=50), True),
        ("NEWS2 7 belongs to the high band", mk(v={"rr": 25, "hr": 111, "temp_c": 35.5, "sbp": 110}, age=50), False),
        ("NEWS2 4", mk(v={"rr": 21, "hr": 111}, age=50), False),
    ],
    "spo2_below_92": [
        ("SpO2 92", mk(v={"spo2": 92}), False),
        ("SpO2 91", mk(v={"spo2": 91}), True),
        ("SpO2 93", mk(v={"spo2": 93}), False),
    ],
    "crb65_3_or_more": [
        ("CRB-65 3", mk("cough fever confusion", v={"rr": 30}, age=65), True),
        ("CRB-65 4", mk("cough fever confusion", v={"rr": 30, "sbp": 89}, age=65), True),
        ("CRB-65 2 (age 64)", mk("cough fever confusion", v={"rr": 30}, age=64), False),
        ("no chest-infection context", mk("fever confusion", v={"rr": 30}, age=65), False),
        ("cough and a new focal chest sign, no fever", mk("cough crackles confusion", v={"rr": 30}, age=79), True),
    ],
    "crb65_2": [
        ("CRB-65 2 via DBP 60", mk("cough fever", v={"dbp": 60}, age=65), True),
        ("CRB-65 3 belongs to the high rule", mk("cough fever", v={"dbp": 60, "rr": 30}, age=65), False),
        ("CRB-65 1 (DBP 61)", mk("cough fever", v={"dbp": 61}, age=65), False),
    ],
    "anaphylaxis": [
        ("hives and wheeze", mk("wheals wheeze"), True),
        ("lip swelling, stridor, hypotension", mk("lip_swelling stridor hypotension"), True),
        ("hives alone", mk("wheals"), False),
        ("allergen exposure with hives only", mk("allergen_exposure wheals"), False),
        ("allergen exposure with hypotension", mk("allergen_exposure hypotension"), True),
        ("allergen exposure with a hoarse voice", mk("allergen_exposure hoarse_voice"), True),
        ("allergen exposure, now drowsy", mk("allergen_exposure reduced_consciousness"), True),
        ("hives with a hoarse voice, no exposure (croup with an old rash)", mk("wheals hoarse_voice"), False),
    ],
    # GINA 2024: severe = talks in words, agitated, RR > 30, accessory muscles, pulse > 120,
    # SpO2 (air) < 90%; life-threatening = drowsy, confused, silent chest
    "asthma_severe_exacerbation": [
        ("talks in words", mk("asthma_history wheeze unable_to_complete_sentences", age=30), True),
        ("pulse 121", mk("asthma_history shortness_of_breath", v={"hr": 121}, age=30), True),
        ("pulse 120 is not above 120", mk("asthma_history shortness_of_breath", v={"hr": 120}, age=30), False),
        ("RR 31", mk("asthma_history wheeze", v={"rr": 31}, age=30), True),
        ("RR 30 is not above 30", mk("asthma_history wheeze", v={"rr": 30}, age=30), False),
        ("SpO2 89%", mk("asthma_history wheeze", v={"spo2": 89}, age=30), True),
        ("SpO2 90%", mk("asthma_history wheeze", v={"spo2": 90}, age=30), False),
        ("PEF 50% of best", mk("asthma_history wheeze", v={"pef_percent": 50}, age=30), True),
        ("PEF 51% of best", mk("asthma_history wheeze", v={"pef_percent": 51}, age=30), False),
        ("known asthma, PEF 40% of best, nothing else said", mk("asthma_history", v={"pef_percent": 40}, age=30), True),
        ("silent chest", mk("asthma_history shortness_of_breath silent_chest", age=30), True),
        ("drowsy", mk("asthma_history wheeze reduced_consciousness", age=30), True),
        ("no asthma", mk("wheeze unable_to_complete_sentences", age=30), False),
        ("asthma but no current symptoms", mk("asthma_history", v={"hr": 130}, age=30), False),
        ("under 6", mk("asthma_history wheeze unable_to_complete_sentences", age=4), False),
        ("no asthma word, but peak flow 40% of a personal best, words only", mk("unable_to_complete_sentences", v={"pef_best": 350, "pef_percent": 40, "pef": 140}, age=30), True),
        ("peak flow 40% with no personal best and no asthma (not read as asthma)", mk("unable_to_complete_sentences", v={"pef": 140}, age=30), False),
    ],
    "acs_chest_pain_with_autonomic_features": [
        ("chest pain with sweating", mk("chest_pain sweating"), True),
        ("chest pain, nausea, breathless", mk("chest_pain nausea shortness_of_breath"), True),
        ("chest pain alone", mk("chest_pain"), False),
        ("sweating without chest pain", mk("sweating"), False),
        ("chest pain, sweating denied", mk("chest_pain", no="sweating"), False),
        ("an 11-year-old's chest tightness with sweating: the children's rules judge it", mk("chest_pain sweating", age=11), False),
        ("a 16-year-old's chest pain with sweating", mk("chest_pain sweating", age=16), True),
        # CG95 1.1.1.3: pain-free now with a normal resting ECG is a same-day assessment
        ("pain-free now, normal resting ECG", mk("chest_pain sweating symptoms_resolved normal_resting_ecg"), False),
        ("pain-free now, no ECG", mk("chest_pain sweating symptoms_resolved"), True),
        ("pain ongoing, normal ECG", mk("chest_pain sweating normal_resting_ecg"), True),
        ("pain-free, normal ECG, but hypotensive", mk("chest_pain sweating symptoms_resolved normal_resting_ecg hypotension"), True),
    ],
    "acs_chest_pain_radiation_or_instability": [
        ("radiating to left arm", mk("chest_pain pain_radiating_left_arm"), True),
        ("radiating to jaw with hypotension", mk("chest_pain pain_radiating_jaw_neck hypotension"), True),
        ("arm radiation without chest pain", mk("pain_radiating_left_arm"), False),
        ("pain-free now with a normal resting ECG (CG95 1.1.1.3)",
         mk("chest_pain pain_radiating_left_arm symptoms_resolved normal_resting_ecg"), False),
    ],
    "stemi_chest_pain_st_elevation": [
        ("chest pain and ST elevation", mk("chest_pain st_elevation"), True),
        ("plus sweating", mk("chest_pain st_elevation sweating"), True),
        ("ST elevation alone", mk("st_elevation"), False),
        # ESC 2015 pericardial diseases: widespread saddle-shaped ST elevation / PR depression with
        # positional or pleuritic pain is the pericarditis picture
        ("pericarditic ECG with pain better leaning forward",
         mk("chest_pain st_elevation widespread_saddle_st_elevation pain_better_leaning_forward"), False),
        ("pericarditic ECG with pleuritic pain and a rub",
         mk("chest_pain st_elevation widespread_saddle_st_elevation pleuritic_chest_pain pericardial_rub"), False),
        ("pericarditic ECG without positional or pleuritic pain",
         mk("chest_pain st_elevation widespread_saddle_st_elevation"), True),
        ("pericarditic ECG and pleuritic pain, but in shock",
         mk("chest_pain st_elevation widespread_saddle_st_elevation pleuritic_chest_pain hypotension"), True),
    ],
    "st_elevation_with_atypical_acs_symptoms": [
        ("ST elevation with breathlessness, chest pain denied", mk("st_elevation shortness_of_breath", no="chest_pain"), True),
        ("ST elevation with fatigue and vomiting", mk("st_elevation fatigue vomiting"), True),
        ("ST elevation alone", mk("st_elevation"), False),
        ("with chest pain it is the chest-pain rule", mk("st_elevation chest_pain sweating"), False),
        ("breathlessness without ST elevation", mk("shortness_of_breath fatigue"), False),
    ],
    "hypertensive_emergency_target_organ": [
        ("SBP 180 is not above 180", mk("chest_pain", v={"sbp": 180}), False),
        ("SBP 181 with confusion", mk("confusion", v={"sbp": 181}), True),
        ("DBP 121 with aphasia", mk("aphasia", v={"dbp": 121}), True),
        ("SBP 179/DBP 119 with confusion", mk("confusion", v={"sbp": 179, "dbp": 119}), False),
        ("SBP 200 with mild headache", mk("headache", v={"sbp": 200}, q={"headache": SEV("mild")}), False),
        ("SBP 200 with severe headache", mk("headache", v={"sbp": 200}, q={"headache": SEV("severe")}), True),
    ],
    "bp_180_110_with_neuro_or_headache": [
        ("SBP 180 with vomiting", mk("vomiting", v={"sbp": 180}), True),
        ("DBP 110 with severe headache", mk("headache", v={"dbp": 110}, q={"headache": SEV("severe")}), True),
        ("SBP 200 with arm weakness", mk("arm_weakness", v={"sbp": 200}), True),
        ("179/109 with vomiting", mk("vomiting", v={"sbp": 179, "dbp": 109}), False),
        ("SBP 190 with mild headache", mk("headache", v={"sbp": 190}, q={"headache": SEV("mild")}), False),
    ],
    "bp_180_110_follow_up_critical": [
        ("SBP 180", mk(v={"sbp": 180, "dbp": 90}), True),
        ("DBP 110", mk(v={"sbp": 150, "dbp": 110}), True),
        ("SBP 181", mk(v={"sbp": 181}), True),
        ("179/109", mk(v={"sbp": 179, "dbp": 109}), False),
    ],
    "raised_bp_with_heart_failure_features": [
        ("SBP 140 with orthopnoea", mk("orthopnoea", v={"sbp": 140}), True),
        ("DBP 100 with leg oedema and breathlessness", mk("oedema_legs shortness_of_breath", v={"dbp": 100}), True),
        ("139/89 with orthopnoea", mk("orthopnoea", v={"sbp": 139, "dbp": 89}), False),
        ("SBP 150 with leg oedema only", mk("oedema_legs", v={"sbp": 150}), False),
        ("breathless for 3 months with ankle oedema, SpO2 96, RR 16: chronic (NG106)",
         mk("oedema_legs shortness_of_breath", v={"sbp": 148, "spo2": 96, "rr": 16}, q={"shortness_of_breath": {"duration_days": 90}}), False),
        ("breathless for 3 months, now RR 24", mk("oedema_legs shortness_of_breath", v={"sbp": 148, "rr": 24},
                                               q={"shortness_of_breath": {"duration_days": 90}}), True),
        ("breathless for 2 weeks with ankle oedema", mk("oedema_legs shortness_of_breath", v={"sbp": 150},
                                                       q={"shortness_of_breath": {"duration_days": 14}}), True),
    ],
    "raised_bp_with_severe_chest_back_pain": [
        ("SBP 140 with severe chest pain", mk("chest_pain", v={"sbp": 140}, q={"chest_pain": SEV("severe")}), True),
        ("raised BP with tearing pain", mk("raised_bp tearing_chest_pain"), True),
        ("139/89 with severe back pain", mk("back_pain", v={"sbp": 139, "dbp": 89}, q={"back_pain": SEV("severe")}), False),
        ("SBP 150 with moderate chest pain", mk("chest_pain", v={"sbp": 150}, q={"chest_pain": SEV("moderate")}), False),
        ("SBP 196 with severe pain going through to the back", mk("pain_radiating_back", v={"sbp": 196},
                                                                   q={"pain_radiating_back": SEV("severe")}), True),
        ("SBP 196 with mild pain going through to the back", mk("pain_radiating_back", v={"sbp": 196},
                                                                 q={"pain_radiating_back": SEV("mild")}), False),
    ],
    "bp_raised_pregnant_or_breastfeeding": [
        ("pregnant, SBP 140", mk(v={"sbp": 140}, preg=True), True),
        ("breastfeeding, DBP 90", mk("breastfeeding", v={"dbp": 90}), True),
        ("pregnant, 150/95", mk(v={"sbp": 150, "dbp": 95}, preg=True), True),
        ("pregnant, 139/89", mk(v={"sbp": 139, "dbp": 89}, preg=True), False),
        ("not pregnant, SBP 150", mk(v={"sbp": 150}, preg=False, sex="female"), False),
    ],
    "pe_wells_likely": [
        ("Wells 4.0 is PE unlikely", mk("shortness_of_breath haemoptysis previous_vte", v={"hr": 101}), False),
        ("Wells 4.5", mk("shortness_of_breath pe_most_likely_diagnosis", v={"hr": 101}), True),
        ("Wells 4.0 (PE most likely + haemoptysis)", mk("pe_most_likely_diagnosis haemoptysis"), False),
        ("Wells 5.5 with chest pain", mk("chest_pain pe_most_likely_diagnosis recent_immobility active_cancer"), True),
        ("Wells 4.5 but no chest symptom", mk("pe_most_likely_diagnosis", v={"hr": 101}), False),
    ],
    "dvt_wells_likely": [
        ("Wells DVT 2", mk("unilateral_calf_swelling calf_pain active_cancer"), True),
        ("Wells DVT 3", mk("unilateral_calf_swelling calf_pain active_cancer entire_leg_swollen"), True),
        ("Wells DVT 1", mk("unilateral_calf_swelling calf_pain"), False),
        ("alternative diagnosis -2 gives 1", mk("calf_pain active_cancer recent_immobility alternative_diagnosis_as_likely_as_dvt"), False),
    ],
    "glucose_16_7_or_more": [
        ("16.7", mk(v={"glucose_mmol": 16.7}), True),
        ("16.8", mk(v={"glucose_mmol": 16.8}), True),
        ("16.6", mk(v={"glucose_mmol": 16.6}), False),
        ("meter reads HI (above its range)", mk("glucose_above_meter_range"), True),
        ("meter reads LO", mk("glucose_below_meter_range"), False),
    ],
    "glucose_3_9_or_less": [
        ("3.9", mk(v={"glucose_mmol": 3.9}), True),
        ("3.8", mk(v={"glucose_mmol": 3.8}), True),
        ("4.0", mk(v={"glucose_mmol": 4.0}), False),
        ("meter reads LO (below its range)", mk("glucose_below_meter_range"), True),
        ("meter reads HI", mk("glucose_above_meter_range"), False),
    ],
    "severe_hypoglycaemia": [
        ("3.9 with confusion (level 3 needs <3.9)", mk("confusion", v={"glucose_mmol": 3.9}), False),
        ("3.8 with confusion", mk("confusion", v={"glucose_mmol": 3.8}), True),
        ("reported low sugar with seizure", mk("low_glucose seizure"), True),
        ("3.0 without altered consciousness", mk(v={"glucose_mmol": 3.0}), False),
        ("meter LO with confusion", mk("glucose_below_meter_range confusion"), True),
        ("meter LO, alert", mk("glucose_below_meter_range"), False),
        ("a newborn floppy and poorly responsive at 1.8", mk("lethargic_infant", v={"glucose_mmol": 1.8}, age=0.003), True),
    ],
    "hyperglycaemia_with_crisis_features": [
        ("16.7 with vomiting", mk("vomiting", v={"glucose_mmol": 16.7}), True),
        ("25 with Kussmaul breathing", mk("kussmaul_breathing", v={"glucose_mmol": 25}), True),
        ("16.6 with ketotic breath", mk("ketotic_breath", v={"glucose_mmol": 16.6}), False),
        ("20 without features", mk(v={"glucose_mmol": 20}), False),
        ("meter HI with vomiting", mk("glucose_above_meter_range vomiting"), True),
        ("meter HI without features", mk("glucose_above_meter_range"), False),
    ],
    "suspected_dka": [
        ("glucose 13.9 is not above 13.9", mk(v={"glucose_mmol": 13.9, "ketones": 3.0}), False),
        ("glucose 14, ketones 3.0", mk(v={"glucose_mmol": 14.0, "ketones": 3.0}), True),
        ("urine ketones ++", mk(v={"glucose_mmol": 20, "urine_ketones": 2}), True),
        ("urine ketones +", mk(v={"glucose_mmol": 20, "urine_ketones": 1}), False),
        ("blood ketones 2.9", mk(v={"glucose_mmol": 20, "ketones": 2.9}), False),
        ("meter HI, ketones 3.0", mk("glucose_above_meter_range", v={"ketones": 3.0}), True),
    ],
    "dka_known_diabetes_ketones": [
        ("known diabetes, ketones 3.0, glucose 9", mk("diabetes_history", v={"glucose_mmol": 9.0, "ketones": 3.0}), True),
        ("SGLT2 inhibitor, ketones 4.1", mk("sglt2_inhibitor_use", v={"ketones": 4.1}), True),
        ("known diabetes, ketones 2.9", mk("diabetes_history", v={"ketones": 2.9}), False),
        ("ketones 5 without diabetes or an SGLT2 inhibitor (starvation)", mk(v={"ketones": 5.0}), False),
    ],
    # Consortium for Spinal Cord Medicine 2020: pounding headache, flushing or sweating above the injury, a blocked nose,
    # a slow pulse, a rise in BP
    "autonomic_dysreflexia_suspected": [
        ("tetraplegia, pounding headache, flushed face", mk("spinal_cord_injury headache facial_flushing"), True),
        ("spinal cord injury, headache, BP raised", mk("spinal_cord_injury headache raised_bp"), True),
        ("spinal cord injury, headache alone", mk("spinal_cord_injury headache"), False),
        ("headache with flushing, no spinal cord injury", mk("headache facial_flushing"), False),
    ],
    # RCUK 2021 adult tachycardia algorithm: adverse features shock, syncope, myocardial ischaemia, heart failure
    "tachycardia_with_adverse_features": [
        ("HR 180, BP 82/50", mk(v={"hr": 180.0, "sbp": 82.0}, age=40), True),
        ("HR 160, fainted", mk("syncope", v={"hr": 160.0}, age=40), True),
        ("HR 170, chest pain", mk("chest_pain", v={"hr": 170.0}, age=60), True),
        ("HR 150 (not over), BP 80", mk("hypotension", v={"hr": 150.0}, age=60), False),
        ("HR 190, well", mk(v={"hr": 190.0, "sbp": 120.0}, age=30), False),
        ("child, HR 200, pale and faint (the paediatric rules judge it)", mk("syncope", v={"hr": 200.0}, age=8), False),
    ],
    # 鼻出血诊断及治疗指南 2015: pressure that fails, or a bleed with shock, needs specialist haemostasis
    "nosebleed_not_controlled": [
        ("nosebleed not stopped by pressure", mk("uncontrolled_epistaxis"), True),
        ("nosebleed with a faint", mk("epistaxis syncope"), True),
        ("nosebleed, BP 84/50", mk("epistaxis", v={"sbp": 84.0}), True),
        ("nosebleed that stopped", mk("epistaxis"), False),
    ],
    # NICE NG12 1.10: immediate specialist assessment for unexplained petechiae or hepatosplenomegaly
    "young_person_unexplained_petechiae_or_hepatosplenomegaly": [
        ("child, petechiae, no fever", mk("non_blanching_rash", age=5), True),
        ("child, hepatosplenomegaly", mk("hepatosplenomegaly", age=5), True),
        ("child, petechiae with fever (the meningococcal rules judge it)", mk("non_blanching_rash fever", age=5), False),
        ("child, spots after coughing fits", mk("non_blanching_rash coughing_fits", age=6), False),
        ("adult of 40, petechiae", mk("non_blanching_rash", age=40), False),
    ],
    # NICE NG118 / CKS renal colic: admit an obstructed kidney with infection, anuria or a single kidney
    "renal_colic_infected_or_single_kidney": [
        ("loin-to-groin pain with rigors", mk("loin_to_groin_pain chills"), True),
        ("a stone on the scan, fever", mk("ureteric_stone_on_imaging fever"), True),
        ("renal colic in a single kidney", mk("loin_to_groin_pain solitary_kidney"), True),
        ("known stones, flank pain, no urine", mk("kidney_stones_history flank_pain reduced_urine_output"), True),
        ("renal colic, afebrile, passing urine", mk("loin_to_groin_pain"), False),
        ("flank pain and fever without a stone (pyelonephritis rules)", mk("flank_pain fever"), False),
        ("sudden loin pain in a single kidney", mk("flank_pain solitary_kidney", q={"flank_pain": {"onset": "sudden"}}), True),
        ("gradual loin pain with fever (pyelonephritis rules)", mk("flank_pain fever", q={"flank_pain": {"onset": "gradual"}}), False),
    ],
    # RCPath 2017 critical limits: potassium 2.5 mmol/L or less
    "severe_hypokalaemia": [
        ("potassium 1.9", mk(v={"potassium": 1.9}), True),
        ("potassium 2.5", mk(v={"potassium": 2.5}), True),
        ("potassium 2.9", mk(v={"potassium": 2.9}), False),
    ],
    # NICE NG91: refer acute otitis media with facial nerve paralysis
    "ear_infection_with_facial_palsy": [
        ("red bulging drum, face drooping", mk("bulging_tympanic_membrane facial_droop"), True),
        ("earache with fever, forehead weak", mk("ear_pain fever forehead_involvement"), True),
        ("earache alone, face drooping (no sign of infection)", mk("ear_pain facial_droop"), False),
        ("ear vesicles with a facial palsy (Ramsay Hunt)", mk("ear_pain fever facial_droop dermatomal_vesicular_rash"), False),
    ],
    # Kattah 2009 (HINTS): a central sign in an acute vestibular syndrome
    "acute_vertigo_with_central_signs": [
        ("vertigo, direction-changing nystagmus", mk("vertigo central_vestibular_sign"), True),
        ("dizziness, normal head impulse", mk("dizziness central_vestibular_sign"), True),
        ("vertigo with horizontal nystagmus only", mk("vertigo nystagmus"), False),
    ],
    # NICE CKS Chickenpox 2023: immediate specialist advice for the immunocompromised and neonates
    "chickenpox_immunocompromised_or_newborn": [
        ("chickenpox on long-term steroids", mk("vesicular_rash_generalised glucocorticoid_use", age=6), True),
        ("chickenpox on chemotherapy", mk("vesicular_rash_generalised active_cancer", age=40), True),
        ("chickenpox in a 2-week-old", mk("vesicular_rash_generalised", age=0.04), True),
        ("chickenpox in a well 4-year-old", mk("vesicular_rash_generalised", age=4), False),
        ("a shingles band on steroids, not spread", mk("dermatomal_vesicular_rash glucocorticoid_use", age=70), False),
        ("a 12-day-old's first few blisters", mk("vesicles", age=0.033), True),
        ("a 6-month-old's few blisters", mk("vesicles", age=0.5), False),
        ("a few blisters after a chickenpox contact, on chemotherapy", mk("vesicles chickenpox_contact active_cancer", age=7), True),
        ("a few blisters after a chickenpox contact, well", mk("vesicles chickenpox_contact", age=7), False),
    ],
    # RCUK 2021 adult bradycardia algorithm: adverse features
    "bradycardia_with_adverse_features": [
        ("pulse 44, BP 82/48", mk(v={"hr": 44, "sbp": 82}, age=23), True),
        ("pulse 46, confused", mk("confusion", v={"hr": 46}, age=80), True),
        ("pulse 36 with a faint", mk("syncope", v={"hr": 36, "sbp": 94}, age=79), True),
        ("pulse 48 in a faint after a blood test, came round at once", mk("syncope rapid_recovery_after_collapse", v={"hr": 48}, age=19), False),
        ("pulse 48 in an athlete, well", mk(v={"hr": 48, "sbp": 118}, age=25), False),
        ("pulse 52 with BP 85", mk(v={"hr": 52, "sbp": 85}, age=60), False),
        ("a child's pulse 45 with low BP is judged elsewhere", mk(v={"hr": 45, "sbp": 70}, age=8), False),
    ],
    # ESC 2014 aortic diseases: the ADD risk score's pain and examination groups together
    "aortic_dissection_high_risk_features": [
        ("tearing pain with a pulse deficit", mk("tearing_chest_pain unequal_arm_pulses_bp", age=49), True),
        ("tearing pain with shock", mk("tearing_chest_pain", v={"sbp": 84}, age=70), True),
        ("tearing pain with a new hemiparesis", mk("tearing_chest_pain unilateral_weakness", age=60), True),
        ("tearing pain, pulses equal, BP 150", mk("tearing_chest_pain", v={"sbp": 150}, age=60), False),
        ("a pulse deficit without pain", mk("unequal_arm_pulses_bp", age=60), False),
    ],
    # NICE CG84: clinical shock in a child with gastroenteritis
    "child_gastroenteritis_clinical_shock": [
        ("D&V, cold hands and feet, slow capillary refill", mk("diarrhoea cold_extremities prolonged_capillary_refill", age=4), True),
        ("vomiting, mottled and drowsy", mk("vomiting mottled_skin reduced_consciousness", age=1), True),
        ("D&V with cold hands only", mk("diarrhoea cold_extremities", age=2), False),
        ("an adult with the same signs", mk("diarrhoea cold_extremities prolonged_capillary_refill", age=30), False),
        ("shock signs without D&V", mk("cold_extremities prolonged_capillary_refill", age=3), False),
    ],
    # 国家卫生健康委 常见动物致伤诊疗规范 2021: snake bites, wasp stings; WMS 2019 drowning
    "snake_bite_envenomation": [
        ("a snake bite", mk("snake_bite", age=48), True),
        ("a dog bite", mk("skin_break_wound", age=30), False),
        ("a bee sting", mk("allergen_exposure", age=30), False),
    ],
    "submersion_with_symptoms": [
        ("under the water, now coughing", mk("submersion cough", age=6), True),
        ("under the water, SpO2 93%", mk("submersion", v={"spo2": 93}, age=30), True),
        ("under the water, now well", mk("submersion", v={"spo2": 98}, age=6), False),
        ("a cough without a submersion", mk("cough", age=6), False),
    ],
    # AASLD/EASL 2014: overt hepatic encephalopathy
    "hepatic_encephalopathy_suspected": [
        ("cirrhosis with a flapping tremor", mk("liver_disease_history asterixis", age=58), True),
        ("cirrhosis, now confused", mk("liver_disease_history confusion", age=60), True),
        ("confusion without liver disease", mk("confusion", age=60), False),
        ("cirrhosis at review, alert", mk("liver_disease_history fatigue", age=60), False),
    ],
    # NNBC National Burn Care Referral Guidance 2012
    "serious_burn": [
        ("an adult's 4% scald", mk("burn_injury extensive_burn", age=30), True),
        ("a full-thickness burn", mk("burn_injury full_thickness_burn", age=50), True),
        ("a chemical burn", mk("chemical_burn", age=40), True),
        ("an electrical burn of the palm", mk("electrical_injury burn_injury", age=35), True),
        ("a toddler's small scald, now feverish", mk("burn_injury fever", age=2), True),
        ("a small scald of the forearm", mk("burn_injury vesicles", age=30), False),
        ("a shock from a socket, no burn", mk("electrical_injury", age=25), False),
        ("an adult's small burn with a fever", mk("burn_injury fever", age=40), False),
    ],
    "inhalation_injury_suspected": [
        ("soot in the mouth after a fire", mk("airway_burn_sign", age=45), True),
        ("smoke, then a hoarse voice", mk("smoke_inhalation hoarse_voice", age=60), True),
        ("a burn with stridor", mk("burn_injury stridor", age=3), True),
        ("smoke with a cough only", mk("smoke_inhalation cough", age=30), False),
        ("a hoarse voice with a cold", mk("hoarse_voice runny_nose", age=30), False),
    ],
    "burn_of_special_area": [
        ("a burn of the hand", mk("burn_injury", q={"burn_injury": {"site": "hand"}}, age=30), True),
        ("a scalded face", mk("burn_special_area", age=2), True),
        ("a burn of the forearm", mk("burn_injury", age=30), False),
        ("hand pain without a burn", mk("joint_pain", q={"joint_pain": {"site": "hand"}}, age=30), False),
    ],
    # NHS GGC after Health Protection Scotland: haemolytic uraemic syndrome after bloody diarrhoea
    "haemolytic_uraemic_syndrome_suspected": [
        ("bloody diarrhoea, then no wee", mk("bloody_diarrhoea reduced_urine_output", age=4), True),
        ("bloody diarrhoea, then pale and puffy-eyed", mk("bloody_diarrhoea pallor facial_swelling", age=3), True),
        ("bloody diarrhoea with bruising", mk("bloody_diarrhoea bleeding_tendency", age=70), True),
        ("bloody diarrhoea, pale only", mk("bloody_diarrhoea pallor", age=4), False),
        ("watery diarrhoea with fewer wet nappies", mk("diarrhoea reduced_urine_output", age=1), False),
    ],
    # necrotising otitis externa (NHS clinical pathway): granulation tissue or a palsy in an infected canal, diabetes
    "necrotising_otitis_externa_suspected": [
        ("diabetic, ear pain, granulation tissue in the canal", mk("diabetes_history ear_pain ear_canal_granulation", age=78), True),
        ("immunosuppressed, discharging ear, facial palsy", mk("immunosuppressed ear_discharge facial_droop", age=60), True),
        ("diabetic with ear pain and a facial palsy (Bell's palsy)", mk("diabetes_history ear_pain facial_droop", age=50), False),
        ("no diabetes: granulation tissue", mk("ear_pain ear_canal_granulation", age=40), False),
        ("Ramsay Hunt in a diabetic", mk("diabetes_history ear_discharge facial_droop dermatomal_vesicular_rash", age=70), False),
    ],
    # EAU Paediatric Urology 2022: a newborn's firm, discoloured scrotal swelling (perinatal torsion)
    "testicular_torsion_suspected": [
        ("a newborn's swollen blue scrotum", mk("scrotal_swelling discoloured_scrotum", age=0.014, sex="male"), True),
    ],
    # RCOG GTG 64a/64b 2012 with NICE NG51's moderate-to-high-risk criteria for pregnancy and the 6 weeks after
    "sepsis_in_or_after_pregnancy": [
        ("after a termination: fever, pulse 118, offensive discharge",
         mk("recent_pregnancy_loss fever purulent_discharge", v={"hr": 118}), True),
        ("day 6 after a caesarean: fever, RR 22, offensive lochia",
         mk("recent_childbirth fever offensive_lochia", v={"rr": 22}), True),
        ("pregnant: fever, pulse 104, systolic 98", mk("fever", v={"hr": 104, "sbp": 98}, preg=True, sex="female"), True),
        ("pregnant: fever with one criterion only (pulse 104)", mk("fever", v={"hr": 104}, preg=True, sex="female"), False),
        ("pregnant: pulse 99 and RR 20 are below the criteria", mk("fever", v={"hr": 99, "rr": 20}, preg=True, sex="female"), False),
        ("not pregnant: fever, pulse 118, offensive discharge", mk("fever purulent_discharge", v={"hr": 118}, sex="female"), False),
        ("after a birth, no sign of infection: pulse 110, RR 22", mk("recent_childbirth", v={"hr": 110, "rr": 22}), False),
    ],
    # NICE NG234 2023: spinal pain in cancer with neurological symptoms or signs
    "metastatic_spinal_cord_compression_suspected": [
        ("bone metastases, back pain, legs weak", mk("active_cancer back_pain bilateral_leg_weakness"), True),
        ("cancer, back pain, can no longer walk", mk("active_cancer back_pain unable_to_walk"), True),
        ("cancer, back pain, passing no urine", mk("active_cancer back_pain urinary_retention"), True),
        ("cancer, back pain, walking as on cotton wool", mk("active_cancer back_pain ataxia"), True),
        ("cancer and back pain, no neurological symptom", mk("active_cancer back_pain"), False),
        ("back pain and weak legs, no cancer", mk("back_pain bilateral_leg_weakness"), False),
    ],
    # ESC 2021 heart failure 11.2.2: acute pulmonary oedema
    "acute_pulmonary_oedema_suspected": [
        ("breathless, pink frothy sputum", mk("shortness_of_breath pink_frothy_sputum"), True),
        ("orthopnoea, crackles, SpO2 86", mk("orthopnoea crackles", v={"spo2": 86}), True),
        ("night breathlessness, crackles, RR 30", mk("paroxysmal_nocturnal_dyspnoea crackles", v={"rr": 30}), True),
        ("orthopnoea, crackles, SpO2 93", mk("orthopnoea crackles", v={"spo2": 93}), False),
        ("orthopnoea alone (known heart failure)", mk("orthopnoea"), False),
    ],
    # BASHH 2019 PID: reasons to admit for parenteral therapy
    "pelvic_infection_needing_admission": [
        ("cervical excitation, a tubo-ovarian abscess", mk("cervical_motion_tenderness tubo_ovarian_abscess", sex="female"), True),
        ("adnexal tenderness, no better on antibiotics", mk("adnexal_tenderness oral_antibiotics_failing", sex="female"), True),
        ("pelvic pain and fever, antibiotics not kept down", mk("pelvic_pain fever oral_antibiotics_failing", sex="female"), True),
        ("pelvic pain, antibiotics not kept down, no fever", mk("pelvic_pain oral_antibiotics_failing", sex="female"), False),
        ("cervical excitation with fever, vomiting", mk("cervical_motion_tenderness fever vomiting", sex="female"), True),
        ("PID in pregnancy", mk("cervical_motion_tenderness adnexal_tenderness", preg=True, sex="female"), True),
        ("a tender pelvic mass with fever", mk("adnexal_mass fever pelvic_pain", sex="female"), True),
        ("PID treatable by mouth", mk("cervical_motion_tenderness adnexal_tenderness purulent_discharge", sex="female"), False),
        ("vomiting without fever", mk("adnexal_tenderness vomiting", sex="female"), False),
        ("a pelvic mass with fever, no pain", mk("adnexal_mass fever", sex="female"), False),
    ],
    # WHO IMCI 2014, sick young infant up to 2 months: very severe disease
    "young_infant_very_severe_disease": [
        ("3 weeks, not feeding well", mk("poor_feeding", age=0.06), True),
        ("6 weeks, temperature 35.4", mk(v={"temp_c": 35.4}, age=0.115), True),
        ("6 weeks, temperature 35.5", mk(v={"temp_c": 35.5}, age=0.115), False),
        ("10 days, moves only when stimulated", mk("lethargic_infant", age=0.027), True),
        ("10 days, severe chest indrawing", mk("increased_work_of_breathing", age=0.027, q={"increased_work_of_breathing": SEV("severe")}), True),
        ("10 days, mild chest indrawing", mk("increased_work_of_breathing", age=0.027, q={"increased_work_of_breathing": SEV("mild")}), False),
        ("3 months, not feeding well (past the young-infant chart)", mk("poor_feeding", age=0.25), False),
    ],
    # SDCEP 2016 dental abscess: refer urgently with trismus, dysphagia, floor-of-mouth swelling or airway threat
    "spreading_dental_infection_airway": [
        ("dental abscess, trismus", mk("dental_infection trismus"), True),
        ("dental abscess, difficulty swallowing", mk("dental_infection difficulty_swallowing"), True),
        ("floor of mouth swollen, fever", mk("floor_of_mouth_swelling fever"), True),
        ("floor of mouth swollen, drooling", mk("floor_of_mouth_swelling drooling"), True),
        ("dental abscess with fever only", mk("dental_infection fever"), False),
        ("floor of mouth swollen, no fever or airway sign", mk("floor_of_mouth_swelling"), False),
    ],
    # KDIGO 2012 2.1.2: stage 3 = creatinine 3.0 x baseline, or 353.6 µmol/L or more with an AKI rise
    "aki_stage_3": [
        ("creatinine 3 times baseline", mk(v={"creatinine": 300.0, "creatinine_rise": 300.0}), True),
        ("creatinine 2.9 times baseline, 290", mk(v={"creatinine": 290.0, "creatinine_rise": 290.0}), False),
        ("creatinine 360, 1.6 times baseline", mk(v={"creatinine": 360.0, "creatinine_rise": 160.0}), True),
        ("creatinine 360, 1.4 times baseline (chronic kidney disease)", mk(v={"creatinine": 360.0, "creatinine_rise": 140.0}), False),
        ("creatinine 420 with no baseline given", mk(v={"creatinine": 420.0}), False),
    ],
    # NHC 2021 wasp stings: haemolysis (tea- to soy-sauce-coloured urine), kidney injury (oliguria)
    "mass_stings_toxicity": [
        ("a swarm's stings, cola-coloured urine", mk("multiple_stings cola_coloured_urine"), True),
        ("a swarm's stings, passing little urine", mk("multiple_stings reduced_urine_output"), True),
        ("a swarm's stings, local swelling only", mk("multiple_stings"), False),
        ("one bee sting, dark urine", mk("allergen_exposure dark_urine"), False),
        ("a swarm's stings, urine only a bit yellow", mk("multiple_stings dark_urine"), False),
        ("a swarm's stings, blood on the dipstick", mk("multiple_stings haematuria"), True),
    ],
    # BNF theophylline overdose: vomiting, sinus tachycardia; convulsions and arrhythmias more serious
    "theophylline_toxicity_suspected": [
        ("theophylline, a fit", mk("theophylline_use seizure"), True),
        ("theophylline, vomiting, pulse 136", mk("theophylline_use vomiting", v={"hr": 136}), True),
        ("theophylline, mild nausea, pulse 78", mk("theophylline_use nausea", v={"hr": 78}), False),
        ("vomiting and a fast pulse without theophylline", mk("vomiting tachycardia"), False),
    ],
    # WHO 2014 (community management of opioid overdose): pinpoint pupils, unconsciousness, slow breathing
    "opioid_toxicity_suspected": [
        ("opioid, pinpoint pupils, slow shallow breathing", mk("opioid_use miosis slow_shallow_breathing"), True),
        ("opioid, slow shallow breathing alone", mk("opioid_use slow_shallow_breathing"), False),
        ("on an opioid, drowsy with pinpoint pupils", mk("opioid_use reduced_consciousness miosis"), True),
        ("on an opioid, breathing 8 a minute", mk("opioid_use", v={"rr": 8}), True),
        ("on an opioid, pinpoint pupils, breathing 11", mk("opioid_use miosis", v={"rr": 11}), True),
        ("on an opioid, a bit drowsy, breathing 16", mk("opioid_use reduced_consciousness", v={"rr": 16}), False),
        ("drowsy with pinpoint pupils, no opioid named", mk("reduced_consciousness miosis"), False),
    ],
    "sympathomimetic_toxicity_suspected": [
        ("meth, agitated, sweating, fever", mk("illicit_stimulant_use agitation sweating fever"), True),
        ("cocaine, paranoid, HR 130, big pupils", mk("illicit_stimulant_use persecutory_delusions dilated_pupils", v={"hr": 130}), True),
        ("cocaine, agitated, only sweating", mk("illicit_stimulant_use agitation sweating"), False),
        # MDMA is an amphetamine as well as a serotonergic drug (reasoning.yaml `implies`)
        ("ecstasy, agitated, sweating, fever", mk("ecstasy_use agitation sweating fever"), True),
        ("ecstasy, well apart from a fast pulse", mk("ecstasy_use tachycardia sweating"), False),
        ("energy drinks (a stimulant, not an illicit one), agitated, sweating, fast pulse",
         mk("stimulant_use agitation sweating tachycardia"), False),
    ],
    "wild_mushroom_poisoning_suspected": [
        ("wild mushrooms, vomiting", mk("wild_mushroom_ingestion vomiting"), True),
        ("wild mushrooms, hallucinations", mk("wild_mushroom_ingestion hallucinations"), True),
        ("wild mushrooms, well", mk("wild_mushroom_ingestion"), False),
        ("vomiting and diarrhoea, no mushrooms", mk("vomiting diarrhoea"), False),
    ],
    "suspected_hhs": [
        ("33.3", mk(v={"glucose_mmol": 33.3}), True),
        ("33.4", mk(v={"glucose_mmol": 33.4}), True),
        ("33.2", mk(v={"glucose_mmol": 33.2}), False),
        ("meter HI is above the meter's range, not a reading of 33.3", mk("glucose_above_meter_range"), False),
    ],
    "diabetes_tachycardia_or_high_fever": [
        ("HR 100 is not over 100", mk("diabetes_history", v={"hr": 100}), False),
        ("HR 101", mk("diabetes_history", v={"hr": 101}), True),
        ("temp 39.0 is not over 39", mk("diabetes_history", v={"temp_c": 39.0}), False),
        ("temp 39.1", mk("diabetes_history", v={"temp_c": 39.1}), True),
        ("no diabetes, HR 120", mk(v={"hr": 120}), False),
    ],
    "diabetes_sudden_vision_loss": [
        ("diabetes with visual loss", mk("diabetes_history visual_field_loss"), True),
        ("diabetes with sudden reduced acuity", mk("diabetes_history reduced_visual_acuity", q={"reduced_visual_acuity": ONSET("sudden")}), True),
        ("diabetes with gradual reduced acuity", mk("diabetes_history reduced_visual_acuity", q={"reduced_visual_acuity": ONSET("gradual")}), False),
        ("visual loss, no diabetes", mk("visual_field_loss"), False),
    ],
    "hyperglycaemia_pregnant_or_breastfeeding": [
        ("pregnant with hyperglycaemia", mk("hyperglycaemia", preg=True), True),
        ("breastfeeding with hyperglycaemia", mk("hyperglycaemia breastfeeding"), True),
        ("pregnant, normal glucose", mk("", preg=True), False),
        ("hyperglycaemia, not pregnant", mk("hyperglycaemia", preg=False), False),
    ],
    "stroke_face_arm_speech": [
        ("facial droop", mk("facial_droop"), True),
        ("slurred speech and arm weakness", mk("slurred_speech arm_weakness"), True),
        ("facial droop that resolved (TIA)", mk("facial_droop symptoms_resolved"), False),
        ("headache only", mk("headache"), False),
    ],
    "stroke_sudden_balance_or_vision": [
        ("sudden ataxia", mk("ataxia", q={"ataxia": ONSET("sudden")}), True),
        ("sudden visual field loss", mk("visual_field_loss"), True),
        ("ataxia without sudden onset", mk("ataxia"), False),
        ("one eye's sight lost, found on waking", mk("reduced_visual_acuity", q={"reduced_visual_acuity": ONSET("on_waking")}), True),
        ("unsteady on waking", mk("ataxia", q={"ataxia": ONSET("on_waking")}), True),
        ("blurred vision coming on gradually", mk("reduced_visual_acuity", q={"reduced_visual_acuity": ONSET("gradual")}), False),
        ("ataxia with sudden dizziness (vertigo said as dizziness)", mk("ataxia dizziness", q={"dizziness": ONSET("sudden")}), True),
        ("sudden dizziness without ataxia", mk("dizziness", q={"dizziness": ONSET("sudden")}), False),
        ("visual loss resolved", mk("visual_field_loss symptoms_resolved"), False),
        ("unsteady and seeing double, onset not said", mk("ataxia diplopia"), True),
        ("double vision alone, onset not said", mk("diplopia"), False),
    ],
    "suspected_tia": [
        ("facial droop resolved", mk("facial_droop symptoms_resolved"), True),
        ("one-sided numbness resolved", mk("unilateral_numbness symptoms_resolved"), True),
        ("'resolved' with no focal symptom", mk("symptoms_resolved"), False),
        ("persisting facial droop", mk("facial_droop"), False),
    ],
    "thunderclap_headache_sah": [
        ("thunderclap headache", mk("thunderclap_headache"), True),
        ("sudden severe headache", mk("headache", q={"headache": {"onset": "sudden", "severity": "severe"}}), True),
        ("severe headache, onset not sudden", mk("headache", q={"headache": SEV("severe")}), False),
        ("sudden mild headache", mk("headache", q={"headache": {"onset": "sudden", "severity": "mild"}}), False),
    ],
    # NICE NG240 1.1: a bulging fontanelle with drowsiness, irritability, vomiting or poor feeding; fever may be absent
    "infant_bulging_fontanelle_unwell": [
        ("4 months, tense fontanelle, lethargic", mk("bulging_fontanelle lethargic_infant", age=0.33), True),
        ("10 months, bulging fontanelle, vomiting", mk("bulging_fontanelle vomiting", age=0.83), True),
        ("4 months, full fontanelle, otherwise well", mk("bulging_fontanelle", age=0.33), False),
        ("4 months, irritable and vomiting, fontanelle not said", mk("irritability vomiting", age=0.33), False),
        ("a 5-year-old (fontanelle long closed)", mk("bulging_fontanelle vomiting", age=5), False),
    ],
    "fever_with_meningism_or_non_blanching_rash": [
        ("fever with neck stiffness", mk("fever neck_stiffness"), True),
        ("fever with non-blanching rash and Kernig", mk("fever non_blanching_rash kernig_sign"), True),
        ("neck stiffness without fever", mk("neck_stiffness"), False),
        ("fever with headache", mk("fever headache"), False),
    ],
    "suspected_cauda_equina": [
        ("saddle anaesthesia", mk("saddle_anaesthesia"), True),
        ("back pain with urinary retention", mk("back_pain urinary_retention"), True),
        ("urinary retention without back pain", mk("urinary_retention"), False),
        ("back pain with unilateral sciatica", mk("back_pain pain_radiating_down_leg"), False),
    ],
    "ectopic_pregnancy_suspected": [
        ("pregnant, pain and tenderness", mk("abdominal_pain abdominal_tenderness", preg=True), True),
        ("positive test, pelvic pain, syncope", mk("positive_pregnancy_test pelvic_pain syncope"), True),
        ("pregnant, pain without tenderness", mk("abdominal_pain", preg=True), False),
        ("not pregnant, pain and tenderness", mk("abdominal_pain abdominal_tenderness", preg=False), False),
        ("33 weeks, pain and tenderness: the pregnancy is in the womb", mk("abdominal_pain abdominal_tenderness", preg=True, gw=33), False),
        ("19 weeks, pain and tenderness", mk("abdominal_pain abdominal_tenderness", preg=True, gw=19), True),
    ],
    "early_pregnancy_pain_or_bleeding": [
        ("13 weeks with pain", mk("abdominal_pain", preg=True, gw=13), True),
        ("14 weeks with pain", mk("abdominal_pain", preg=True, gw=14), False),
        ("6 weeks with bleeding", mk("vaginal_bleeding", preg=True, gw=6), True),
        ("5.9 weeks, bleeding without pain", mk("vaginal_bleeding", preg=True, gw=5.9), False),
        ("unknown gestation with bleeding", mk("vaginal_bleeding", preg=True), True),
    ],
    "pregnancy_severe_hypertension": [
        ("SBP 160", mk(v={"sbp": 160}, preg=True), True),
        ("DBP 110", mk(v={"dbp": 110}, preg=True), True),
        ("159/109", mk(v={"sbp": 159, "dbp": 109}, preg=True), False),
        ("not pregnant, SBP 170", mk(v={"sbp": 170}, preg=False), False),
    ],
    "postpartum_severe_hypertension": [
        ("after birth, SBP 160", mk("recent_childbirth", v={"sbp": 160}), True),
        ("after birth, DBP 110", mk("recent_childbirth", v={"dbp": 110}), True),
        ("after birth, 159/109", mk("recent_childbirth", v={"sbp": 159, "dbp": 109}), False),
        ("no recent birth, SBP 170", mk(v={"sbp": 170}), False),
    ],
    "suspected_pre_eclampsia": [
        ("20 weeks, SBP 140, proteinuria", mk("proteinuria", v={"sbp": 140}, preg=True, gw=20), True),
        ("19 weeks, SBP 140, proteinuria", mk("proteinuria", v={"sbp": 140}, preg=True, gw=19), False),
        ("30 weeks, 139/89, proteinuria", mk("proteinuria", v={"sbp": 139, "dbp": 89}, preg=True, gw=30), False),
        ("30 weeks, DBP 95, urine protein +", mk(v={"dbp": 95, "urine_protein": 1}, preg=True, gw=30), True),
        ("30 weeks, SBP 150, no proteinuria or symptoms", mk(v={"sbp": 150}, preg=True, gw=30), False),
    ],
    "upper_gi_bleed": [
        ("haematemesis", mk("haematemesis"), True),
        ("melaena with dizziness", mk("melaena dizziness"), True),
        ("fresh rectal bleeding only", mk("rectal_bleeding"), False),
        ("haematemesis denied", mk(no="haematemesis"), False),
    ],
    "acute_abdomen_peritonism_or_shock": [
        ("pain with peritonism", mk("abdominal_pain peritonism"), True),
        ("pain with hypotension", mk("abdominal_pain hypotension"), True),
        ("pain alone", mk("abdominal_pain"), False),
        ("peritonism without pain", mk("peritonism"), False),
    ],
    "septic_arthritis_child_limp_fever": [
        ("4-year-old, hip pain, fever, won't stand on it", mk("hip_pain fever unable_to_bear_weight", age=4), True),
        ("4-year-old, hip pain and fever, walking", mk("hip_pain fever", age=4), False),
        ("4-year-old, fever, won't walk, screams if the leg is moved", mk("restricted_joint_movement unable_to_walk fever", age=4), True),
        ("4-year-old, fever, stiff leg, walking", mk("restricted_joint_movement fever", age=4), False),
        ("4-year-old, sore hip, won't stand on it, no fever", mk("hip_pain unable_to_bear_weight", no="fever", age=4), False),
        ("adult with the same: the adult rule asks for a hot swollen joint", mk("hip_pain fever unable_to_bear_weight", age=40), False),
    ],
    "raised_troponin_with_cardiac_symptoms": [
        ("raised troponin, breathless", mk("raised_troponin shortness_of_breath"), True),
        ("raised troponin, fast pulse", mk("raised_troponin tachycardia"), True),
        ("raised troponin, fainted", mk("raised_troponin syncope"), True),
        ("fast pulse, troponin not raised", mk("tachycardia", no="raised_troponin"), False),
        ("raised troponin alone (CKD review)", mk("raised_troponin"), False),
        ("raised troponin, no breathlessness or palpitations", mk("raised_troponin", no="shortness_of_breath palpitations"), False),
    ],
    "suspected_ruptured_aaa": [
        ("back pain with pulsatile mass", mk("back_pain pulsatile_abdominal_mass"), True),
        ("known AAA with collapse", mk("known_aaa syncope"), True),
        ("known AAA alone", mk("known_aaa"), False),
        ("pulsatile mass without pain", mk("pulsatile_abdominal_mass"), False),
        ("pulsatile mass and nearly passed out, no pain said", mk("pulsatile_abdominal_mass syncope_prodrome"), True),
    ],
    "febrile_infant_under_3_months": [
        ("2.9 months, 38.0 °C", mk(v={"temp_c": 38.0}, age=0.24), True),
        ("reported fever at 1 month", mk("fever", age=0.08), True),
        ("2.4 months, 37.9 °C", mk(v={"temp_c": 37.9}, age=0.2), False),
        ("exactly 3 months, 38.5 °C", mk(v={"temp_c": 38.5}, age=0.25), False),
    ],
    "feverish_child_red_features": [
        ("RR 61 at 4.9 years", mk("fever", v={"rr": 61}, age=4.9), True),
        ("RR 60", mk("fever", v={"rr": 60}, age=2), False),
        ("non-blanching rash at 1 year", mk("fever non_blanching_rash", age=1), True),
        ("age 5 with neck stiffness", mk("fever neck_stiffness", age=5), False),
        ("brief generalised seizure is not red", mk("fever seizure", age=1), False),
        ("neck stiffness without fever", mk("neck_stiffness", age=1), False),
    ],
    "infant_3_to_6_months_temperature_39": [
        ("3 months, 39.0 °C", mk(v={"temp_c": 39.0}, age=0.25), True),
        ("5.9 months, 39.5 °C", mk(v={"temp_c": 39.5}, age=0.49), True),
        ("38.9 °C", mk(v={"temp_c": 38.9}, age=0.3), False),
        ("6 months, 39.0 °C", mk(v={"temp_c": 39.0}, age=0.5), False),
    ],
    "feverish_child_tachycardia": [
        ("6 months, HR 161", mk("fever", v={"hr": 161}, age=0.5), True),
        ("6 months, HR 160", mk("fever", v={"hr": 160}, age=0.5), False),
        ("12 months, HR 151", mk("fever", v={"hr": 151}, age=1), True),
        ("18 months, HR 150", mk("fever", v={"hr": 150}, age=1.5), False),
        ("2 years, HR 141", mk("fever", v={"hr": 141}, age=2), True),
        ("4 years, HR 140", mk("fever", v={"hr": 140}, age=4), False),
        ("5 years, HR 180 (outside NG143)", mk("fever", v={"hr": 180}, age=5), False),
    ],
    "feverish_child_tachypnoea": [
        ("6 months, RR 51", mk("fever", v={"rr": 51}, age=0.5), True),
        ("6 months, RR 50", mk("fever", v={"rr": 50}, age=0.5), False),
        ("12 months, RR 41", mk("fever", v={"rr": 41}, age=1), True),
        ("3 years, RR 40", mk("fever", v={"rr": 40}, age=3), False),
        ("5 months, RR 55 (no amber RR band under 6 months)", mk("fever", v={"rr": 55}, age=0.4), False),
    ],
    "feverish_child_amber_features": [
        ("SpO2 95", mk("fever", v={"spo2": 95}, age=2), True),
        ("SpO2 96", mk("fever", v={"spo2": 96}, age=2), False),
        ("fever 5 days", mk("fever", q={"fever": {"duration_days": 5}}, age=2), True),
        ("fever 4 days", mk("fever", q={"fever": {"duration_days": 4}}, age=2), False),
        ("age 5, SpO2 90 (outside NG143)", mk("fever", v={"spo2": 90}, age=5), False),
    ],
    "etat_emergency_signs": [
        ("central cyanosis", mk("cyanosis"), True),
        ("shock triad", mk("cold_extremities prolonged_capillary_refill weak_fast_pulse"), True),
        ("cold hands and slow CRT without weak fast pulse", mk("cold_extremities prolonged_capillary_refill"), False),
        ("breathless only", mk("shortness_of_breath"), False),
        # a child's seizure; NICE CKS keeps at home only a recovered child of 18 months or more with febrile seizures before
        ("2-year-old, first febrile seizure, recovered", mk("fever seizure symptoms_resolved", age=2), True),
        ("2-year-old, febrile seizures before, recovered", mk("fever seizure previous_febrile_seizure symptoms_resolved", age=2), False),
        ("18 months exactly, febrile seizures before, recovered", mk("fever seizure previous_febrile_seizure symptoms_resolved", age=1.5), False),
        ("14 months, febrile seizures before, recovered", mk("fever seizure previous_febrile_seizure symptoms_resolved", age=1.17), True),
        ("2-year-old, febrile seizures before, not yet recovered", mk("fever seizure previous_febrile_seizure", age=2), True),
        ("adult seizure (judged by the seizure rule)", mk("seizure", age=30), False),
        # NICE NG217: a first seizure without fever, back to baseline, is an urgent specialist referral
        ("12-year-old, afebrile fit, back to normal", mk("seizure symptoms_resolved", age=12), False),
        ("12-year-old, afebrile fit, not yet back to normal", mk("seizure", age=12), True),
        ("18 months, afebrile fit, back to normal (under 2: still an emergency)", mk("seizure symptoms_resolved", age=1.5), True),
    ],
    "child_severe_dehydration": [
        ("two signs", mk("diarrhoea sunken_eyes unable_to_drink", age=1), True),
        ("three signs", mk("diarrhoea sunken_eyes unable_to_drink reduced_skin_turgor", age=1), True),
        ("one sign", mk("diarrhoea sunken_eyes", age=1), False),
        ("age 6 (outside the under-5 classification)", mk("diarrhoea sunken_eyes unable_to_drink", age=6), False),
        ("no diarrhoea", mk("sunken_eyes unable_to_drink", age=1), False),
    ],
    "infant_severe_respiratory_distress": [
        ("8-month-old grunting", mk("grunting", age=0.67), True),
        ("1-year-old SpO2 90%", mk("cough", v={"spo2": 90}, age=1), True),
        ("infant RR 75", mk("cough", v={"rr": 75}, age=0.5), True),
        ("infant RR 70 is not over 70", mk("cough", v={"rr": 70}, age=0.5), False),
        ("3-year-old grunting (outside under-2)", mk("grunting", age=3), False),
        ("infant with a runny nose only", mk("runny_nose", v={"spo2": 97}, age=0.5), False),
    ],
    "self_harm_medically_serious": [
        ("overdose", mk("self_poisoning"), True),
        ("overdose with suicidal thoughts", mk("self_poisoning suicidal_thoughts"), True),
        ("past self-harm by cutting", mk("self_harm"), False),
        ("cut down from a ligature", mk("hanging_attempt"), True),
        ("thought about hanging himself (a thought, not an attempt)", mk("suicidal_thoughts"), False),
        ("overdose denied", mk("", no="self_poisoning"), False),
    ],
    "suspected_guillain_barre": [
        ("ascending weakness with absent reflexes", mk("ascending_weakness areflexia"), True),
        ("ascending weakness after diarrhoea", mk("ascending_weakness diarrhoea"), True),
        ("weak legs with absent reflexes", mk("bilateral_leg_weakness areflexia"), True),
        ("a child who won't stand, reflexes absent", mk("unable_to_bear_weight areflexia", age=5), True),
        ("ascending weakness alone", mk("ascending_weakness"), False),
        ("weak legs with normal reflexes", mk("bilateral_leg_weakness", no="areflexia"), False),
        ("weak legs after a virus, hands now tingling", mk("bilateral_leg_weakness recent_viral_illness distal_paraesthesia"), True),
        ("weak legs and tingling hands, no infection before", mk("bilateral_leg_weakness distal_paraesthesia"), False),
    ],
    "suicide_imminent_risk": [
        ("current suicidal thoughts", mk("suicidal_thoughts"), True),
        ("self-harm with agitation", mk("self_harm agitation"), True),
        ("self-harm history alone", mk("self_harm"), False),
        ("low mood and hopelessness", mk("low_mood hopelessness"), False),
    ],
    "self_harm_risk": [
        ("self-harm history", mk("self_harm"), True),
        ("self-harm with current thoughts goes to the imminent rule", mk("self_harm suicidal_thoughts"), False),
        ("no self-harm", mk("low_mood"), False),
    ],
    "suspected_neutropenic_sepsis": [
        ("cancer on treatment with temperature 38.4", mk("active_cancer", v={"temp_c": 38.4}), True),
        ("cancer on treatment with reported fever", mk("active_cancer fever"), True),
        ("temperature exactly 38 is not higher than 38", mk("active_cancer", v={"temp_c": 38.0}), False),
        ("fever without cancer", mk("fever"), False),
    ],
    "sepsis_nice_high_risk_child_5_11": [
        ("8-year-old, fever, mottled", mk("fever mottled_skin", age=8), True),
        ("5-year-old, fever, lethargic", mk("high_fever lethargic_infant", age=5), True),
        ("12-year-old goes to the adult table", mk("fever mottled_skin", age=12), False),
        ("4-year-old goes to the under-5 table", mk("fever mottled_skin", age=4), False),
        ("8-year-old, fever alone", mk("fever", age=8), False),
    ],
    "heat_stroke_suspected": [
        ("heat exposure and confusion", mk("heat_exposure confusion"), True),
        ("heat exposure and collapse", mk("heat_exposure syncope"), True),
        ("heat exposure, alert", mk("heat_exposure headache"), False),
        ("confusion without heat", mk("confusion high_fever"), False),
    ],
    "head_injury_referral": [
        ("head injury with clear fluid from the nose", mk("head_injury basal_skull_fracture_sign", age=35), True),
        ("head injury on an anticoagulant", mk("head_injury anticoagulant_use"), True),
        ("head injury then vomiting", mk("head_injury vomiting"), True),
        ("head injury, no referral criterion", mk("head_injury headache"), False),
        ("head injury, no memory of it", mk("head_injury amnesia"), True),
        ("vomiting on warfarin without head injury", mk("anticoagulant_use vomiting"), False),
        ("baby, head injury, tense fontanelle", mk("head_injury bulging_fontanelle", age=0.25), True),
        ("5 months, head injury, swelling over 5 cm", mk("head_injury large_head_swelling", age=0.42), True),
        ("2 years, head injury, swelling over 5 cm", mk("head_injury large_head_swelling", age=2), False),
    ],
    "child_toxic_ingestion": [
        ("child swallowed a poison", mk("toxic_ingestion", age=2), True),
        (
            "child may have swallowed tablets",
            Case(age_years=2, findings={"toxic_ingestion": Finding(id="toxic_ingestion", status=Presence.uncertain)}),
            True,
        ),
        ("adult ingestion goes to other rules", mk("toxic_ingestion", age=40), False),
        ("age unknown", mk("toxic_ingestion"), False),
    ],
    "early_pregnancy_heavy_bleeding_or_unstable": [
        ("8 weeks, heavy bleeding with clots", mk("heavy_bleeding_clots", preg=True, gw=8), True),
        ("early pregnancy, fainted", mk("syncope", preg=True), True),
        ("8 weeks, light spotting", mk("vaginal_bleeding", preg=True, gw=8), False),
        ("20 weeks, heavy bleeding is not early pregnancy", mk("heavy_bleeding_clots", preg=True, gw=20), False),
        ("medical management of a miscarriage, heavy bleeding with clots", mk("recent_pregnancy_loss heavy_bleeding_clots"), True),
        ("after a miscarriage, light bleeding", mk("recent_pregnancy_loss vaginal_bleeding"), False),
    ],
    # NICE CG192 1.5: symptoms suggesting postpartum psychosis need assessment within 4 hours
    "postpartum_psychosis_suspected": [
        ("three weeks after the birth, hearing voices", mk("recent_childbirth hallucinations", q={"recent_childbirth": DUR(21)}), True),
        ("after the birth, convinced people are out to harm the baby", mk("recent_childbirth persecutory_delusions"), True),
        ("after the birth, tearful and low (baby blues)", mk("recent_childbirth low_mood"), False),
        ("hallucinations two years after a birth", mk("recent_childbirth hallucinations", q={"recent_childbirth": DUR(730)}), False),
    ],
    "antepartum_haemorrhage": [
        ("30 weeks, vaginal bleeding", mk("vaginal_bleeding", preg=True, gw=30), True),
        ("34 weeks, hard tender uterus", mk("uterine_rigidity abdominal_pain", preg=True, gw=34), True),
        ("33 weeks, a board-hard belly", mk("peritonism abdominal_pain", preg=True, gw=33), True),
        ("22 weeks is before the APH definition", mk("vaginal_bleeding", preg=True, gw=22), False),
        ("gestation unknown", mk("vaginal_bleeding", preg=True), False),
    ],
    # round 4
    # ESE/ESICM/ERA 2014 hyponatraemia guideline; RCPath 2017 critical limit
    "severe_or_symptomatic_hyponatraemia": [
        ("Na 120 (critical limit)", mk(v={"sodium": 120}), True),
        ("Na 121, well", mk(v={"sodium": 121}), False),
        ("Na 124 with confusion", mk("confusion", v={"sodium": 124}), True),
        ("Na 125 with confusion", mk("confusion", v={"sodium": 125}), False),
        ("Na 122 with vomiting", mk("vomiting", v={"sodium": 122}), True),
    ],
    "severe_hyperkalaemia": [
        ("K 6.5 (severe starts here)", mk(v={"potassium": 6.5}), True),
        ("K 7.1", mk(v={"potassium": 7.1}), True),
        ("K 6.4 (moderate)", mk(v={"potassium": 6.4}), False),
        ("K 6.8 in a haemolysed sample, well", mk("haemolysed_sample", v={"potassium": 6.8}), False),
        ("K 6.8 in a haemolysed sample, with palpitations", mk("haemolysed_sample palpitations", v={"potassium": 6.8}), True),
        ("K 6.8 in a haemolysed sample, creatinine rising", mk("haemolysed_sample creatinine_rising", v={"potassium": 6.8}), True),
    ],
    "acs_arm_or_jaw_pain_with_autonomic_features": [
        ("jaw pain with sweating", mk("pain_radiating_jaw_neck sweating"), True),
        ("left arm pain with breathlessness", mk("pain_radiating_left_arm shortness_of_breath"), True),
        ("jaw pain alone", mk("pain_radiating_jaw_neck"), False),
    ],
    "acs_unstable_angina_pattern": [
        ("chest pain now at rest", mk("chest_pain rest_chest_pain"), True),
        ("crescendo angina", mk("chest_pain crescendo_angina"), True),
        ("exertional chest pain, unchanged", mk("chest_pain exertional_chest_pain"), False),
    ],
    "organophosphate_poisoning_suspected": [
        ("pesticide spraying, pinpoint pupils", mk("pesticide_exposure miosis"), True),
        ("pesticide spraying, drooling", mk("pesticide_exposure drooling"), True),
        ("pesticide spraying, no symptoms", mk("pesticide_exposure headache"), False),
        ("pinpoint pupils without exposure", mk("miosis"), False),
        ("an unnamed overdose with pinpoint pupils", mk("self_poisoning miosis"), True),
        # a drowsy sleeping-pill overdose is no organophosphate poisoning (other rules take it)
        ("an overdose, drowsy and sweating", mk("self_poisoning reduced_consciousness sweating"), False),
    ],
    "fever_after_tropical_travel_with_bleeding": [
        ("fever, tropical travel, bleeding gums", mk("fever travel_endemic_tropical bleeding_tendency"), True),
        ("fever after travel, no bleeding", mk("fever travel_endemic_tropical"), False),
        ("bleeding and fever without travel", mk("fever bleeding_tendency"), False),
    ],
    "myasthenic_crisis_suspected": [
        ("ptosis and difficulty swallowing", mk("ptosis difficulty_swallowing"), True),
        ("double vision and breathless lying flat", mk("diplopia orthopnoea"), True),
        ("ptosis alone", mk("ptosis"), False),
    ],
    "alcohol_withdrawal_delirium_or_wernicke": [
        ("heavy drinker, confused", mk("heavy_alcohol_use confusion"), True),
        ("stopped drinking, hallucinating", mk("recent_alcohol_cessation hallucinations"), True),
        ("heavy drinker, tremor only", mk("heavy_alcohol_use tremor"), False),
    ],
    "child_oxygen_saturation_below_92": [
        ("child, SpO2 91", mk(v={"spo2": 91}, age=4), True),
        ("child, SpO2 92", mk(v={"spo2": 92}, age=4), False),
        ("adult, SpO2 91 goes to NEWS2", mk(v={"spo2": 91}, age=40), False),
    ],
    "hand_foot_mouth_severe_early_signs": [
        ("HFMD, fever, limb tremor", mk("mouth_ulcers fever tremor", age=2), True),
        ("HFMD, fever, HR 161", mk("vesicles_on_hands_feet fever", v={"hr": 161}, age=3), True),
        ("HFMD, fever, HR 160", mk("vesicles_on_hands_feet fever", v={"hr": 160}, age=3), False),
        ("HFMD, fever, well", mk("mouth_ulcers fever", age=2), False),
        ("hand-foot vesicles, no fever said, lethargic", mk("vesicles_on_hands_feet lethargic_infant", age=2), True),
        ("mouth ulcers, no fever, vomiting", mk("mouth_ulcers vomiting", age=2), False),
    ],
    "reduced_fetal_movements_from_28_weeks": [
        ("28 weeks, reduced movements", mk("reduced_fetal_movements", preg=True, gw=28), True),
        ("27 weeks, reduced movements", mk("reduced_fetal_movements", preg=True, gw=27), False),
        ("gestation unknown", mk("reduced_fetal_movements", preg=True), False),
    ],
    "pre_eclampsia_severe_features": [
        ("34 weeks, BP 150/100, platelets 88", mk(v={"sbp": 150, "dbp": 100, "platelets": 88}, preg=True, gw=34), True),
        ("34 weeks, BP 140/90, ALT 71", mk(v={"sbp": 140, "dbp": 90, "alt": 71}, preg=True, gw=34), True),
        ("34 weeks, BP 150/100, ALT 70", mk(v={"sbp": 150, "dbp": 100, "alt": 70}, preg=True, gw=34), False),
        ("34 weeks, normal BP, platelets 88", mk(v={"sbp": 120, "dbp": 80, "platelets": 88}, preg=True, gw=34), False),
    ],
    "epiglottitis_suspected": [
        ("stridor and drooling", mk("stridor drooling"), True),
        ("stridor, cannot swallow", mk("stridor difficulty_swallowing"), True),
        ("stridor with a barking cough only (croup)", mk("stridor barking_cough"), False),
    ],
    "massive_haemoptysis": [
        ("massive haemoptysis", mk("massive_haemoptysis"), True),
        ("severe haemoptysis", mk("haemoptysis", q={"haemoptysis": SEV("severe")}), True),
        ("haemoptysis with SBP 84", mk("haemoptysis", v={"sbp": 84}), True),
        ("blood-streaked sputum, BP normal", mk("haemoptysis", v={"sbp": 128}), False),
    ],
    "gastroenteritis_with_shock": [
        ("diarrhoea, SBP 80", mk("diarrhoea", v={"sbp": 80}), True),
        ("vomiting and hypotension", mk("vomiting hypotension"), True),
        ("diarrhoea, SBP 104", mk("diarrhoea", v={"sbp": 104}), False),
        ("hypotension without diarrhoea or vomiting", mk("hypotension"), False),
    ],
    "chest_pain_with_surgical_emphysema": [
        ("chest pain and crepitus in the neck", mk("chest_pain subcutaneous_emphysema"), True),
        ("painful swallowing and surgical emphysema", mk("difficulty_swallowing subcutaneous_emphysema"), True),
        ("chest pain alone", mk("chest_pain"), False),
    ],
    "severe_malaria_features": [
        ("fever after malaria-area travel, prostrate", mk("fever travel_endemic_tropical prostration"), True),
        ("fever after travel, confused", mk("fever travel_endemic_tropical confusion"), True),
        ("fever after travel, walking and talking", mk("fever travel_endemic_tropical headache"), False),
        ("prostrate with fever, no travel", mk("fever prostration"), False),
    ],
    "strangulated_hernia_suspected": [
        ("irreducible tender groin lump", mk("irreducible_lump groin_pain"), True),
        ("irreducible lump with vomiting", mk("irreducible_lump vomiting"), True),
        ("irreducible, painless", mk("irreducible_lump"), False),
    ],
    "prolonged_or_repeated_seizure": [
        ("seizure 5 minutes", mk("seizure", q={"seizure": {"duration_days": 5 / 1440}}), True),
        ("no recovery between seizures", mk("seizure_without_recovery"), True),
        ("seizure 2 minutes", mk("seizure", q={"seizure": {"duration_days": 2 / 1440}}), False),
    ],
    # acute emergencies (red_flags/acute_emergencies.yaml)
    # Society for Endocrinology 2016: adrenal insufficiency or steroid dependence with vomiting,
    # hypotension, collapse, altered consciousness or hypoglycaemia -> hydrocortisone now
    "adrenal_crisis_suspected": [
        ("Addison's with vomiting", mk("adrenal_insufficiency_history vomiting"), True),
        ("steroids stopped, collapsed", mk("steroid_omission syncope"), True),
        ("long-term steroids, hypotensive", mk("glucocorticoid_use hypotension"), True),
        ("long-term steroids, hypoglycaemic", mk("glucocorticoid_use low_glucose"), True),
        ("Addison's, well, routine review", mk("adrenal_insufficiency_history fatigue"), False),
        ("Addison's with mild diarrhoea", mk("adrenal_insufficiency_history diarrhoea", q={"diarrhoea": SEV("mild")}), False),
        ("Addison's with severe diarrhoea", mk("adrenal_insufficiency_history diarrhoea", q={"diarrhoea": SEV("severe")}), True),
        ("vomiting and hypotension without adrenal risk", mk("vomiting hypotension"), False),
    ],
    # DH/PHE 2013: CO source + symptoms; or others at home affected and better away from home
    "carbon_monoxide_poisoning_suspected": [
        ("coal stove and headache", mk("co_exposure headache"), True),
        ("gas heater, collapsed", mk("co_exposure syncope"), True),
        ("household headaches, better away from home", mk("household_headache_cluster better_away_from_home"), True),
        ("coal stove, no symptoms", mk("co_exposure"), False),
        ("household headaches alone", mk("household_headache_cluster"), False),
        ("headache and nausea without a source", mk("headache nausea dizziness"), False),
    ],
    # IDSA 2014: pain out of proportion, bullae/necrosis, gas in tissue, or spread with systemic toxicity
    "necrotising_fasciitis_suspected": [
        ("red swollen leg, pain out of proportion", mk("skin_erythema_warmth pain_out_of_proportion"), True),
        ("wound with haemorrhagic bullae", mk("skin_break_wound skin_necrosis_bullae"), True),
        ("cellulitis with crepitus", mk("skin_erythema_warmth subcutaneous_emphysema"), True),
        ("rapid spread with hypotension", mk("rapidly_spreading_skin_infection hypotension"), True),
        ("rapid spread, well", mk("rapidly_spreading_skin_infection fever"), False),
        ("rapid spread with blisters", mk("rapidly_spreading_skin_infection vesicles"), True),
        ("blisters on a red patch that is not spreading", mk("skin_erythema_warmth vesicles"), False),
        ("simple cellulitis with fever", mk("skin_erythema_warmth localised_swelling fever"), False),
        ("pain out of proportion without a skin finding", mk("pain_out_of_proportion abdominal_pain"), False),
        ("crepitus with vomiting (no skin infection)", mk("subcutaneous_emphysema vomiting chest_pain"), False),
    ],
    # NICE CKS retinal detachment: flashes/floaters with field loss or acuity change -> same day
    "retinal_detachment_suspected": [
        ("floaters and a curtain over the vision", mk("floaters visual_field_loss"), True),
        ("flashes and reduced acuity", mk("photopsia reduced_visual_acuity"), True),
        ("flashes alone", mk("photopsia"), False),
        ("field loss without flashes or floaters", mk("visual_field_loss"), False),
    ],
    # NICE CKS retinal detachment: flashes/floaters without visual loss -> seen within 24 hours
    "new_flashes_or_floaters": [
        ("new floaters", mk("floaters"), True),
        ("flashes, vision normal", mk("photopsia", no="reduced_visual_acuity"), True),
        ("flashes with field loss belongs to the emergency rule", mk("photopsia visual_field_loss"), False),
        ("flashes then headache (migraine aura)", mk("photopsia headache"), False),
        ("no flashes or floaters", mk("reduced_visual_acuity"), False),
    ],
    # NICE NG194: sudden/very heavy bleeding or clots after birth, or bleeding with signs of shock
    "postpartum_haemorrhage_suspected": [
        ("heavy bleeding since the birth", mk("heavy_postpartum_bleeding"), True),
        ("after birth, clots", mk("recent_childbirth heavy_bleeding_clots"), True),
        ("after birth, bleeding with tachycardia", mk("recent_childbirth vaginal_bleeding tachycardia"), True),
        ("after birth, bleeding, tachycardia denied", mk("recent_childbirth vaginal_bleeding", no="tachycardia"), False),
        ("after birth, normal lochia", mk("recent_childbirth vaginal_bleeding"), False),
        ("heavy clots in early pregnancy, no birth", mk("heavy_bleeding_clots", preg=True, gw=8), False),
    ],
    # RCOG GTG 52: secondary PPH (24 h to 12 weeks); lochia heavier again or offensive -> same day
    "postpartum_lochia_increased_or_offensive": [
        ("lochia heavier again", mk("increased_lochia"), True),
        ("after birth, offensive lochia", mk("recent_childbirth offensive_lochia"), True),
        ("after birth, bleeding with fever", mk("recent_childbirth vaginal_bleeding fever"), True),
        ("after birth, bleeding alone", mk("recent_childbirth vaginal_bleeding"), False),
        ("fever after birth without bleeding", mk("recent_childbirth fever"), False),
    ],
    # ERC 2021: accidental hypothermia is a core temperature below 35 °C
    "accidental_hypothermia": [
        ("temperature 34.9", mk(v={"temp_c": 34.9}), True),
        ("temperature 35.0", mk(v={"temp_c": 35.0}), False),
        ("said 'hypothermic' with no reading", mk("hypothermia"), True),
        ("said 'hypothermic' but measured 35.2", mk("hypothermia", v={"temp_c": 35.2}), False),
        ("cold exposure and confusion", mk("cold_exposure confusion"), True),
        ("long lie, cold to touch", mk("long_lie body_cold_to_touch"), True),
        ("long lie, confused (not enough on its own)", mk("long_lie confusion"), False),
        ("cold hands, alert", mk("cold_extremities chills"), False),
    ],
    # NICE CG124 (context): anyone clinically suspected of a hip fracture goes for immediate hospital assessment
    "hip_fracture_suspected": [
        ("fall, hip pain, unable to bear weight", mk("fall hip_pain unable_to_bear_weight", age=84), True),
        ("long lie, groin pain, unable to bear weight", mk("long_lie groin_pain unable_to_bear_weight"), True),
        ("fall, hip pain, 'can't walk'", mk("fall hip_pain unable_to_walk"), True),
        ("fall, shortened externally rotated leg", mk("fall shortened_externally_rotated_leg"), True),
        ("hip pain with a shortened rotated leg, no fall said", mk("hip_pain shortened_externally_rotated_leg"), True),
        ("?#NOF after a fall (the hedge covers both)",
         mk("fractured_neck_of_femur fall", q={"fractured_neck_of_femur": UNCERTAIN, "fall": UNCERTAIN}), True),
        ("#NOF named with no fall or hip sign (repaired fracture)", mk("fractured_neck_of_femur shortness_of_breath"), False),
        ("fall, hip pain, walking on it", mk("fall hip_pain", no="unable_to_bear_weight"), False),
        ("fall, hip pain, weight bearing not said", mk("fall hip_pain", age=84), False),
        ("hip pain, unable to bear weight, no fall (arthritis flare)", mk("hip_pain unable_to_bear_weight"), False),
        ("fall, unable to bear weight, ankle (no hip or groin pain)", mk("fall unable_to_bear_weight"), False),
        ("'can't walk' with weak legs, no fall", mk("unable_to_walk bilateral_leg_weakness"), False),
    ],
    # BAD 2016: epidermal detachment and mucosal erosions, usually after a drug started in the previous weeks
    "sjs_ten_suspected": [
        ("a new drug, mouth ulcers, red eyes and a blistering rash",
         mk("new_drug_started mouth_ulcers eye_redness vesicles"), True),
        ("mouth ulcers and blisters without a new drug or red eyes (hand, foot and mouth)", mk("mouth_ulcers vesicles"), False),
        ("skin detachment with mucosal erosions", mk("skin_detachment mucosal_erosions"), True),
        ("skin detachment with mouth ulcers", mk("skin_detachment mouth_ulcers"), True),
        ("skin detachment after a new drug", mk("skin_detachment new_drug_started"), True),
        ("blisters with mucosal erosions", mk("vesicles mucosal_erosions"), True),
        ("new drug, rash, mucosal erosions", mk("new_drug_started rash mucosal_erosions"), True),
        ("new drug, target lesions, mucosal erosions", mk("new_drug_started target_lesions mucosal_erosions"), True),
        ("new drug, rash, mucosa denied", mk("new_drug_started rash", no="mucosal_erosions"), False),
        ("new drug, blisters, no mucosal sign", mk("new_drug_started vesicles"), False),
        ("blisters and mouth ulcers (hand, foot and mouth)", mk("vesicles vesicles_on_hands_feet mouth_ulcers fever"), False),
        ("mucosal erosions alone", mk("mucosal_erosions"), False),
        ("skin detachment alone", mk("skin_detachment"), False),
    ],
    # ESVS 2020: sudden pain, pallor, pulselessness, coldness, paraesthesia, paralysis
    "acute_limb_ischaemia_suspected": [
        ("cold pale limb, no pulses", mk("cold_pale_limb absent_limb_pulses"), True),
        ("cold pale limb, sudden pain", mk("cold_pale_limb sudden_limb_pain"), True),
        ("cold pale limb, numb", mk("cold_pale_limb leg_numbness"), True),
        ("absent pulses, sudden pain", mk("absent_limb_pulses sudden_limb_pain af_history"), True),
        ("absent pulses with claudication (chronic disease)", mk("absent_limb_pulses intermittent_claudication"), False),
        ("absent pulses and numb feet (neuropathy)", mk("absent_limb_pulses leg_numbness diabetes_history"), False),
        ("cold pale limb alone", mk("cold_pale_limb"), False),
        ("cold hands and feet, pale", mk("cold_extremities pallor"), False),
        ("sudden leg pain alone", mk("sudden_limb_pain"), False),
    ],
    # BSR/BOA 2006: hot swollen tender joint with restricted movement is septic until proven otherwise,
    # even without fever
    "septic_arthritis_suspected": [
        ("hot swollen joint with fever", mk("hot_swollen_joint fever"), True),
        ("hot swollen joint, movement restricted, no fever", mk("hot_swollen_joint restricted_joint_movement", no="fever"), True),
        ("hot swollen joint, unable to bear weight", mk("hot_swollen_joint unable_to_bear_weight"), True),
        ("red warm skin over a swollen joint, fever", mk("skin_erythema_warmth joint_swelling fever"), True),
        ("hot swollen joint, 'can't walk'", mk("hot_swollen_joint unable_to_walk"), True),
        ("swollen joint with fever that cannot be moved", mk("joint_swelling fever restricted_joint_movement"), True),
        ("swollen joint that cannot be moved, no fever", mk("joint_swelling restricted_joint_movement", no="fever"), False),
        ("hot swollen joint, no fever, moving", mk("hot_swollen_joint joint_pain", no="fever"), False),
        ("swollen joint (not hot) with fever", mk("joint_swelling joint_pain fever"), False),
        ("cellulitis with fever, no joint", mk("skin_erythema_warmth localised_swelling fever"), False),
        ("knee osteoarthritis, stiff, no fever", mk("knee_pain crepitus brief_morning_stiffness", no="fever"), False),
    ],
    # 中国急性胰腺炎诊治指南 2021: typical pain (upper abdominal, often through to the back), amylase/lipase
    # >= 3 x ULN, imaging - two of three; gallstones and alcohol the commonest causes
    "acute_pancreatitis_suspected": [
        ("epigastric pain through to the back with vomiting", mk("epigastric_pain pain_radiating_back vomiting"), True),
        ("heavy drinker, epigastric pain to the back, retching", mk("heavy_alcohol_use epigastric_pain pain_radiating_back forceful_vomiting"), True),
        ("abdominal pain, tender epigastrium, through to the back, vomiting",
         mk("abdominal_pain epigastric_tenderness pain_radiating_back vomiting"), True),
        ("epigastric pain with raised amylase/lipase", mk("epigastric_pain raised_amylase"), True),
        ("epigastric pain to the back without vomiting (ulcer-type pain)", mk("epigastric_pain pain_radiating_back"), False),
        ("epigastric pain to the back, vomiting denied", mk("epigastric_pain pain_radiating_back", no="vomiting"), False),
        ("epigastric pain with vomiting and diarrhoea (gastroenteritis)", mk("epigastric_pain vomiting diarrhoea"), False),
        ("gallstones, epigastric pain, vomiting, no radiation said", mk("gallstones_history epigastric_pain vomiting"), False),
        ("raised amylase without abdominal pain", mk("raised_amylase vomiting"), False),
        ("chest pain to the back with vomiting (not abdominal)", mk("chest_pain pain_radiating_back vomiting"), False),
    ],
    # WSES Bologna 2017: abdominal pain, vomiting, distension and failure to pass flatus/stool
    "bowel_obstruction_suspected": [
        ("no wind, colicky pain, vomiting", mk("no_flatus colicky_abdominal_pain vomiting"), True),
        ("no wind, distended, green vomit", mk("no_flatus abdominal_distension bilious_vomiting"), True),
        ("no wind, distended, abdominal pain", mk("no_flatus abdominal_distension abdominal_pain"), True),
        ("no wind and distended only", mk("no_flatus abdominal_distension"), False),
        ("no wind and vomiting only", mk("no_flatus vomiting"), False),
        ("distended, vomiting, pain, previous laparotomy (wind not said)",
         mk("abdominal_distension vomiting abdominal_pain previous_abdominal_surgery"), True),
        ("distended, vomiting, colicky pain, tinkling bowel sounds",
         mk("abdominal_distension vomiting colicky_abdominal_pain abnormal_bowel_sounds"), True),
        ("distended, vomiting, crampy pain, hyperactive bowel sounds with diarrhoea (gastroenteritis)",
         mk("abdominal_distension vomiting colicky_abdominal_pain abnormal_bowel_sounds diarrhoea"), False),
        ("bloated, crampy pain, vomiting, nothing obstructive", mk("abdominal_distension colicky_abdominal_pain vomiting"), False),
        ("constipated, bloated, crampy pain (still passing wind)", mk("constipation abdominal_distension colicky_abdominal_pain"), False),
    ],
    # NICE CKS glaucoma: painful red eye, headache, nausea/vomiting, reduced vision, haloes, hazy cornea,
    # fixed semi-dilated pupil, hard eye -> immediate admission under ophthalmology
    "acute_angle_closure_glaucoma_suspected": [
        ("painful eye with a fixed mid-dilated pupil", mk("eye_pain mid_dilated_fixed_pupil"), True),
        ("red eye with a hazy cornea", mk("eye_redness hazy_cornea"), True),
        ("red eye, hard to palpation", mk("eye_redness raised_intraocular_pressure"), True),
        ("painful eye with halos", mk("eye_pain halos_around_lights"), True),
        ("halos with vomiting", mk("halos_around_lights vomiting"), True),
        ("painful red eye, blurred vision, headache", mk("eye_pain eye_redness visual_disturbance_pregnancy headache"), True),
        ("painful red eye, headache, vomiting", mk("eye_pain eye_redness headache vomiting"), True),
        ("painful red eye with headache only", mk("eye_pain eye_redness headache"), False),
        ("painful red eye with reduced vision only (keratitis/uveitis pattern)", mk("eye_pain eye_redness reduced_visual_acuity"), False),
        ("red sticky eye, vision normal (conjunctivitis)", mk("eye_redness eye_discharge", no="reduced_visual_acuity"), False),
        ("migraine: headache, vomiting, blurred vision, eye not red", mk("headache vomiting visual_disturbance_pregnancy"), False),
        ("painful red eye, headache, nausea with a runny nose (cluster pattern)",
         mk("eye_pain eye_redness headache nausea runny_nose"), False),
        ("halos alone", mk("halos_around_lights"), False),
        ("fixed dilated pupil without a red or painful eye", mk("mid_dilated_fixed_pupil headache"), False),
    ],
    # WHO/V&B/02.19: episodic crying with legs drawn up, vomiting (bilious), pallor/lethargy,
    # redcurrant-jelly stool, sausage-shaped mass; early diagnosis and prompt reduction
    "intussusception_suspected": [
        ("screaming bouts with redcurrant-jelly stool", mk("intermittent_inconsolable_crying redcurrant_jelly_stool", age=0.75), True),
        ("legs drawn up with green vomit", mk("drawing_up_legs bilious_vomiting", age=0.75), True),
        ("screaming bouts, limp in between", mk("intermittent_inconsolable_crying lethargic_infant", age=1), True),
        ("screaming bouts, pale", mk("intermittent_inconsolable_crying pallor", age=0.8), True),
        ("sausage-shaped mass with vomiting", mk("sausage_shaped_mass vomiting", age=1.5), True),
        ("colicky pain with redcurrant-jelly stool, no diarrhoea", mk("colicky_abdominal_pain redcurrant_jelly_stool", age=3), True),
        ("crying bouts and legs drawn up only (infant colic)", mk("intermittent_inconsolable_crying drawing_up_legs", age=0.15), False),
        ("crying bouts with (non-bilious) vomiting", mk("intermittent_inconsolable_crying vomiting", age=0.5), False),
        ("crampy pain with blood and mucus and diarrhoea (dysentery)",
         mk("colicky_abdominal_pain redcurrant_jelly_stool diarrhoea fever", age=2), False),
        ("sausage-shaped mass alone", mk("sausage_shaped_mass", age=1), False),
    ],
    # NICE CKS scrotal pain and swelling: sudden severe testicular pain, nausea/vomiting, high-riding testis,
    # absent cremasteric reflex -> immediate urology referral; epididymo-orchitis: gradual, fever, dysuria
    "testicular_torsion_suspected": [
        ("sudden testicular pain (said as such)", mk("sudden_onset_testicular_pain", age=14), True),
        ("testicular pain of sudden onset", mk("testicular_pain", q={"testicular_pain": ONSET("sudden")}, age=15), True),
        ("testicular pain, high-riding testis", mk("testicular_pain high_riding_testis", age=16), True),
        ("scrotal swelling, cremasteric reflex absent", mk("scrotal_swelling absent_cremasteric_reflex", age=12), True),
        ("testicular pain with vomiting", mk("testicular_pain vomiting", age=13), True),
        ("severe testicular pain", mk("testicular_pain", q={"testicular_pain": SEV("severe")}, age=17), True),
        ("gradual testicular pain with vomiting", mk("testicular_pain vomiting", q={"testicular_pain": ONSET("gradual")}, age=25), False),
        ("testicular pain and vomiting with fever (epididymo-orchitis)", mk("testicular_pain vomiting fever", age=25), False),
        ("testicular pain, dysuria, nausea", mk("testicular_pain dysuria nausea", age=30), False),
        ("mild testicular ache, nothing else", mk("testicular_pain", q={"testicular_pain": SEV("mild")}, age=30), False),
        ("scrotal swelling alone", mk("scrotal_swelling", age=40), False),
    ],
    # ACOG CO 783: sudden-onset abdominal/pelvic pain with nausea and vomiting, adnexal mass in about half
    "ovarian_torsion_suspected": [
        ("sudden severe pelvic pain with vomiting", mk("sudden_severe_pelvic_pain vomiting", sex="female", age=25), True),
        ("one-sided pelvic pain, nausea, known ovarian cyst", mk("unilateral_pelvic_pain nausea ovarian_cyst_history", sex="female"), True),
        ("RLQ pain, vomiting, adnexal mass", mk("right_lower_quadrant_pain vomiting adnexal_mass", sex="female", age=15), True),
        ("severe lower abdominal pain, vomiting, adnexal tenderness",
         mk("pelvic_pain vomiting adnexal_tenderness", q={"pelvic_pain": SEV("severe")}, sex="female"), True),
        ("sex unknown, sudden one-sided pain, vomiting", mk("unilateral_pelvic_pain vomiting", q={"unilateral_pelvic_pain": ONSET("sudden")}), True),
        ("one-sided pelvic pain with nausea, no cyst, not sudden (mittelschmerz)", mk("unilateral_pelvic_pain nausea", sex="female"), False),
        ("right iliac fossa tender, vomiting, known ovarian cyst", mk("rlq_tenderness vomiting ovarian_cyst_history", sex="female", age=17), True),
        ("right iliac fossa tender, vomiting, nothing pointing to the ovary", mk("rlq_tenderness vomiting", sex="female", age=17), False),
        ("sudden severe pelvic pain without nausea or vomiting", mk("sudden_severe_pelvic_pain", sex="female"), False),
        ("a scan suggesting torsion, no vomiting said", mk("ovarian_torsion_on_imaging abdominal_pain", sex="female", age=8), True),
        ("period pain with vomiting (dysmenorrhoea)", mk("painful_periods pelvic_pain vomiting", sex="female"), False),
        ("sudden one-sided pain, vomiting, blood in urine (renal colic)",
         mk("sudden_severe_pelvic_pain vomiting haematuria", sex="female"), False),
        ("loin-to-groin pain with vomiting", mk("sudden_severe_pelvic_pain vomiting loin_to_groin_pain", sex="female"), False),
        ("man with sudden lower abdominal pain and vomiting", mk("sudden_severe_pelvic_pain vomiting", sex="male"), False),
    ],
    # ACCF/AHA 2013 HF guideline 7.3.2.6: digoxin toxicity (visual disturbance, anorexia, nausea, vomiting,
    # confusion, arrhythmia)
    "digoxin_toxicity_suspected": [
        ("on digoxin, yellow vision", mk("digoxin_use xanthopsia", age=80), True),
        ("on digoxin, slow pulse, nausea", mk("digoxin_use bradycardia nausea", age=84), True),
        ("on digoxin, slow pulse, off food", mk("digoxin_use bradycardia loss_of_appetite", age=88), True),
        ("on digoxin, nausea, normal pulse", mk("digoxin_use nausea", age=70), False),
        ("on digoxin, slow pulse, nothing else", mk("digoxin_use bradycardia", age=75), False),
        ("yellow vision, no digoxin", mk("xanthopsia", age=60), False),
    ],
    # NPSA/2009/PSA005 safer lithium therapy: signs of toxicity need medical help at once
    "lithium_toxicity_suspected": [
        ("lithium, unsteady", mk("lithium_use ataxia", age=58), True),
        ("lithium, confused", mk("lithium_use confusion", age=70), True),
        ("lithium, tremor with diarrhoea", mk("lithium_use tremor diarrhoea", age=45), True),
        ("lithium, fine tremor alone", mk("lithium_use tremor", age=52), False),
        ("lithium, diarrhoea alone", mk("lithium_use diarrhoea", age=40), False),
        ("unsteady, no lithium", mk("ataxia", age=60), False),
    ],
    # NICE CG191 1.2: CURB65 3-5 is high severity (a score only the doctor can give: it needs the urea)
    "curb65_3_or_more": [
        ("CURB-65 3", mk("cough", v={"curb65_stated": 3}, age=72), True),
        ("CURB-65 5", mk("", v={"curb65_stated": 5}, age=80), True),
        ("CURB-65 2", mk("cough fever", v={"curb65_stated": 2}, age=70), False),
        ("no CURB-65 said", mk("cough fever", age=70), False),
    ],
    # Resuscitation Council UK 2021 (paediatric ALS): SVT runs over 220/min in infants
    "infant_heart_rate_over_220": [
        ("4-week-old, HR 280", mk("", v={"hr": 280}, age=0.08), True),
        ("10 months, HR 230", mk("", v={"hr": 230}, age=0.83), True),
        ("6 months crying, HR 190", mk("fever", v={"hr": 190}, age=0.5), False),
        ("3-year-old, HR 230 (older child: other rules)", mk("", v={"hr": 230}, age=3), False),
    ],
    # Resuscitation Council UK 2021 (paediatric ALS): SVT runs over 180/min in children
    "child_heart_rate_over_180_with_adverse_features": [
        ("9-year-old, HR 256, BP 78/50", mk("hypotension", v={"hr": 256, "sbp": 78}, age=9), True),
        ("8-year-old, heart racing, HR 240, barely answering", mk("palpitations reduced_consciousness", v={"hr": 240}, age=8), True),
        ("15-year-old, heart racing at 210, BP 112/70: stable", mk("palpitations", v={"hr": 210, "sbp": 112}, age=15), False),
        ("3-year-old, HR 181 with a faint", mk("syncope", v={"hr": 181}, age=3), True),
        ("3-year-old, HR 180 with a faint", mk("syncope", v={"hr": 180}, age=3), False),
        ("2-year-old with fever, HR 190, no other sign", mk("fever", v={"hr": 190}, age=2), False),
        ("16-year-old: the adult rule", mk("syncope", v={"hr": 200}, age=16), False),
        ("10-month-old: the infant rule", mk("syncope", v={"hr": 200}, age=0.83), False),
    ],
    # NICE NG84 2018: severe suppurative complications of a sore throat go to hospital
    "sore_throat_suppurative_complication": [
        ("sore throat, can't open the mouth", mk("sore_throat trismus fever", age=22), True),
        ("tonsils swollen, uvula pushed across", mk("tonsillar_swelling uvula_deviation", age=30), True),
        ("sore throat, drooling saliva", mk("sore_throat drooling", age=25), True),
        ("a toddler drooling with mouth ulcers (hand, foot and mouth)", mk("sore_throat drooling mouth_ulcers", age=2), False),
        ("sore throat with a muffled voice only", mk("sore_throat muffled_voice fever", age=20), False),
        ("trismus without a sore throat (tetanus, the jaw)", mk("trismus", age=40), False),
    ],
    # NICE CKS Cellulitis (NG141): suspected orbital or periorbital cellulitis is admitted
    "orbital_or_periorbital_cellulitis_suspected": [
        ("red swollen eyelids with fever", mk("red_swollen_eyelid fever", age=3), True),
        ("swollen eye, bulging, painful to move", mk("facial_swelling exophthalmos painful_eye_movements fever", age=6), True),
        ("puffy eyelids in an allergy, no fever", mk("facial_swelling itchy_eyes", age=20), False),
        ("red swollen eyelid after a bite, no fever or eye sign", mk("red_swollen_eyelid", age=30), False),
        ("red hot skin of the eyelids with fever", mk("skin_erythema_warmth fever", q={"skin_erythema_warmth": {"site": "eyelid"}}, age=6), True),
        ("red hot skin of the shin with fever (the sepsis rules)", mk("skin_erythema_warmth fever", q={"skin_erythema_warmth": {"site": "calf"}}, age=6), False),
    ],
    # NICE NG91: otitis media with acute complications such as mastoiditis goes to hospital
    "acute_mastoiditis_suspected": [
        ("swelling behind the ear with fever", mk("postauricular_swelling fever", age=3), True),
        ("ear pushed forward with ear pain", mk("postauricular_swelling ear_pain", age=5), True),
        ("ear pain and fever only", mk("ear_pain fever", age=3), False),
        ("lump behind the ear without infection", mk("postauricular_swelling", age=40), False),
    ],
    # MHRA Drug Safety Update 2020: once-weekly methotrexate taken daily can kill
    "methotrexate_daily_dosing_toxicity": [
        ("daily methotrexate with mouth ulcers", mk("methotrexate_daily_dosing mouth_ulcers", age=80), True),
        ("daily methotrexate with bruising", mk("methotrexate_daily_dosing bleeding_tendency", age=75), True),
        ("daily methotrexate, no symptoms yet", mk("methotrexate_daily_dosing", age=70), False),
        ("weekly methotrexate with a sore throat (the urgent blood-count rule)", mk("marrow_suppressing_drug_use sore_throat", age=60), False),
        ("the weekly drug and the daily taking said apart, with ulcers",
         mk("marrow_suppressing_drug_use prescribed_once_weekly taken_every_day mouth_ulcers", age=76), True),
        ("a once-weekly drug taken as prescribed, with ulcers", mk("marrow_suppressing_drug_use prescribed_once_weekly mouth_ulcers", age=76), False),
    ],
    # BAPM 2024: green vomit in a baby is malrotation with volvulus until shown otherwise
    "infant_bilious_vomiting": [
        ("6-week-old, green vomit twice", mk("bilious_vomiting", age=0.12), True),
        ("10-month-old, bilious vomiting, well", mk("bilious_vomiting", age=0.85), True),
        ("6-week-old, milky posseting", mk("vomiting", age=0.12), False),
        ("adult with green vomit (the obstruction rules)", mk("bilious_vomiting", age=40), False),
    ],
    # NICE NG222 1.2.9 / 1.16.11: depression with refusal of food and fluids is an immediate risk to self
    "depression_with_fluid_refusal": [
        ("known depression, not drinking or eating", mk("previous_depression unable_to_drink loss_of_appetite", age=70), True),
        ("low mood, barely drinking, skipping meals", mk("low_mood unable_to_drink missed_meal", age=39), True),
        ("low mood, not drinking (alcohol), eating fine", mk("low_mood unable_to_drink", age=38), False),
        ("known depression, not drinking, dry mouth", mk("previous_depression unable_to_drink dry_mucous_membranes", age=34), True),
        ("hopeless, refusing fluids, hardly passing urine", mk("hopelessness unable_to_drink reduced_urine_output", age=81), True),
        ("low mood and poor appetite, drinking normally", mk("low_mood loss_of_appetite", age=45), False),
        ("a toddler off food and fluids (the dehydration rules)", mk("low_mood unable_to_drink loss_of_appetite", age=2), False),
        ("low mood, won't drink, little urine", mk("low_mood unable_to_drink reduced_urine_output", age=81), True),
        ("withdrawn, won't drink, dry mouth", mk("social_withdrawal unable_to_drink dry_mucous_membranes", age=79), True),
        ("withdrawn, won't drink, cracked lips", mk("social_withdrawal unable_to_drink red_cracked_lips", age=79), True),
        ("withdrawn, won't drink, eating less (no sign of dehydration)", mk("social_withdrawal unable_to_drink loss_of_appetite", age=79), False),
        ("low mood, eating less, drinking", mk("low_mood loss_of_appetite", age=40), False),
        ("a child with D&V who won't drink", mk("unable_to_drink reduced_urine_output diarrhoea", age=2), False),
    ],
    # NICE CKS Angio-oedema and anaphylaxis: airway involvement is an emergency
    "angioedema_with_airway_involvement": [
        ("lips swelling, hard to swallow, known C1-inhibitor deficiency", mk("lip_swelling difficulty_swallowing hereditary_angioedema"), True),
        ("tongue swelling, struggling to swallow", mk("tongue_swelling difficulty_swallowing", age=60), True),
        ("ACE inhibitor, lip swelling, voice thick", mk("ace_inhibitor_use lip_swelling muffled_voice", age=62), True),
        ("lip swelling alone", mk("lip_swelling", age=30), False),
        ("sore throat that feels tight, painful swallowing", mk("throat_tightness difficulty_swallowing sore_throat fever", age=22), False),
    ],
    # NICE CKS Limp in children: a limp with fever is admitted
    "child_fever_with_limp_or_not_weight_bearing": [
        ("4-year-old, fever, won't bear weight", mk("fever unable_to_bear_weight", age=4), True),
        ("toddler, fever, won't walk", mk("high_fever unable_to_walk", age=2), True),
        ("child won't walk after a fall, no fever", mk("unable_to_walk fall", age=4), False),
        ("adult, fever, can't walk", mk("fever unable_to_walk", age=40), False),
    ],
    # WHO Pocket book 2013, 4.6.1: stridor in a calm child, or with chest indrawing, is severe croup
    "child_stridor_at_rest": [
        ("toddler, stridor at rest", mk("stridor_at_rest", age=1.5), True),
        ("toddler, stridor with recession", mk("stridor increased_work_of_breathing barking_cough", age=2), True),
        ("toddler, stridor only when crying, no recession", mk("stridor barking_cough", no="increased_work_of_breathing", age=2), False),
        ("adult, stridor with recession (other rules judge adults)", mk("stridor increased_work_of_breathing", age=40), False),
        ("toddler, recession without stridor", mk("increased_work_of_breathing", age=2), False),
    ],
    # 中国泌尿外科和男科疾病诊断治疗指南 2022 (BPH): acute retention is drained at once
    "acute_urinary_retention": [
        ("cannot pass urine, suprapubic pain", mk("urinary_retention suprapubic_pain", age=78, sex="male"), True),
        ("cannot pass urine, lower abdomen distended", mk("urinary_retention abdominal_distension", age=84, sex="male"), True),
        ("hesitancy and weak stream, no pain", mk("urinary_hesitancy weak_urinary_stream", age=70, sex="male"), False),
        ("cannot pass urine, no pain or distension said", mk("urinary_retention", age=70, sex="male"), False),
    ],
    # MHRA Drug Safety Update 2012: a staggered paracetamol overdose is treated without waiting for a level
    "staggered_paracetamol_overdose": [
        ("two products both containing paracetamol", mk("paracetamol_excess nausea", age=46), True),
        ("staggered overdose without symptoms", mk("paracetamol_excess", age=30), True),
        ("a dose of paracetamol and nausea", mk("nausea", age=30), False),
        ("excess only wondered about", mk("paracetamol_excess", q={"paracetamol_excess": UNCERTAIN}, age=30), False),
    ],
    # Hunter Serotonin Toxicity Criteria (Dunkley 2003): with a serotonergic agent
    "anticholinergic_toxicity_suspected": [
        ("oxybutynin, confused, large pupils, hot dry skin", mk("anticholinergic_drug_use confusion dilated_pupils hot_dry_skin", age=80), True),
        ("overdose, hallucinating, retention, HR 130", mk("self_poisoning hallucinations urinary_retention", v={"hr": 130}, age=18), True),
        ("anticholinergic drug, confused, only large pupils", mk("anticholinergic_drug_use confusion dilated_pupils", age=80), False),
        ("confused, large pupils, hot dry skin, no drug or ingestion", mk("confusion dilated_pupils hot_dry_skin", age=80), False),
        ("anticholinergic drug, large pupils and dry skin, alert", mk("anticholinergic_drug_use dilated_pupils hot_dry_skin", age=80), False),
    ],
    "serotonin_toxicity_suspected": [
        ("SSRI, clonus, agitation", mk("serotonergic_drug_use hyperreflexia_clonus agitation", age=35), True),
        ("SSRI, hyperreflexia, tremor", mk("serotonergic_drug_use hyperreflexia_clonus tremor", age=45), True),
        ("SSRI, clonus, temperature 38.7", mk("serotonergic_drug_use hyperreflexia_clonus", v={"temp_c": 38.7}), True),
        ("SSRI, tremor and sweating, reflexes not examined", mk("serotonergic_drug_use tremor sweating", age=30), False),
        ("clonus and agitation, no serotonergic drug", mk("hyperreflexia_clonus agitation", age=30), False),
        ("SSRI, clonus, temperature 37.2", mk("serotonergic_drug_use hyperreflexia_clonus", v={"temp_c": 37.2}), False),
    ],
    # NICE CKS Malaria / UK malaria guidelines 2016: fever after a malaria area is malaria until tested
    "fever_after_travel_to_high_malaria_risk_area": [
        ("fever after Malawi", mk("fever travel_high_malaria_risk_area", age=22), True),
        ("high fever after Nigeria", mk("high_fever travel_high_malaria_risk_area", v={"temp_c": 39.1}, age=33), True),
        ("fever after Africa, malaria test negative", mk("fever travel_high_malaria_risk_area", no="positive_malaria_test", age=40), False),
        ("fever after Thailand (dengue area)", mk("fever travel_endemic_tropical", age=30), False),
        ("Africa, no fever", mk("travel_high_malaria_risk_area", age=30), False),
    ],
    # BNF carbimazole / methotrexate (CHM advice): infection on a drug that can cause agranulocytosis
    "marrow_suppressing_drug_with_fever": [
        ("methotrexate, fever", mk("marrow_suppressing_drug_use fever", age=68), True),
        ("carbimazole, fever and sore throat", mk("marrow_suppressing_drug_use fever sore_throat", age=40), True),
        ("methotrexate, no fever", mk("marrow_suppressing_drug_use", age=60), False),
        ("fever, no such drug", mk("fever", age=60), False),
    ],
    "marrow_suppressing_drug_with_sore_throat_or_ulcers": [
        ("carbimazole, sore throat", mk("marrow_suppressing_drug_use sore_throat", age=35), True),
        ("methotrexate, mouth ulcers", mk("marrow_suppressing_drug_use mouth_ulcers", age=66), True),
        ("methotrexate, bruising and bleeding gums", mk("marrow_suppressing_drug_use bleeding_tendency", age=70), True),
        ("sore throat, no such drug", mk("sore_throat", age=20), False),
        ("methotrexate, joints better", mk("marrow_suppressing_drug_use", age=55), False),
    ],
}


def test_at_least_40_rules_and_every_rule_has_hand_written_cases() -> None:
    assert len(RULES) >= 40
    assert set(CASES) == set(BY_ID), f"missing: {set(BY_ID) - set(CASES)}; stale: {set(CASES) - set(BY_ID)}"
    for rule_id, cases in CASES.items():
        assert len(cases) >= 3, rule_id
        assert any(fire for *_, fire in cases) and not all(fire for *_, fire in cases), rule_id


@pytest.mark.parametrize(
    ("rule_id", "desc", "case", "fires"),
    [(rid, desc, case, fires) for rid, cases in CASES.items() for desc, case, fires in cases],
    ids=[f"{rid}:{desc}" for rid, cases in CASES.items() for desc, *_ in cases],
)
def test_rule_threshold(rule_id: str, desc: str, case: Case, fires: bool) -> None:
    flags = evaluate_rules(with_implied(case, REASONING.implies, REASONING.implies_occurrence_only), [BY_ID[rule_id]], "en")
    assert bool(flags) == fires, desc
    if fires:
        assert flags[0].evidence, "a fired rule must say why"


def test_every_rule_is_sourced_and_bilingual() -> None:
    for rule in RULES:
        assert rule.source.title and rule.source.issuer and rule.source.year and rule.source.section, rule.id
        assert rule.title.en and rule.title.zh and rule.action.en and rule.action.zh, rule.id
        assert rule.severity in ("emergency", "urgent")


def test_evidence_names_the_values_and_findings_in_the_requested_language() -> None:
    case = mk("vomiting", v={"sbp": 190, "dbp": 120})
    en = {f.id: f for f in evaluate_rules(case, RULES, "en")}
    zh = {f.id: f for f in evaluate_rules(case, RULES, "zh")}
    flag = en["bp_180_110_with_neuro_or_headache"]
    assert "SBP 190 mmHg" in flag.evidence and "DBP 120 mmHg" in flag.evidence and "vomiting" in flag.evidence
    assert flag.title.startswith("BP ≥180/110")
    zflag = zh["bp_180_110_with_neuro_or_headache"]
    assert "收缩压 190 mmHg" in zflag.evidence and "呕吐" in zflag.evidence
    assert "紧急转诊" in zflag.action and zflag.title.startswith("血压")


def test_score_and_age_evidence() -> None:
    case = mk("fever confusion", v={"rr": 24, "sbp": 95}, age=70)
    flag = {f.id: f for f in evaluate_rules(case, RULES, "en")}["sepsis_qsofa_2_or_more"]
    assert "qSOFA 3" in flag.evidence and "fever" in flag.evidence
    infant = {f.id: f for f in evaluate_rules(mk(v={"temp_c": 38.2}, age=0.1), RULES, "en")}
    assert "Temperature 38.2 °C" in infant["febrile_infant_under_3_months"].evidence


def test_emergencies_come_first_and_empty_case_raises_nothing() -> None:
    assert evaluate_rules(Case(), RULES, "en") == []
    flags = evaluate_rules(mk("chest_pain sweating", v={"sbp": 185, "glucose_mmol": 17}), RULES, "en")
    severities = [f.severity for f in flags]
    assert severities == sorted(severities, key=lambda s: 0 if s == "emergency" else 1)
    assert {"acs_chest_pain_with_autonomic_features", "bp_180_110_follow_up_critical", "glucose_16_7_or_more"} <= {
        f.id for f in flags
    }


def test_uncertain_finding_does_not_fire() -> None:
    case = Case(findings={"haematemesis": Finding(id="haematemesis", status=Presence.uncertain)})
    assert evaluate_rules(case, [BY_ID["upper_gi_bleed"]], "en") == []


@pytest.mark.parametrize(
    "bad",
    [
        {"finding": "x", "vital": {"id": "sbp", "gte": 1}},  # two keys
        {"vital": {"id": "sbp", "ge": 180}},  # unknown operator
        {"vital": {"id": "sbp"}},  # no comparison
        {"at_least": {"n": 3, "of": [{"finding": "a"}, {"finding": "b"}]}},  # n too large
        {"finding": {"id": "headache", "severity": "awful"}},
        {"sex": "other"},
        {"whenever": []},
        {"any": []},
    ],
)
def test_grammar_rejects_malformed_conditions(bad: dict) -> None:
    with pytest.raises(ValueError):
        parse_condition(bad)


def _copy_kb(tmp_path: Path) -> Path:
    kb = tmp_path / "kb"
    shutil.copytree(KB / "lexicon", kb / "lexicon")
    shutil.copytree(KB / "red_flags", kb / "red_flags")
    return kb


def _rule(**over: Any) -> dict:
    base = {
        "id": "x",
        "title": {"en": "t", "zh": "t"},
        "severity": "urgent",
        "when": {"finding": "fever"},
        "action": {"en": "a", "zh": "a"},
        "source": {"title": "s", "issuer": "i", "year": 2020, "section": "1"},
    }
    return base | over


def test_loader_rejects_unknown_findings_and_duplicates(tmp_path: Path) -> None:
    kb = _copy_kb(tmp_path)
    extra = kb / "red_flags" / "zz_extra.yaml"
    extra.write_text(yaml.safe_dump([_rule(when={"finding": "no_such_finding"})]), encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_finding"):
        load_rules(kb)
    assert any(r.id == "x" for r in load_rules(kb, strict=False))
    extra.write_text(yaml.safe_dump([_rule(id="anaphylaxis")]), encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate"):
        load_rules(kb)
    extra.write_text(yaml.safe_dump([_rule(severity="routine")]), encoding="utf-8")
    with pytest.raises(ValueError):
        load_rules(kb)
    extra.write_text(yaml.safe_dump([_rule(when={"score": {"id": "apgar", "gte": 1}})]), encoding="utf-8")
    with pytest.raises(ValueError, match="apgar"):
        load_rules(kb)
    extra.write_text(yaml.safe_dump([_rule(when={"finding": {"id": "burn_injury", "site": "elbow pit"}})]), encoding="utf-8")
    with pytest.raises(ValueError, match="elbow pit"):
        load_rules(kb)

"""Negation, uncertainty, scope and family-history handling in case extraction (zh and en)."""

from __future__ import annotations

import pytest

from assistant.clinical.case import Presence
from assistant.clinical.extraction import extract

P, A, U = Presence.present, Presence.absent, Presence.uncertain


def status(text: str, finding: str) -> Presence | None:
    f = extract(text).findings.get(finding)
    return None if f is None else f.status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English pre-triggers
        ("no fever", {"fever": A}),
        ("denies chest pain", {"chest_pain": A}),
        ("without chest pain", {"chest_pain": A}),
        ("negative for fever", {"fever": A}),
        ("not short of breath", {"shortness_of_breath": A}),
        ("fever", {"fever": P}),
        # header-style negation runs over the whole list, up to the sentence end
        ("Denies: fever, cough, sore throat. Has headache.",
         {"fever": A, "cough": A, "sore_throat": A, "headache": P}),
        ("否认：发热、咳嗽、胸痛。有头痛。", {"fever": A, "cough": A, "chest_pain": A, "headache": P}),
        # post-triggers
        ("fever ruled out", {"fever": A}),
        ("发热已排除", {"fever": A}),
        # Chinese pre-triggers
        ("无发热", {"fever": A}),
        ("否认胸痛", {"chest_pain": A}),
        ("未见皮疹", {"rash": A}),
        ("不伴发热", {"fever": A}),
        ("没有咳嗽", {"cough": A}),
        ("无明显发热", {"fever": A}),
        ("其实没有发烧", {"fever": A}),
        # hedges
        ("possible fever", {"fever": U}),
        ("query fever", {"fever": U}),
        ("does he have a fever?", {"fever": U}),
        ("可能发热", {"fever": U}),
        ("疑似胸痛", {"chest_pain": U}),
        ("不排除发热", {"fever": U}),
        # scope ends at terminators
        ("no fever but cough", {"fever": A, "cough": P}),
        ("无发热，咳嗽3天", {"fever": A, "cough": P}),
        ("无发热但是咳嗽", {"fever": A, "cough": P}),
        ("否认胸痛，气短", {"chest_pain": A, "shortness_of_breath": P}),
        ("no fever. cough", {"fever": A, "cough": P}),
        ("no fever, cough", {"fever": A, "cough": P}),
        ("no fever, cough for 3 days", {"fever": A, "cough": P}),
        # list continuation keeps the scope open
        ("no fever, cough or headache", {"fever": A, "cough": A, "headache": A}),
        # a comma list to the end of the sentence, two items or more after the comma
        ("Denies chest pain, SOB, palpitations.", {"chest_pain": A, "shortness_of_breath": A, "palpitations": A}),
        # items the lexicon does not know ("HA", "vision change") do not break the list...
        ("BP check. Denies HA, CP, SOB, vision change. Not on meds.", {"chest_pain": A, "shortness_of_breath": A}),
        ("64M. Denies sweats, SOB, radiation. ECG NSR.", {"shortness_of_breath": A}),
        # ...but words after a finding qualify it, so the list ends there
        ("No fever, vomiting since this morning and diarrhoea", {"fever": A, "vomiting": P, "diarrhoea": P}),
        ("Denies trauma, headache for 3 days.", {"headache": P}),
        # a student's long denial runs over items of many words to the sentence's end, an exception in one
        # item ("other than with lip sounds") only to its comma; a new clause after a comma ends it
        ("She denies any sudden or thunderclap onset, headache reaching its peak within minutes, waking from sleep "
         "with headache, worsening on coughing, straining or lying down, vomiting, visual disturbance, fever, neck "
         "stiffness, rash, jaw pain on chewing, recent head injury, and any change in personality.",
         {"vomiting": A, "fever": A, "neck_stiffness": A, "rash": A, "head_injury": A}),
        ("He denies any weakness or numbness in his arms or legs, slurred speech other than with lip sounds, "
         "difficulty swallowing, double vision, vertigo, headache, fever.",
         {"difficulty_swallowing": A, "diplopia": A, "vertigo": A, "fever": A}),
        ("His parents deny vomiting, rash, spots that do not fade, neck stiffness, head injury.",
         {"vomiting": A, "non_blanching_rash": A, "neck_stiffness": A, "head_injury": A}),
        ("He denies fever, rigors, night sweats and weight loss, has had a cough for a week.",
         {"fever": A, "night_sweats": A, "cough": P}),
        # a Chinese denial over its "、" list to the next "，", items that open with a negation word included
        ("否认易惊、睡眠中肢体抖动或惊跳，否认呕吐", {"myoclonic_jerks": A, "vomiting": A}),
        ("否认气短、夜间憋醒、不能平卧", {"shortness_of_breath": A, "orthopnoea": A}),
        ("咳嗽、不能平卧", {"cough": P, "orthopnoea": P}),
        ("无一侧肢体麻木无力、言语不清、口角歪斜", {"unilateral_weakness": A, "slurred_speech": A, "facial_droop": A}),
        ("否认一侧肢体麻木无力，无尿量减少", {"unilateral_weakness": A, "reduced_urine_output": A}),
        # a past denied does not undo what is said of today
        ("因右足踝被蛇咬伤50分钟来诊。既往无蛇咬伤史。", {"snake_bite": P}),
        ("既往无高血压、糖尿病", {"hypertension_history": A, "diabetes_history": A}),
        # the plan's safety net is what to watch for, over its whole list
        ("Plan: home with advice; return if sudden severe headache, headache with vomiting, weakness or confusion.",
         {"vomiting": U, "confusion": U}),
        # a denial after its finding, in a note's shorthand; it does not reach back past a comma
        ("ROS: saddle numbness denied, bladder and bowels normal.", {"saddle_anaesthesia": A}),
        ("headache and vomiting were denied", {"headache": A, "vomiting": A}),
        ("has a cough, denied fever", {"cough": P, "fever": A}),
        ("I haven't thrown up", {"vomiting": A}),
        ("I haven't stopped vomiting", {"vomiting": P}),
        # a negation word inside a finding ("不放屁") is the finding's, and "没解大便" is constipation
        ("三天没解大便也不放屁", {"no_flatus": P}),
        # a finding named by its own negation ends an outer denial: "no stool and no wind" is
        # absolute constipation, and a question still reaches it
        ("vomiting, no motion and no wind", {"vomiting": P, "no_flatus": P}),
        ("腹胀，无排便无排气两天", {"no_flatus": P}),
        ("no fever or no wind", {"fever": A, "no_flatus": P}),
        # a degree is not a denial: "不算太喘" is breathless, only not very
        ("这次不算太喘，就是累", {"shortness_of_breath": P}),
        ("胸口不是很闷", {"chest_pain": P}),
        # a question mark after a word doubts what it closes and ends the sentence: the doctor's
        # question to the assistant does not doubt the facts that follow it
        ("what if he has meningitis? fever and stiff neck", {"fever": P, "neck_stiffness": P}),
        ("是不是心梗？胸口压着疼半小时", {"chest_pain": P}),
        ("fever? cough", {"fever": U, "cough": P}),
        ("?DVT left calf", {"previous_vte": U}),
        # a relative who finds the patient is not family history; "ever since" is not the past
        ("刚才家里人发现他满头大汗、叫不应，还抽了一下", {"sweating": P, "reduced_consciousness": P, "seizure": P}),
        ("Severe pain behind the breastbone ever since, sweaty", {"chest_pain": P, "sweating": P}),
        # passing wind denies absolute constipation; an all-electric house denies a CO source
        ("bowels not opened for five days, a bit bloated, but still passing wind", {"no_flatus": A, "constipation": P}),
        ("Could it be carbon monoxide? The house is all-electric, no boiler or fire.", {"co_exposure": A}),
        # a contraction typed without its apostrophe; "took no <medicine>" does not deny the list after it
        ("she doesnt have a fever, cant walk straight", {"fever": A, "ataxia": P}),
        ("took no antimalarials, fevers and rigours, now confused", {"fever": P, "chills": P, "confusion": P}),
        # black stool that is formed and not tarry is not melaena (oral iron)
        ("在吃硫酸亚铁，大便发黑，成形的，不是柏油样", {"melaena": A}),
        ("black stools on ferrous sulphate, formed, not tarry", {"melaena": A}),
        # a patient's own denials and words that deny on their own
        ("weeing normally and nothing's numb down below", {"saddle_anaesthesia": A}),
        ("嘴唇不肿，喘气也顺，也不头晕", {"shortness_of_breath": A, "lip_swelling": A, "dizziness": A}),
        ("Denies fever, cough, nausea, diarrhoea", {"fever": A, "cough": A, "nausea": A, "diarrhoea": A}),
        ("Denies fever, pain, nausea, vomiting.", {"fever": A, "nausea": A, "vomiting": A}),
        ("Denies chest pain, SOB, has palpitations.", {"chest_pain": A, "shortness_of_breath": P, "palpitations": P}),
        ("no fever nor cough", {"fever": A, "cough": A}),
        ("denies chest pain, headache or dizziness", {"chest_pain": A, "headache": A, "dizziness": A}),
        ("否认发热、咳嗽及头痛", {"fever": A, "cough": A, "headache": A}),
        # pseudo-triggers do not negate
        ("not only cough but fever", {"cough": P, "fever": P}),
        ("no change in cough", {"cough": P}),
        ("不仅咳嗽", {"cough": P}),
        ("无明显诱因出现胸痛", {"chest_pain": P}),
        # words that deny on their own
        ("afebrile", {"fever": A}),
        # mixed zh / en
        ("患者有chest pain，no fever", {"chest_pain": P, "fever": A}),
        ("咳嗽 but no fever", {"cough": P, "fever": A}),
    ],
)
def test_status(text: str, expected: dict[str, Presence]) -> None:
    case = extract(text)
    got = {k: (case.findings[k].status if k in case.findings else None) for k in expected}
    assert got == expected


def test_no_fever_cough_or_sputum_all_absent() -> None:
    case = extract("no fever, cough or sputum")
    assert case.denies("fever") and case.denies("cough")
    sputum = [f for f in case.findings.values() if any(e.text == "sputum" for e in f.evidence)]
    # "sputum" is a lexicon synonym in the full knowledge base; when present it is denied too
    assert all(f.status == A for f in sputum)


@pytest.mark.parametrize(
    "text",
    [
        "mother had chest pain",
        "family history of diabetes",
        "家族史：父亲糖尿病",
        "家族史：父亲高血压，糖尿病。",
        "her father has headaches",
    ],
)
def test_family_history_is_not_the_patients(text: str) -> None:
    case = extract(text)
    assert not case.has("chest_pain") and not case.has("diabetes_history") and not case.has("headache")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a relative brought the patient, who is that relative: the opening kinship word names the patient
        ("奶奶摔倒撞到头，之后吐了两次", "head_injury"),
        ("爷爷刚才突然说话不清，右手没力气", "slurred_speech"),
        ("爷爷刚才突然说话不清，右手没力气", "arm_weakness"),
        ("My grandmother collapsed and is breathing fast", "syncope"),
        ("奶奶早上摔了一跤，头磕到了，后来吐了两回", "head_injury"),
        # the relative who tells the story is an informant, not family history
        ("妈妈说孩子发烧三天，精神差", "fever"),
        ("孩子妈妈说他发烧三天", "fever"),
        ("Mother reports the child has been vomiting since yesterday", "vomiting"),
    ],
)
def test_a_relative_who_is_the_patient_or_the_informant_is_not_family_history(text: str, finding: str) -> None:
    assert extract(text).has(finding)


@pytest.mark.parametrize(
    "text",
    ["母亲有高血压，患者头痛三天", "奶奶有高血压，孩子发烧", "Mother had a stroke at 60. He has a headache.", "孩子三岁。奶奶高血压"],
)
def test_family_history_with_its_verb_or_after_the_patient_stays_family_history(text: str) -> None:
    case = extract(text)
    assert not case.has("hypertension_history") and not case.has("stroke_history")


def test_family_scope_ends_and_patient_findings_follow() -> None:
    case = extract("家族史：父亲糖尿病。患者咳嗽")
    assert case.has("cough") and "diabetes_history" not in case.findings
    case = extract("Family history: mother had diabetes. He has a cough")
    assert case.has("cough") and "diabetes_history" not in case.findings


def test_word_boundaries_in_english() -> None:
    # "no" inside "know" is not a negation; "cough" inside "coughing" is its own synonym
    assert status("I know he has a cough", "cough") == P
    assert extract("snowfall").findings == {}


def test_longest_synonym_wins() -> None:
    case = extract("crushing chest pain")
    ev = case.findings["chest_pain"].evidence[0]
    assert ev.text == "crushing chest pain"

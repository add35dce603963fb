"""DDXPlus conversion: code mapping and the rendered doctor-style text, on a tiny hand-made source."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.config import PROJECT_ROOT
from assistant.evaluation.cases import load_cases
from assistant.evaluation.ddxplus import convert, expected_codes, icd_codes

DATA = PROJECT_ROOT / "eval" / "ddxplus"


def _binary(question: str, antecedent: bool = False) -> dict:
    return {"data_type": "B", "is_antecedent": antecedent, "question_en": question, "value_meaning": {}}


def _multi(kind: str, meanings: dict[str, str], antecedent: bool = False) -> dict:
    return {"data_type": kind, "is_antecedent": antecedent, "question_en": "?", "value_meaning": {k: {"en": v} for k, v in meanings.items()}}


SITES = {"V_123": "nowhere", "V_101": "lower chest", "V_194": "shoulder(R)", "V_195": "shoulder(L)"}


def make_source(folder: Path) -> None:
    evidences = {
        "E_91": _binary("Do you have a fever?"), "E_201": _binary("Do you have a cough?"),
        "E_66": _binary("Short of breath?"), "E_53": _binary("Pain?"), "E_79": _binary("Do you smoke?", True),
        "E_54": _multi("M", {"V_11": "NA", "V_179": "a knife stroke", "V_71": "heartbreaking"}),
        "E_55": _multi("M", SITES), "E_57": _multi("M", SITES),
        "E_56": _multi("C", {}), "E_58": _multi("C", {}), "E_59": _multi("C", {}),
        "E_204": _multi("M", {"V_10": "N", "V_1": "West Africa"}, True),
    }
    conditions = {
        "Pneumonia": {"icd10-id": "j17, j18", "severity": 3},
        "Cluster headache": {"icd10-id": "g44.009", "severity": 3},
        "Panic attack": {"icd10-id": "f41", "severity": 5},
        "SLE": {"icd10-id": "M34", "severity": 4},
        "Anaphylaxis": {"icd10-id": "T78.0", "severity": 1},
        "Not a DDXPlus condition": {"icd10-id": "Z99", "severity": 4},
    }
    rows = [
        (45, "F", "Pneumonia", ["E_91", "E_201", "E_53", "E_54_@_V_179", "E_54_@_V_71", "E_55_@_V_101", "E_55_@_V_194",
                                "E_56_@_7", "E_57_@_V_195", "E_58_@_4", "E_59_@_9", "E_79", "E_204_@_V_1"], "E_201"),
        (8, "M", "Cluster headache", ["E_201", "E_204_@_V_10"], "E_201"),
        (30, "F", "Panic attack", ["E_66", "E_204_@_V_10"], "E_66"),
        (40, "F", "SLE", ["E_91", "E_204_@_V_10"], "E_91"),
        (0, "M", "Anaphylaxis", ["E_66", "E_204_@_V_10"], "E_66"),
        (50, "M", "Not a DDXPlus condition", ["E_66"], "E_66"),
    ]
    (folder / "release_evidences.json").write_text(json.dumps(evidences), encoding="utf-8")
    (folder / "release_conditions.json").write_text(json.dumps(conditions), encoding="utf-8")
    lines = ["age,top5_diagnoses,sex,diagnosis,features,feature_id"]
    for age, sex, name, features, initial in rows:
        quoted = str(features).replace('"', '""')
        lines.append(f'{age},"[]",{sex},{name},"{quoted}",{initial}')
    (folder / "release_test_patients_mini_version.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_icd_code_mapping() -> None:
    assert icd_codes("j17, j18") == ["J17", "J18"]
    assert expected_codes(icd_codes("j17, j18"), ["J18", "J17", "J15", "J13"]) == ["J18", "J17"]
    assert expected_codes(icd_codes("g44.009"), ["G44.0"]) == ["G44.0"]
    assert expected_codes(icd_codes("f41"), ["F41.0"]) == ["F41.0"]
    assert expected_codes(icd_codes("M34"), ["M32"]) == ["M32"]  # DDXPlus's code disagrees: the KB's wins


def test_conversion_renders_doctor_style_text(tmp_path: Path) -> None:
    make_source(tmp_path)
    out = tmp_path / "cases.jsonl"
    summary = convert(tmp_path, out, data_dir=DATA)
    assert summary.cases == 5 and summary.skipped == 1
    loaded = load_cases([out])
    assert not loaded.problems
    cases = {c.source.rsplit(": ", 1)[1]: c for c in loaded.cases}
    pneumonia = cases["Pneumonia"]
    text = pneumonia.presentation
    assert text.startswith("45-year-old woman. Presenting complaint: cough. Reports: fever.")
    assert (
        "Pain: stabbing and tearing chest pain (lower chest) and pain in the right shoulder, "
        "radiating to the left shoulder, intensity 7/10, speed of onset 9/10" in text
    )
    assert "smokes cigarettes; travelled to West Africa in the last 4 weeks." in text
    denies = text.split(" Denies ", 1)[1]  # no colon, so the extractor's negation covers the whole list
    assert denies.startswith("significant shortness of breath, nausea, ") and denies.endswith(" and swelling.")
    assert "fever" not in denies and "cough" not in denies
    assert pneumonia.lang == "en" and pneumonia.expected.icd10 == ["J18", "J17"]
    assert pneumonia.expected.triage == "urgent" and pneumonia.expected.red_flag is False
    assert "CC-BY 4.0" in pneumonia.source
    assert cases["Cluster headache"].presentation.startswith("8-year-old boy.")
    assert "no travel abroad in the last 4 weeks" in cases["Cluster headache"].presentation
    assert cases["Panic attack"].expected.triage == "routine"
    anaphylaxis = cases["Anaphylaxis"]
    assert anaphylaxis.presentation.startswith("Infant boy under 1 year old.")
    assert anaphylaxis.expected.triage == "emergency" and anaphylaxis.expected.red_flag is True


def test_every_ddxplus_evidence_and_condition_has_a_rendering() -> None:
    import yaml

    phrases = yaml.safe_load((DATA / "evidences_en.yaml").read_text(encoding="utf-8"))
    mapping = yaml.safe_load((DATA / "conditions.yaml").read_text(encoding="utf-8"))
    assert len(phrases["binary"]) == 208  # every binary evidence of release_evidences.json
    assert len(mapping["conditions"]) == 49
    assert set(mapping["severity_triage"]) == {1, 2, 3, 4, 5}

"""Convert DDXPlus synthetic patients into the eval case format (English, doctor-style text).

DDXPlus: A New Dataset For Automatic Medical Diagnosis — Fansi Tchango A, Goel R, Wen Z,
Martel J, Ghosn J. NeurIPS 2022 Datasets and Benchmarks. CC-BY 4.0.

The wording of evidences and the condition/triage mapping are data, in eval/ddxplus/
(evidences_en.yaml, conditions.yaml); this module only assembles sentences.
"""

from __future__ import annotations

import ast
import csv
import json
import re
from pathlib import Path

from pydantic import BaseModel

from assistant.clinical.knowledge import cached_clinical_knowledge
from assistant.config import Settings
from assistant.evaluation.cases import EvalCase, Expected
from assistant.evaluation.icd import codes_match, normalise_code
from assistant.yaml_data import load_yaml

PATIENTS_FILE = "release_test_patients_mini_version.txt"
SOURCE = "DDXPlus (Fansi Tchango et al., NeurIPS 2022; CC-BY 4.0), {file} row {row}; pathology: {name}"
_SIDE = re.compile(r"\s*\((R|L)\)\s*$")
# categorical / multi-choice evidences rendered by the blocks below
PAIN = {"E_53", "E_54", "E_55", "E_56", "E_57", "E_58", "E_59"}
RASH = {"E_129", "E_130", "E_131", "E_132", "E_133", "E_134", "E_135", "E_136"}
SWELLING = {"E_151", "E_152"}
TRAVEL = "E_204"
NOWHERE = "V_123"
NA_VALUES = {"V_11", "NA"}


class Rendering(BaseModel):
    binary: dict[str, str]
    review_of_systems: list[str]
    pain_character: dict[str, str]
    site_names: dict[str, str]
    pain_regions: dict[str, list[str]]


class ConditionMap(BaseModel):
    severity_triage: dict[int, str]
    red_flag_severities: list[int]
    conditions: dict[str, str]


class ConversionSummary(BaseModel):
    cases: int
    skipped: int
    by_condition: dict[str, int]


def icd_codes(raw: str) -> list[str]:
    """'j17, j18' -> ['J17', 'J18']; 'g44.009' -> ['G44.009'] (dots kept, upper case)."""
    return [c.strip().upper() for c in raw.split(",") if c.strip()]


def expected_codes(ddx_codes: list[str], kb_codes: list[str]) -> list[str]:
    """The knowledge base's codes that agree with DDXPlus's; all of them when none agree."""
    agree = [k for k in kb_codes if any(codes_match(k, d) for d in ddx_codes)]
    return agree or list(kb_codes)


class Renderer:
    def __init__(self, evidences: dict, rendering: Rendering) -> None:
        self.ev = evidences
        self.r = rendering

    def meaning(self, evidence: str, value: str) -> str:
        return self.ev[evidence]["value_meaning"].get(value, {}).get("en", value)

    def site_parts(self, evidence: str, value: str) -> tuple[str, str]:
        """(side prefix or "", site name), e.g. ("left ", "temple")."""
        name = self.meaning(evidence, value)
        side = _SIDE.search(name)
        base = _SIDE.sub("", name).strip()
        base = self.r.site_names.get(base, base)
        return (f"{'right' if side.group(1) == 'R' else 'left'} " if side else "", base)

    def site(self, evidence: str, value: str) -> str:
        side, base = self.site_parts(evidence, value)
        return side + base

    def pain_sites(self, values: list[str]) -> list[str]:
        """'chest pain (lower chest, left breast)', 'pain in the right knee' ..."""
        grouped: dict[str, list[str]] = {}
        other: list[str] = []
        for value in values:
            if value == NOWHERE:
                continue
            side, base = self.site_parts("E_55", value)
            region = next((r for r, sites in self.r.pain_regions.items() if base in sites), None)
            if region is None:
                other.append(side + base)
            else:
                grouped.setdefault(region, []).append(side + base)
        parts = [f"{region} ({', '.join(sites)})" for region, sites in grouped.items()]
        if other:
            parts.append(f"pain in the {self.join(other)}")
        return parts or ["pain"]

    @staticmethod
    def join(items: list[str]) -> str:
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]

    def sites(self, evidence: str, values: list[str]) -> str:
        return self.join([self.site(evidence, v) for v in values if v != NOWHERE])

    def demographics(self, age: int, sex: str) -> str:
        if age < 1:
            return f"Infant {'boy' if sex == 'M' else 'girl'} under 1 year old."
        if age < 18:
            return f"{age}-year-old {'boy' if sex == 'M' else 'girl'}."
        return f"{age}-year-old {'man' if sex == 'M' else 'woman'}."

    def pain(self, multi: dict[str, list[str]], scale: dict[str, str]) -> str:
        characters = [self.r.pain_character.get(v, self.meaning("E_54", v)) for v in multi.get("E_54", []) if v not in NA_VALUES]
        text = self.join(self.pain_sites(multi.get("E_55", [])))
        parts = [(self.join(characters) + " " if characters else "") + text]
        radiation = self.sites("E_57", multi.get("E_57", []))
        parts.append(f"radiating to the {radiation}" if radiation else "not radiating")
        if "E_56" in scale:
            parts.append(f"intensity {scale['E_56']}/10")
        if "E_59" in scale:
            parts.append(f"speed of onset {scale['E_59']}/10 (10 = sudden)")
        if "E_58" in scale:
            parts.append(f"how precisely located {scale['E_58']}/10")
        return "Pain: " + ", ".join(parts) + "."

    def rash(self, multi: dict[str, list[str]], scale: dict[str, str]) -> str:
        bits = []
        colour = scale.get("E_130")
        if colour and colour not in NA_VALUES:
            bits.append(self.meaning("E_130", colour))
        where = self.sites("E_133", multi.get("E_133", []))
        text = "Skin lesions: " + (" ".join(bits) + " " if bits else "") + "rash" + (f" on the {where}" if where else "")
        extra = []
        if scale.get("E_131") in ("V_10", "V_12"):
            extra.append("peeling" if scale["E_131"] == "V_12" else "not peeling")
        if scale.get("E_135") in ("V_10", "V_12"):
            extra.append("lesions larger than 1 cm" if scale["E_135"] == "V_12" else "lesions under 1 cm")
        for code, label in (("E_132", "swelling"), ("E_134", "pain"), ("E_136", "itching")):
            if code in scale:
                extra.append(f"{label} {scale[code]}/10")
        return text + (", " + ", ".join(extra) if extra else "") + "."

    def render(self, age: int, sex: str, features: list[str], initial: str) -> str:
        binary: list[str] = []
        multi: dict[str, list[str]] = {}
        scale: dict[str, str] = {}
        for feature in features:
            if "_@_" in feature:
                code, value = feature.split("_@_", 1)
                if self.ev[code]["data_type"] == "M":
                    multi.setdefault(code, []).append(value)
                else:
                    scale[code] = value
            else:
                binary.append(feature)
        present = set(binary)
        out = [self.demographics(age, sex)]
        if initial in self.r.binary:
            out.append(f"Presenting complaint: {self.r.binary[initial]}.")
        symptoms = [
            self.r.binary[b]
            for b in binary
            if not self.ev[b]["is_antecedent"] and b != initial and b not in PAIN | RASH | SWELLING
        ]
        if symptoms:
            out.append("Reports: " + ", ".join(symptoms) + ".")
        if "E_53" in present:
            out.append(self.pain(multi, scale))
        if "E_129" in present:
            out.append(self.rash(multi, scale))
        if "E_151" in present:
            where = self.sites("E_152", multi.get("E_152", []))
            out.append("Swelling" + (f" of the {where}" if where else "") + ".")
        history = [self.r.binary[b] for b in binary if self.ev[b]["is_antecedent"]]
        travel = [v for v in multi.get(TRAVEL, []) if self.meaning(TRAVEL, v) != "N"]
        history.append(
            f"travelled to {self.join([self.meaning(TRAVEL, v) for v in travel])} in the last 4 weeks"
            if travel
            else "no travel abroad in the last 4 weeks"
        )
        out.append("History and exposures: " + "; ".join(history) + ".")
        denied = [self.r.binary[e] for e in self.r.review_of_systems if e not in present]
        if denied:
            # "Denies a, b and c." with no colon: the extractor's negation scope runs over the list
            out.append("Denies " + self.join(denied) + ".")
        return " ".join(out)


def convert(source_dir: Path, out_path: Path, data_dir: Path | None = None, kb_dir: Path | None = None) -> ConversionSummary:
    data_dir = data_dir or out_path.parent
    kb = cached_clinical_knowledge(kb_dir or Settings().knowledge_base_dir)
    evidences = json.loads((source_dir / "release_evidences.json").read_text(encoding="utf-8"))
    conditions = json.loads((source_dir / "release_conditions.json").read_text(encoding="utf-8"))
    rendering = Rendering.model_validate(load_yaml((data_dir / "evidences_en.yaml").read_text(encoding="utf-8")))
    mapping = ConditionMap.model_validate(load_yaml((data_dir / "conditions.yaml").read_text(encoding="utf-8")))
    renderer = Renderer(evidences, rendering)
    counts: dict[str, int] = {}
    skipped = 0
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with (source_dir / PATIENTS_FILE).open(encoding="utf-8") as handle, out_path.open("w", encoding="utf-8") as out:
        for row_number, row in enumerate(csv.DictReader(handle), start=1):
            name = row["diagnosis"]
            kb_id = mapping.conditions.get(name)
            if name not in conditions or kb_id not in kb.conditions:
                skipped += 1
                continue
            info = conditions[name]
            case = EvalCase(
                id=f"ddxplus-{row_number:04d}",
                lang="en",
                presentation=renderer.render(
                    int(row["age"]), row["sex"], ast.literal_eval(row["features"]), row["feature_id"]
                ),
                expected=Expected(
                    icd10=expected_codes(icd_codes(info["icd10-id"]), kb.conditions[kb_id].icd10),
                    triage=mapping.severity_triage[int(info["severity"])],  # type: ignore[arg-type]
                    red_flag=int(info["severity"]) in mapping.red_flag_severities,
                ),
                source=SOURCE.format(file=PATIENTS_FILE, row=row_number, name=name),
            )
            out.write(case.model_dump_json() + "\n")
            counts[name] = counts.get(name, 0) + 1
    return ConversionSummary(cases=sum(counts.values()), skipped=skipped, by_condition=counts)


__all__ = ["convert", "expected_codes", "icd_codes", "normalise_code"]

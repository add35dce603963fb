"""Parsing the project's YAML data (knowledge base, lexicons, prompts).

PyYAML's C parser (libyaml, shipped in its wheels) reads the lexicon several times faster than the
pure-Python one (the clinical engine loads in about 2 s instead of 13 s), and the engine's start
is set by it; the pure-Python safe loader is the fallback where libyaml is missing. Both build
plain Python data only.
"""

from __future__ import annotations

from typing import Any

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:  # noqa: ANN401 - YAML documents are any plain data
    """Parse one YAML document with the safe loader (C parser when available)."""
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader

"""Robustness and speed of case extraction on arbitrary input."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.clinical.case import Case
from assistant.clinical.extraction import extract, get_extractor

_PIECES = st.sampled_from(
    ["no ", "fever", ", ", "cough", " or ", "无", "发热", "，", "咳嗽", "3天", "BP ", "180/110", "体温", "38度5",
     "?", "家族史", "not only", "😀", "。", " ", "HR", "一百二", "孕", "32周", "allergic to ", "penicillin", "+", "++",
     "(-)", "/", "%", "℃", "°F", ".", "5", "岁", "男", "year old", "mg/dL", "over"]
)
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=60).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_never_raises_and_spans_are_exact(text: str) -> None:
    case = extract(text)
    assert isinstance(case, Case) and case.utterances == [text]
    for f in case.findings.values():
        for e in f.evidence:
            assert text[e.start:e.end] == e.text
    for m in list(case.vitals.values()) + list(case.labs.values()):
        for e in m.evidence:
            assert text[e.start:e.end] == e.text


@settings(max_examples=30, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_incremental_never_raises(texts: list[str]) -> None:
    case = None
    for t in texts:
        case = extract(t, case)
    assert case is not None and len(case.utterances) == len(texts)


def test_huge_text_and_emoji() -> None:
    chunk = "no fever, cough or sputum 3 days. 体温38度5，无胸痛😀。BP 180/110 🚑 "
    big = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    case = extract(big)
    assert case.denies("cough") and case.vitals["sbp"].value == 180 and case.vitals["temp_c"].value == 38.5
    assert extract("😀" * 1000).findings == {}


def _best_time(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - t)
    return best


def test_time_is_roughly_linear() -> None:
    get_extractor()
    chunk = "58岁男性，no fever, cough or headache for 3 days，血压180/110，HR 120，否认胸痛。"
    small = chunk * 60
    large = chunk * 600
    assert _best_time(large) < 30 * _best_time(small)


def test_typical_sentence_is_fast() -> None:
    get_extractor()
    text = "58-year-old man, crushing chest pain for 40 minutes, sweating, no fever, BP 90/60, HR 120"
    assert _best_time(text, repeat=10) < 0.010

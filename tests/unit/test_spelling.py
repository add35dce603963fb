"""English typed in a hurry: a misspelt clinical word is put right; real words and abbreviations stay."""

from __future__ import annotations

import pytest

from assistant.clinical.extraction import extract, get_extractor
from assistant.config import PROJECT_ROOT


@pytest.fixture(scope="module")
def corrector():  # noqa: ANN201
    return get_extractor(PROJECT_ROOT / "knowledge_base")._spelling


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("now a dark curtian coming down", "now a dark curtain coming down"),
        ("R leg really painfull", "R leg really painful"),
        ("calf swolen and red", "calf swollen and red"),
        ("watery diarhea", "watery diarrhea"),  # the lexicon's own misspellings do not make it ambiguous
        ("can't wrinkle his forhead", "can't wrinkle his forehead"),
    ],
)
def test_a_misspelt_clinical_word_is_put_right(corrector, typed: str, meant: str) -> None:  # noqa: ANN001
    assert corrector.correct(typed, None)[0] == meant


@pytest.mark.parametrize(
    "text",
    [
        "cheat pain for 2 hours",  # real English is not corrected
        "resps 24, palps on and off, one nocte",  # clinic abbreviations (short words)
        "labia majora swollen",  # Latin
        "she couldnt walk, theyre worried",  # contractions without apostrophes
        "breathles on exertion",  # two near words ("breathes", "breathless"): left alone
    ],
)
def test_real_words_abbreviations_and_ambiguous_slips_are_left_alone(corrector, text: str) -> None:  # noqa: ANN001
    assert corrector.correct(text, None)[0] == text


def test_evidence_quotes_the_misspelt_words() -> None:
    case = extract("57M short sighted, new floaters L eye, now a dark curtian coming down from the top")
    assert case.has("visual_field_loss")
    assert any("curtian" in s.text for s in case.findings["visual_field_loss"].evidence)

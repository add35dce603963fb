"""English inflection folding: a phrase of the lexicon matches however its verbs are inflected, and
the folding never reads a word as another one."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import ClinicalEngine
from assistant.clinical.inflection import WordFolder
from assistant.clinical.matching import PhraseMatcher, normalise


@pytest.fixture(scope="module")
def engine() -> ClinicalEngine:
    return ClinicalEngine()


def _present(engine: ClinicalEngine, text: str) -> set[str]:
    case = engine.assess_text(text).case
    return {f.id for f in case.findings.values() if f.status.value == "present"}


def test_folding_keeps_a_map_back_to_the_words_as_said() -> None:
    folder = WordFolder(["left"])
    text = "she fainted and vomited, left arm weak"
    folded, kept = folder.fold(text)
    assert folded == "she faint and vomit, left arm weak"
    assert len(kept) == len(folded)
    # the folded word's last character maps to the said word's last, so a span maps back whole
    start = folded.index("vomit")
    end = start + len("vomit")
    assert text[kept[start]:kept[end - 1] + 1] == "vomited"


def test_a_kept_word_and_an_unknown_word_stay_as_said() -> None:
    folder = WordFolder(["left"])
    assert folder.word("left") == "left"
    assert folder.word("leaves") == "leave"
    assert folder.word("paracetamoled") == "paracetamoled"
    assert folder.fold("no change here") is None


def test_the_folded_match_maps_back_to_the_words_as_said() -> None:
    matcher = PhraseMatcher([("vomiting blood", "haematemesis"), ("vomited", "vomiting")], folder=WordFolder())
    text = normalise("He vomits blood twice")
    [m] = matcher.find(text)
    assert text[m.start:m.end] == "vomits blood" and m.payload == ("haematemesis",)


def test_one_word_alone_is_not_folded() -> None:
    # "winded" is not the "wind" a phrase names
    matcher = PhraseMatcher([("passing wind", "flatus"), ("wind", "flatus")], folder=WordFolder())
    assert matcher.find(normalise("I got winded")) == []


def test_a_folded_form_two_meanings_share_is_left_out() -> None:
    matcher = PhraseMatcher([("feels faint", "presyncope"), ("feeling faint", "presyncope"), ("felt faint", "syncope")],
                            folder=WordFolder())
    # "feel faint" folds from two phrases of different meanings: only the phrases as said match
    assert matcher.find(normalise("I feel faint")) == []
    assert [m.payload for m in matcher.find(normalise("I feeling faint"))] == [("presyncope",)]


def test_a_folded_match_does_not_cut_a_match_as_said() -> None:
    matcher = PhraseMatcher(
        [("long bouts of coughing", "coughing_fits"), ("coughing fits", "coughing_fits"), ("fits", "seizure")],
        folder=WordFolder(),
    )
    found = matcher.find(normalise("a long bout of coughing fits"))
    assert [m.payload for m in found] == [("coughing_fits",)]


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # each read only folded: the lexicon says "stopped breathing", "turned blue", "lips swelling"
        ("the baby stop breathing for a moment and turn blue", "apnoea_episodes"),
        ("the baby stop breathing for a moment and turn blue", "cyanosis"),
        ("my son eat cookie with peanut, now his lips swell and he struggle to breathe", "lip_swelling"),
    ],
)
def test_inflected_phrases_are_read(engine: ClinicalEngine, text: str, finding: str) -> None:
    assert finding in _present(engine, text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # plurals that mean something of their own stay as said
        ("sudden surge of fear peaking within minutes, with palpitations", "thunderclap_headache"),
        ("his left leg went weak for an hour", "bilateral_leg_weakness"),
        # "fitting" is a fit, not a negative FIT test; "burning" a feeling, not a burn
        ("pregnancy test before the fitting negative", "melaena"),
        ("burning feet at night for months, diabetic", "burn_special_area"),
        # a folded phrase does not start before a phrase as said ("her eyes roll upwards" is no seizure)
        ("on metoclopramide, her eyes roll upwards and her neck twists", "seizure"),
    ],
)
def test_folding_does_not_misread(engine: ClinicalEngine, text: str, finding: str) -> None:
    assert finding not in _present(engine, text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("not sweating, talking absolute nonsense and doesnt know where he is", "confusion"),
        ("no fever, not breathing", "airway_obstruction"),
    ],
)
def test_a_finding_with_its_own_negation_stops_an_outer_denial(engine: ClinicalEngine, text: str, finding: str) -> None:
    assert finding in _present(engine, text)

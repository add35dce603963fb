"""Chinese typed with a pinyin input method: one wrong homophone in a lexicon phrase is put right."""

from __future__ import annotations

import pytest

from assistant.clinical.extraction import extract, get_extractor
from assistant.config import PROJECT_ROOT


@pytest.fixture(scope="module")
def corrector():  # noqa: ANN201
    return get_extractor(PROJECT_ROOT / "knowledge_base")._homophones


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("足背动脉、腘动脉都模不到", "足背动脉、腘动脉都摸不到"),
        ("B超示右侧卵巢囊种5cm", "B超示右侧卵巢囊肿5cm"),
        ("双膝键反射消失", "双膝腱反射消失"),
        ("刚才拉了果将样大便", "刚才拉了果酱样大便"),
        ("上腹剧痛往后被窜", "上腹剧痛往后背窜"),
        ("打完头包十分钟", "打完头孢十分钟"),
    ],
)
def test_one_wrong_homophone_is_put_right(corrector, typed: str, meant: str) -> None:  # noqa: ANN001
    assert corrector.correct(typed) == meant


@pytest.mark.parametrize(
    "text",
    [
        "高血压十年，抽烟",  # "十年" is a word, not "史年"
        "腰痛，会阴不麻",  # a negation is never a slip ("会阴部麻")
        "腰不痛，不发烧",
        "说话手脚都正常",  # "都" is a function word ("手脚抖")
        "测了个血糖一点八",  # a numeral ("血糖仪")
        "中午吃了虾",
        "吃了半年药自己停了",
        "心急，物理治疗",  # two-character homophones are words of their own
        "尿比平时少",  # "比" compares ("尿闭")
    ],
)
def test_words_that_only_sound_like_a_phrase_are_left_alone(corrector, text: str) -> None:  # noqa: ANN001
    assert corrector.correct(text) == text


def test_evidence_quotes_the_words_as_typed() -> None:
    case = extract("男婴10个月，一阵阵哭闹，刚才拉了果将样大便")
    assert case.has("redcurrant_jelly_stool")
    assert all("果将样" in s.text for s in case.findings["redcurrant_jelly_stool"].evidence)

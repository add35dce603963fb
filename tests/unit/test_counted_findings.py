"""Findings said as a count: a number of tablets swallowed at once is an overdose from 20 up."""

from __future__ import annotations

import pytest

from assistant.clinical.engine import get_engine
from assistant.clinical.extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "23岁女，和男友吵架后1小时前吞下约30片对乙酰氨基酚，现在没有明显不适。",
        "吃了二十多片安眠药",
        "She swallowed 24 tablets of sertraline after an argument.",
        "Took about 40 pills an hour ago.",
        # the drug between the verb and the count, or a strength between the count and the drug
        "大约4个小时前和男朋友分手后吞了对乙酰氨基酚片，估计20片，每片0.5克。",
        "After a row last night she took about twenty 500 mg paracetamol tablets.",
        "took 24 x 500mg paracetamol",
    ],
)
def test_a_count_of_twenty_or_more_tablets_is_an_overdose(text: str) -> None:
    assert extract(text).findings["self_poisoning"].status == "present"
    assert "self_harm_medically_serious" in {r.id for r in get_engine().assess_text(text).red_flags}


@pytest.mark.parametrize(
    "text",
    [
        "吃了2片布洛芬，头痛好了",
        "Took 30 minutes to settle after the feed.",
        "Took 20 tablets over the week as prescribed.",
        "一个月吃了30片降压药",
        "took 12 tablets of paracetamol",
    ],
)
def test_a_small_count_or_one_spread_over_time_is_no_overdose(text: str) -> None:
    assert "self_poisoning" not in extract(text).findings


def test_a_denied_count_is_absent() -> None:
    assert extract("否认吞下30片药物").findings["self_poisoning"].status == "absent"


@pytest.mark.parametrize(
    ("text", "massive"),
    [
        ("支气管扩张20年，今早咳嗽后咯鲜血，一次大约150 mL。", True),
        ("Known TB, coughed up about 200 ml of blood this morning.", True),
        ("Haemoptysis of approximately 120 ml overnight.", True),
        ("咯血约20ml，痰中带血丝", False),
        ("Bronchiectasis, coughs up 150 ml of sputum a day.", False),
    ],
)
def test_a_haemoptysis_of_100_ml_or_more_is_massive(text: str, massive: bool) -> None:
    assert ("massive_haemoptysis" in {r.id for r in get_engine().assess_text(text).red_flags}) is massive

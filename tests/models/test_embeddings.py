from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "query, relevant, unrelated",
    [
        ("chest pain radiating to the left arm", "crushing chest pain spreading to the arm and jaw", "itchy rash between the toes"),
        ("孩子发烧三天", "儿童发热持续72小时", "老年人膝关节骨关节炎的锻炼"),
        ("when to refer hypertension urgently", "血压≥180/110 mmHg 伴胸痛需紧急转诊", "痛风急性发作的饮食建议"),
        ("糖尿病什么时候开始用胰岛素", "when to start insulin in type 2 diabetes", "how to treat a sprained ankle"),
    ],
)
def test_relevant_sentence_ranks_above_unrelated(embedder, query, relevant, unrelated):
    q = embedder.query(query)
    passages = embedder.passages([relevant, unrelated])
    scores = passages @ q
    assert scores[0] > scores[1]
    assert abs(float((q**2).sum()) - 1.0) < 1e-3

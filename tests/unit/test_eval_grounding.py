"""The evaluator's own grounding check, on the real knowledge base."""

from __future__ import annotations

from assistant.clinical.engine import ClinicalEngine
from assistant.config import Settings
from assistant.evaluation.grounding import GroundingChecker


def test_grounding_check() -> None:
    settings = Settings()
    checker = GroundingChecker(settings.knowledge_base_dir)
    engine = ClinicalEngine(settings.knowledge_base_dir)
    assessment = engine.assess_text("男，62岁，胸口压榨样疼痛两小时，大汗，恶心。", lang="zh")
    in_ddx = {d.id for d in assessment.differential}
    assert "acs_stemi_nstemi" in in_ddx
    passage = next(iter(checker.passages))
    # the longer name wins: 不稳定型心绞痛 is not also read as 稳定型心绞痛
    assert set(checker.named_conditions("不能漏诊：不稳定型心绞痛。")) == {"unstable_angina"}
    mi_name = assessment.differential[0].name
    ok = checker.check(f"最可能：{mi_name}。[1]", [(1, passage)], assessment, True)
    assert ok.grounded, ok
    unknown = checker.check("见指南 [1] [2]。", [(1, "no-such-doc#x")], assessment, True)
    assert not unknown.grounded and unknown.unknown_citations == ["no-such-doc#x", "[2]"]
    named = checker.check("Consider gout.", [], assessment, True)
    assert not named.grounded and named.ungrounded_conditions == ["gout"]
    assert not checker.check("ok", [], assessment, False).grounded  # the engine's own report is respected

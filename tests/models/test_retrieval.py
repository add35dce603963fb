"""Guideline retrieval with the real index and the real embedding model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.knowledge.evaluate import evaluate, load_cases
from assistant.knowledge.guidelines import load_guidelines
from assistant.knowledge.index import build_index, index_status, load_index
from assistant.knowledge.retriever import HybridRetriever


@pytest.fixture(scope="session")
def retriever(settings: Settings, embedder) -> HybridRetriever:
    if index_status(settings.knowledge_base_dir, settings.index_dir).state != "fresh":
        build_index(settings.knowledge_base_dir, settings.index_dir, embedder)
    return HybridRetriever.load(settings.knowledge_base_dir, settings.index_dir, embedder)


def top_ids(retriever: HybridRetriever, query: str, k: int = 5) -> list[str]:
    return [h.id for h in retriever.search(query, k=k).hits]


def test_done_when_question_finds_the_urgent_referral_section_first(retriever):
    result = retriever.search("高血压患者什么情况要紧急转诊？", k=5)
    assert result.covered
    assert result.hits[0].id == "hypertension-primary-care-zh#urgent-referral"


@pytest.mark.parametrize(
    "query, expected_doc",
    [
        # English question, the only guideline on the topic is Chinese
        ("What are the severe warning signs in hand, foot and mouth disease?", "hfmd-nhc-2018-zh"),
        ("How is hepatitis B infection followed up in primary care?", "hepatitis-b-china-2022-zh"),
        # Chinese question, the only guideline on the topic is English
        ("登革热有哪些预警征象？", "dengue-who-en"),
        ("严重过敏反应怎么用肾上腺素？", "anaphylaxis-resus-council-uk-en"),
    ],
)
def test_cross_language_retrieval(retriever, query, expected_doc):
    assert expected_doc in [i.split("#")[0] for i in top_ids(retriever, query)]


@pytest.mark.parametrize(
    "query",
    ["What's the best way to change a car tyre?", "明天北京的天气怎么样？", "Recommend a good pizza recipe with mozzarella"],
)
def test_off_topic_questions_are_not_covered(retriever, query):
    assert not retriever.search(query).covered


def test_citation_ids_in_the_index_match_the_guidelines(retriever, settings):
    current = [p.id for p in load_guidelines(settings.knowledge_base_dir)]
    assert [p.id for p in retriever.passages] == current


def test_recall_at_5_on_the_retrieval_eval(retriever):
    report = evaluate(retriever, load_cases(PROJECT_ROOT / "eval" / "retrieval"))
    assert report.overall.n >= 300
    assert report.overall.recall_at_5 >= 0.90, [m.case.id for m in report.misses]
    for lang, m in report.by_language.items():
        assert m.recall_at_5 >= 0.85, lang


def test_rebuild_reembeds_only_the_changed_document(settings, embedder, tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(settings.knowledge_base_dir / "guidelines", kb / "guidelines")
    index = tmp_path / "index"
    shutil.copytree(settings.index_dir, index, ignore=shutil.ignore_patterns("intents-*"))
    doc = kb / "guidelines" / "hypertension-primary-care-zh.md"
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace("推荐使用经过验证的上臂式电子血压计。", "推荐使用经过验证的上臂式电子血压计（测试修改）。"), encoding="utf-8")
    removed = kb / "guidelines" / "vertigo-consensus-zh.md"
    n_removed = len([p for p in load_guidelines(kb) if p.doc_id == removed.stem])
    removed.unlink()
    before = load_index(index)

    report = build_index(kb, index, embedder)
    assert report.embedded == 1  # only #bp-measurement changed
    assert report.reused == report.total - 1
    assert report.removed == n_removed + 1  # the vertigo sections and the old #bp-measurement
    after = load_index(index)
    changed = [p.id for p in after.passages].index("hypertension-primary-care-zh#bp-measurement")
    old = [p.id for p in before.passages].index("hypertension-primary-care-zh#bp-measurement")
    assert after.passages[changed].hash != before.passages[old].hash
    assert float(after.body[changed] @ before.body[old]) > 0.95  # a small edit, re-embedded
    assert index_status(kb, index).state == "fresh"

"""Guideline loading, citation ids, tokenisation and index bookkeeping (no models)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.knowledge.guidelines import load_guidelines, parse_guideline
from assistant.knowledge.index import build_index, index_status, load_index
from assistant.knowledge.text import Tokenizer, detect_language, split_sentences

KB = Path(__file__).resolve().parents[2] / "knowledge_base"

DOC = """---
title: "Test guideline"
issuer: "Test body"
year: 2020
source: "Test source"
language: en
topics: [testing]
conditions: [hypertension]
---

# Test

## First section {#first}

Alpha beta. Gamma delta.

## Second section {#second}

Epsilon.
"""


def test_every_guideline_parses_into_cited_passages():
    passages = load_guidelines(KB)
    ids = [p.id for p in passages]
    assert len(ids) == len(set(ids)) > 300
    assert "hypertension-primary-care-zh#urgent-referral" in ids
    for p in passages:
        assert re.fullmatch(r"[a-z0-9-]+#[a-z0-9][a-z0-9-]*", p.id)
        assert p.id == f"{p.doc_id}#{p.anchor}"
        assert p.text and p.title and p.issuer and p.source
        assert p.language in ("zh", "en")


def test_citation_ids_do_not_depend_on_heading_or_body_text():
    a = parse_guideline("doc", DOC)
    b = parse_guideline("doc", DOC.replace("First section", "Renamed heading").replace("Alpha", "Changed"))
    assert [p.id for p in a] == [p.id for p in b] == ["doc#first", "doc#second"]
    assert a[0].content_hash != b[0].content_hash
    assert a[1].content_hash == b[1].content_hash


def test_heading_without_anchor_or_duplicate_anchor_is_rejected():
    with pytest.raises(ValueError, match="without"):
        parse_guideline("doc", DOC + "\n## No anchor here\n\ntext\n")
    with pytest.raises(ValueError, match="duplicate anchor"):
        parse_guideline("doc", DOC + "\n## Again {#first}\n\ntext\n")


def test_tokenizer_handles_chinese_english_and_stop_words():
    tk = Tokenizer(extra_words=["紧急转诊"])
    zh = tk.tokens("高血压患者什么情况要紧急转诊？")
    assert "高血压" in zh and "紧急转诊" in zh
    assert "什么" not in zh and "患者" not in zh
    en = tk.tokens("When should the patients be referred urgently?")
    assert en == ["referred", "urgently"]
    assert tk.tokens("BP 180/110 mmHg") == ["bp", "180", "110", "mmhg"]


def test_language_and_sentences():
    assert detect_language("高血压患者什么情况要紧急转诊？") == "zh"
    assert detect_language("CRP高说明什么") == "zh"
    assert detect_language("what does a raised CRP mean here?") == "en"
    assert split_sentences("Give fluids, e.g. ORS. Refer if worse.\n\n意识丧失。立即转诊；") == [
        "Give fluids, e.g. ORS.", "Refer if worse.", "意识丧失。", "立即转诊；",
    ]


class _CountingEmbedder:
    """Stand-in for the model in bookkeeping tests: deterministic vectors, counts what it embeds."""

    dim = 8

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def passages(self, texts: list[str]) -> np.ndarray:
        self.embedded += texts
        out = np.array([[hash(t) % 97 + i for i in range(self.dim)] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_incremental_build_reembeds_only_changed_and_drops_removed(tmp_path: Path):
    kb = tmp_path / "kb"
    (kb / "guidelines").mkdir(parents=True)
    (kb / "guidelines" / "one.md").write_text(DOC, encoding="utf-8")
    (kb / "guidelines" / "two.md").write_text(DOC.replace("Epsilon", "Zeta"), encoding="utf-8")
    index_dir = tmp_path / "index"
    assert index_status(kb, index_dir).state == "missing"

    first = build_index(kb, index_dir, _CountingEmbedder())
    assert (first.total, first.embedded, first.reused) == (4, 4, 0)
    assert index_status(kb, index_dir).state == "fresh"
    before = load_index(index_dir)

    (kb / "guidelines" / "one.md").write_text(DOC.replace("Gamma", "Changed"), encoding="utf-8")
    (kb / "guidelines" / "two.md").unlink()
    (kb / "guidelines" / "three.md").write_text(DOC, encoding="utf-8")
    assert index_status(kb, index_dir).state == "stale"
    embedder = _CountingEmbedder()
    second = build_index(kb, index_dir, embedder)
    # one.md#first changed, three.md is new (2 passages); one.md#second reused; two.md dropped
    assert (second.total, second.embedded, second.reused, second.removed) == (4, 3, 1, 3)
    assert len(embedder.embedded) == 6  # body + heading text per embedded passage
    after = load_index(index_dir)
    i_old = [p.id for p in before.passages].index("one#second")
    i_new = [p.id for p in after.passages].index("one#second")
    assert np.array_equal(before.body[i_old], after.body[i_new])
    assert index_status(kb, index_dir).state == "fresh"


def test_index_with_mismatched_vectors_is_refused(tmp_path: Path):
    kb = tmp_path / "kb"
    (kb / "guidelines").mkdir(parents=True)
    (kb / "guidelines" / "one.md").write_text(DOC, encoding="utf-8")
    build_index(kb, tmp_path / "a", _CountingEmbedder())
    (kb / "guidelines" / "one.md").write_text(DOC.replace("Alpha", "Other"), encoding="utf-8")
    build_index(kb, tmp_path / "b", _CountingEmbedder())
    shutil.copy(tmp_path / "b" / "vectors.npz", tmp_path / "a" / "vectors.npz")
    with pytest.raises(ValueError, match="inconsistent"):
        load_index(tmp_path / "a")

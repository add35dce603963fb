"""Hybrid guideline retrieval: BM25 (jieba / word tokens) + dense (multilingual-e5-small),
fused by reciprocal rank fusion.

Cross-language bridges, strongest first:
- the dense model is multilingual (an English question lands near a Chinese passage);
- query expansion: clinical concepts named in the question (lexicon findings, conditions,
  measurements, medicines) add their Chinese and English names to the BM25 query;
- each passage's BM25 text carries its document's topics and the names (zh and en) of the
  conditions it covers.

`covered` says whether the best hit is close enough to answer from; below it the answer
writer says the knowledge base does not cover the question instead of guessing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import bm25s
import numpy as np
from pydantic import BaseModel

from assistant.knowledge.index import PassageIndex, StoredPassage, load_index
from assistant.knowledge.text import Tokenizer
from assistant.knowledge.vocabulary import Vocabulary, cached_vocabulary

RRF_K = 60
HEAD_WEIGHT = 0.35  # the heading vector adds topic focus; the body vector carries the content
EXPANSION_TERMS_PER_LANGUAGE = 3
# Calibrated on eval/retrieval plus off-topic questions (tests/models/test_retrieval.py):
# on-topic questions score >= ~0.80 dense cosine on their passage, off-topic ones < ~0.78.
COVERED_DENSE = 0.80
COVERED_BM25 = 6.0


class QueryEmbedder(Protocol):
    def query(self, text: str) -> np.ndarray: ...


class Hit(BaseModel):
    passage: StoredPassage
    score: float  # fused RRF score
    dense: float  # cosine similarity (body/heading blend)
    bm25: float
    rank: int

    @property
    def id(self) -> str:
        return self.passage.id


class SearchResult(BaseModel):
    query: str
    expansion: list[str]
    hits: list[Hit]
    covered: bool


class HybridRetriever:
    """Loaded once per process; `search` is read-only and safe to call from worker threads."""

    def __init__(self, index: PassageIndex, embedder: QueryEmbedder, vocabulary: Vocabulary, *, cache_size: int = 256) -> None:
        self.index = index
        self.passages = index.passages
        self._embedder = embedder
        self._vocabulary = vocabulary
        self.tokenizer = Tokenizer(extra_words=vocabulary.chinese_terms())
        corpus = [self.tokenizer.tokens(self._bm25_text(p)) for p in self.passages]
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._vocab_ids = self._bm25.vocab_dict
        df: dict[str, int] = {}
        for tokens in corpus:
            for t in set(tokens):
                df[t] = df.get(t, 0) + 1
        n = len(corpus)
        self._idf = {t: float(np.log(1 + (n - d + 0.5) / (d + 0.5))) for t, d in df.items()}
        self._idf_unknown = float(np.log(1 + (n + 0.5) / 0.5))
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @classmethod
    def load(cls, kb_dir: Path, index_dir: Path, embedder: QueryEmbedder) -> "HybridRetriever":
        return cls(load_index(index_dir), embedder, cached_vocabulary(kb_dir))

    def _bm25_text(self, p: StoredPassage) -> str:
        names = self._vocabulary.condition_names(p.conditions)
        return "\n".join([p.title, p.section, p.section, p.text, " ".join(p.topics), " ".join(names)])

    def idf(self, token: str) -> float:
        """BM25 inverse document frequency of a token over the passage corpus."""
        return self._idf.get(token, self._idf_unknown)

    # -- query side -------------------------------------------------------------
    def expand(self, query: str) -> list[str]:
        """Names (both languages) of the clinical concepts the query mentions."""
        terms: list[str] = []
        for concept, _surface in self._vocabulary.find(query):
            for names in (concept.en, concept.zh):
                for term in names[:EXPANSION_TERMS_PER_LANGUAGE]:
                    if term not in terms:
                        terms.append(term)
        return terms

    def embed_query(self, query: str) -> np.ndarray:
        with self._lock:
            cached = self._cache.get(query)
            if cached is not None:
                self._cache.move_to_end(query)
                return cached
        vector = self._embedder.query(query)
        with self._lock:
            self._cache[query] = vector
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vector

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        known = [t for t in tokens if t in self._vocab_ids]
        if not known:
            return np.zeros(len(self.passages), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def dense_scores(self, query: str) -> np.ndarray:
        q = self.embed_query(query)
        return (1.0 - HEAD_WEIGHT) * (self.index.body @ q) + HEAD_WEIGHT * (self.index.head @ q)

    def query_tokens(self, query: str, expansion: list[str]) -> list[str]:
        tokens = self.tokenizer.tokens(query)
        for term in expansion:
            tokens.extend(self.tokenizer.tokens(term))
        return tokens

    def search(self, query: str, k: int = 5) -> SearchResult:
        expansion = self.expand(query)
        tokens = self.query_tokens(query, expansion)
        lexical = self.bm25_scores(tokens)
        dense = self.dense_scores(query)
        fused = _rrf([dense, lexical], lexical_present=bool(lexical.any()))
        order = np.argsort(-fused, kind="stable")[:k]
        hits = [
            Hit(passage=self.passages[i], score=float(fused[i]), dense=float(dense[i]), bm25=float(lexical[i]), rank=r + 1)
            for r, i in enumerate(order)
        ]
        covered = bool(hits) and (float(dense.max()) >= COVERED_DENSE or float(lexical.max()) >= COVERED_BM25)
        return SearchResult(query=query, expansion=expansion, hits=hits, covered=covered)


def _rrf(score_lists: list[np.ndarray], lexical_present: bool) -> np.ndarray:
    fused = np.zeros_like(score_lists[0], dtype=np.float64)
    for scores in score_lists if lexical_present else score_lists[:1]:
        ranks = np.empty(len(scores), dtype=np.int64)
        ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
        fused += 1.0 / (RRF_K + ranks)
    return fused

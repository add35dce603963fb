"""Language detection, BM25 tokenisation (jieba for Chinese, word tokens for English) and
sentence splitting, shared by retrieval and the answer writers."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from assistant.yaml_data import load_yaml


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_RUNS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*")
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|(?<=[.])(?=\s+[A-Z(\"“])")
_STOPWORDS_FILE = Path(__file__).with_name("stopwords.yaml")


def detect_language(text: str, default: Literal["zh", "en"] = "en") -> Literal["zh", "en"]:
    """Chinese if the text has Han characters in a meaningful share, else English."""
    han = len(_CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if han == 0 and latin == 0:
        return default
    return "zh" if han * 3 >= latin else "en"  # one Han char carries about 3 Latin letters of meaning


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[str, ...]:
    data = load_yaml(_STOPWORDS_FILE.read_text(encoding="utf-8"))
    return tuple(str(a).lower() for a in data.get("abbreviations", []))


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage or an answer, punctuation kept (Chinese 。！？； and English . ! ? ;)."""
    out: list[str] = []
    abbreviations = _abbreviations()
    for block in re.split(r"\n\s*\n|\n(?=[-*] )", text):
        block = " ".join(line.strip() for line in block.splitlines()).strip()
        pending = ""
        for piece in _SENTENCE_END.split(block):
            piece = (pending + " " + piece.strip()).strip() if pending else piece.strip()
            pending = ""
            if not piece:
                continue
            last = piece.rsplit(" ", 1)[-1].lower()
            if last in abbreviations:
                pending = piece  # "e.g. ORS": the full stop belongs to the abbreviation
                continue
            out.append(piece)
        if pending:
            out.append(pending)
    return out


def _english_stem(word: str) -> str:
    # plural/-ing folding only: keeps "diabetes", "pressure" intact and is predictable
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class Tokenizer:
    """Lower-case word tokens for English, jieba search-mode tokens for Chinese; stop words removed.

    A private jieba dictionary instance (no global state); clinical terms from the lexicon are
    added so "紧急转诊" or "心肌梗死" stay single tokens as well as being split for search.
    """

    def __init__(self, extra_words: Iterable[str] = (), stopwords_file: Path = _STOPWORDS_FILE) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for word in extra_words:
            if _CJK.search(word) and 2 <= len(word) <= 12:
                self._jieba.add_word(word, freq=2000)
        data = load_yaml(stopwords_file.read_text(encoding="utf-8"))
        self.stopwords = {str(w).lower() for w in data.get("en", []) + data.get("zh", [])}

    def tokens(self, text: str) -> list[str]:
        out: list[str] = []
        for run in _RUNS.findall(text):
            if _CJK.match(run):
                words = self._jieba.cut_for_search(run, HMM=False)
                out.extend(w for w in words if w not in self.stopwords)
            else:
                word = run.lower()
                if word not in self.stopwords:
                    out.append(_english_stem(word))
        return out

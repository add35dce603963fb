"""ASR error rates: WER for English, CER for Chinese, after normalising numbers and punctuation."""

from __future__ import annotations

import re
import unicodedata

import cn2an
import jiwer
from text_to_num import alpha2digit

_CJK_OR_DIGIT = re.compile(r"[\u4e00-\u9fff0-9.]")
_EN_KEEP = re.compile(r"[^a-z0-9' ]+")


def normalise_zh(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)  # "２" is 2
    try:
        text = cn2an.transform(text, "cn2an")  # 三十八度五 -> 38度5 ; keeps what it cannot parse
    except (ValueError, KeyError):
        pass
    return "".join(_CJK_OR_DIGIT.findall(text)).strip(".")


def normalise_en(text: str) -> str:
    """"Ninety over sixty" and "90/60", "90%" and "ninety percent" count as the same words."""
    try:
        text = alpha2digit(text, "en")
    except (ValueError, IndexError):
        pass
    text = text.replace("%", " percent").replace("/", " over ")
    return " ".join(_EN_KEEP.sub(" ", text.lower()).split())


def error_rate(reference: str, hypothesis: str, language: str) -> float:
    """CER for zh, WER for en; 0 for an empty reference heard as empty."""
    if language == "zh":
        ref, hyp = normalise_zh(reference), normalise_zh(hypothesis)
        return jiwer.cer(ref, hyp) if ref else float(bool(hyp))
    ref, hyp = normalise_en(reference), normalise_en(hypothesis)
    return jiwer.wer(ref, hyp) if ref else float(bool(hyp))

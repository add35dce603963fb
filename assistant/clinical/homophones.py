"""Chinese typed with a pinyin input method: a lexicon word written with one wrong homophone.

A doctor typing fast on a phone picks the wrong character of the same sound: "足背动脉模不到"
(摸), "卵巢囊种5cm" (肿), "果将样大便" (酱). Where the text sounds the same as a lexicon phrase of
three or more characters (toneless pinyin, from pypinyin), differs from it in exactly one
character and is not itself a lexicon phrase, that character is put right before matching (the
length is unchanged, so evidence still quotes the words as typed). Shorter phrases are left out:
two-character homophones are too often words of their own ("心急" is not "心悸", "物理" is not "无力").
A speech recogniser also writes two-character slips that are no word at all ("凶痛", "心埂", "格血"): a
two-character run that sounds like exactly one finding or reading of the lexicon, is not in jieba's
dictionary, is cut by jieba into two single characters (so it does not straddle a word: "头发少" is
not "发烧"), and whose wrong character is not a common word of its own ("睡眠中痛醒" is not "肿痛",
"像被拧了一把" is not "贝宁") is put right too.

Most same-sound differences are not slips: "高血压十年" sounds like "高血压史年", "会阴不麻" like
"会阴部麻", "手脚都有劲" like "手脚抖…". So a character is only put right when it stands alone in
jieba's segmentation of its run (not part of a word: "十年", "中午") and is not a numeral, a
negation or a function word (不, 都, 一, 伴 …).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache

import jieba
from pypinyin import Style, lazy_pinyin

from assistant.clinical.matching import norm_phrase

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
MIN_CHARS = 3
# a character this common as a word of its own (jieba's frequency) is taken as meant in a two-character slip
COMMON_CHARACTER = 50000
# characters never taken for a slip: numerals, negations and function words
PROTECTED = frozenset("一二三四五六七八九十百千万两零半几"
                      "不没无未非否别勿莫"
                      "都也还就又有是的地得了在和及或伴与跟着过很太更最再才把给让向从对为以而且并每各这那个"
                      "药"  # "吃了半年药自己停" is not "咬自己"
                      "比"  # "尿比平时少" is not "尿闭"
                      "话度覆腹"  # Cantonese "佢話自己…" is not "划自己", "覆度" (measure again) and Minnan "腹肚" (belly) not "服毒"
                      "式")  # "腹式呼吸" is not "复视"


@lru_cache(maxsize=20000)
def _syllable(char: str) -> str:
    return lazy_pinyin(char, style=Style.NORMAL)[0]


def syllables(run: str) -> tuple[str, ...]:
    """Toneless pinyin, one syllable per character (each character read on its own)."""
    return tuple(_syllable(ch) for ch in run)


class HomophoneCorrector:
    def __init__(self, phrases: Iterable[str], min_chars: int = MIN_CHARS, two_character: Iterable[str] = ()) -> None:
        # jieba's dictionary loads in about a second: at start-up, not on a doctor's first slip
        jieba.setLogLevel(logging.WARNING)
        self._segmenter = jieba.Tokenizer()
        self._segmenter.initialize()
        self._known: set[str] = set()
        self._by_sound: dict[tuple[str, ...], set[str]] = {}
        for phrase in phrases:
            key = norm_phrase(phrase)
            if _CJK_RUN.search(key):
                self._known.add(key)
            if len(key) >= min_chars and _CJK_RUN.fullmatch(key):
                self._by_sound.setdefault(syllables(key), set()).add(key)
        self._lengths = sorted({len(sound) for sound in self._by_sound}, reverse=True)
        # two-character phrases by sound; a sound shared with any other known word is ambiguous
        self._two: dict[tuple[str, ...], set[str]] = {}
        wanted = {norm_phrase(p) for p in two_character}
        for key in self._known:
            if len(key) == 2 and _CJK_RUN.fullmatch(key):
                self._two.setdefault(syllables(key), set()).add(key)
        self._two = {sound: keys for sound, keys in self._two.items() if keys <= wanted}

    def correct(self, text: str) -> str:
        """``text`` with each one-character homophone slip put right (same length)."""
        chars = list(text)
        for run in _CJK_RUN.finditer(text):
            sound = syllables(run.group())
            alone: set[int] | None = None  # offsets in the run of one-character jieba words (on demand)
            i, n = 0, len(sound)
            while i < n:
                fixed = None
                for candidate, slip in self._candidates(run.group(), sound, i, n):
                    if alone is None:
                        alone = self._single_characters(run.group())
                    if i + slip in alone:
                        fixed = candidate
                        break
                if fixed is None and i + 2 <= n and sound[i : i + 2] in self._two and not self._in_known(run.group(), i):
                    if alone is None:
                        alone = self._single_characters(run.group())
                    fixed = self._two_character(run.group(), sound, i, alone)
                if fixed is None:
                    i += 1
                    continue
                chars[run.start() + i : run.start() + i + len(fixed)] = fixed
                i += len(fixed)
        return "".join(chars)

    def _candidates(self, run: str, sound: tuple[str, ...], i: int, n: int):  # noqa: ANN202
        """(lexicon phrase, offset of its one different character), longest first."""
        for length in self._lengths:
            if i + length > n:
                continue
            candidates = self._by_sound.get(sound[i : i + length])
            if not candidates:
                continue
            typed = run[i : i + length]
            if typed in self._known:
                return  # a lexicon phrase as typed: nothing to put right here
            for chars in sorted(candidates):
                slips = [k for k, (a, b) in enumerate(zip(typed, chars)) if a != b]
                if len(slips) == 1 and typed[slips[0]] not in PROTECTED:
                    yield chars, slips[0]

    def _in_known(self, run: str, i: int) -> bool:
        """Whether a lexicon phrase, as typed, covers a character of ``run[i:i+2]`` ("捻发感" is not "捻发绀")."""
        for start in range(max(0, i - 7), i + 2):
            for end in range(max(start + 2, i + 1), min(len(run), start + 8) + 1):
                if run[start:end] in self._known:
                    return True
        return False

    def _two_character(self, run: str, sound: tuple[str, ...], i: int, alone: set[int]) -> str | None:
        """The one lexicon phrase a two-character non-word sounds like ("凶痛" -> "胸痛")."""
        candidates = self._two.get(sound[i : i + 2])
        typed = run[i : i + 2]
        if not candidates or len(candidates) > 1 or typed in self._known or not {i, i + 1} <= alone:
            return None
        if self._segmenter.FREQ.get(typed, 0) or any(ch in PROTECTED for ch in typed):
            return None
        meant = next(iter(candidates))
        wrong = [a for a, b in zip(typed, meant) if a != b]
        if any(self._segmenter.FREQ.get(ch, 0) >= COMMON_CHARACTER for ch in wrong):
            return None
        return meant

    def _single_characters(self, run: str) -> set[int]:
        out, at = set(), 0
        for word in self._segmenter.cut(run, HMM=False):
            if len(word) == 1:
                out.add(at)
            at += len(word)
        return out

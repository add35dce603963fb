"""Reading numbers as people say or type them: "180", "38.5", "一百二", "三十八点五", "one eighty"."""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an
from pydantic import BaseModel, Field


class NumberWords(BaseModel):
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    hundred: list[str]
    thousand: list[str]
    point: list[str]
    and_: list[str] = Field(alias="and")
    article: dict[str, float] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    start: int
    end: int


_ARABIC = re.compile(r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?")
_ARABIC_TAIL = re.compile(r"(\d+(?:\.\d+)?)\s*$")
_WORD = re.compile(r"[a-z]+")
_A_HUNDRED = re.compile(r"an? +([a-z]+)")


_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _upper_of_range(run: str) -> str:
    """"两三天", "三五分钟", "十五六岁", "三四十分钟": two neighbouring digits say a range, not a
    number (cn2an reads "两三" as 23); the upper end is kept. Digit strings ("一二零") are left alone."""
    if "零" in run or "〇" in run:
        return run
    for i in range(len(run) - 1):
        a, b = _CN_DIGIT.get(run[i]), _CN_DIGIT.get(run[i + 1])
        if a is None or b is None or (i + 2 < len(run) and run[i + 2] in _CN_DIGIT):
            continue
        if b - a == 1 or (a, b) == (3, 5):
            return run[:i] + run[i + 1:]
    return run


class NumberReader:
    def __init__(self, words: NumberWords, chinese_chars: str) -> None:
        self._w = words
        self._cn_run = re.compile(f"[{re.escape(chinese_chars)}]+")
        self._cn_tail = re.compile(f"[{re.escape(chinese_chars)}]+$")
        self._digit_words = {**words.units}
        self._all_words = set(words.units) | set(words.teens) | set(words.tens) | set(words.hundred) | set(words.thousand)

    # ---- Chinese ----
    @staticmethod
    def chinese_value(run: str) -> float | None:
        run = run.rstrip("点")
        if not run or run[0] == "点":
            return None
        run = _upper_of_range(run)
        try:
            value = cn2an.cn2an(run, "smart")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
        return float(value)

    def _read_chinese(self, text: str, pos: int) -> Number | None:
        m = self._cn_run.match(text, pos)
        if not m:
            return None
        run = m.group(0)
        # shrink from the right until cn2an accepts it ("三十八度" never reaches here, but "一两" might)
        for cut in range(len(run), 0, -1):
            value = self.chinese_value(run[:cut])
            if value is not None:
                return Number(value, pos, pos + cut - (1 if run[:cut].endswith("点") else 0))
        return None

    # ---- English words ----
    def _read_words(self, text: str, pos: int) -> Number | None:
        w = self._w
        tokens: list[tuple[str, int, int]] = []
        i = pos
        # "a hundred and sixty-four": the article stands for one before a hundred or a thousand
        article = _A_HUNDRED.match(text, pos)
        if article is not None and article.group(1) in (*w.hundred, *w.thousand):
            i = article.start(1)
        while True:
            m = _WORD.match(text, i)
            if not m:
                break
            word = m.group(0)
            if word not in self._all_words and word not in w.point and word not in w.and_:
                break
            tokens.append((word, m.start(), m.end()))
            j = m.end()
            while j < len(text) and text[j] in " -":
                j += 1
            if j == m.end():
                break
            i = j
        # drop trailing connector words
        while tokens and (tokens[-1][0] in w.and_ or tokens[-1][0] in w.point):
            tokens.pop()
        if not tokens or tokens[0][0] in w.and_:
            return None
        value, used = self._words_value([t[0] for t in tokens])
        if used == 0:
            return None
        return Number(value, pos, tokens[used - 1][2])

    def _chunk(self, words: list[str], i: int) -> tuple[float, int, str] | None:
        """One chunk: a teen, a ten (+unit), or a unit. Returns value, next index, kind."""
        w = self._w
        if i >= len(words):
            return None
        word = words[i]
        if word in w.teens:
            return float(w.teens[word]), i + 1, "teen"
        if word in w.tens:
            if i + 1 < len(words) and words[i + 1] in w.units and words[i + 1] != "oh":
                return float(w.tens[word] + w.units[words[i + 1]]), i + 2, "ten"
            return float(w.tens[word]), i + 1, "ten"
        if word in w.units:
            return float(w.units[word]), i + 1, "unit"
        return None

    def _words_value(self, words: list[str]) -> tuple[float, int]:
        w = self._w
        if any(x in w.hundred or x in w.thousand for x in words):
            total = current = 0.0
            i = 0
            used = 0
            while i < len(words):
                word = words[i]
                if word in w.hundred:
                    current = (current or 1) * 100
                elif word in w.thousand:
                    total += (current or 1) * 1000
                    current = 0
                elif word in w.and_:
                    pass
                elif word in w.point:
                    break
                else:
                    chunk = self._chunk(words, i)
                    if chunk is None:
                        break
                    current += chunk[0]
                    i = chunk[1]
                    used = i
                    continue
                i += 1
                used = i
            value = total + current
            return self._decimals(words, used, value)
        first = self._chunk(words, 0)
        if first is None:
            return 0.0, 0
        value, i, kind = first
        # colloquial "one eighty" = 180, "one oh five" = 105
        if kind == "unit" and i < len(words):
            if words[i] == "oh" and i + 1 < len(words) and words[i + 1] in w.units:
                return self._decimals(words, i + 2, value * 100 + w.units[words[i + 1]])
            second = self._chunk(words, i)
            if second is not None and second[2] in ("teen", "ten"):
                return self._decimals(words, second[1], value * 100 + second[0])
        return self._decimals(words, i, value)

    def _decimals(self, words: list[str], i: int, value: float) -> tuple[float, int]:
        w = self._w
        if i < len(words) and words[i] in w.point:
            digits = []
            j = i + 1
            while j < len(words) and words[j] in w.units:
                digits.append(str(w.units[words[j]]))
                j += 1
            if digits:
                return float(f"{int(value)}.{''.join(digits)}"), j
        return value, i

    # ---- public ----
    def read(self, text: str, pos: int) -> Number | None:
        """A number starting exactly at pos (Arabic, Chinese numerals or English words)."""
        if pos >= len(text):
            return None
        ch = text[pos]
        if ch.isdigit():
            m = _ARABIC.match(text, pos)
            if m:
                return Number(float(m.group(0).replace(",", "")), pos, m.end())
            return None
        if self._cn_run.match(text, pos):
            return self._read_chinese(text, pos)
        if ch.isalpha() and ch.isascii():
            return self._read_words(text, pos)
        return None

    def read_before(self, text: str, end: int, max_back: int = 40) -> Number | None:
        """A number ending at `end` (spaces allowed between it and end)."""
        start = max(0, end - max_back)
        window = text[start:end]
        m = _ARABIC_TAIL.search(window)
        if m:
            s = start + m.start(1)
            if s > 0 and (text[s - 1].isdigit() or text[s - 1] == "."):
                return None
            return Number(float(m.group(1)), s, start + m.end(1))
        stripped = window.rstrip(" ")
        m = self._cn_tail.search(stripped)
        if m:
            run = m.group(0)
            for cut in range(len(run)):  # shortest prefix removal first = longest number
                value = self.chinese_value(run[cut:])
                if value is not None:
                    return Number(value, start + m.start() + cut, start + len(stripped))
            return None
        # English words: try the longest run of number words that parses completely
        words = list(re.finditer(r"[a-z]+", stripped))
        best: Number | None = None
        for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
            seg_start = start + words[k].start()
            gap = stripped[words[k].end():words[k + 1].start()] if k + 1 < len(words) else ""
            if gap.strip(" -"):
                break
            got = self._read_words(text, seg_start)
            if got is not None and got.end == start + len(stripped):
                best = got
            elif words[k].group(0) not in self._all_words and words[k].group(0) not in self._w.and_ \
                    and words[k].group(0) not in self._w.point:  # "thirty-eight point three degrees"
                break
        return best

    @property
    def article_words(self) -> list[str]:
        return list(self._w.article)

    def article_value(self, phrase: str) -> float | None:
        return self._w.article.get(phrase)

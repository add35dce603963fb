"""Findings said as a count: "吞下约30片对乙酰氨基酚", "swallowed 24 tablets", "吃了二十多片安眠药".

The lexicon (knowledge_base/lexicon/compounds.yaml `counted`) gives, per finding, the verbs that
open the count, the words allowed between verb and number ("约", "about"), the words that make the
number a lower bound ("多": "二十多片"), the count units ("片", "tablets") and the least count that
makes the finding. A drug's name right after the number stands for the unit ("took 30 paracetamol").
A word that spreads the count over time in the same sentence ("over the week", "一个月") unmakes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.clinical.extraction_lexicon import CountedDef
from assistant.clinical.matching import Mask
from assistant.clinical.numbers import NumberReader


_SENTENCE_END = re.compile(r"[.。!！?？;；\n]")
# after the drug: its form, the strength of one ("500毫克一片", "500 mg each"), then the estimate word
_AFTER_DRUG = re.compile(
    r"(?:片|tablets?|pills?)?\s*[,，]?\s*"
    r"(?:\d+(?:\.\d+)?\s*(?:mg|g|毫克|克)\s*(?:一片|一粒|每片|每粒|/片|each|per tablet)?\s*[,，]?\s*)?"
    r"(?:估计|大概|大约|约|一共|共|总共|about|around|maybe)?\s*"
)
_STRENGTH = re.compile(r"\s*(?:x\s*)?(?:\d+(?:\.\d+)?\s*(?:mg|g|mcg|毫克|克|微克)\b\s*)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CountMatch:
    finding: str
    start: int
    end: int


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))


def _word_edge(word: str) -> str:
    return r"\b" if word[:1].isascii() and word[:1].isalnum() else ""


class CountReader:
    def __init__(self, counted: list[CountedDef], numbers: NumberReader) -> None:
        self._numbers = numbers
        self._defs: list[tuple[CountedDef, re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = []
        for d in counted:
            verbs = sorted(d.verbs.all(), key=len, reverse=True)
            opener = re.compile("|".join(f"{_word_edge(w)}{re.escape(w.lower())}" for w in verbs))
            between = re.compile(rf"\s*(?:(?:{_alternatives(d.between.all()) or '(?!)'})\s*)*")
            more = re.compile(rf"\s*(?:(?:{_alternatives(d.more.all()) or '(?!)'})\s*)?")
            units = re.compile(rf"\s*(?:{_alternatives(d.units.all())})(?![a-z])")
            spread = re.compile("|".join(f"{_word_edge(w)}{re.escape(w.lower())}" for w in d.spread.all()) or "(?!)")
            self._defs.append((d, opener, between, more, units, spread))

    def find(self, text: str, mask: Mask, drugs: dict[int, int]) -> list[CountMatch]:
        """Counts in normalised text, outside the mask; ``drugs`` maps where drug names begin to where
        they end. The drug may come between the verb and the count ("吞了对乙酰氨基酚片，估计20片") or
        between the count and its unit, after a strength ("twenty 500 mg paracetamol tablets")."""
        out: list[CountMatch] = []
        for d, opener, between, more, units, spread in self._defs:
            for v in opener.finditer(text):
                pos = between.match(text, v.end()).end()
                drug_end = drugs.get(pos)
                if drug_end is not None:  # the drug first, then the count
                    pos = _AFTER_DRUG.match(text, drug_end).end()
                    pos = between.match(text, pos).end()
                number = self._numbers.read(text, pos)
                if number is None or number.value < d.at_least:
                    continue
                end = more.match(text, number.end).end()
                named = False  # a drug's name after the number stands for the unit ("took 30 paracetamol")
                after = _STRENGTH.match(text, end).end()
                if (drug := drugs.get(after + len(text[after:]) - len(text[after:].lstrip()))) is not None:
                    end, named = drug, True
                unit = units.match(text, end)
                if unit is not None:
                    end = unit.end()
                elif not named:
                    # a count of something else ("took 30 minutes"), or the drug's strength ("took ibuprofen 400")
                    continue
                sentence = _SENTENCE_END.split(text[:v.start()])[-1] + _SENTENCE_END.split(text[v.start():])[0]
                if not mask.overlaps(v.start(), end) and not spread.search(sentence):
                    out.append(CountMatch(d.finding, v.start(), end))
        return out

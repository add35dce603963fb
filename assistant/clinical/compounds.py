"""Findings said in two parts: a body site and what is wrong with it ("swollen painful calf",
"calf swollen and tender", "lips and tongue puffing up", "小腿又肿又疼", "后脑勺炸裂样疼").

The lexicon (knowledge_base/lexicon/compounds.yaml) lists, per finding, its site words and its
state words. A site and a state of the same compound make the finding when they are in one
clause (or, in Chinese, the state opens the next clause and that clause names no site:
"右下腹痛，一按就疼"), at most `window` units apart (words / CJK characters), in either order,
with no other site word between them unless the sites form a list ("lips and tongue"). The state
word must not lie inside a finding the phrase lexicon already matched; the site word may ("tender
distended abdomen"). A block word ("both", "双") just before or between the parts cancels the
compound (bilateral leg swelling is not unilateral calf swelling).

In a consultation, a question about where names the state and its answer the site ("哪儿疼？" "后背。",
"Where's the pain?" "In my lower back."): a state inside such a question pairs with a site that opens
the answer (`AnswerReader.where_answers`); a question that says "it" takes the state said last in the
few sentences before it.

The match's anchor is the later of the two parts: that is the word negation and qualifiers
attach to ("calf not swollen", "小腿不疼"); the evidence span covers both parts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.clinical.attributes import Clauses
from assistant.clinical.dialogue import AnsweredQuestion
from assistant.clinical.extraction_lexicon import CompoundLexicon
from assistant.clinical.matching import Mask, Match, PhraseMatcher, UnitIndex


def _every(matcher: PhraseMatcher[int], text: str, mask: Mask) -> list[Match[tuple[int, ...]]]:
    """Every occurrence of every phrase (overlaps kept: "肿了" must not hide "肿" of another entry)."""
    out = [Match(s, e, p) for s, e, p in matcher.candidates(text) if not mask.overlaps(s, e)]
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return out


@dataclass(frozen=True, slots=True)
class CompoundMatch:
    finding: str
    anchor_start: int  # the later part: context and qualifiers attach here
    anchor_end: int
    start: int  # both parts, for evidence
    end: int
    parts: tuple[tuple[int, int], tuple[int, int]]


_Hit = Match[tuple[int, ...]]  # a site, state or block word and the entries that list it
# a form's field whose value is the site ("Joint: L knee", "部位：左膝"): its label, a colon, a side word at most
_SITE_FIELD = re.compile(r"[^:：\n]{1,30}[:：]\s*(?:(?:l|r|left|right|lt|rt|左|右|左侧|右侧)\.?\s*)?", re.IGNORECASE)
# a field row: a short label (group 1), a colon, an answer
_FIELD_ROW = re.compile(r"\s*([^:：\n]{1,30})[:：][^\n]*")
# an answer of no after a field's colon ("Hot: N", "发热：否")
_NO_ANSWER = re.compile(r"\s*(?:n|no|none|nil|否|无|没有)\b", re.IGNORECASE)


class CompoundReader:
    def __init__(
        self, lex: CompoundLexicon | None, finding_ids: set[str], connectors: Iterable[str] = (), where_window: int = 0,
        antecedent_sentences: int = 0,
    ) -> None:
        self._where_window = where_window
        self._antecedent_sentences = antecedent_sentences
        self._connectors = {str(c).lower() for c in connectors}
        items = [c for c in (lex.compounds if lex else []) if c.finding in finding_ids]
        self._ids = [c.finding for c in items]
        self._after_comma = [c.after_comma for c in items]
        self._window = lex.window if lex else 0

        def words(field: str) -> list[tuple[str, int]]:
            return [(w, i) for i, c in enumerate(items) for w in getattr(c, field).all()]

        self._sites: PhraseMatcher[int] = PhraseMatcher(words("site"), plural_s=True)
        self._states: PhraseMatcher[int] = PhraseMatcher(words("state"), plural_s=True)
        self._blocks: PhraseMatcher[int] = PhraseMatcher(words("block"))
        self._empty = not items

    def find(
        self, text: str, mask: Mask, taken: Mask, clauses: Clauses, units: UnitIndex, where: Iterable[AnsweredQuestion] = (),
    ) -> list[CompoundMatch]:
        """Compounds in ``text``; ``mask`` hides measurements, ``taken`` phrase-lexicon findings and drugs;
        ``where`` the questions about where and their answers."""
        if self._empty:
            return []
        # a site word may sit inside another finding's phrase ("tender distended abdomen"); the
        # state word must be free
        sites = _every(self._sites, text, mask)
        states = [m for m in _every(self._states, text, mask) if not taken.overlaps(m.start, m.end)] if sites else []
        if not states:
            return []
        blocks = self._blocks.find(text, mask)
        site_starts = [m.start for m in sites]
        out: list[CompoundMatch] = []
        seen: set[tuple[str, int]] = set()
        where = list(where)
        for site in sites:
            for ci in site.payload:
                best = self._nearest_state(text, site, ci, sites, site_starts, states, clauses, units)
                if best is None:
                    best = self._state_said_of_it(text, site, ci, site_starts, states, clauses, units)
                if best is None and where:
                    best = self._asked_state(site, ci, states, where, site_starts, clauses, units)
                if best is None:
                    best = self._field_state(text, site, ci, states)
                if best is None:
                    continue
                first, second = best
                if any(ci in b.payload and self._blocks_pair(b, first.start, second.start, clauses, units) for b in blocks):
                    continue
                key = (self._ids[ci], second.start)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    CompoundMatch(
                        finding=self._ids[ci],
                        anchor_start=second.start,
                        anchor_end=second.end,
                        start=first.start,
                        end=second.end,
                        parts=((first.start, first.end), (second.start, second.end)),
                    )
                )
        out.sort(key=lambda c: (c.anchor_start, c.start))
        return out

    def _nearest_state(
        self,
        text: str,
        site: _Hit,
        ci: int,
        sites: list[_Hit],
        site_starts: list[int],
        states: list[_Hit],
        clauses: Clauses,
        units: UnitIndex,
    ) -> tuple[_Hit, _Hit] | None:
        """The closest state word of entry ``ci`` that pairs with ``site``: (first part, second part)."""
        sentence = clauses.sentence_of(site.start)
        best: tuple[int, _Hit, _Hit] | None = None
        for st in states:
            if ci not in st.payload or clauses.sentence_of(st.start) != sentence:
                continue
            if st.start < site.end and site.start < st.end:
                continue  # overlapping words
            if clauses.of(st.start) != clauses.of(site.start) and not self._describes_previous(
                text, site, st, site_starts, clauses, self._after_comma[ci]
            ):
                continue
            first, second = (site, st) if site.start < st.start else (st, site)
            gap = units.count(first.end, second.start)
            if (gap > self._window and first is site and clauses.of(st.start) != clauses.of(site.start)
                    and units.count(clauses.start(clauses.of(st.start)), st.start) == 0):
                # a Chinese state that opens the next clause describes the site however long the site's own clause
                # ran on ("我这条右腿俩钟头前突然就不行了，冰凉冰凉的")
                gap = 0
            if gap > self._window or (best is not None and gap >= best[0]):
                continue
            # no other site word between the two parts, unless the sites are a list
            # ("lips and tongue puffing up", "swollen lips and tongue")
            lo = bisect.bisect_right(site_starts, first.start)
            hi = bisect.bisect_left(site_starts, second.start)
            between = [m for m in sites[lo:hi] if m.end <= site.start or m.start >= site.end]
            if between and not self._site_list(text, sorted([*between, site], key=lambda m: m.start)):
                continue
            best = (gap, first, second)
        return None if best is None else (best[1], best[2])

    @staticmethod
    def _field_state(text: str, site: _Hit, ci: int, states: list[_Hit]) -> tuple[_Hit, _Hit] | None:
        """A form that gives the site as one field's value and its states as the next fields' labels
        ("Joint: L knee" / "Hot: Y" / "Swollen: Y"): the site pairs with the first state field answered
        other than no, in the block of field lines that follows it (up to a blank line)."""
        line_start = text.rfind("\n", 0, site.start) + 1
        line_end = text.find("\n", site.end)
        if line_end == -1 or not _SITE_FIELD.fullmatch(text, line_start, site.start):
            return None
        if text[site.end:line_end].strip(" .,;，。"):
            return None  # the field holds more than the site
        found: list[tuple[_Hit, bool]] = []
        pos = line_end + 1
        for _ in range(12):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            row = _FIELD_ROW.match(text, pos, end)
            if row is None:
                break
            for st in states:
                if ci in st.payload and row.start(1) <= st.start and st.end <= row.end(1):
                    found.append((st, bool(_NO_ANSWER.match(text, row.end(), end))))
            pos = end + 1
            if pos >= len(text):
                break
        for st, denied in found:
            if not denied:
                return site, st
        return (site, found[0][0]) if found else None

    def _state_said_of_it(
        self, text: str, site: _Hit, ci: int, site_starts: list[int], states: list[_Hit], clauses: Clauses,
        units: UnitIndex,
    ) -> tuple[_Hit, _Hit] | None:
        """A state in the next sentence, when that sentence opens with "it" and names no site before the
        state ("his right knee is 'flaring'. It is hot and swollen"): "it" is the site said last. For an
        `after_comma` entry the sentence may open with how long instead ("Two days hot and swollen")."""
        following = clauses.sentence_of(site.start) + 1
        k = bisect.bisect_right(site_starts, site.start)
        if k < len(site_starts) and clauses.sentence_of(site_starts[k]) < following:
            return None  # another site is said after this one in its sentence: "it" may be that one
        for st in states:
            if ci not in st.payload or st.start < site.end or clauses.sentence_of(st.start) != following:
                continue
            opening = _IT_OPENS.search(text, site.end, st.start)
            if opening is None and self._after_comma[ci]:
                opening = _FOR_SO_LONG_OPENS.search(text, site.end, st.start)
            if opening is None or units.count(opening.end(), st.start) > _IT_STATE_WINDOW:
                return None
            if k < len(site_starts) and site_starts[k] < st.start:
                return None  # the sentence names a site of its own before the state
            return site, st
        return None

    def _asked_state(
        self, site: _Hit, ci: int, states: list[_Hit], where: list[AnsweredQuestion], site_starts: list[int],
        clauses: Clauses, units: UnitIndex,
    ) -> tuple[_Hit, _Hit] | None:
        """A state of entry ``ci`` in a question about where, answered by ``site`` ("哪儿疼？后背"); or,
        when the question says "it" ("What brings the tightness on? … Where is it? Middle of the chest."),
        the last such state in the sentences just before it."""
        for q in where:
            if not (q.answer_start <= site.start and clauses.sentence_of(site.start) == clauses.sentence_of(q.answer_start)):
                continue
            if units.count(q.answer_start, site.start) > self._where_window:
                continue
            k = bisect.bisect_left(site_starts, q.question_start)
            if k < len(site_starts) and site_starts[k] < q.question_end:
                continue  # the question names its own site ("胃哪儿不舒服？"): the answer says where in it
            asked = [st for st in states if ci in st.payload and st.end <= q.question_end]
            inside = [st for st in asked if q.question_start <= st.start]
            if inside:
                return inside[0], site
            earlier = clauses.sentence_of(q.question_start) - self._antecedent_sentences
            if asked and clauses.sentence_of(asked[-1].start) >= earlier:
                return asked[-1], site
        return None

    def _site_list(self, text: str, chain: list[_Hit]) -> bool:
        """Whether consecutive site words are joined only by list connectors ("and", "、", ",")."""
        for a, b in zip(chain, chain[1:]):
            gap = text[a.end:b.start].strip(" ,，、")
            if gap and gap not in self._connectors:
                return False
        return True

    @staticmethod
    def _describes_previous(
        text: str, site: _Hit, st: _Hit, site_starts: list[int], clauses: Clauses, after_comma: bool = False,
    ) -> bool:
        """A state opening the clause right after the site's, in a clause that names no site of its
        own ("右下腹痛了一天，一按就疼"): it describes that site. English lists findings with commas
        ("CXR clear, ankle pains", "behind her left eye, worse with movement"): there only an entry marked
        `after_comma` pairs, with the state right after the site's comma ("the right knee, hot, swollen")."""
        if st.start < site.end or clauses.of(st.start) != clauses.of(site.start) + 1:
            return False
        if text[st.start:st.end].isascii():
            return after_comma and _APPOSED.fullmatch(text, site.end, st.start) is not None
        clause = clauses.of(st.start)
        k = bisect.bisect_left(site_starts, site.end)
        return not any(clauses.of(p) == clause for p in site_starts[k:k + 4])

    @staticmethod
    def _blocks_pair(block: _Hit, first: int, second: int, clauses: Clauses, units: UnitIndex) -> bool:
        """A block word between the parts (or opening the second: "hot water bottle"), or in the same clause
        at most 2 units before the first."""
        if first <= block.start <= second:
            return True
        return block.end <= first and clauses.of(block.start) == clauses.of(first) and units.count(block.end, first) <= 2


# what may stand between an English site and the state said after its comma or colon ("Big toe, right — hot",
# "R leg: cold, pale")
_APPOSED = re.compile(r"\s*[,:]\s*(?:(?:right|left|rt|lt)\s*(?:[—–-]\s*)?)?")
# at most this many words between that "it" and the state ("It is very hot")
_IT_STATE_WINDOW = 2
# the next sentence opening with "it", after the end of the site's ("… knee. It is hot and swollen")
_IT_OPENS = re.compile(
    r"[.!?]['\"’”)]*\s+it(?:'s| is| was| has| feels| looks| has been| has gone| went| got)?\b", re.IGNORECASE
)
# for a joint or the tongue (entries marked `after_comma`), a next sentence opening with how long instead
# ("… the right knee, never had it there before. Two days hot and swollen")
_FOR_SO_LONG_OPENS = re.compile(
    r"[.!?]['\"’”)]*\s+(?:for\s+)?(?:\d+|a|one|two|three|four|five|six|seven|a few|a couple of)\s+"
    r"(?:hours?|hrs?|days?|weeks?)(?:\s+now)?\s*,?",
    re.IGNORECASE,
)

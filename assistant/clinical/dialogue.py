"""Questions and their answers in a consultation transcript ("Any fever?" "No." / "吐过血没有？" "没有。").

A finding said inside a question is asked, not stated. When the answer right after the question
mark opens with a yes or a no ("No", "没有", "不会" / "Yes", "有", "对"), possibly after the
speaker's label ("患者：", "Mum:") and a hesitation ("嗯，", "well,"), every finding of the
question takes that answer. The question is the sentence the question mark closes. A question
with no such answer is left to the context rules: "Chest pain and sweating, could this be an MI?"
is a doctor asking the assistant, not a patient being asked.

In a transcript (someone's label follows a question, or two questions are each followed by words,
as one microphone hears a consultation), a question that asks how, when or where
("How did you hit your head?", "吐了几次？", "疼在哪儿？") takes its findings as given: what it doubts is
their detail, not that they happened. Put to the assistant ("What does a raised troponin mean?"),
it stays a question. A question about someone else ("Anyone else at home ill?") is not the patient's.

A question about where ("哪儿疼？" "后背。", "Where does it hurt?" "Lower back.") is answered by a
site: `where_answers` gives the question and where its answer starts, and the compound reader makes
one finding of the site and what was asked about.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from assistant.clinical.extraction_lexicon import DialogueLexicon
from assistant.clinical.matching import PhraseMatcher

# what ends the sentence before a question: sentence punctuation, a line break, a speaker's colon
_SENTENCE_END = re.compile(r"[。！？!?；;\n：:]|\.(?!\d)")


def speaker_label(max_len: int = 10) -> re.Pattern[str]:
    """Who is speaking in a transcript: "患者：", "Mum:", "Dr:"."""
    return re.compile(r"[^\s：:。，,！？!?；;.]{1,%d}[：:]" % max_len)


@dataclass(frozen=True, slots=True)
class Answer:
    question_start: int
    question_end: int  # the question mark
    status: str  # absent | present | uncertain
    only_doubted: bool = False  # a how/when/where question: it settles only findings the "?" left uncertain
    only_asserted: bool = False  # a question answered neither yes nor no: it doubts only findings read as present


@dataclass(frozen=True, slots=True)
class AnsweredQuestion:
    """A question and where its answer starts."""

    question_start: int
    question_end: int  # the question mark
    answer_start: int  # after the speaker's label and a hesitation


class AnswerReader:
    """Finds the questions of a transcript that are answered, and how."""

    def __init__(self, lex: DialogueLexicon | None) -> None:
        self._lex = lex
        if lex is None:
            return
        self._polarity: PhraseMatcher[str] = PhraseMatcher(
            [(w, "absent") for w in lex.answer_no.all()]
            + [(w, "present") for w in lex.answer_yes.all()]
            + [(w, "unknown") for w in lex.answer_unsure.all()]
        )
        self._lead_ins: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.answer_lead_ins.all()])
        self._label = speaker_label(lex.speaker_label_max)
        self._wh_first: PhraseMatcher[bool] = PhraseMatcher(
            [(w, True) for w in lex.wh_question_openers.en] + [(w, False) for w in lex.whether_question_openers.en]
        )
        self._wh_anywhere = tuple(lex.wh_question_words.zh)
        self._yes_no = tuple(lex.yes_no_question_words.zh)
        self._whether_opener: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.asks_whether.en])
        self._whether_zh = tuple(lex.asks_whether.zh)
        self._others = tuple(w.lower() for w in lex.others_question_words.all())
        self._listed = _listed_pattern(lex.listed_question_openers.all(), lex.listed_question_max)
        self._where = _any_word(lex.where_question_words.all())
        self._named_part = _any_word(lex.where_named_parts.all())

    def answers(self, text: str) -> list[Answer]:
        """Every question in the text that is answered yes or no."""
        if self._lex is None:
            return []
        found: list[Answer] = []
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        marks = [i for i, ch in enumerate(text) if ch in "?？" and i > 0 and _is_word_char(text[i - 1])]
        # a transcript: someone's label after a question, or two questions each followed by words
        # (one microphone, no labels); a note's single "?" is the doctor's own doubt
        answered = [i for i in marks if _skip(text, i + 1) < len(text)]
        transcript = len(answered) >= 2 or any(self._label.match(text, _skip(text, i + 1)) for i in answered)
        shared: str | None = None  # the answer of the question right after, for a run of questions
        for n in range(len(marks) - 1, -1, -1):  # a detached "?DVT" is the doctor's query, not a question put to someone
            i = marks[n]
            before = bisect.bisect_right(ends, i) - 1  # the last sentence end before the question mark
            start = ends[before] if before >= 0 else 0
            if any(w in text[start:i] for w in self._others):
                shared = None
                continue  # "Is anyone else at home getting headaches?" "No.": not about the patient
            answer = self._answer_at(text, i + 1, question=text[start:i])
            if answer is None and shared is not None and self._asks_next(text, i, marks, n):
                answer = (shared, i)  # "喘吗？胸口疼吗？咳血吗？——都没有": one answer for the run
            shared = answer[0] if answer is not None and answer[0] != "unknown" else None
            if answer is not None:
                found.append(Answer(start, i, answer[0]))
            elif transcript and self._asks_how(text, start, i):
                found.append(Answer(start, i, "present", only_doubted=True))
            elif transcript and self._label.match(text, _skip(text, i + 1)) is not None:
                # asked whether, and answered with something else ("Any face drooping?" "My hand
                # tingled a bit."): what was only asked is not yet said
                asked = self._asks_whether_from(text, start, i)
                if asked is not None:
                    found.append(Answer(asked, i, "uncertain", only_asserted=True))
        found.reverse()
        return self._with_listed(text, found)

    def _with_listed(self, text: str, found: list[Answer]) -> list[Answer]:
        """Questions a call taker writes without a question mark: "问呕吐、嗜睡——都没有", "? stiff neck — no".
        Every finding between the opener and the dash takes the answer's yes or no."""
        if self._listed is None:
            return found
        extra: list[Answer] = []
        for m in self._listed.finditer(text):
            # the questions of one series follow on after a semicolon without their opener ("? worse lying
            # down — no; vomiting, weakness, fits — none; fever — no")
            while m is not None:
                start, dash = m.start("asked"), m.end("asked")
                if any(a.question_start <= dash and start <= a.question_end for a in found + extra):
                    break
                answer = self._answer_at(text, m.end(), question=m.group("asked"))
                if answer is None:
                    # "——全身抽，其余都没有": the first items answered in words, the rest denied
                    rest = _REST_DENIED.match(text, m.end())
                    if rest is not None:
                        breaks = list(_ITEM_BREAK.finditer(m.group("asked")))
                        answered = len([p for p in _ITEM_BREAK.split(rest.group("said")) if p.strip()])
                        if 0 < answered <= len(breaks):
                            extra.append(Answer(start + breaks[answered - 1].end(), dash, "absent"))
                    break
                extra.append(Answer(start, dash, answer[0]))
                m = _LISTED_NEXT.match(text, answer[1])
        return sorted(found + extra, key=lambda a: a.question_start)

    def _asks_whether_from(self, text: str, start: int, end: int) -> int | None:
        """Where a question that asks whether begins: the sentence, if it opens with "Any", "Did you" …;
        in Chinese, the clause after the last comma, if it holds "吗", "有没有" …"""
        pos = self._after_label(text, start)
        if self._whether_opener.match_at(text, pos) is not None:
            return pos
        clause = max(text.rfind("，", start, end), text.rfind(",", start, end)) + 1 or start
        if any(w in text[clause:end + 1] for w in self._whether_zh):
            return clause
        return None

    @staticmethod
    def _asks_next(text: str, i: int, marks: list[int], n: int) -> bool:
        """The words after this question are only the next question ("Sweaty? Breathless? – no.")."""
        if n + 1 >= len(marks):
            return False
        between = text[_skip(text, i + 1):marks[n + 1]]
        return 0 < len(between) <= _RUN_QUESTION_CHARS and _SENTENCE_END.search(between) is None

    def where_answers(self, text: str) -> list[AnsweredQuestion]:
        """Every question about where ("哪儿疼？", "Where's the pain?") with words after it."""
        return self._asked(
            text,
            lambda start, end: self._where.search(text, start, end) is not None
            and self._named_part.search(text, start, end) is None,
        )

    def how_answers(self, text: str) -> list[AnsweredQuestion]:
        """Every question about how, when or what ("How did it start?", "怎么开始的？") with words after it:
        an onset or a severity that opens the answer ("Suddenly.", "一下子就来了") describes what was asked."""
        return self._asked(text, lambda start, end: self._asks_how(text, start, end))

    def _asked(self, text: str, kind) -> list[AnsweredQuestion]:  # noqa: ANN001
        if self._lex is None:
            return []
        found: list[AnsweredQuestion] = []
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        for i, ch in enumerate(text):
            if ch not in "?？" or i == 0 or not _is_word_char(text[i - 1]):
                continue
            before = bisect.bisect_right(ends, i) - 1
            start = ends[before] if before >= 0 else 0
            if not kind(start, i):
                continue
            pos = self._after_label(text, i + 1)
            if pos < len(text):
                found.append(AnsweredQuestion(start, i, pos))
        return found

    def _after_label(self, text: str, pos: int) -> int:
        """Where an answer's words start: past the speaker's label and a hesitation ("患者：嗯，")."""
        pos = _skip(text, pos)
        label = self._label.match(text, pos)
        if label is not None:
            pos = _skip(text, label.end())
        for _ in range(2):
            lead = self._lead_ins.match_at(text, pos)
            if lead is None:
                break
            pos = _skip(text, lead.end)
        return pos

    def _asks_how(self, text: str, start: int, end: int) -> bool:
        question = text[start:end]
        if any(w in question for w in self._yes_no):
            return False
        pos = _skip(text, start)
        for _ in range(2):  # "and when did it start?", "so how long…"
            lead = self._lead_ins.match_at(text, pos)
            if lead is None:
                break
            pos = _skip(text, lead.end)
        opener = self._wh_first.match_at(text, pos)
        if opener is not None:
            return opener.payload[0]  # the longest opener: "what about" asks whether, "what" asks what
        return any(w in question for w in self._wh_anywhere)

    def opening_answer(self, text: str) -> tuple[str, int] | None:
        """A yes or no that opens an utterance (the answer to a question that ended the last one),
        and where it ends."""
        return None if self._lex is None else self._answer_at(text, 0)

    def closing_question(self, text: str) -> tuple[int, int] | None:
        """The span of a question that ends the text, left for the next utterance to answer."""
        end = len(text.rstrip())
        if self._lex is None or end < 2 or text[end - 1] not in "?？" or not _is_word_char(text[end - 2]):
            return None
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, end - 1)]
        return (starts[-1] if starts else 0), end - 1

    def _answer_at(self, text: str, pos: int, question: str = "") -> tuple[str, int] | None:
        """The yes or no that opens the answer ("absent" / "present", and where it ends). Without a speaker's label it must stand alone ("No.",
        "没有，") or echo the question ("肿吗？不肿。", "吐了吗？吐了一次"): in a note, "Fever? No rigors." is
        not an answer."""
        label = self._label.match(text, _skip(text, pos))
        pos = self._after_label(text, pos)  # "患者：嗯，没有" / "well, no"
        m = self._polarity.match_at(text, pos)
        if m is None or m.payload[0] == "unknown":
            return None
        if label is None:
            after = m.end
            while after < len(text) and text[after] == " ":
                after += 1
            ends_alone = text[m.end - 1] in _STANDS_ALONE  # "no, building slowly": the comma is the answer's own
            if after < len(text) and text[after] not in _STANDS_ALONE and not ends_alone and not _echoes(text, m.start, m.end, question):
                return None
        return m.payload[0], m.end


# what may follow a yes or a no said on its own
_STANDS_ALONE = ",，.。!！;；…、?？\n-–—"  # a dash before a comment: "Chest pain now? Y - central, heavy"


# characters too common in Chinese questions and answers to count as an echo
_NOT_AN_ECHO = set("吗了的有没不是会呢吧啊嘛么你我他她它")


def _echoes(text: str, start: int, end: int, question: str) -> bool:
    """Whether a Chinese answer repeats the question's word: "不肿" to "肿吗", "吐了一次" to "吐了吗"."""
    said = text[start:min(len(text), end + 1)]
    return any(_is_cjk(ch) and ch not in _NOT_AN_ECHO and ch in question for ch in said)


# an answer that gives the first items in words and denies the rest ("——全身抽，其余都没有", "— left side, nothing else")
_REST_DENIED = re.compile(
    r"\s*(?:——|—|–|--|－－| - )\s*(?P<said>[^。；;.!！?？\n]{1,40}?)[，,]\s*"
    r"(?:(?:其余|其他|其它|别的|剩下的)(?:都|均|也|全)?(?:没有|无|没|否认|正常)"
    r"|(?:otherwise|the rest|rest)\s+(?:no|none|negative|normal|nil)|nothing else|none of the others)"
)
_ITEM_BREAK = re.compile(r"[、，,]|还是|或者|或")
# the next question of a call taker's series: after the answer, a semicolon, what was asked, a dash
_LISTED_NEXT = re.compile(r"[^;；。.!！?？\n]{0,20}?[;；]\s*(?P<asked>[^。；;.!！?？\n]{1,120}?)\s*(?=——|—|–|--|－－| - )")


def _listed_pattern(openers: list[str], longest: int) -> re.Pattern[str] | None:
    """An opener at a sentence's or clause's start, what was asked (no sentence end), then a dash."""
    if not openers:
        return None
    alt = "|".join(re.escape(w.lower()) for w in sorted(openers, key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[。；;.!！\n，,:：—–]))\s*(?:{alt})\s*(?P<asked>[^。；;.!！?？\n]{{1,{longest}}}?)\s*(?=——|—|–|--|－－| - )"
    )


def _any_word(words: list[str]) -> re.Pattern[str]:
    """Any of ``words``; an English one as a whole word."""
    return re.compile("|".join(rf"(?<![a-z]){re.escape(w.lower())}(?![a-z])" for w in words) or r"(?!)")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


_RUN_QUESTION_CHARS = 40  # the longest question in a run that shares one answer


def _skip(text: str, pos: int) -> int:
    # a call handler's dash before the answer ("Sweaty? – no.", "喘吗？——没有") is skipped like a comma
    while pos < len(text) and text[pos] in " \t\n,，、…–—-":
        pos += 1
    return pos


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in ")）\"'”’"

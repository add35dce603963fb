"""Negation, uncertainty, family-history, past-history and allergy context (NegEx / ConText style), zh and en.

Given target spans (findings, drugs) in normalised text, decide for each whether it is
negated, uncertain or affirmed, and whether it sits in a family-history, past-history
("history of", "years ago", "既往", "以前") or allergy scope.

A pre-trigger ("no", "否认") opens a scope running forward; a post-trigger ("ruled out",
"已排除") one running backward. A scope ends at a terminator (sentence punctuation, the
Chinese comma, "but", "但是"…), at the next pre-trigger, or when it has crossed more than
`max_scope` other words / CJK characters (finding words and list connectors are free).
An ASCII comma ends a scope unless what follows is a list of targets closed by a connector
("no fever, cough or sputum"). Pseudo-triggers ("not only", "无明显诱因") are matched and
skipped. Targets win over context words they overlap ("没胃口" is a finding, not "没"), and a
target that opens with its own negation ("no wind", "无排气") ends an outer denial. A question
mark after a word doubts what it closes and ends the sentence ("是不是心梗？胸口疼").

Some triggers are found by pattern, not phrase: a calendar year before the current one dates what
is said with it ("in 2018 she took an overdose"); a form's field answered after its colon settles the
field ("低血糖反应：1无"); a form's tick boxes look to their item (`_one_way`); a line break ends a scope
unless it follows a heading or opens a list item.
"""

from __future__ import annotations

import datetime
import re

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import IntEnum

from assistant.clinical.extraction_lexicon import ClauseOpeners, ContextLexicon, FieldAnswers, PastYears, TriggerKind
from assistant.clinical.matching import Mask, Match, PhraseMatcher, UnitIndex


class Ev(IntEnum):
    TARGET = 0
    TRIGGER = 1
    TERMINATOR = 2
    COMMA = 3
    CONNECTOR = 4
    PSEUDO = 5
    PRESENT = 6  # a word naming the present ("today"): it ends a dated past's scope only
    CLAUSE = 7  # a comma that opens a new clause (", has had a cough"): it ends a denial said through commas


# a form's list item before a comma is this many units or fewer (ContextReader._short_item_before)
_FIELD_ITEM_UNITS = 3


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: TriggerKind
    pre_scope: int | None  # None: not a pre-trigger
    post_scope: int | None
    through_commas: bool = False  # a header such as "家族史" scopes over a comma-separated list
    patient_when_first_words: bool = False  # "奶奶摔倒了" as the first words: the relative is the patient
    comma_lists: bool = True  # false: a comma ends the scope even before a list of findings
    findings: frozenset[str] = frozenset()  # when set, the only findings it applies to
    except_findings: frozenset[str] = frozenset()  # findings it never applies to
    dated: bool = False  # history at a past date ("last spring"): see TriggerGroup.dated
    tick_box: bool = False  # see TriggerGroup.tick_box
    decides: bool = False  # see TriggerGroup.decides
    through_words: frozenset[str] = frozenset()  # see TriggerGroup.through_words
    # looking back, crosses every comma in reach: a form's answer covers its field's list ("Sweating, nausea: no")
    field_answer: bool = False
    # looking back, crosses a comma right before it (None: as through_commas); a word that is both a long
    # denial before its list and a short one after its finding ("saddle numbness denied") crosses none back
    back_through_commas: bool | None = None


@dataclass(slots=True)
class TargetContext:
    """What the context says about one target span."""

    status: str = "present"  # present | absent | uncertain
    family: bool = False
    allergy: bool = False
    history: bool = False  # said as the patient's past ("known epilepsy, last seizure 2 years ago")
    dated: bool = False  # ...at a past date ("took an overdose last spring")
    boxed: bool = False  # the status was set by a form's tick box ("Passing wind: ☐")
    _status_distance: int = field(default=10**9, repr=False)


_STATUS_OF_KIND = {"negated": "absent", "uncertain": "uncertain", "affirmed": "present"}


class ContextEngine:
    def __init__(self, lex: ContextLexicon, this_year: int | None = None) -> None:
        self._lex = lex
        triggers: list[tuple[str, tuple[str, object]]] = []
        default = lex.default_max_scope
        merged: dict[tuple[str, str, frozenset[str], frozenset[str]], list] = {}
        for group in lex.triggers:
            scope = group.max_scope if group.max_scope is not None else default
            only, unless = frozenset(group.findings), frozenset(group.except_findings)
            for word in group.all():
                slot = merged.setdefault(
                    (word.lower(), group.kind, only, unless),
                    [None, None, False, False, True, False, False, False, frozenset(), False],
                )
                slot[5] = slot[5] or group.dated
                slot[6] = slot[6] or group.tick_box
                slot[7] = slot[7] or group.decides
                slot[8] = slot[8] | {w.lower() for w in group.through_words}
                if group.direction in ("pre", "both"):
                    slot[0] = scope
                    slot[2] = slot[2] or group.through_commas
                    slot[4] = slot[4] and group.comma_lists
                if group.direction in ("post", "both"):
                    slot[1] = scope
                    slot[2] = slot[2] or group.through_commas
                    slot[9] = slot[9] or group.through_commas
                slot[3] = slot[3] or group.patient_when_first_words
        for (word, kind, only, unless), slot in merged.items():
            pre, post, through, patient, lists, dated, box, decides, words, back_through = slot
            trigger = Trigger(kind, pre, post, through, patient, lists, only, unless, dated, box, decides, words,
                              back_through_commas=back_through)
            triggers.append((word, ("trigger", trigger)))
        # words a finding's own name can open with ("no wind", "无排气"): that finding carries its
        # negation, so an outer "no" cannot negate it ("no stool and no wind" is absolute constipation)
        negations = {w for (w, kind, _, _), slot in merged.items() if kind == "negated" and slot[0] is not None}
        self._negation_words = tuple(sorted(negations, key=len, reverse=True))
        inner = sorted((re.escape(w.lower()) for w in lex.inner_negations), key=len, reverse=True)
        self._inner_negation = re.compile(rf"(?:^|(?<=[a-z] ))(?:{'|'.join(inner)})(?![a-z'])") if inner else None
        self._patient_prefixes = sorted((w.lower() for w in lex.patient_prefixes.all()), key=len, reverse=True)
        openers = sorted((re.escape(w.lower()) for w in lex.message_openers.all()), key=len, reverse=True)
        self._message_openers = re.compile(rf"(?:\s*(?:{'|'.join(openers)})\s*[,.!:;，。！：；…|]*)+", re.IGNORECASE) if openers else None
        self._kin_surnames = frozenset(lex.kin_surnames.all())
        self._kin_history_verbs = tuple(w.lower() for w in lex.kin_history_verbs.all())
        self._informant_verbs = tuple(w.lower() for w in lex.informant_verbs.all())
        phrases: list[tuple[str, tuple[str, object]]] = list(triggers)
        phrases += [(w, ("pseudo", None)) for w in lex.pseudo_triggers.all()]
        phrases += [(w, ("terminator", ("word", w.lower()))) for w in lex.terminators.all()]
        phrases += [(w, ("terminator", w)) for w in lex.terminators.punctuation if w != ","]
        self._commas = set(lex.terminators.clause_commas)
        phrases += [(w, ("present", None)) for w in lex.present_words.all()]
        phrases += [(w, ("connector", w.lower())) for w in lex.list_connectors.all()]
        phrases.append((",", ("comma", None)))
        self._matcher: PhraseMatcher[tuple[str, object]] = PhraseMatcher(phrases)
        self._clause_opener = _clause_opener_pattern(lex.clause_openers) if lex.clause_openers else None
        clauses = sorted((re.escape(w.lower()) for w in lex.comma_clauses.all()), key=len, reverse=True)
        self._not_own_negations = tuple(lex.not_own_negations)
        self._exception_words = frozenset(w.lower() for w in lex.exception_openers.en)
        self._comma_clause = re.compile(rf",\s*(?:{'|'.join(clauses)})\b", re.IGNORECASE) if clauses else None
        # an English terminator word that opens a finding's own words ("no tongue biting, came round straight
        # away", "no fever, started vomiting") ends the scope before that finding
        words = sorted((w.lower() for w in lex.terminators.en), key=len, reverse=True)
        self._opening_terminator = re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE) if words else None
        self._field_answers = _field_answer_patterns(lex.field_answers) if lex.field_answers else ()
        self._box_words = tuple(w.lower() for g in lex.triggers if g.tick_box for w in g.all())
        self._past_year: tuple[re.Pattern[str], Trigger, range] | None = None
        if lex.past_years is not None:
            years = range(lex.past_years.earliest, this_year or datetime.date.today().year)
            trigger = Trigger("history", lex.past_years.pre_scope, lex.past_years.post_scope, dated=True)
            self._past_year = (_past_year_pattern(lex.past_years), trigger, years)

    def resolve(
        self,
        text: str,
        targets: list[tuple[int, int]],
        mask: Mask,
        units: UnitIndex,
        free: list[tuple[int, int]] | None = None,
        target_ids: list[frozenset[str]] | None = None,
        past_targets: set[int] | None = None,
    ) -> list[TargetContext]:
        """Context for each target (text is normalised; targets sorted or not).

        ``free`` spans are words of a finding that are not its target (the site word of a compound,
        "不往腿上放射"): like finding words, they cost no scope and hold no trigger. ``target_ids``
        are the finding ids each target says, for triggers limited to some findings. ``past_targets``
        (indices) name a past event themselves ("stroke three years ago"): a history trigger may overlap
        them ("weakness since his stroke three years ago").
        """
        ids = target_ids if target_ids is not None else [frozenset()] * len(targets)
        target_mask = mask.copy()
        for start, end in targets:
            target_mask.add(start, end)
        events: list[tuple[int, int, Ev, object, int]] = []  # start, end, kind, payload, target index
        for i, (start, end) in enumerate(targets):
            events.append((start, end, Ev.TARGET, self._carries_negation(text, start, end), i))
        for start, end in free or ():
            target_mask.add(start, end)
            events.append((start, end, Ev.TARGET, None, -1))
        # "His brother, who was at the same barbecue, was admitted after vomiting blood": a relative
        # clause between commas costs no scope and ends none, so what follows is still the brother's
        # (not when a reporting verb follows it: "her mum, who brought her in, says she vomited")
        for g in _RELATIVE_CLAUSE.finditer(text):
            target_mask.add(g.start(), g.end())
            events.append((g.start(), g.end(), Ev.TARGET, None, -1))
        for m in self._matches(text, target_mask, mask, targets, free or (), past_targets or set()):
            for kind, payload in m.payload[:1]:
                if kind == "terminator" and text[m.start:m.end] == "." and _is_decimal_point(text, m.start):
                    continue
                if kind == "trigger" and payload.patient_when_first_words and self._names_patient(text, m.start, m.end):
                    continue
                if kind == "trigger" and text[m.start:m.end] in _QUESTION_MARKS and m.start > 0 and text[m.start - 1].isalnum():
                    # "meningitis? fever and stiff neck", "是不是心梗？胸口疼": a question mark after a word
                    # doubts what it closes and ends the sentence; only a detached "?DVT" doubts what follows
                    events.append((m.start, m.end, Ev.TRIGGER, Trigger(payload.kind, None, payload.post_scope), -1))
                    events.append((m.start, m.end, Ev.TERMINATOR, "?", -1))
                    continue
                if kind == "trigger" and payload.tick_box:
                    payload = self._one_way(text, m.start, m.end, payload)
                ev = {
                    "trigger": Ev.TRIGGER,
                    "pseudo": Ev.PSEUDO,
                    "terminator": Ev.TERMINATOR,
                    "connector": Ev.CONNECTOR,
                    "comma": Ev.COMMA,
                    "present": Ev.PRESENT,
                }[kind]
                events.append((m.start, m.end, ev, payload, -1))
        if self._opening_terminator is not None:
            for start, _ in targets:
                opening = self._opening_terminator.match(text, start)
                if opening and (start == 0 or not text[start - 1].isalnum()):
                    events.append((start - 1, start, Ev.TERMINATOR, ("word", opening.group(0).lower()), -1))
        if self._comma_clause is not None:
            for g in self._comma_clause.finditer(text):
                if not target_mask.overlaps(g.start(), g.end()):
                    events.append((g.start(), g.start() + 1, Ev.CLAUSE, None, -1))
        # what a speech recogniser writes has no full stops: "no injury the testis is sitting high"
        if self._clause_opener is not None:
            starts = {start for start, _ in targets}
            for g in self._clause_opener.finditer(text):
                # not inside a finding's words, but a finding may open with it ("the foot is white")
                if g.start(1) in starts or not target_mask.overlaps(g.start(1), g.end(1)):
                    # on the space before it, so it ends the scope before a finding that opens with it
                    events.append((g.start(1) - 1, g.start(1), Ev.TERMINATOR, None, -1))
        if self._past_year is not None:
            pattern, trigger, years = self._past_year
            for g in pattern.finditer(text):
                if int(g.group("year") or g.group("zh")) in years and not target_mask.overlaps(g.start(), g.end()):
                    events.append((g.start(), g.end(), Ev.TRIGGER, trigger, -1))
        for pattern, trigger in self._field_answers:
            for g in pattern.finditer(text):
                a, b = g.start(1), g.end(1)
                if not target_mask.overlaps(a, b):
                    # the answer replaces the word's own trigger ("no" opening a denial of what follows)
                    events = [e for e in events if not (e[2] == Ev.TRIGGER and e[0] < b and a < e[1])]
                    events.append((a, b, Ev.TRIGGER, trigger, -1))
        # a line break ends a scope, and so does the ideographic space or the run of spaces a form puts
        # between its fields ("伴气促：☑　放射至左臂：☐", "出汗：否   气短：否"); the phrase matcher drops
        # whitespace, so they are found here
        for g in _FIELD_BREAK.finditer(text):
            if not target_mask.overlaps(g.start(), g.end()) and not _continues_list(text, g.start()):
                events.append((g.start(), g.end(), Ev.TERMINATOR, " ", -1))
        # terse Chinese notes separate clauses with spaces ("无胸痛 ECG ST抬高"): a space right after a
        # CJK character ends the scope, unless it follows a trigger word ("无 胸痛")
        trigger_ends = {e[1] for e in events if e[2] == Ev.TRIGGER}
        trigger_starts = {e[0] for e in events if e[2] == Ev.TRIGGER}
        for g in _CJK_SPACE.finditer(text):
            # ...or comes before a trigger that looks back to it ("气促 ☐")
            if g.start() not in trigger_ends and g.end() not in trigger_starts and not target_mask.overlaps(g.start(), g.end()):
                events.append((g.start(), g.end(), Ev.TERMINATOR, " ", -1))
        events.sort(key=lambda e: (e[0], e[2]))
        out = [TargetContext() for _ in targets]
        self._forward(events, out, units, ids)
        self._backward(events, out, units, ids)
        return out

    def _matches(
        self, text: str, target_mask: Mask, mask: Mask, targets: list[tuple[int, int]], free: Iterable[tuple[int, int]],
        past_targets: set[int],
    ) -> list[Match]:
        """Context words outside the targets, plus backward history triggers that run into a past-event
        target ("facial droop since his stroke three years ago")."""
        found = self._matcher.find(text, target_mask)
        if not past_targets:
            return found
        open_mask = mask.copy()
        for i, (start, end) in enumerate(targets):
            if i not in past_targets:
                open_mask.add(start, end)
        for start, end in free:
            open_mask.add(start, end)
        taken = [(m.start, m.end) for m in found]
        for m in self._matcher.find(text, open_mask):
            kind, payload = m.payload[0]
            if (
                kind == "trigger" and payload.kind == "history" and payload.post_scope is not None
                and not any(a < m.end and m.start < b for a, b in taken)
                and all(start > m.start for i, (start, end) in enumerate(targets) if i in past_targets and start < m.end and m.start < end)
            ):
                found.append(m)
        return found

    def _one_way(self, text: str, start: int, end: int, trig: Trigger) -> Trigger:
        """Which way a form's tick box looks. A line whose first box opens it or follows a field's colon
        puts its boxes before their items ("☐ 呕吐　☐ 发热", "跌倒后：☑ 呕吐 2 次"); one whose first box
        follows an item puts them after ("Pain ☑ Pale ☑ Cold ☑"). A box at the end of a field or line looks
        back ("捻发音：☐", "Rash: [ ]"); one after a field's colon with words after it looks both ways."""
        back, forward = replace(trig, pre_scope=None), replace(trig, post_scope=None)
        before = text[:start].rstrip(" \u3000")
        after = text[end:].lstrip(" ")
        if not after or after[0] in "\n;；。|\u3000":
            return back
        if before.endswith(_FIELD_COLONS):
            return trig
        line_start = text.rfind("\n", 0, start) + 1
        first = min((i for w in self._box_words if (i := text.find(w, line_start, start + 1)) >= 0), default=start)
        lead = text[line_start:first].rstrip(" \u3000")
        return forward if not lead or lead.endswith(_FIELD_COLONS) or lead[-1] in _SCOPE_STOPS else back

    def _carries_negation(self, text: str, start: int, end: int) -> bool:
        """Whether a finding's own words carry a negation: at their start ("no wind", "无排气"), or, in
        English, anywhere ("doesn't know where he is", "he can't breathe"): what is denied before it
        ("not sweating, talking nonsense and doesn't know where he is") stops there. Not a Chinese finding that
        opens with a word that negates nothing ("无力"), nor one more item of a "、" list ("否认气短、不能平卧")."""
        span = text[start:end].lower()
        if span.startswith(self._not_own_negations) or text[:start].rstrip(" ").endswith("、"):
            return False
        for word in self._negation_words:
            if span.startswith(word) and len(span) > len(word):
                nxt = span[len(word)]
                if not (word[-1].isascii() and word[-1].isalnum() and nxt.isascii() and nxt.isalnum()):
                    return True
        return span.isascii() and self._inner_negation is not None and self._inner_negation.search(span) is not None

    def _names_patient(self, text: str, start: int, end: int) -> bool:
        """A kinship word that opens what the doctor said (after at most a possessive, "my", "我家", or a
        surname, "王奶奶")
        and is not followed by a history verb ("有", "had"), or one followed by a saying word ("妈妈讲：",
        "Mum says"). Later in a note ("孩子三岁。奶奶高血压") a relative is family history."""
        rest = text[end:].lstrip()
        if self._informant_verbs and rest.lower().startswith(self._informant_verbs):
            return True  # "Mum says: …", "妈妈讲：…": the relative tells the patient's story (or "had her baby")
        # "女儿说她78岁的母亲有中度痴呆": a relative given an age and told about is the patient, history verb and all
        aged = _AGE_BEFORE_KIN.search(text[:start].rstrip()) is not None
        if rest.startswith(self._kin_history_verbs) and not aged:
            return False
        if _KIN_AGE_AFTER.match(rest):
            return True  # "Sister is 2, seems fine", "弟弟3岁": the relative whose age is given is the patient
        head = _AGE_BEFORE_KIN.sub("", text[:start].rstrip()).rstrip()  # "女儿说82岁的妈妈", "my 80-year-old mother"
        head = _CJK_POSSESSIVE.sub("", head)  # "女儿说她78岁的母亲"
        for prefix in self._patient_prefixes:
            if head.endswith(prefix) and (len(head) == len(prefix) or not head[-len(prefix) - 1].isalnum()
                                          or _CJK.match(prefix)):
                head = head[: -len(prefix)].rstrip()
                break
        if head and self._message_openers is not None and self._message_openers.fullmatch(head):
            head = ""  # "Hi, sorry. My uncle's …": a greeting before the relative
        return not head or head in self._kin_surnames or self._told_by_one(head)

    def _told_by_one(self, head: str) -> bool:
        """The words before a relative are one teller and a saying word ("Sister says her 58-year-old brother …",
        "女儿说她爸爸…"): the relative is the one the story is about."""
        lowered = _TELLERS_POSSESSIVE.sub("", head.lower())
        for verb in self._informant_verbs:
            cut = len(lowered) - len(verb)
            if lowered.endswith(verb) and (not verb[0].isascii() or cut == 0 or not lowered[cut - 1].isalnum()):
                teller = lowered[:cut].strip(" ,:：，")
                opener = self._message_openers.match(teller) if self._message_openers is not None else None
                if opener is not None and opener.end() < len(teller):
                    teller = teller[opener.end():].strip(" ,:：，")  # "Good morning, I'm writing about my father"
                return bool(teller) and (len(teller.split()) <= 2 if teller.isascii() else len(teller) <= 4) \
                    and not any(ch in teller for ch in ".。!！?？;；")
        return False

    # ---- scopes ----
    @staticmethod
    def _apply(ctx: TargetContext, trig: Trigger, distance: int, says: frozenset[str]) -> None:
        if (trig.findings and not trig.findings & says) or trig.except_findings & says:
            return
        if trig.kind == "family":
            ctx.family = True
        elif trig.kind == "allergy":
            ctx.allergy = True
        elif trig.kind == "history":
            ctx.history = True
            ctx.dated = ctx.dated or trig.dated
        elif distance < ctx._status_distance or trig.decides:
            ctx.status = _STATUS_OF_KIND[trig.kind]
            ctx.boxed = trig.tick_box
            ctx._status_distance = -1 if trig.decides else distance

    def _forward(self, events: list, out: list[TargetContext], units: UnitIndex, ids: list[frozenset[str]]) -> None:
        active: Trigger | None = None
        budget = 0
        trigger_end = 0
        nearest_trigger_end = 0  # of the latest trigger joined to the active scope
        prev_end = 0
        list_until = -1  # commas before this index continue the current list
        # a denial's whole list held over an exception in one of its items, to the next comma ("denies
        # slurred speech other than with lip sounds, difficulty swallowing")
        held: Trigger | None = None
        for idx, (start, end, ev, payload, ti) in enumerate(events):
            if active is not None:
                budget -= units.count(prev_end, start)
                if budget < 0:
                    active = None
            if ev == Ev.PRESENT:
                if active is not None and active.dated:
                    active = None
                continue
            if ev == Ev.CLAUSE:
                if active is not None and active.through_commas and active.kind == "negated":
                    active = None
                held = None
                continue
            if ev == Ev.TERMINATOR:
                crossed = active is not None and (
                    (active.through_commas and payload in self._commas)
                    or (isinstance(payload, tuple) and payload[1] in active.through_words)
                )
                excepted = (active is not None and active.through_commas and active.kind == "negated"
                            and isinstance(payload, tuple) and payload[1] in self._exception_words)
                if not crossed:
                    held, active = (active if excepted else None), None
            elif ev == Ev.COMMA and active is None and held is not None:
                active, held = held, None
            elif ev == Ev.COMMA:
                if active is not None and active.through_commas:
                    pass
                elif active is not None and not active.comma_lists:
                    active = None
                elif active is not None and idx > list_until:
                    list_until = self._list_end(events, idx, units)
                    if list_until < 0:
                        active = None
            elif ev == Ev.TRIGGER:
                trig: Trigger = payload  # type: ignore[assignment]
                if trig.pre_scope is not None:
                    if trig.through_commas and trig.kind == "negated" and self._commas_ahead(events, idx) < _LONG_DENIAL_COMMAS:
                        # a short denial is read item by item ("Denies trauma, headache for 3 days.")
                        trig = replace(trig, pre_scope=self._lex.default_max_scope, through_commas=False)
                    if active is not None and active.through_commas and active.kind == trig.kind:
                        budget = max(budget, trig.pre_scope)  # "家族史：父亲…" stays one header scope
                    else:
                        active, budget, trigger_end = trig, trig.pre_scope, end
                    nearest_trigger_end = end
                    list_until = -1
            elif ev == Ev.TARGET and active is not None and ti >= 0:
                # a finding named by its own negation ends the outer denial, unless it follows the
                # denial word itself: "没有不想活的念头" denies the thought, also as the second of
                # two denials ("说没有想过伤害自己，也没有不想活的念头")
                # (an item of a denial's whole list is denied with it: "denies rash, spots that do not fade")
                if payload and active.kind == "negated" and start - nearest_trigger_end > 1 and not active.through_commas:
                    active = None
                else:
                    self._apply(out[ti], active, start - trigger_end, ids[ti])
            prev_end = max(prev_end, end)

    def _backward(self, events: list, out: list[TargetContext], units: UnitIndex, ids: list[frozenset[str]]) -> None:
        active: Trigger | None = None
        budget = 0
        trigger_start = 0
        next_start: int | None = None
        backward = list(reversed(events))
        for i, (start, end, ev, payload, ti) in enumerate(backward):
            if active is not None and next_start is not None:
                budget -= units.count(end, next_start)
                if budget < 0:
                    active = None
            if ev == Ev.PRESENT:
                if active is not None and active.dated:
                    active = None
                continue
            if ev == Ev.CLAUSE:
                continue
            if ev in (Ev.TERMINATOR, Ev.COMMA):
                # "right arm weakness, unchanged for years": a comma right before the trigger, with
                # no word between, is crossed by a trigger that may ("speech unchanged" is not)
                crosses = (
                    active is not None and _crosses_back(active) and (ev == Ev.COMMA or payload in self._commas)
                    and units.count(end, trigger_start) == 0
                ) or (active is not None and active.field_answer and ev == Ev.COMMA
                      and self._short_item_before(backward, i, units))
                if not crosses:
                    active = None
            elif ev == Ev.TRIGGER:
                trig: Trigger = payload  # type: ignore[assignment]
                if trig.post_scope is not None:
                    active, budget, trigger_start = trig, trig.post_scope, start
                elif trig.pre_scope is not None:
                    active = None
            elif ev == Ev.TARGET and active is not None and ti >= 0:
                self._apply(out[ti], active, trigger_start - end, ids[ti])
            next_start = start if next_start is None else min(next_start, start)

    @staticmethod
    def _commas_ahead(events: list, idx: int) -> int:
        """The commas after event ``idx`` up to the end of its sentence."""
        count = 0
        for _start, _end, ev, payload, _ti in events[idx + 1:]:
            if ev == Ev.COMMA:
                count += 1
            elif ev == Ev.TERMINATOR and payload in _SENTENCE_END:
                break
        return count

    @staticmethod
    def _short_item_before(backward: list, comma_idx: int, units: UnitIndex) -> bool:
        """The item before this comma is a list item of a form's field (three units or fewer back to the comma,
        full stop or colon before it): "Double vision, slurred speech, weakness: no", not "cough for 3 days, fever: no"."""
        comma_start = backward[comma_idx][0]
        for start, end, ev, _payload, _ti in backward[comma_idx + 1:]:
            if ev in (Ev.TERMINATOR, Ev.COMMA):
                return units.count(end, comma_start) <= _FIELD_ITEM_UNITS
        return units.count(0, comma_start) <= _FIELD_ITEM_UNITS

    @staticmethod
    def _list_end(events: list, comma_idx: int, units: UnitIndex) -> int:
        """If a list of targets follows this comma, the index where it ends; -1 when the comma ends
        the scope. A list is closed by a connector ("no fever, cough or sputum") or runs to the end
        of the sentence with two items or more after the comma ("Denies chest pain, SOB,
        palpitations."; "no fever, cough" stays ambiguous, so the cough is kept). A one-word item
        that is not a finding ("Denies fever, pain, nausea"), or a short one of up to
        ``_UNKNOWN_ITEM_UNITS`` words between commas or at the end ("Denies HA, CP, SOB, vision
        change."), does not break it."""
        prev_end = events[comma_idx][1]
        prev_ev = Ev.COMMA
        closed = False
        joined = False  # an "or"/"and" joined a finding to the list ("No lip, tongue or throat swelling")
        joining = False  # a connector waiting for the finding it joins
        targets = items = 0
        last = comma_idx
        for j in range(comma_idx + 1, len(events)):
            start, end, ev, payload, _ti = events[j]
            if ev in (Ev.PRESENT, Ev.CLAUSE):
                continue  # a word like any other in a list item (its comma is an event of its own)
            gap = units.count(prev_end, start)
            if gap > 0:
                # words between two separators are an item of their own; words after a finding
                # qualify it ("vomiting since this morning") and end the list
                item_end = ev in (Ev.COMMA, Ev.CONNECTOR) or (ev == Ev.TERMINATOR and payload in _SENTENCE_END)
                # ...except a word or two finishing the item before "or"/"and" ("no blisters, dusky skin or crepitus")
                item_tail = prev_ev == Ev.TARGET and ev == Ev.CONNECTOR and gap <= _ITEM_TAIL_UNITS
                if not (item_tail or (gap <= _UNKNOWN_ITEM_UNITS and item_end and prev_ev in (Ev.COMMA, Ev.CONNECTOR))):
                    break
                items += 1
            if ev == Ev.TARGET:
                targets += 1
                items += 1
                joined = joined or joining
            elif ev == Ev.CONNECTOR:
                closed = closed or targets > 0
                joining = True
            elif ev == Ev.TERMINATOR and payload in _SENTENCE_END:
                return last if closed or (targets and items >= 2) else -1
            elif ev == Ev.TRIGGER and prev_ev == Ev.COMMA and payload.pre_scope is not None:
                # a new denial after a comma ends a list joined by "or"/"and" as a full stop would ("No lip,
                # tongue or throat swelling, no breathing difficulty"); items only strung by commas stay
                # ambiguous ("no appetite, feels hopeless, wants to die, no self-harm" keeps the thought)
                return last if closed or (targets and joined and items >= 2) else -1
            elif ev != Ev.COMMA:
                break
            if ev == Ev.COMMA:
                joining = False
            last = j
            prev_end = end
            prev_ev = ev
        else:
            if (closed or (targets and items >= 2)) and units.count(prev_end, 1 << 30) == 0:
                return last  # the list runs to the end of the text
        return last if closed else -1


def _crosses_back(trigger: Trigger) -> bool:
    return trigger.through_commas if trigger.back_through_commas is None else trigger.back_through_commas


_SENTENCE_END = frozenset({".", ";", "!", "\n", "|"})
# a denial followed by this many commas in its sentence is a whole list, denied to the sentence's end
_LONG_DENIAL_COMMAS = 3
# an age said just before the kinship word that names the patient ("女儿说82岁的妈妈", "my 80-year-old mum")
# a kinship word followed by a child's age ("Brother is 9 months.", "Sister's 2", "弟弟3岁", "妹妹今年两岁"); an
# adult relative's age is family history as before ("父亲45岁，有哮喘")
_KIN_AGE_AFTER = re.compile(
    r"(?:(?:is|['’]s)\s+(?:only\s+|just\s+)?(?:1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s*(?:years?\s+|yrs?\s+)?(?:older|younger))"
    r"|(?:今年|才|刚)?(?:1[0-7]|[1-9]|十[一二三四五六七]?|[一二两三四五六七八九])(?:岁|个月))",
    re.IGNORECASE,
)
_AGE_BEFORE_KIN = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s?(?:岁的?|-?\s?year-?\s?old)$")
_UNKNOWN_ITEM_UNITS = 3  # words of a list item the lexicon does not know ("vision change")
_ITEM_TAIL_UNITS = 2  # words after a finding that still belong to its list item ("dusky areas or …")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_POSSESSIVE = re.compile(r"(?<=[\u3400-\u9fff])[她他]的?$")
_TELLERS_POSSESSIVE = re.compile(r"(?:\s+(?:her|his|their)|[她他]的?)$")
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:who|whose|whom)\b[^,.;:!?\n]{1,80},(?!\s*(?:says|said|reports|reported|noticed|found|thinks|thought|tells|told|"
    r"rang|rings|called|calls|brought|brings|is worried|was worried|feels|felt that|explains|explained|describes|described)\b)"
)
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[ \t\u3000]+(?=\S)")


_QUESTION_MARKS = ("?", "？")


def _clause_opener_pattern(openers: ClauseOpeners) -> re.Pattern[str]:
    """A determiner (group 1) that opens a clause: a verb follows within a few words."""
    determiners = "|".join(re.escape(w) for w in openers.determiners)
    verbs = "|".join(re.escape(w) for w in openers.verbs)
    return re.compile(
        rf"(?<=\s)({determiners})\s+(?:[a-z'-]+\s+){{0,{openers.max_words_between}}}?(?:{verbs})\b", re.IGNORECASE
    )


_FIELD_COLONS = (":", "：")
_SCOPE_STOPS = ".;!。；！，,"
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*·‣▪]|\d{1,2}[.)、])")


def _continues_list(text: str, pos: int) -> bool:
    """A line break after a heading ("Denies:") or before a list item ("- chest pain") keeps the list."""
    return text[pos] == "\n" and (text[:pos].rstrip().endswith(_FIELD_COLONS) or _LIST_ITEM.match(text, pos + 1) is not None)


# a line break, an ideographic space, or a run of spaces after a form's answer or a Chinese word
# ("出汗：否   气短：否"); not after a denial's own word ("No   fever" stays one denial)
_FIELD_BREAK = re.compile(r"[\n\u3000]|(?:(?<=[\u4e00-\u9fff])|(?<=\by)|(?<=yes)|(?<=\bn)|(?<=nil)|(?<=none)|(?<=\d)) {3,}")


def _field_answer_patterns(answers: FieldAnswers) -> tuple[tuple[re.Pattern[str], Trigger], ...]:
    """For each kind of answer, a pattern whose group 1 is the answer after a field's colon (and an
    option number), ending the field, and the trigger that looks back from it."""
    out = []
    for kind, words in (("negated", answers.negated), ("affirmed", answers.affirmed)):
        alternatives = "|".join(re.escape(w.lower()) for w in sorted(words.all(), key=len, reverse=True))
        if alternatives:
            # the field ends at a line end, punctuation, a slash before the next answer ("发热/颈部僵硬：否/否"),
            # a run of spaces before the next field ("出汗：否   气短：否"), a dash before a comment ("Stridor at
            # rest: NO - only when crying") or a Chinese word after a space
            pattern = re.compile(
                rf"[:：]\s*(?:\d{{1,2}}\s*)?((?:{alternatives}))\s*(?=$|[\n\u3000，。；,.;|（(/]| {{2,}}|\s+[-–—]|\s+[\u4e00-\u9fff])",
                re.IGNORECASE,
            )
            # the answer covers the whole field, a comma-separated list of items included ("Double vision, slurred
            # speech, weakness: no")
            out.append((pattern, Trigger(kind, None, answers.scope, field_answer=True)))  # type: ignore[arg-type]
    # a checklist's item answered "no" right after it, with no colon ("Checklist: saddle numbness no, bladder
    # normal"): a bare "no" or "nil" after a word and before a comma, semicolon or full stop
    out.append((re.compile(r"(?<=[a-z)])\s+(no|nil)(?=\s*(?:[,;]|\.(?!\d)|$))"), Trigger("negated", None, answers.scope)))
    return tuple(out)


def _past_year_pattern(past: PastYears) -> re.Pattern[str]:
    """A four-digit year after an English opener ("in 2019") or before a Chinese closer ("2019年")."""
    before = "|".join(re.escape(w) for w in sorted(past.en_before, key=len, reverse=True))
    after = "|".join(re.escape(w) for w in past.zh_after)
    not_after = "|".join(re.escape(w) for w in past.zh_not_after) or "(?!)"
    return re.compile(
        rf"\b(?:{before})\s+(?P<year>\d{{4}})\b(?![./-]?\d)|(?<!\d)(?P<zh>\d{{4}})\s*(?:{after})(?!{not_after})",
        re.IGNORECASE,
    )


def _is_decimal_point(text: str, pos: int) -> bool:
    return 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()

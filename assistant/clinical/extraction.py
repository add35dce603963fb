"""Case extraction: free text (Mandarin, English or mixed) -> structured Case. Deterministic, no LLM.

    case = extract("58-year-old man, crushing chest pain for 40 minutes, BP 90/60")
    case = extract("actually no fever", case)          # later utterances add and correct

Order of work on one utterance: traditional characters read as simplified (`script.py`), typing
slips and mishearings put right (a misspelt English word, a word in pieces, a Chinese homophone:
`spelling.py`, `homophones.py`), then measurements and demographics (their words are claimed
so "temperature 36.8" is a value, not the finding "temperature"), then lexicon findings and
drugs, then context (negation / uncertainty / family / allergy), then attributes (duration,
onset, severity, laterality, site), then findings derived from measurements and durations, and
specific findings made of a finding and a generic word said apart ("woke him" with chest pain).

Policies:
- A finding in a family-history scope ("mother had a stroke", "家族史") is not the patient's
  finding: it is skipped.
- A symptom or sign in a past-history scope ("last seizure 2 years ago", "既往…", "以前…") is
  not a current finding: it is skipped, so rules about acute signs see only current ones.
  History-kind concepts ("known epilepsy", "history of DVT") are recorded as usual.
- A later mention of a finding replaces its status (last word wins), keeping all evidence;
  attributes said again replace earlier ones, attributes not said again are kept.
- A new value of a measurement replaces the old value; the evidence list keeps both spans.
- Findings said in words beat findings derived from measurements, except that a measured
  abnormal value makes a finding the words left uncertain present ("febrile?", "temp 38.5");
  derived findings are recomputed after every utterance (age/sex said later can change them).
- Lexicon files are read once per knowledge-base folder (cached); restart to pick up edits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Literal

from assistant.clinical.attributes import Clauses, Duration, DurationReader, QualifierReader, attach
from assistant.clinical.case import Case, Finding, Measurement, Mention, Presence, Span
from assistant.clinical.compounds import CompoundMatch, CompoundReader
from assistant.clinical.context import ContextEngine, TargetContext
from assistant.clinical.counts import CountReader
from assistant.clinical.demographics import DemographicsReader
from assistant.clinical.dialogue import AnswerReader
from assistant.clinical.derived import derive, measured_only
from assistant.clinical.extraction_lexicon import ExtractionLexicon, RatioDef, load_extraction_lexicon
from assistant.clinical.homophones import HomophoneCorrector
from assistant.clinical.inflection import WordFolder
from assistant.clinical.knowledge import cached_clinical_knowledge
from assistant.clinical.matching import (
    InsideWords, Mask, Match, PhraseMatcher, SpeechFillers, UnitIndex, cjk_ratio, norm_phrase, normalise,
    unambiguous_folds,
)
from assistant.clinical.measurements import MeasurementReader, Reading
from assistant.clinical.numbers import NumberReader
from assistant.clinical.script import SimplifiedScript
from assistant.clinical.spelling import SpellingCorrector, SplitWords

# payload of a finding match: (finding id, said in a form that denies it, e.g. "afebrile")
_FindingKey = tuple[str, bool]


class Extractor:
    """All matchers for one knowledge-base folder; immutable after construction."""

    def __init__(self, kb_dir: Path) -> None:
        knowledge = cached_clinical_knowledge(kb_dir)
        lex: ExtractionLexicon = load_extraction_lexicon(kb_dir)
        self.lex = lex
        self.finding_ids = set(knowledge.findings)
        # concepts that describe the present illness; said in a past-history scope they are skipped
        self._current_kinds = {fid for fid, c in knowledge.findings.items() if c.kind in ("symptom", "sign")}
        self._exposure_kinds = {fid for fid, c in knowledge.findings.items() if c.kind == "exposure"}
        self._past_kinds = {fid for fid, c in knowledge.findings.items() if c.kind == "history"}
        self._when_past = {fid: c.when_past for fid, c in knowledge.findings.items() if c.when_past is not None}
        self._start_words = tuple(w.lower() for w in lex.context.ongoing_start_words.all())
        phrases: list[tuple[str, _FindingKey]] = []
        for concept in knowledge.findings.values():
            phrases += [(w, (concept.id, False)) for w in concept.en + concept.zh]
        for fid, words in lex.context.negated_forms.items():
            if fid in self.finding_ids:
                phrases += [(w, (fid, True)) for w in words]
        if lex.compounds is not None:
            for word, ids in lex.compounds.combined.items():
                phrases += [(word, (fid, False)) for fid in ids if fid in self.finding_ids]
        phrases += _addressed(phrases, lex.context.addressed_forms)
        phrases += _without_articles(phrases, lex.context.droppable_articles)
        folder = WordFolder(lex.context.unfolded_words)
        self._findings: PhraseMatcher[_FindingKey] = PhraseMatcher(phrases, plural_s=True, folder=folder)
        self._phrase_keys: dict[str, _FindingKey] = {}
        for w, key in phrases:
            self._phrase_keys.setdefault(norm_phrase(str(w)), key)
        self._folder = folder
        # the English phrases as folded ("lip puff up" for "lips puffed up")
        self._folded_keys = unambiguous_folds(self._phrase_keys.items(), folder)
        lexicon_words = (
            [w for w, _ in phrases]
            + (self._compound_words(lex.compounds) if lex.compounds is not None else [])
            + [w for m in lex.measurements.measurements for w in m.names.all()]
            + [w for d in lex.drugs for w in d.all()]
        )
        self._script = SimplifiedScript()
        self._homophones = HomophoneCorrector(
            lexicon_words,
            two_character=[w for c in knowledge.findings.values() for w in c.zh]
            + [w for m in lex.measurements.measurements for w in m.names.zh],
        )
        self._spelling = SpellingCorrector(lexicon_words)
        self._split_words = SplitWords(lexicon_words)
        self._drugs: PhraseMatcher[str] = PhraseMatcher(
            [(w, d.name) for d in lex.drugs for w in d.all()], plural_s=True, digit_before_ok=False
        )
        numbers = NumberReader(lex.measurements.number_words, lex.measurements.chinese_numeral_chars)
        self._measurements = MeasurementReader(lex.measurements, numbers)
        # a number right after a self-correction: what is corrected is a number, not a finding
        self._number_next = re.compile(r"[\s,，:：—–-]*(?=" + self._measurements.number_start.pattern + ")")
        self._demographics = DemographicsReader(
            lex.demographics, numbers, lex.measurements.correction_connectors.all() + lex.context.retractions.words.all(),
            lexicon_words,
        )
        self._durations = DurationReader(lex.measurements.durations, numbers)
        self._qualifiers = QualifierReader(lex.context)
        self._context = ContextEngine(lex.context)
        self._fillers = SpeechFillers(
            lex.context.speech_fillers.en, lex.context.speech_fillers.zh, lex.context.quote_marks, lex.context.erhua_kept,
            lex.context.speech_breaks.marks, lex.context.speech_breaks.after, lex.context.speech_breaks.between_cjk,
            self._answer_words(lex.context.dialogue),
        )
        self._side_words = InsideWords(lex.context.side_words.all())
        self._answers = AnswerReader(lex.context.dialogue)
        self._not_findings: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.context.not_findings.all()])
        self._whole_words: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.context.whole_words.all()])
        openers = sorted(lex.context.exception_openers.all(), key=len, reverse=True)
        # the bracket, then the colon of a form's item right after it: a bracket elsewhere is left alone
        self._exception = re.compile(
            r"[(（]\s*(?:" + "|".join(re.escape(w.lower()) for w in openers) + r")[^()（）\n]{1,40}[)）](?=\s*[:：])"
        ) if openers else None
        self._retractions: PhraseMatcher[bool] = PhraseMatcher([(w, True) for w in lex.context.retractions.words.all()])
        self._compares = tuple(str(w).lower() for w in lex.context.retractions.unless_next.all())
        self._doubts = tuple(str(w).lower() for w in lex.context.retractions.unless_before.all())
        claims = lex.context.first_claims
        self._first_claims = _first_claim_pattern(claims.openers.all(), claims.after_quote.all())
        self._revisions = tuple(str(w).lower() for w in claims.revisions.all())
        self._reported_claims = _reported_claim_pattern(claims.reported_openers.all())
        self._reported_revisions = tuple(str(w).lower() for w in claims.reported_revisions.all())
        self._list_connectors = {str(w).lower() for w in lex.context.list_connectors.all()} | {""}
        self._degree_words = {str(w).lower() for words in lex.context.qualifiers.severity.values() for w in words.all()}
        self._pronouns = {str(w).lower() for w in lex.context.pronoun_openers.all()}
        self._constancy_words = sorted((str(w).lower() for w in lex.context.constancy_words.all()), key=len, reverse=True)
        self._counts = CountReader(lex.compounds.counted, numbers)
        self._compounds = CompoundReader(
            lex.compounds, self.finding_ids, lex.context.list_connectors.all(),
            lex.context.dialogue.where_answer_window if lex.context.dialogue is not None else 0,
            lex.context.dialogue.antecedent_sentences if lex.context.dialogue is not None else 0,
        )

    @staticmethod
    def _answer_words(dialogue) -> list[str]:  # noqa: ANN001
        """The yes and no words that open an answer ("不是", "没有", "是的")."""
        return [] if dialogue is None else [*dialogue.answer_no.all(), *dialogue.answer_yes.all()]

    @staticmethod
    def _compound_words(compounds) -> list[str]:  # noqa: ANN001
        return [w for entry in compounds.compounds for part in (entry.site, entry.state) for w in part.all()]

    def _corrected(self, spoken: str, kept: list[int] | None) -> tuple[str, list[int] | None]:
        """Typing slips put right: a misspelt English word ("painfull"), a Chinese word typed with one wrong
        homophone ("足背动脉模不到"); the text lower-cased for matching."""
        spoken, kept = self._split_words.correct(spoken, kept)  # "in guy nal hernia", "chestpain"
        spoken, kept = self._spelling.correct(spoken, kept)
        return self._homophones.correct(normalise(spoken)), kept

    def _pauses_inside_phrases(self, text: str) -> list[tuple[int, int]]:
        """The pauses of halting speech that fall inside a finding's phrase ("can only… say a few words",
        "chest… tight"): a pause between two findings, or after a denial, stays a break ("no fever… cough")."""
        pauses = self._fillers.pauses(text)
        if not pauses:
            return []
        joined, kept = self._fillers.strip(text, pauses)
        norm, kept = self._corrected(joined, kept)
        free, phrases = Mask(len(norm)), Mask(len(norm))
        found = [(m.start, m.end) for m in self._findings.find(norm, free)]
        for start, end in found:
            phrases.add(start, end)
        # and a site with its state ("chest… so tight")
        compounds = self._compounds.find(norm, free, phrases, Clauses(norm, pauses=True), UnitIndex(norm))
        found += [(c.start, c.end) for c in compounds]
        spans = [(kept[s], kept[e - 1] + 1) if kept is not None else (s, e) for s, e in found]
        return [(s, e) for s, e in pauses if any(ms < s and e < me for ms, me in spans)]

    # ------------------------------------------------------------------
    def extract(self, text: str, case: Case | None = None, lang: str = "auto") -> Case:
        new = case.model_copy(deep=True) if case is not None else Case()
        asked_before, new.open_question = new.open_question, []
        text = text if isinstance(text, str) else str(text)
        u = len(new.utterances)
        new.utterances.append(text)
        new.lang = self._language(text, lang, new.lang)
        converted = self._script.convert(text)
        spoken, kept = self._fillers.strip(converted, self._pauses_inside_phrases(converted))
        norm, kept = self._corrected(spoken, kept)
        units = UnitIndex(norm)
        mask = Mask(len(norm))

        def span(start: int, end: int) -> Span:
            if kept is not None and end > start:
                start, end = kept[start], kept[end - 1] + 1
            return Span(text=text[start:end], utterance=u, start=start, end=end)

        # 0. the yes or no to a question that ended the last utterance ("Any fever?" | "No.")
        if asked_before:
            self._answer_open_question(new, asked_before, norm, span)

        # 1. measurements, demographics
        readings = self._measurements.read(norm, mask)
        for r in readings:
            mask.add(r.start, r.end)
        demo = self._demographics.read(norm, mask, spoken)
        for s, e in demo.spans:
            mask.add(s, e)

        # 2. findings and drugs, with context ("胸痛中心" is a place, not a chest pain)
        for m in self._not_findings.find(norm, mask):
            mask.add(m.start, m.end)
        for start, end in _unselected_options(norm):  # a form's options that were not chosen
            mask.add(start, end)
        if self._exception is not None:  # "(apart from zigzags)": set aside from the item before it
            for g in self._exception.finditer(norm):
                mask.add(g.start(), g.end())
        whole = self._whole_words.find(norm, Mask(len(norm)))
        finding_matches = [m for m in self._findings.find(norm, mask) if not any(w.start < m.start < w.end for w in whole)]
        finding_matches = self._with_side_words_inside(norm, mask, finding_matches)
        finding_matches = self._with_shared_words(norm, mask, finding_matches)
        finding_matches = self._with_shared_heads(norm, mask, finding_matches)
        claimed = mask.copy()
        for m in finding_matches:
            claimed.add(m.start, m.end)
        # a drug word may also be a finding ("amlodipine" -> calcium_channel_blocker_use): keep both
        drug_matches = self._drugs.find(norm, mask)
        for m in drug_matches:
            claimed.add(m.start, m.end)
        # findings said as a count ("吞下约30片"), unless the phrase lexicon already said the same one
        counted = [
            Match(c.start, c.end, ((c.finding, False),)) for c in self._counts.find(norm, mask, {m.start: m.end for m in drug_matches})
            if not any(m.start < c.end and c.start < m.end and (c.finding, False) in m.payload for m in finding_matches)
        ]
        if counted:
            for m in counted:
                claimed.add(m.start, m.end)
            finding_matches = sorted(finding_matches + counted, key=lambda m: m.start)
        clauses = Clauses(norm)
        # findings said as a site plus a state ("swollen painful calf"): matched by their anchor word,
        # with evidence over both parts
        evidence_of: dict[int, tuple[int, int]] = {}
        compounds = self._compounds.find(norm, mask, claimed, Clauses(norm, pauses=True), units, self._answers.where_answers(norm))
        if compounds:
            for c in compounds:
                for s, e in c.parts:
                    claimed.add(s, e)
            merged = [(m.start, 0, m, None) for m in finding_matches]
            merged += [(c.anchor_start, 1, Match(c.anchor_start, c.anchor_end, ((c.finding, False),)), (c.start, c.end)) for c in compounds]
            merged.sort(key=lambda t: (t[0], t[1]))
            finding_matches = [m for *_, m, _ev in merged]
            evidence_of = {i: ev for i, (*_, ev) in enumerate(merged) if ev is not None}
        targets = [(m.start, m.end) for m in finding_matches] + [(m.start, m.end) for m in drug_matches]
        # a compound's other part (its site word) is part of the finding: free for negation scope; so is
        # a degree word between the parts, whose "有" would otherwise end a scope ("遗留说话有点含糊")
        free = [part for c in compounds for part in c.parts if part != (c.anchor_start, c.anchor_end)]
        free += [gap for c in compounds if (gap := self._degree_gap(norm, c)) is not None]
        target_ids = [frozenset(fid for fid, _ in m.payload) for m in finding_matches] + [frozenset()] * len(drug_matches)
        past = {i for i, ids in enumerate(target_ids[:len(finding_matches)]) if ids and ids <= self._past_kinds}
        contexts = self._context.resolve(norm, targets, mask, units, free, target_ids, past)
        # a transcript: what was asked takes the yes or no answered to it ("有没有发烧？" "没有。")
        answers = self._answers.answers(norm)
        for answer in answers:
            for (start, end), ctx in zip(targets, contexts):
                if answer.question_start <= start and end <= answer.question_end:
                    if answer.only_doubted and ctx.status != "uncertain":
                        continue
                    if answer.only_asserted and ctx.status != "present":
                        continue
                    ctx.status = answer.status
        # a self-correction takes back what was said just before it ("thunderclap — no, it crept in")
        corrections = self._retractions.find(norm, Mask(len(norm)))
        for start, end in self._retracted(norm, units, clauses, corrections, targets[: len(finding_matches)]):
            for (s0, e0), ctx in zip(targets, contexts):
                if start <= s0 and e0 <= end:
                    ctx.status = "absent"
        # what someone said first, in quotes, that the text goes on to revise is only a claim: later words
        # say what is there ("她一开始说“胸痛”，问了几遍，…其实不是痛")
        for start, end in self._revised_claims(normalise(converted), kept):
            for (s0, _), ctx in zip(targets, contexts):
                if start <= s0 < end and ctx.status == "present":
                    ctx.status = "uncertain"
        f_ctx, d_ctx = contexts[: len(finding_matches)], contexts[len(finding_matches):]

        # 3. attributes
        durations = self._without_corrected(norm, corrections, self._durations.read(norm, spoken, claimed))
        # an onset or severity asked about and denied is none ("突然一下疼起来的吗？" "不是……慢慢的"): one in the
        # asking clause itself, not in an earlier answer the question's span runs back over
        qualifiers = [
            q for q in self._qualifiers.read(norm, claimed)
            if not any(
                a.status == "absent" and a.question_start <= q.start
                and clauses.of(q.start) == clauses.of(a.question_end) for a in answers
            )
        ]
        f_spans = [(m.start, m.end) for m in finding_matches]
        q_map = attach([(q.start, q.end) for q in qualifiers], f_spans, clauses, units, self._qualifiers.window, prefer_after=True)
        f_qual: dict[int, dict[str, str]] = {}
        for qi, fi in q_map.items():
            q = qualifiers[qi]
            f_qual.setdefault(fi, {}).setdefault(q.field, q.value)
        # an onset or severity inside the finding's own words ("the room suddenly spun", "突然剧疼")
        for fi, (s0, e0) in enumerate(f_spans):
            for q in self._qualifiers.read(norm[s0:e0], Mask(e0 - s0)):
                if q.field in ("onset", "severity"):
                    f_qual.setdefault(fi, {}).setdefault(q.field, q.value)
        # an onset or severity that answers a question about how ("How did it come on?" "Suddenly.")
        # describes what was asked, or what "it" is: the finding said last before the question
        for qi, fi in self._answered_qualifiers(norm, qualifiers, q_map, f_spans, clauses).items():
            f_qual.setdefault(fi, {}).setdefault(qualifiers[qi].field, qualifiers[qi].value)
        # an onset in a sentence that opens with "it" describes what the sentence before was about
        # ("Worst headache of my life. It built up over a couple of hours."): it wins over the first
        for qi, fi in self._pronoun_onsets(norm, qualifiers, f_spans, clauses).items():
            f_qual.setdefault(fi, {})["onset"] = qualifiers[qi].value
        # an onset or severity said before a list covers the whole list: "sudden onset double vision
        # and unsteadiness", "突发头痛、呕吐" (findings joined only by list connectors)
        for qi, fi in q_map.items():
            q = qualifiers[qi]
            if q.field not in ("onset", "severity") or q.end > f_spans[fi][0]:
                continue
            k = fi
            while k + 1 < len(f_spans) and self._joined(norm, f_spans[k][1], f_spans[k + 1][0]):
                k += 1
                f_qual.setdefault(k, {}).setdefault(q.field, q.value)
        d_starts = [d.start for d in durations]
        # durations in a clause with no finding of their own go to the previous finding's clause
        late_durations: dict[int, object] = {}
        for di, fi in attach([(d.start, d.end) for d in durations], f_spans, clauses, units, None, prefer_after=False).items():
            if not any(clauses.of(f[0]) == clauses.of(durations[di].start) for f in f_spans[max(0, fi - 1): fi + 2]):
                if _NEXT_EVENT.search(norm, f_spans[fi][1], durations[di].start):
                    continue  # "whole body shaking, then sleepy for half an hour": the next event's time
                clause = clauses.of(f_spans[fi][0])
                for k, f in enumerate(f_spans):
                    if clauses.of(f[0]) == clause:
                        late_durations.setdefault(k, durations[di])
        # a duration in a sentence of its own that opens with "it" describes what the sentence before was
        # about ("Found him fitting. It started at least 10 minutes ago and hasn't stopped.")
        for di, fi in self._pronoun_durations(norm, durations, f_spans, clauses).items():
            late_durations.setdefault(fi, durations[di])

        said: set[str] = set()
        drug_spans = [(d.start, d.end) for d in drug_matches]
        for fi, (m, ctx) in enumerate(zip(finding_matches, f_ctx)):
            if ctx.allergy and any(s0 < m.end and m.start < e0 for s0, e0 in drug_spans):
                continue  # "allergic to ibuprofen": the drug is an allergy, not a medicine taken
            # one phrase may say two findings ("N/V", "胸闷气短": lexicon/compounds.yaml `combined`)
            for fid, denied_form in dict.fromkeys(m.payload):
                if ctx.dated:
                    # at a past date: an exposure is over (unless it started then); some findings are their past form then
                    if fid in self._exposure_kinds:
                        if not self._started_then(norm, m.start, clauses):
                            continue
                    fid = self._when_past.get(fid, fid)
                dur = _nearest_duration(durations, d_starts, m.start, m.end, clauses) or late_durations.get(fi)
                if ctx.family or (ctx.history and fid in self._current_kinds and not self._lasting_now(norm, ctx, dur)):
                    continue
                status = Presence(ctx.status)
                if denied_form:
                    # a form's empty box against a denied form says the finding: "Passing wind: ☐"
                    status = (Presence.uncertain if status == Presence.uncertain
                              else Presence.present if ctx.boxed and status == Presence.absent else Presence.absent)
                finding = new.findings.get(fid)
                if finding is None:
                    finding = Finding(id=fid)
                    new.findings[fid] = finding
                # a later question or advice in the same words does not undo what was said, nor does a history
                # denied ("被蛇咬伤50分钟…既往无蛇咬伤史": no earlier bite)
                if not (status == Presence.uncertain and fid in said and finding.status != Presence.uncertain) and not (
                    status == Presence.absent and fid in said and finding.status == Presence.present
                    and norm.startswith("史", m.end)
                ):
                    finding.status = status
                finding.evidence.append(span(*evidence_of.get(fi, (m.start, m.end))))
                said.add(fid)
                # advice in the same words ("999 if another fit lasts over 5 minutes") times nothing that was said
                hypothetical = status == Presence.uncertain and finding.status != Presence.uncertain
                if dur is not None and not hypothetical and not self._time_since(norm, fid, dur):
                    finding.duration_days = dur.days if dur.days is not None else finding.duration_days
                    finding.duration_text = dur.text
                if status != Presence.absent and not hypothetical:  # "Sudden worst-ever headache? – no": a denied onset is no onset
                    for field_name, value in f_qual.get(fi, {}).items():
                        setattr(finding, field_name, value)

        # a question that ends the utterance waits for the next one to answer it
        closing = self._answers.closing_question(norm)
        if closing is not None:
            new.open_question = list(dict.fromkeys(
                fid for m in finding_matches if closing[0] <= m.start and m.end <= closing[1] for fid, _ in m.payload
                if fid in new.findings and new.findings[fid].status == Presence.uncertain
            ))

        # 4. measurements into the case
        for r in readings:
            store = new.vitals if r.kind == "vital" else new.labs
            old = store.get(r.id)
            evidence = (old.evidence if old is not None else []) + [span(r.start, r.end)]
            store[r.id] = Measurement(id=r.id, value=r.value, unit=r.unit, qualitative=r.qualitative, above=r.above, below=r.below, evidence=evidence)
            if r.finding is not None and r.finding[0] not in said:  # "pulse 128 irregular"; words said elsewhere win
                fid, start, end = r.finding
                new.findings.setdefault(fid, Finding(id=fid, status=Presence.present)).evidence.append(span(start, end))

        for mdef in self.lex.measurements.measurements:
            if mdef.peak is not None:
                _add_peak(new, mdef.id, mdef.peak, [r for r in readings if r.id == mdef.id], span)

        for ratio in self.lex.measurements.ratios:
            _add_ratio(new, ratio)

        # 5. demographics, pregnancy
        self._apply_demographics(new, demo, said, span)

        # 6. drugs: current medications and allergies
        for m, ctx in zip(drug_matches, d_ctx):
            if ctx.family or ctx.status != "present":
                continue
            _add_mention(new.allergies if ctx.allergy else new.medications, m.payload[0], span(m.start, m.end))

        # 7. derived findings
        self._apply_derived(new)
        self._apply_duration_rules(new)
        self._apply_qualified(new)
        self._apply_onsets(new)
        return new

    def _time_since(self, norm: str, fid: str, dur: Duration) -> bool:
        """A time "ago" after an event of minutes says when it happened, not how long it lasted."""
        rule = self.lex.context.history_current
        if rule is None or fid not in rule.episodes:
            return False
        after = norm[dur.end:].lstrip()  # normalised text is already lower-case
        if not any(after.startswith(w) for w in rule.ago_words.all()):
            return False
        sentence = re.split(r"[.。!！?？;；]", after, maxsplit=1)[0]
        return not any(w in sentence for w in rule.still_going.all())

    def _started_then(self, norm: str, pos: int, clauses: Clauses) -> bool:
        """Whether the clause of an exposure at ``pos`` says it started ("started ramipril two years ago")."""
        if not self._start_words:
            return False
        ci = clauses.of(pos)
        clause = norm[clauses.start(ci):clauses.end(ci, len(norm))].lower()
        return any(w in clause for w in self._start_words)

    def _lasting_now(self, norm: str, ctx: TargetContext, dur: Duration | None) -> bool:
        """A finding in an undated history scope that carries a recent duration of its own is today's
        ("previous hysterectomy, colicky pain and vomiting for a day"); one said "ago" is not."""
        rule = self.lex.context.history_current
        if rule is None or ctx.dated or dur is None or dur.days is None or dur.days > rule.within_days:
            return False
        after = norm[dur.end:].lstrip().lower()
        return not any(after.startswith(w) for w in rule.ago_words.all())

    @staticmethod
    def _without_corrected(norm: str, corrections: list[Match], durations: list) -> list:  # noqa: ANN001
        """Durations taken back by a self-correction that gives another ("three days — scratch that,
        three hours", "疼了三天，说错了，三个小时")."""
        if len(durations) < 2:
            return durations
        dropped: set[int] = set()
        for m in corrections:
            before = [i for i, d in enumerate(durations) if d.end <= m.start and not norm[d.end:m.start].strip(" ,，—–-")]
            after = [d for d in durations if m.end <= d.start and not norm[m.end:d.start].strip(" ,，:：—–-是")]
            if before and after:
                dropped.add(before[-1])
        return [d for i, d in enumerate(durations) if i not in dropped]

    def _revised_claims(self, text: str, kept: list[int] | None) -> list[tuple[int, int]]:
        """The quoted spans of first claims that a revision word later in the text takes up, found in the
        text before its quote marks were dropped and given in the positions of the text after (``kept``
        maps those back)."""
        if self._first_claims is None or not self._revisions:
            return []
        spans = [(g.start(g.lastindex or 1), g.end(g.lastindex or 1)) for g in self._first_claims.finditer(text)
                 if any(w in text[g.end():] for w in self._revisions)]
        if self._reported_claims is not None:
            spans += [(g.start(1), g.end(1)) for g in self._reported_claims.finditer(text)
                      if any(w in text[g.end():g.end() + _REVISION_REACH] for w in self._reported_revisions)]
        if kept is None:
            return spans
        return [(bisect.bisect_left(kept, a), bisect.bisect_left(kept, b)) for a, b in spans]

    def _retracted(
        self, norm: str, units: UnitIndex, clauses: Clauses, corrections: list[Match], targets: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """The spans a self-correction takes back: from at most `reach` units before the correction, in
        its sentence ("Fever 39. Correction, …" does not take the fever back), to the correction."""
        out: list[tuple[int, int]] = []
        reach = self.lex.context.retractions.reach
        for m in corrections:
            if self._number_next.match(norm, m.end):
                continue  # "pain for three days — scratch that, three hours": the number is corrected
            if norm[m.end:].lstrip().startswith(self._compares):
                continue  # "— no, never like this": this one is worse, nothing is taken back
            if norm[max(0, m.start - _DOUBT_REACH):m.start].rstrip(" \"'“”‘’").endswith(self._doubts):
                continue  # "她觉得“可能看错了”": the patient doubts it; nothing is corrected
            sentence = clauses.sentence_of(m.start)
            taken = [
                s0 for s0, _e0 in targets
                if s0 < m.start and clauses.sentence_of(s0) == sentence and units.count(s0, m.start) <= reach
            ]
            if taken:
                out.append((min(taken), m.start))
        return out

    def _answered_qualifiers(
        self, norm: str, qualifiers, q_map: dict[int, int], f_spans: list[tuple[int, int]], clauses: Clauses,  # noqa: ANN001
    ) -> dict[int, int]:
        """Onsets and severities with no finding of their own that open the answer to a how-question."""
        loose = [qi for qi, q in enumerate(qualifiers) if qi not in q_map and q.field in ("onset", "severity")]
        if not loose or not f_spans:
            return {}
        lookback = self.lex.context.dialogue.antecedent_sentences if self.lex.context.dialogue is not None else 0
        out: dict[int, int] = {}
        for q in self._answers.how_answers(norm):
            answer = clauses.sentence_of(q.answer_start)
            for qi in loose:
                if qualifiers[qi].start < q.answer_start or clauses.sentence_of(qualifiers[qi].start) != answer:
                    continue
                inside = [fi for fi, (s0, e0) in enumerate(f_spans) if q.question_start <= s0 and e0 <= q.question_end]
                before = [fi for fi, (_s0, e0) in enumerate(f_spans) if e0 <= q.question_start]
                if inside:
                    out[qi] = inside[0]
                elif before and clauses.sentence_of(f_spans[before[-1]][0]) >= clauses.sentence_of(q.question_start) - lookback:
                    out[qi] = before[-1]
        return out

    def _pronoun_onsets(self, norm: str, qualifiers, f_spans: list[tuple[int, int]], clauses: Clauses) -> dict[int, int]:  # noqa: ANN001
        """Onsets said right after a sentence-opening pronoun ("It built up over hours", "It came on
        suddenly"), before any finding of that sentence -> the last finding of the sentence before."""
        out: dict[int, int] = {}
        for qi, q in enumerate(qualifiers):
            if q.field != "onset":
                continue
            opening = max(norm.rfind(stop, 0, q.start) for stop in _SENTENCE_STOPS) + 1
            if norm[opening:q.start].strip(" '\"").lower() not in self._pronouns:
                continue
            sentence = clauses.sentence_of(q.start)
            before = [fi for fi, (s0, _e0) in enumerate(f_spans) if clauses.sentence_of(s0) == sentence - 1]
            if before:
                out[qi] = before[-1]
        return out

    def _pronoun_durations(self, norm: str, durations, f_spans: list[tuple[int, int]], clauses: Clauses) -> dict[int, int]:  # noqa: ANN001
        """Durations in a sentence with no finding of its own that opens with a pronoun ("It started 10
        minutes ago", "它持续了半小时") -> the last finding of the sentence before."""
        out: dict[int, int] = {}
        for di, d in enumerate(durations):
            sentence = clauses.sentence_of(d.start)
            if any(clauses.sentence_of(s0) == sentence for s0, _e0 in f_spans):
                continue
            opening = max(norm.rfind(stop, 0, d.start) for stop in _SENTENCE_STOPS) + 1
            head = norm[opening:d.start].strip(" '\"").lower()
            if not any(head.startswith(p) and (not p.isascii() or not head[len(p):len(p) + 1].isalpha()) for p in self._pronouns):
                continue
            before = [fi for fi, (s0, _e0) in enumerate(f_spans) if clauses.sentence_of(s0) == sentence - 1]
            if before:
                out[di] = before[-1]
        return out

    def _degree_gap(self, norm: str, c: CompoundMatch) -> tuple[int, int] | None:
        """The span between a compound's two parts when it holds only a degree word ("有点", "a bit"),
        perhaps after a word of constancy ("说话一直有点含糊", "still a bit")."""
        (_, first_end), (second_start, _) = sorted(c.parts)
        gap = norm[first_end:second_start].strip(" ,，")
        for word in self._constancy_words:
            if gap.startswith(word):
                gap = gap[len(word):].strip()
                break
        return (first_end, second_start) if gap in self._degree_words else None

    def _answer_open_question(self, case: Case, asked: list[str], norm: str, span) -> None:  # noqa: ANN001
        found = self._answers.opening_answer(norm)
        if found is None:
            return
        status, end = found
        for fid in asked:
            finding = case.findings.get(fid)
            if finding is not None and finding.status == Presence.uncertain:
                finding.status = Presence(status)
                finding.evidence.append(span(0, end))

    def _with_side_words_inside(self, norm: str, mask: Mask, found: list[Match]) -> list[Match]:
        """Adds findings said with a side word inside their words ("can't wrinkle the left forehead",
        "sudden onset left testicular pain"), matched with the side word left out; such a match
        replaces shorter ones inside it, and its evidence covers the side word too."""
        bare, kept = self._side_words.strip(norm)
        if kept is None:
            return found
        extra: list[Match] = []
        for m in self._findings.find(bare, mask.select(kept)):
            start, end = kept[m.start], kept[m.end - 1] + 1
            if end - start == m.end - m.start:
                continue  # no side word inside: the first pass has it
            overlapped = [f for f in found if f.start < end and start < f.end]
            if any(f.start == start and f.end == end for f in overlapped):
                continue  # the words as said are a phrase of their own ("pain under right ribs")
            if all(start <= f.start and f.end <= end for f in overlapped):
                extra.append(Match(start, end, m.payload))
        if not extra:
            return found
        inside = [f for f in found if any(e.start <= f.start and f.end <= e.end for e in extra)]
        return sorted([f for f in found if f not in inside] + extra, key=lambda m: m.start)

    def _with_shared_words(self, norm: str, mask: Mask, found: list[Match]) -> list[Match]:
        """Adds the finding a list shares the last words of a phrase with: "chest and (upper) back pain"
        says chest pain too, "胸口和后背疼" 胸口疼 (the word before "and" with the phrase's last one or two
        words is a phrase of the lexicon)."""
        extra: list[Match] = []
        for m in found:
            said = norm[m.start:m.end]
            cjk = not said.isascii()
            before = norm[max(0, m.start - 12):m.start]
            joint = _LIST_JOINT.search(before)
            if joint is None:
                continue
            head_end = m.start - len(before) + joint.start()
            for head in _heads(norm, head_end, cjk):
                start = head_end - len(head)
                # not a head that is a finding of its own ("fever and back pain") or already shared
                if mask.overlaps(start, head_end) or any(f.start < head_end and start < f.end for f in found + extra):
                    continue
                keys = (self._phrase_key(head + (t if cjk else " " + t)) for t in _tails(said, cjk))
                key = next((k for k in keys if k is not None), None)
                if key is not None:
                    extra.append(Match(start, head_end, (key,)))
                    break
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    def _with_shared_heads(self, norm: str, mask: Mask, found: list[Match]) -> list[Match]:
        """Adds the finding a phrase shares its first words with: "left lower abdominal pain and
        tenderness" says left lower abdominal tenderness too, "右下腹痛及压痛" 右下腹压痛 (the phrase
        without its last word, or without some of its first ones too, with the word after "and" is a
        phrase of the lexicon)."""
        extra: list[Match] = []
        for m in found:
            said = norm[m.start:m.end]
            cjk = not said.isascii()
            joint = (_HEAD_JOINT_CJK if cjk else _HEAD_JOINT).match(norm, m.end)
            if joint is None:
                continue
            word_start = joint.end()
            for word in _next_words(norm, word_start, cjk):
                word_end = word_start + len(word)
                if mask.overlaps(word_start, word_end) or any(f.start < word_end and word_start < f.end for f in found + extra):
                    continue
                key = next((k for head in _head_forms(said, cjk) if (k := self._phrase_key(head + word)) is not None), None)
                if key is not None:
                    extra.append(Match(word_start, word_end, (key,)))
                    break
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    def _phrase_key(self, said: str) -> _FindingKey | None:
        """The finding a phrase of the lexicon names, as said or with its English words folded."""
        key = self._phrase_keys.get(said)
        if key is None and said.isascii():
            key = self._folded_keys.get(self._folder.phrase(said))
        return key

    def _joined(self, text: str, end: int, start: int) -> bool:
        """Whether two findings are joined only by a list connector ("and", "、", "和")."""
        if start <= end:
            return start == end
        gap = text[end:start].strip(" ,")
        return gap in self._list_connectors

    # ------------------------------------------------------------------
    def _language(self, text: str, lang: str, previous: str | None) -> Literal["zh", "en"] | None:
        if lang in ("zh", "en"):
            return lang  # type: ignore[return-value]
        ratio = cjk_ratio(text)
        if ratio is None:
            return previous  # type: ignore[return-value]
        return "zh" if ratio >= self.lex.context.language.zh_min_cjk_ratio else "en"

    def _apply_demographics(self, case: Case, demo, said: set[str], span) -> None:  # noqa: ANN001
        if demo.age_years is not None:
            case.age_years = demo.age_years
        if demo.sex is not None:
            case.sex = demo.sex  # type: ignore[assignment]
        preg_id = self.lex.demographics.pregnancy.finding_id
        if demo.pregnant:
            case.pregnant = True
            case.gestation_weeks = demo.gestation_weeks
            if preg_id in self.finding_ids and preg_id not in said and demo.pregnancy_span is not None:
                f = case.findings.setdefault(preg_id, Finding(id=preg_id))
                f.status = Presence.present
                f.evidence.append(span(*demo.pregnancy_span))
            later = self.lex.demographics.pregnancy.later_finding
            if (
                later is not None and later.id in self.finding_ids and later.id not in said
                and demo.gestation_weeks is not None and demo.gestation_weeks >= later.from_weeks
                and demo.pregnancy_span is not None
            ):
                f = case.findings.setdefault(later.id, Finding(id=later.id))
                f.status = Presence.present
                f.evidence.append(span(*demo.pregnancy_span))
        elif preg_id in said:
            status = case.findings[preg_id].status
            if status == Presence.present:
                case.pregnant = True
            elif status == Presence.absent:
                case.pregnant = False
                case.gestation_weeks = None
        pregnancy = self.lex.demographics.pregnancy
        if case.age_years is not None and case.age_years < pregnancy.min_age_years:
            case.pregnant, case.gestation_weeks = None, None  # the mother's pregnancy, named in a child's note
            later = pregnancy.later_finding.id if pregnancy.later_finding is not None else None
            for fid in filter(None, (preg_id, later)):
                case.findings.pop(fid, None)
        if case.pregnant and case.sex != "female":
            case.sex = "female"  # pregnancy outweighs a pronoun ("barely felt him" is the baby)

    def _apply_duration_rules(self, case: Case) -> None:
        """"chest pain for 40 minutes" -> prolonged_chest_pain (rules in derived.yaml); words win."""
        for rule in self.lex.derived.durations:
            src = case.findings.get(rule.from_finding)
            if rule.finding not in self.finding_ids or src is None or not _duration_fires(rule, src):
                continue
            existing = case.findings.get(rule.finding)
            if existing is None:
                case.findings[rule.finding] = Finding(
                    id=rule.finding, duration_days=src.duration_days, duration_text=src.duration_text,
                    evidence=[src.evidence[-1].model_copy()] if src.evidence else [],
                )

    def _apply_qualified(self, case: Case) -> None:
        """"chest tightness … woke him last night" -> rest_chest_pain (`qualified` in derived.yaml):
        both said present, and the specific finding not said either way."""
        for rule in self.lex.derived.qualified:
            qualifier = case.findings.get(rule.qualifier)
            if qualifier is None or qualifier.status != Presence.present or rule.finding not in self.finding_ids:
                continue
            if rule.finding in case.findings or not any(case.has(fid) for fid in rule.of):
                continue
            case.findings[rule.finding] = Finding(id=rule.finding, evidence=[s.model_copy() for s in qualifier.evidence])

    def _apply_onsets(self, case: Case) -> None:
        """"sudden tearing chest pain" -> sudden-onset chest pain (`onsets` in derived.yaml), when the
        specific finding was not said either way."""
        for rule in self.lex.derived.onsets:
            said = case.findings.get(rule.of)
            if said is None or said.status != Presence.present or said.onset != rule.onset:
                continue
            if rule.finding in self.finding_ids and rule.finding not in case.findings:
                case.findings[rule.finding] = Finding(
                    id=rule.finding, onset=said.onset, severity=said.severity, evidence=[s.model_copy() for s in said.evidence]
                )

    def _apply_derived(self, case: Case) -> None:
        derived_only = measured_only(case)
        for fid, d in derive(case, self.lex.derived, self.finding_ids).items():
            existing = case.findings.get(fid)
            if existing is not None and fid not in derived_only:
                # said in words: text wins, except that a measured abnormal value settles a finding
                # the words left uncertain ("febrile?" with "temp 38.5")
                if d is not None and existing.status == Presence.uncertain and d.status == Presence.present:
                    existing.status = Presence.present
                    existing.evidence.append(d.measurement.evidence[-1].model_copy())
                # …and a normal reading of a state of the moment, said after the words, is the state now
                elif d is not None and d.current_state and d.status == Presence.absent and _said_later(case, d.measurement, existing):
                    existing.status = Presence.absent
                    existing.evidence.append(d.measurement.evidence[-1].model_copy())
                # …and an abnormal reading said after words that denied it is the state since ("afebrile
                # yesterday. Today temp 39.1")
                elif d is not None and d.status == Presence.present and existing.status == Presence.absent and _said_later(
                    case, d.measurement, existing
                ):
                    existing.status = Presence.present
                    existing.evidence.append(d.measurement.evidence[-1].model_copy())
                continue
            if d is None:
                if existing is not None:
                    del case.findings[fid]
                continue
            case.findings[fid] = Finding(id=fid, status=d.status, evidence=[d.measurement.evidence[-1].model_copy()])


def _add_peak(case: Case, mid: str, peak_id: str, said: list[Reading], span: Callable[[int, int], Span]) -> None:
    """The highest of several readings of ``mid``, kept as ``peak_id`` when a later one is lower ("38.4 °C
    under the arm tonight … now 37.4 °C after Calpol": NICE NG143 1.5.1.1), while ``mid`` stays the latest."""
    values = [r for r in said if r.value is not None]
    latest = case.vitals.get(mid) or case.labs.get(mid)
    if len(values) < 2 or latest is None or latest.value is None:
        return
    peak = max(values, key=lambda r: r.value)
    if peak.value > latest.value:
        store = case.vitals if peak.kind == "vital" else case.labs
        store[peak_id] = Measurement(id=peak_id, value=peak.value, unit=peak.unit, evidence=[span(peak.start, peak.end)])


def _said_later(case: Case, m: Measurement, f: Finding) -> bool:
    """Whether the latest reading of ``m`` was said in a later sentence than every mention of ``f``
    ("drowsy after the fit. Now GCS 15"; not "drowsy, GCS 15", one description)."""
    if not m.evidence or not f.evidence:
        return False
    reading = max(m.evidence, key=lambda s: (s.utterance, s.start))
    for s in f.evidence:
        if s.utterance > reading.utterance:
            return False
        if s.utterance == reading.utterance and s.utterance < len(case.utterances):
            sentences = Clauses(case.utterances[s.utterance])
            if sentences.sentence_of(s.start) >= sentences.sentence_of(reading.start):
                return False
    return True


def _duration_fires(rule, finding: Finding) -> bool:  # noqa: ANN001
    days = finding.duration_days
    if finding.status != Presence.present or days is None or days <= rule.gt_days:
        return False
    return rule.max_days is None or days <= rule.max_days


def _add_ratio(case: Case, ratio: RatioDef) -> None:
    """"Peak flow 150, best 450" -> pef_percent 33 (`ratios` in measurements.yaml)."""
    store = case.vitals if ratio.kind == "vital" else case.labs
    part, whole = store.get(ratio.of), store.get(ratio.to)
    if part is None or whole is None or part.value is None or not whole.value:
        return
    store[ratio.id] = Measurement(id=ratio.id, value=round(100 * part.value / whole.value, 1), unit=ratio.unit,
                                  evidence=[s.model_copy() for s in part.evidence + whole.evidence])


def _addressed(phrases: list[tuple[str, _FindingKey]], forms: dict[str, str]) -> list[tuple[str, _FindingKey]]:
    """The same phrases said to the patient: "hit his head" asked as "hit your head?" (`addressed_forms`)."""
    if not forms:
        return []
    words = sorted(forms, key=len, reverse=True)  # "i'm" before "i"
    pattern = re.compile(r"(?<![a-z])(" + "|".join(re.escape(w) for w in words) + r")(?![a-z'])")
    seen = {w.lower() for w, _ in phrases}
    out: list[tuple[str, _FindingKey]] = []
    for word, key in phrases:
        said = pattern.sub(lambda m: forms[m.group(1)], word.lower())
        if said != word.lower() and said not in seen:
            seen.add(said)
            out.append((said, key))
    return out


# how far before a correction a doubting word is looked for
_DOUBT_REACH = 8
# "chest and back pain", "chest and upper back pain", "胸口和后背疼": the joint between a list's first word
# and the phrase (perhaps with one word of the phrase's own before it)
_LIST_JOINT = re.compile(r"(?: and | & |/|和|、|及)(?:[a-z]+ )?$")


def _heads(text: str, end: int, cjk: bool) -> list[str]:
    """The one or two words (English) or one to three characters (Chinese) that end at ``end``."""
    if cjk:
        return [text[end - n:end] for n in (3, 2, 1) if end - n >= 0 and not text[end - n:end].isascii()]
    words = re.findall(r"[a-z]+", text[max(0, end - 30):end])
    if not words or not text[:end].endswith(words[-1]):
        return []
    return [" ".join(words[-2:]), words[-1]] if len(words) >= 2 else [words[-1]]


# a form's numbered options in brackets, then the numbers chosen: "Symptoms (1 none 2 headache
# 3 chest pain): 1", "症状(1无症状 2头痛头晕 3胸闷): 2、3"
_OPTION_LEGEND = re.compile(r"[(（]((?:\s*\d{1,2}\s*[^()（）\d]+?)+)[)）]\s*[:：]\s*(\d{1,2}(?:\s*[,、/&+ ]\s*\d{1,2})*)")
_OPTION = re.compile(r"(\d{1,2})\s*([^\d]+)")


def _unselected_options(text: str) -> list[tuple[int, int]]:
    """The spans of a form's listed options that were not chosen: they say nothing of the patient."""
    spans = []
    for g in _OPTION_LEGEND.finditer(text):
        chosen = {int(n) for n in re.findall(r"\d{1,2}", g.group(2))}
        for o in _OPTION.finditer(g.group(1)):
            if int(o.group(1)) not in chosen:
                spans.append((g.start(1) + o.start(), g.start(1) + o.end()))
    return spans


_SENTENCE_STOPS = {".", "!", "?", "'", '"', "。", "！", "？"}
_HEAD_JOINT = re.compile(r" (?:and|&|\+|with) ")
_HEAD_JOINT_CJK = re.compile(r"(?:及|和|伴|、|并|伴有)")


def _next_words(text: str, start: int, cjk: bool) -> list[str]:
    """The word (English) or the three or two characters (Chinese) that start at ``start``."""
    if cjk:
        return [text[start:start + n] for n in (3, 2) if start + n <= len(text) and not text[start:start + n].isascii()]
    word = re.match(r"[a-z]+", text[start:])
    return [word.group(0)] if word else []


def _head_forms(said: str, cjk: bool) -> list[str]:
    """A phrase without its last word (English, with a space to join the next) or its last one or two
    characters (Chinese), longest first, then without some of its first words too."""
    if cjk:
        return [said[i:len(said) - n] for n in (1, 2) for i in range(0, len(said) - n - 1)]
    words = said.split()
    return [" ".join(words[i:-1]) + " " for i in range(0, len(words) - 1)]


def _tails(said: str, cjk: bool) -> list[str]:
    """The last one or two words (English) or characters (Chinese) of a phrase, shortest first."""
    if cjk:
        return [said[-n:] for n in (1, 2) if len(said) > n]
    words = said.split()
    return [" ".join(words[-n:]) for n in (1, 2) if len(words) > n]


def _without_articles(phrases: list[tuple[str, _FindingKey]], articles: list[str]) -> list[tuple[str, _FindingKey]]:
    """The same phrases said with their articles left out, as in limited English or a terse note:
    "pain under the right ribs" also matches "pain under right ribs". Only an article inside the
    phrase is left out, and only when no other phrase is already said that way."""
    if not articles:
        return []
    pattern = re.compile(r" (?:" + "|".join(re.escape(a) for a in articles) + r") (?=[a-z])")
    seen = {w.lower() for w, _ in phrases}
    out: list[tuple[str, _FindingKey]] = []
    for word, key in phrases:
        bare = pattern.sub(" ", word.lower())
        if bare != word.lower() and bare not in seen:
            seen.add(bare)
            out.append((bare, key))
    return out


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))


def _first_claim_pattern(openers: Iterable[str], after_quote: Iterable[str]) -> re.Pattern[str] | None:
    """An opener, then the quoted words (group 1: "一开始说“两条腿都麻”", "at first he said 'both legs'"), or
    the quoted words (group 2), then a word of saying ("'Lost the sight in my eye,' says this 27F")."""
    before, after = _alternation(openers), _alternation(after_quote)
    # the quoted words, without a comma that closes them ("'…in my eye,' says")
    quoted = r"[“\"'‘「]([^”\"'’」]{1,60}?)[,，]?[”\"'’」]"
    parts = [rf"(?:{before})\s*[:：,，]?\s*{quoted}"] if before else []
    if after:
        parts.append(rf"{quoted}\s*[,，]?\s*(?:{after})\b")
    return re.compile("|".join(parts)) if parts else None


def _reported_claim_pattern(openers: Iterable[str]) -> re.Pattern[str] | None:
    """A reported word of saying, then what was said up to the next dash, semicolon or full stop (group 1)."""
    words = _alternation(openers)
    return re.compile(rf"(?:{words})\s+([^–—;；。.]{{1,80}}?)(?=\s[-–—]|[–—;；。]|\.(?!\d)|$)") if words else None


# how far after a reported claim its revision may come
_REVISION_REACH = 160


# a word that tells the next event: a duration after it is that event's ("shaking, then sleepy for half an hour")
_NEXT_EVENT = re.compile(r"[,;]\s*(?:and\s+)?(?:then|afterwards|after that)\b", re.IGNORECASE)


def _nearest_duration(durations, starts: list[int], start: int, end: int, clauses: Clauses):  # noqa: ANN001, ANN202
    """The duration closest to a finding in the same clause (one after it preferred on ties)."""
    if not durations:
        return None
    clause = clauses.of(start)
    k = bisect.bisect_left(starts, end)
    best = None
    if k < len(durations) and clauses.of(durations[k].start) == clause:
        best = (durations[k].start - end, durations[k])
    if k > 0:
        prev = durations[k - 1]
        if prev.end <= start and clauses.of(max(prev.end - 1, 0)) == clause:
            dist = start - prev.end
            if best is None or dist < best[0]:
                best = (dist, prev)
    return None if best is None else best[1]


def _add_mention(items: list[Mention], name: str, evidence: Span) -> None:
    for item in items:
        if item.text == name:
            item.evidence.append(evidence)
            return
    items.append(Mention(text=name, evidence=[evidence]))


@lru_cache(maxsize=4)
def get_extractor(kb_dir: Path | None = None) -> Extractor:
    """The extractor for a knowledge-base folder (default: the configured one), built once."""
    if kb_dir is None:
        from assistant.config import get_settings

        kb_dir = get_settings().knowledge_base_dir
    return Extractor(Path(kb_dir))


def extract(text: str, case: Case | None = None, lang: str = "auto", *, kb_dir: Path | None = None) -> Case:
    """Read one utterance into a copy of the case (the input case is not changed)."""
    return get_extractor(kb_dir).extract(text, case, lang)

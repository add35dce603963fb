"""One writer interface over every chat model, with the grounding check on the way out.

Design choice: the deterministic grounded writer is itself a langchain-core
`BaseChatModel` (`GroundedChatModel`), so all three backends — grounded (offline
default), OpenAI-compatible (vLLM) and local GGUF (llama.cpp) — are driven the same way
by `AnswerWriter`:

- grounded: one message carrying the `Grounds` JSON;
- LLMs: a system prompt from prompts/answer/llm_{zh,en}.md with the Assessment and the
  numbered passages, then the question.

The model's stream is cut into sentences; each sentence goes through `GroundingChecker`
before it is yielded, so an ungrounded sentence is never spoken (it is dropped and listed
in the report). Unknown citation markers are removed from the text.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from string import Template

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel

from assistant.answer.events import GroundingReport
from assistant.answer.grounding import GroundingChecker, SentenceCheck, assessment_text, report
from assistant.answer.grounds import Grounds

# a sentence ends at Chinese end punctuation, or at . ! ? ; followed by whitespace; trailing
# citation markers stay with the sentence they follow
_END = re.compile(r"[。！？；!?;]|\.(?=\s)")
_TRAILING_CITES = re.compile(r"^(\s*\[\d+\])+")
MIN_SENTENCE_CHARS = 4


class SentenceChunker:
    """Incremental sentence splitter for streamed model output."""

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, delta: str) -> list[str]:
        self._buffer += delta
        out: list[str] = []
        search_from = 0
        while True:
            match = _END.search(self._buffer, search_from)
            if match is None:
                break
            end = match.end()
            rest = self._buffer[end:]
            if match.group(0) == "." and rest.lstrip()[:1].islower():
                search_from = end  # "e.g. the", "approx. two": not a sentence end
                continue
            cites = _TRAILING_CITES.match(rest)
            if cites:
                end += cites.end()
                rest = self._buffer[end:]
            if not rest.strip() or rest.lstrip().startswith("["):
                break  # wait: more citation markers may follow
            sentence = self._buffer[:end].strip()
            if len(sentence) < MIN_SENTENCE_CHARS:
                search_from = end
                continue
            out.append(sentence)
            self._buffer = self._buffer[end:]
            search_from = 0
        return out

    def flush(self) -> list[str]:
        rest, self._buffer = self._buffer.strip(), ""
        return [rest] if rest else []


class WrittenSentence(BaseModel):
    text: str
    check: SentenceCheck


def grounds_messages(g: Grounds) -> list[BaseMessage]:
    return [HumanMessage(content=g.model_dump_json())]


def render_assessment(g: Grounds) -> str:
    a = g.assessment
    if a is None or g.case_empty:
        return "(no patient case yet)"
    lines = [f"Triage: {a.triage.level}"]
    lines += [f"Red flag ({f.severity}): {f.title} — {f.action}" for f in a.red_flags]
    if a.insufficient_information:
        lines.append("Differential: not enough information yet")
    lines += [f"Differential: {d.name} — {d.band} ({d.probability:.0%})" for d in a.differential[:5]]
    lines += [f"Next question: {q.question}" for q in a.next_questions[:3]]
    lines += [f"Case value: {v.name} = {v.value}" for v in g.asked if v.value]
    lines.append("Doctor's notes: " + " / ".join(a.case.utterances[-5:]))
    return "\n".join(lines)


def llm_messages(g: Grounds, prompts_dir: Path) -> list[BaseMessage]:
    template = Template((prompts_dir / "answer" / f"llm_{g.lang}.md").read_text(encoding="utf-8"))
    passages = "\n\n".join(f"[{p.n}] {p.title} — {p.section}\n{p.text}" for p in g.passages) or "(none)"
    system = template.safe_substitute(
        intent=g.intent, assessment=render_assessment(g), passages=passages,
        history="\n".join(g.history[-6:]) or "(none)",
    )
    return [SystemMessage(content=system), HumanMessage(content=g.question)]


class AnswerWriter:
    """Streams checked sentences from a chat model; `name` is "grounded", "openai" or "gguf"."""

    def __init__(self, chat_model: BaseChatModel, name: str, prompts_dir: Path, checker: GroundingChecker) -> None:
        self.chat_model = chat_model
        self.name = name
        self.prompts_dir = prompts_dir
        self.checker = checker

    def messages(self, g: Grounds) -> list[BaseMessage]:
        return grounds_messages(g) if self.name == "grounded" else llm_messages(g, self.prompts_dir)

    async def stream(self, g: Grounds) -> AsyncIterator[WrittenSentence]:
        chunker = SentenceChunker()
        base = assessment_text(g)
        cited: set[int] = set()

        def checked(sentence: str) -> WrittenSentence:
            result = self.checker.check(sentence, g, cited, base)
            cited.update(result.citations)
            return WrittenSentence(text=result.text, check=result)

        async for chunk in self.chat_model.astream(self.messages(g)):
            for sentence in chunker.feed(str(chunk.content)):
                yield checked(sentence)
        for sentence in chunker.flush():
            yield checked(sentence)


def summarise(sentences: list[WrittenSentence]) -> GroundingReport:
    return report([s.check for s in sentences])

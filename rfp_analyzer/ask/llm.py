"""A synthesized answer to a question, written by the configured LLM from the passages `ask` retrieved.

The model sees the passages as blocks C1..Cn (vendor named, no page numbers) and returns sentences, each with
the blocks it relies on and a passage copied from each. A source counts only when the citation verifier finds its
quote on a page of the block; the answer cites those as [n]. A sentence whose quotes are all not found is removed
(counted in `dropped_claims`); a sentence that gives no source at all (typically "X says nothing about it") is kept
and marked [uncited], so the reader knows it is the model's statement, not the proposal's.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from ..config import Settings
from ..ingest.injection import load_patterns
from ..llm.blocks import Quote, load_template, locate_quotes, number_blocks, render_blocks
from ..llm.client import BadAnswer, EndpointDown, LLMClient
from ..models import Chunk
from .library import Answer, Citation, ProposalLibrary

PASSAGES_PER_VENDOR = 3  # the blocks the model reads: the best passages of each vendor in scope
UNCITED = "[uncited]"


class AnswerSentence(BaseModel):
    text: str = Field(max_length=500, description="one sentence of the answer")
    sources: list[Quote] = Field(max_length=3, description="the blocks this sentence relies on, each with a quote")


class SynthesizedAnswer(BaseModel):
    sentences: list[AnswerSentence] = Field(max_length=8)


def synthesize(answer: Answer, library: ProposalLibrary, client: LLMClient, prompts_dir: Path | None = None) -> Answer:
    """`answer` (extractive, with its passages) turned into the LLM's cited answer; raises llm.EndpointDown,
    BadAnswer or EndpointError as LLMClient.ask does."""
    passages = [c for v in answer.vendors for c in v.passages[:PASSAGES_PER_VENDOR]]
    if not passages:
        return answer
    blocks = number_blocks(passages)
    system = load_template("answer_system.txt", prompts_dir).format()
    user = load_template("answer_user.txt", prompts_dir).format(
        question=answer.question, vendors=", ".join(v.vendor for v in answer.vendors),
        evidence=render_blocks(blocks, load_patterns(), with_vendor=True))
    reply = client.ask(SynthesizedAnswer, system, user)
    return _cited_answer(answer, reply, blocks, library)


def _cited_answer(answer: Answer, reply: SynthesizedAnswer, blocks: dict[str, Chunk],
                  library: ProposalLibrary) -> Answer:
    cited: list[Citation] = []
    sentences, dropped = [], 0
    for sentence in reply.sentences:
        text = sentence.text.strip()
        if not text:
            continue
        if not sentence.sources:
            sentences.append(f"{text} {UNCITED}")
            continue
        evidence = locate_quotes(blocks, sentence.sources, lambda chunk: library.verifier(chunk.vendor))
        if not evidence:
            dropped += 1
            continue
        markers = []
        for chunk, e in evidence:
            citation = Citation(chunk.vendor, e.file, e.page, e.quote, library.verifier(chunk.vendor).from_ocr(e))
            if citation not in cited:
                cited.append(citation)
            markers.append(f"[{cited.index(citation) + 1}]")
        sentences.append(f"{text} {''.join(dict.fromkeys(markers))}")
    answer.mode, answer.synthesis, answer.cited, answer.dropped_claims = "llm", " ".join(sentences), cited, dropped
    if not cited:  # nothing the model said could be checked: the extractive answer is what we can stand behind
        answer.mode, answer.note = "extractive", f"the LLM's answer cited nothing that was found in the proposals " \
                                                 f"({dropped} claims dropped); showing the passages instead"
    return answer


def answer_with_llm(answer: Answer, library: ProposalLibrary, settings: Settings) -> Answer:
    """The LLM's cited answer; if the endpoint is down or answers unusably, the extractive answer with a note.
    A bad key or unknown model (llm.EndpointError) is raised: that is for the user to fix."""
    client = LLMClient(settings, cache_dir=library.index_dir / "llm-cache")
    try:
        return synthesize(answer, library, client, settings.prompts_dir)
    except (EndpointDown, BadAnswer) as exc:
        answer.note = f"no LLM answer ({exc}); showing the passages instead"
        return answer

"""A synthesized answer to a question, written by the configured LLM from the same grounding as the offline answer.

The model sees two labelled parts: the FINDINGS of the analysis on the question's topic (per vendor: charges it,
waives it or silent, with the block that holds each finding's quote) and the passages retrieval found, all as
blocks C1..Cn (vendor named, no page numbers; the findings' blocks come first). It returns sentences, each with
the blocks it relies on and a passage copied from each. A source counts only when the citation verifier finds its
quote on a page of the block; it is then widened to its whole clause (conditions and lapses kept, verified again)
and cited as [n]. A sentence whose quotes are all not found is removed (counted in `dropped_claims`); a sentence
that gives no source at all (typically "X says nothing about it") is kept and marked [uncited], so the reader
knows it is the model's statement, not the proposal's.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from ..config import Settings
from ..ingest.injection import load_patterns
from ..llm.blocks import Quote, load_template, locate_quotes, number_blocks, render_blocks, sanitize
from ..llm.client import BadAnswer, EndpointDown, LLMClient
from ..models import Chunk
from ..text import canonical
from .library import Answer, Citation, ProposalLibrary, VendorAnswer

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
    grounding = {v.vendor: finding_chunks(v, library) for v in answer.vendors}
    passages = list(dict.fromkeys([c for chunks in grounding.values() for c in chunks]
                                  + [c for v in answer.vendors for c in v.passages[:PASSAGES_PER_VENDOR]]))
    if not passages:
        return answer
    blocks = number_blocks(passages)
    system = load_template("answer_system.txt", prompts_dir).format()
    user = load_template("answer_user.txt", prompts_dir).format(
        question=answer.question, vendors=", ".join(v.vendor for v in answer.vendors),
        findings=sanitize(render_findings(answer, grounding, blocks), load_patterns()),  # amounts are vendor text
        evidence=render_blocks(blocks, load_patterns(), with_vendor=True))
    reply = client.ask(SynthesizedAnswer, system, user)
    return _cited_answer(answer, reply, blocks, library)


def finding_chunks(vendor: VendorAnswer, library: ProposalLibrary) -> list[Chunk]:
    """The passages that hold the quotes of a vendor's finding."""
    return [c for cited in vendor.finding_citations for c in library.retriever.chunks_of(vendor.vendor)
            if c.file == cited.file and cited.page in c.pages and canonical(cited.quote.split("...")[0]) in
            canonical(c.text)][:PASSAGES_PER_VENDOR]


def render_findings(answer: Answer, grounding: dict[str, list[Chunk]], blocks: dict[str, Chunk]) -> str:
    """The analysis's findings on the question's topic, one line per vendor, pointing to the blocks of their quotes;
    'none' when the question was not about a checklist item, a criterion or the cost ranking."""
    if answer.topic is None:
        return "none (the question is not about an item the analysis checks)"
    block_of = {id(chunk): block_id for block_id, chunk in blocks.items()}
    lines = [f"Topic: {answer.topic.label}"] + ([answer.lead] if answer.lead else [])
    for v in answer.vendors:
        if v.finding is not None:
            where = ", ".join(block_of[id(c)] for c in grounding[v.vendor] if id(c) in block_of)
            lines.append(f"- {v.vendor}: {v.finding.value}" + (f" (quoted in {where})" if where else ""))
        lines += [f"- {v.vendor}, {topic.label}: {finding.value}" for topic, finding, _ in v.more]
    lines += [f"- {row['vendor']}: {row['value']}" for row in answer.rows if answer.topic.from_model]
    return "\n".join(lines)


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
            citation = library.clause_citation(chunk.vendor, e.file, e.page, e.quote) or Citation(
                chunk.vendor, e.file, e.page, e.quote, library.verifier(chunk.vendor).from_ocr(e))
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

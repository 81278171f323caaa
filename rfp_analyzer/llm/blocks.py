"""Evidence blocks, shared by the LLM judge and the LLM answers of `ask`.

The model sees proposal passages as blocks labelled C1, C2, ... (never page numbers it could invent) inside a
fence, and cites block ids with a quote copied from the block. A quote is kept only when the citation verifier
finds it on a page of the cited block, or of another block given. Proposal text is data: sentences addressed to an
AI evaluator are removed before the model reads them, and what is left cannot close the fence or forge a label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from langchain_core.prompts import PromptTemplate
from pydantic import BaseModel, Field

from ..config import PROMPTS_DIR
from ..ingest.injection import find_injection
from ..models import Chunk, Evidence
from ..text import canonical
from ..verify import CitationVerifier


class Quote(BaseModel):
    chunk_id: str = Field(max_length=8, description="id of the evidence block the text is copied from, e.g. C2")
    text: str = Field(max_length=300, description="text copied exactly from that block")


def load_template(name: str, folder: Path | None = None) -> PromptTemplate:
    """A prompt file from `folder`, else the shipped one (an override folder may replace only some prompts)."""
    path = Path(folder or PROMPTS_DIR) / name
    if not path.is_file():
        path = PROMPTS_DIR / name
    return PromptTemplate.from_template(path.read_text(encoding="utf-8"))


def number_blocks(chunks: list[Chunk]) -> dict[str, Chunk]:
    """Evidence labelled C1, C2, ...: the model cites these ids and never sees page numbers it could invent."""
    return {f"C{n}": chunk for n, chunk in enumerate(chunks, start=1)}


def render_blocks(blocks: dict[str, Chunk], injection: tuple[re.Pattern, ...], with_vendor: bool = False) -> str:
    parts = []
    for block_id, chunk in blocks.items():
        label = (f" vendor: {chunk.vendor}" if with_vendor else "") + (f" (section: {chunk.section})" if chunk.section
                                                                         else "")
        parts.append(f"[{block_id}]{label}\n{sanitize(chunk.text, injection)}")
    return "\n\n".join(parts)


# What frames the evidence in the prompts: the <<<EVIDENCE ... EVIDENCE>>> fence and the [C1] block labels.
_FENCE = re.compile(r"<{3,}|>{3,}")
_BLOCK_LABEL = re.compile(r"\[(C\d+)\]")


def sanitize(text: str, injection: tuple[re.Pattern, ...]) -> str:
    """Proposal text is data, never instructions: sentences addressed to an AI evaluator are removed, and what is
    left can neither close the evidence fence nor forge a block label (a vendor's own "EVIDENCE>>>" or "[C9]")."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    kept = " ".join(s for s in sentences if not find_injection(s, tuple(injection)))
    return _BLOCK_LABEL.sub(r"(\1)", _FENCE.sub(lambda m: m.group(0)[0], kept))


def locate_quotes(blocks: dict[str, Chunk], quotes: list[Quote],
                  verifier_of: Callable[[Chunk], CitationVerifier]) -> list[tuple[Chunk, Evidence]]:
    """Verified evidence for the model's quotes, with the block it is in: found on a page of the cited block, or
    of another block."""
    found: list[tuple[Chunk, Evidence]] = []
    for quote in quotes:
        wanted = canonical(quote.text)
        if not wanted:
            continue
        cited = [blocks[quote.chunk_id]] if quote.chunk_id in blocks else []
        for chunk in cited + [c for c in blocks.values() if c not in cited]:
            if wanted not in canonical(chunk.text):
                continue
            verifier = verifier_of(chunk)
            hit = next((e for page in chunk.pages
                        if verifier.is_verbatim(e := Evidence(chunk.file, page, quote.text.strip(), chunk.section))),
                       None)
            if hit and (chunk, hit) not in found:
                found.append((chunk, hit))
            break
    return found

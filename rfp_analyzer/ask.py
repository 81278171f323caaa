"""Ask the proposals a question, from the index `rfp-analyze` built (no PDF is read again).

Offline the answer is extractive: for each vendor, the sentences of its best passages that share the question's
terms, each cited with file and page and verified against the stored page text; a vendor with nothing relevant
is listed as such, with what was searched, rather than silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .index import ProposalIndex
from .models import Chunk, Evidence
from .retrieve import STEMMER, Retriever
from .verify import CitationVerifier

_WORD = re.compile(r"[a-z0-9]+(?:/[a-z0-9]+)*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# Words of the question that say nothing about the subject.
QUESTION_WORDS = set("""a an and are as at be by can could do does for from has have how i in is it its of on or our
their them they this to was we what when where which who whom why will with would vendor vendors proposal proposals
say says said offer offers provide provides any there about tell me us compare list show give""".split())
MIN_SHARE = 0.5  # share of the question's terms a sentence must contain to be an answer
MAX_SENTENCES = 3  # per vendor


class NoIndex(Exception):
    pass


@dataclass
class Citation:
    vendor: str
    file: str
    page: int
    quote: str

    def as_dict(self) -> dict:
        return {"vendor": self.vendor, "file": self.file, "page": self.page, "quote": self.quote}


@dataclass
class VendorAnswer:
    vendor: str
    citations: list[Citation] = field(default_factory=list)
    searched: int = 0  # passages read


@dataclass
class Answer:
    question: str
    vendors: list[VendorAnswer]
    mode: str = "extractive"
    terms: list[str] = field(default_factory=list)

    @property
    def citations(self) -> list[Citation]:
        return [c for v in self.vendors for c in v.citations]

    @property
    def text(self) -> str:
        if not self.citations:
            return (f"No proposal addresses this question (searched {sum(v.searched for v in self.vendors)} passages "
                    f"of {len(self.vendors)} vendors for: {', '.join(self.terms) or 'nothing searchable'}).")
        lines = []
        for v in self.vendors:
            if v.citations:
                lines.append(f"{v.vendor}: " + " ".join(f"\u201c{c.quote}\u201d ({c.file} p. {c.page})"
                                                          for c in v.citations))
            else:
                lines.append(f"{v.vendor}: nothing found (searched {v.searched} passages for "
                             f"{', '.join(self.terms)}).")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"question": self.question, "answer": self.text, "mode": self.mode,
                "citations": [c.as_dict() for c in self.citations],
                "vendors": {v.vendor: {"found": bool(v.citations), "passages_searched": v.searched}
                            for v in self.vendors}}


def question_terms(question: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(question) if w.lower() not in QUESTION_WORDS]
    return list(dict.fromkeys(STEMMER.stemWords(words)))


def ask(index_dir: Path, question: str, vendors: list[str] | None = None, top_k: int = 4,
        chroma_url: str | None = None) -> Answer:
    index_dir = Path(index_dir)
    if not chroma_url and not index_dir.is_dir():
        raise NoIndex(f"{index_dir}: no index here; run 'rfp-analyze PROPOSALS_DIR --index {index_dir}' first")
    index = ProposalIndex(index_dir, chroma_url=chroma_url)
    chunks = index.chunks(vendors)
    if not chunks:
        known = sorted({c.vendor for c in index.chunks()})
        raise NoIndex(f"{chroma_url or index_dir}: no indexed proposals" + (f" for {', '.join(vendors)} (indexed: "
                                                              f"{', '.join(known)})" if vendors and known else ""))
    retriever = Retriever(index, chunks)
    terms = question_terms(question)
    answers = []
    for vendor in sorted({c.vendor for c in chunks}):
        own = [c for c in chunks if c.vendor == vendor]
        verifier = CitationVerifier(index.stored_sources(own))
        passages = retriever.search(vendor, [question], k=top_k)
        answers.append(VendorAnswer(vendor, _best_sentences(vendor, passages, terms, verifier), len(passages)))
    return Answer(question, answers, terms=terms)


def _best_sentences(vendor: str, passages: list[Chunk], terms: list[str],
                    verifier: CitationVerifier) -> list[Citation]:
    scored = []
    for rank, chunk in enumerate(passages):
        for offset, sentence in _sentences(chunk):
            stems = set(STEMMER.stemWords([w.lower() for w in _WORD.findall(sentence)]))
            share = sum(t in stems for t in terms) / len(terms) if terms else 0.0
            if share >= MIN_SHARE:
                evidence = Evidence(chunk.file, chunk.page_at(offset), sentence)
                if verifier.is_verbatim(evidence):
                    scored.append((-share, rank, Citation(vendor, evidence.file, evidence.page, sentence)))
    scored.sort(key=lambda item: (item[0], item[1]))
    seen, out = set(), []
    for _, _, citation in scored:
        if citation.quote not in seen:
            seen.add(citation.quote)
            out.append(citation)
    return out[:MAX_SENTENCES]


def _sentences(chunk: Chunk) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a chunk's text, cut at sentence ends and at page breaks, so that every piece
    lies on the one page the chunk's page map gives for its offset."""
    text = chunk.text
    cuts = sorted({0, len(text)} | {m.end() for m in _SENTENCE_END.finditer(text)} | {o for o, _ in chunk.page_map})
    pieces = ((start, text[start:end]) for start, end in zip(cuts, cuts[1:]))
    return [(start + len(piece) - len(piece.lstrip()), piece.strip()) for start, piece in pieces if piece.strip()]

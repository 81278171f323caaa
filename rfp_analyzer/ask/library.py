"""Ask the proposals a question, from the index `rfp-analyze` built (no PDF is read again).

For each vendor the best passages are retrieved (the same hybrid search as the judge). Offline the answer is
extractive: the sentences of those passages that share most of the question's terms, each cited with file and
page and verified against the stored page text. When no sentence shares enough terms but a passage is close in
meaning (the vectors say so), its best sentence is shown as the closest passage, so a paraphrase ("implementation
charges" for "setup fee") is not missed. A vendor with nothing relevant is listed as such, with what was searched.
With an LLM endpoint, `ask_llm` writes a synthesized answer over the same passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import redact_url
from ..index.retrieve import Retriever, VectorStore, stem_words
from ..index.snapshot import IndexSnapshot
from ..models import Chunk, Evidence
from ..verify import CitationVerifier

_WORD = re.compile(r"[a-z0-9]+(?:/[a-z0-9]+)*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_CAPITALIZED = re.compile(r"(?<=\s)[A-Z0-9]")
_ROUND_THE_CLOCK = re.compile(r"\b24\s*[x\u00d7/]\s*7(?:\s*[x\u00d7/]\s*365)?\b", re.IGNORECASE)  # 24x7, 24/7/365
# Words of the question that say nothing about the subject.
QUESTION_WORDS = set("""a an and are as at be by can could do does for from has have how i in is it its of on or our
their them they this to was we what when where which who whom why will with would vendor vendors proposal proposals
say says said offer offers provide provides any there about tell me us compare list show give""".split())
MIN_SHARE = 0.5  # share of the question's terms a sentence must contain to be an answer
RELATED_MIN = 0.4  # cosine similarity above which a passage is about the question even without its words
MAX_SENTENCES = 3  # per vendor


class NoIndex(Exception):
    pass


@dataclass
class Citation:
    vendor: str
    file: str
    page: int
    quote: str
    ocr: bool = False  # the page's text was read by OCR

    def as_dict(self) -> dict:
        data = {"vendor": self.vendor, "file": self.file, "page": self.page, "quote": self.quote}
        return data | {"ocr": True} if self.ocr else data

    @property
    def where(self) -> str:
        return f"{self.file} p. {self.page}" + (", OCR" if self.ocr else "")


@dataclass
class VendorAnswer:
    vendor: str
    citations: list[Citation] = field(default_factory=list)
    passages: list[Chunk] = field(default_factory=list)  # what was read, best first (`/sources` in chat)
    closest: bool = False  # the citations are the closest passage, not sentences with the question's terms

    @property
    def found(self) -> str:
        return "closest passage" if self.closest else ("answer" if self.citations else "nothing found")


@dataclass
class Answer:
    question: str
    vendors: list[VendorAnswer]
    terms: list[str] = field(default_factory=list)
    mode: str = "extractive"
    synthesis: str = ""  # the LLM's answer, each sentence ending in [n] markers into `cited`
    cited: list[Citation] = field(default_factory=list)
    dropped_claims: int = 0  # LLM sentences removed because no quote of theirs was found on the page
    note: str = ""  # e.g. why the LLM answer could not be had

    @property
    def citations(self) -> list[Citation]:
        return self.cited if self.mode == "llm" else [c for v in self.vendors for c in v.citations]

    @property
    def searched(self) -> int:
        return sum(len(v.passages) for v in self.vendors)

    @property
    def text(self) -> str:
        body = self.synthesis if self.mode == "llm" else self._extractive_text()
        return f"{body}\n({self.note})" if self.note else body

    def _extractive_text(self) -> str:
        if not self.citations:
            return (f"No proposal addresses this question (searched {self.searched} passages of {len(self.vendors)} "
                    f"vendors for: {', '.join(self.terms) or 'nothing searchable'}).")
        lines = []
        for v in self.vendors:
            quotes = " ".join(f"\u201c{c.quote}\u201d ({c.where})" for c in v.citations)
            if v.closest:
                lines.append(f"{v.vendor}: no sentence with the question's terms; closest passage: {quotes}")
            elif v.citations:
                lines.append(f"{v.vendor}: {quotes}")
            else:
                lines.append(f"{v.vendor}: nothing found (searched {len(v.passages)} passages for "
                             f"{', '.join(self.terms)}).")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"question": self.question, "answer": self.text, "mode": self.mode,
                "citations": [c.as_dict() for c in self.citations],
                "vendors": {v.vendor: {"found": v.found, "passages_searched": len(v.passages)} for v in self.vendors},
                **({"dropped_claims": self.dropped_claims} if self.mode == "llm" else {})}


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(_ROUND_THE_CLOCK.sub("24/7", text))]


def question_terms(question: str) -> list[str]:
    return list(dict.fromkeys(stem_words([w for w in words_of(question) if w not in QUESTION_WORDS])))


def open_store(index_dir: Path, chroma_url: str | None = None) -> VectorStore:
    """The Chroma server when one is given; else the snapshot the last analysis wrote (fast: no chromadb import),
    else the embedded Chroma index itself."""
    snapshot = None if chroma_url else IndexSnapshot.load(index_dir)
    if snapshot is not None:
        return snapshot
    from ..index.chroma import ProposalIndex  # imported here: chromadb takes over a second to import

    return ProposalIndex(index_dir, chroma_url=chroma_url)


class ProposalLibrary:
    """The indexed proposals, opened once: `ask` uses it for one question, `chat` for a whole session."""

    def __init__(self, index_dir: Path, chroma_url: str | None = None) -> None:
        self.index_dir = Path(index_dir)
        if not chroma_url and not self.index_dir.is_dir():
            raise NoIndex(f"{self.index_dir}: no index here; run 'rfp-analyze PROPOSALS_DIR --index {self.index_dir}' "
                          "first")
        self.store = open_store(self.index_dir, chroma_url)
        self.chunks = self.store.chunks()
        if not self.chunks:
            where = redact_url(chroma_url) if chroma_url else self.index_dir
            raise NoIndex(f"{where}: no indexed proposals; run 'rfp-analyze PROPOSALS_DIR' first")
        self.vendors = sorted({c.vendor for c in self.chunks})
        self.retriever = Retriever(self.store, self.chunks)
        self._verifiers: dict[str, CitationVerifier] = {}

    def verifier(self, vendor: str) -> CitationVerifier:
        """One verifier per vendor: two vendors may both send a "proposal.pdf"."""
        if vendor not in self._verifiers:
            self._verifiers[vendor] = CitationVerifier(self.store.stored_sources(self.retriever.chunks_of(vendor)))
        return self._verifiers[vendor]

    def check_vendors(self, vendors: list[str] | None) -> list[str]:
        if not vendors:
            return self.vendors
        unknown = [v for v in vendors if v not in self.vendors]
        if unknown:
            raise NoIndex(f"no indexed proposals for {', '.join(unknown)} (indexed: {', '.join(self.vendors)})")
        return list(vendors)

    def ask(self, question: str, vendors: list[str] | None = None, top_k: int = 4) -> Answer:
        """The extractive answer (and the passages an LLM answer is written from)."""
        terms = question_terms(question)
        answers = []
        for vendor in self.check_vendors(vendors):
            passages = self.retriever.search(vendor, [question], k=top_k)
            answers.append(self._vendor_answer(vendor, question, terms, passages))
        return Answer(question, answers, terms=terms)

    def _vendor_answer(self, vendor: str, question: str, terms: list[str], passages: list[Chunk]) -> VendorAnswer:
        verifier = self.verifier(vendor)
        scored = []  # (share, passage rank, citation)
        for rank, chunk in enumerate(passages):
            for offset, sentence in _sentences(chunk):
                share = term_share(sentence, terms)
                quote = verifiable_part(chunk, offset, sentence, verifier) if share > 0 else None
                if quote:
                    scored.append((term_share(quote.quote, terms), rank, Citation(vendor, quote.file, quote.page,
                                                                                   quote.quote, verifier.from_ocr(quote))))
        strong = [(s, r, c) for s, r, c in scored if s >= MIN_SHARE]
        if strong:
            return VendorAnswer(vendor, _best(strong), passages)
        related = {rank for rank, score in enumerate(self.retriever.similarity(question, passages)) if score >= RELATED_MIN}
        closest = [(s, r, c) for s, r, c in scored if r in related]
        return VendorAnswer(vendor, _best(closest)[:1], passages, closest=bool(closest))


def term_share(sentence: str, terms: list[str]) -> float:
    if not terms:
        return 0.0
    stems = set(stem_words(words_of(sentence)))
    return sum(t in stems for t in terms) / len(terms)


def verifiable_part(chunk: Chunk, offset: int, sentence: str, verifier: CitationVerifier) -> Evidence | None:
    """The sentence as evidence if it is verbatim on its page; else its longest verbatim tail starting at a
    capitalized word (the chunker joins run-in headings and list items that the page separates with bullets)."""
    starts = [0] + [m.start() for m in _CAPITALIZED.finditer(sentence)]
    for start in starts:
        evidence = Evidence(chunk.file, chunk.page_at(offset + start), sentence[start:].strip())
        if verifier.is_verbatim(evidence):
            return evidence
    return None


def _best(scored: list[tuple[float, int, Citation]]) -> list[Citation]:
    scored = sorted(scored, key=lambda item: (-item[0], item[1]))
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


def ask(index_dir: Path, question: str, vendors: list[str] | None = None, top_k: int = 4) -> Answer:
    """One offline question (see ProposalLibrary.ask)."""
    return ProposalLibrary(index_dir).ask(question, vendors, top_k)

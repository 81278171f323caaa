"""Ask the proposals a question, from the index `rfp-analyze` built and the analysis it wrote (no PDF is read again).

An answer is grounded in the analysis first: when results.json is there (`--out`), the question is routed by
meaning to a fee item, a criterion or the cost ranking (grounding.py), and every vendor's finding is stated
(charges it, with the amount / waives it / silent) with its verified citations. Then come the passages retrieval
finds beyond them (the same hybrid search as the judge). Offline these are the sentences of each vendor's best
passages that share most of the question's terms; when no sentence shares enough terms but a passage is close in
meaning (the vectors say so), its best sentence is shown as the closest passage, so a paraphrase ("implementation
charges" for "setup fee") is not missed. With an LLM endpoint, `llm.py` writes the answer from the same grounding.

Quotes are whole clauses: a sentence is cut only where it ends (never at ';'), so "stored free for the first six
months; after that USD 0.03 per recording" keeps its lapse. A long sentence keeps its first and last clauses and the
ones that carry the answer, with "..." where clauses were left out (the verifier checks each piece, in order). A
finding's quote is widened to its whole sentence the same way. Every quote is verified on its page.
Vendor names in a question choose the vendors asked about; they are never searched for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..config import Settings, redact_url
from ..index.retrieve import Retriever, VectorStore, stem_words
from ..index.snapshot import IndexSnapshot
from ..ingest.chunk import sentence_bounds
from ..models import Chunk, Evidence
from ..verify import CitationVerifier
from .grounding import Analysis, Topic, VendorFinding

_WORD = re.compile(r"[a-z0-9]+(?:/[a-z0-9]+)*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?<=[;:])\s+")  # where a long sentence may be abridged: between its clauses
_TABULAR = re.compile(r"\b(?:compare|comparison|compared|across (?:all |the )?vendors|side by side|versus|table)\b",
                      re.IGNORECASE)
_CAPITALIZED = re.compile(r"(?<=\s)[A-Z0-9]")
_ROUND_THE_CLOCK = re.compile(r"\b24\s*[x\u00d7/]\s*7(?:\s*[x\u00d7/]\s*365)?\b", re.IGNORECASE)  # 24x7, 24/7/365
# Words of the question that say nothing about the subject.
QUESTION_WORDS = set("""a an and are as at be by can could do does for from has have how i in is it its of on or our
their them they this to was we what when where which who whom why will with would vendor vendors proposal proposals
say says said offer offers provide provides any there about tell me us compare list show give""".split())
MIN_SHARE = 0.5  # share of the question's terms a sentence must contain to be an answer
RELATED_MIN = 0.4  # cosine similarity above which a passage is about the question even without its words
SENTENCE_MIN = 0.45  # ... above which a sentence is about a question the analysis answers (added to the finding)
MAX_SENTENCES = 3  # per vendor
MAX_EXTRA = 2  # passages shown beyond a vendor's finding
MEANING_WORDS = 30  # the words of a sentence embedded to weigh its meaning against the question
MAX_CLAUSE_WORDS = 80  # a longer sentence is quoted with "..." where clauses without the answer were left out


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
    citations: list[Citation] = field(default_factory=list)  # passages beyond the finding
    passages: list[Chunk] = field(default_factory=list)  # what was read, best first (`/sources` in chat)
    closest: bool = False  # the citations are the closest passage, not sentences with the question's terms
    finding: VendorFinding | None = None  # what the analysis found on the question's topic
    finding_citations: list[Citation] = field(default_factory=list)
    more: list[tuple[Topic, VendorFinding, list[Citation]]] = field(default_factory=list)  # on the other topics

    @property
    def found(self) -> str:
        if (self.finding and not self.finding.silent and self.finding_citations) or self.more:
            return "finding"
        return "closest passage" if self.closest else ("answer" if self.citations else "nothing found")

    @property
    def all_citations(self) -> list[Citation]:
        return self.finding_citations + [c for _, _, cited in self.more for c in cited] + self.citations


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
    topic: Topic | None = None  # the fee item, criterion or cost ranking the question was routed to
    also: list[Topic] = field(default_factory=list)  # items about as close to the question (their findings follow)
    lead: str = ""  # the cost model's answer
    rows: list[dict] = field(default_factory=list)  # a comparison table: vendor, value, citation

    @property
    def citations(self) -> list[Citation]:
        return self.cited if self.mode == "llm" else [c for v in self.vendors for c in v.all_citations]

    @property
    def searched(self) -> int:
        return sum(len(v.passages) for v in self.vendors)

    @property
    def text(self) -> str:
        body = self.synthesis if self.mode == "llm" else self._extractive_text()
        return f"{body}\n({self.note})" if self.note else body

    def _extractive_text(self) -> str:
        lines = [self.lead] if self.lead else []
        if self.rows:
            lines += table_lines(self.rows)
        elif self.topic and not self.topic.from_model:
            lines.append(f"From the analysis ({self.topic.label}):")
            lines += [f"{v.vendor}: {_finding_line(v)}" for v in self.vendors if v.finding]
            for topic in self.also:
                more = [f"{v.vendor}: {finding.value}: {_quoted(cited)}" for v in self.vendors
                        for t, finding, cited in v.more if t == topic]
                lines += [f"Also from the analysis ({topic.label}):", *more] if more else []
        extra = self._passage_lines()
        if extra and lines:
            lines += ["From the proposals:", *extra]
        elif not lines and not extra:
            return (f"No proposal addresses this question (searched {self.searched} passages of {len(self.vendors)} "
                    f"vendors for: {', '.join(self.terms) or 'nothing searchable'}).")
        else:
            lines += extra
        return "\n".join(lines)

    def _passage_lines(self) -> list[str]:
        grounded = bool(self.topic)
        lines = []
        for v in self.vendors:
            quotes = _quoted(v.citations)
            if v.closest:
                lines.append(f"{v.vendor}: no sentence with the question's terms; closest passage: {quotes}")
            elif v.citations:
                lines.append(f"{v.vendor}: {quotes}")
            elif not grounded and any(x.citations for x in self.vendors):
                lines.append(f"{v.vendor}: nothing found (searched {len(v.passages)} passages for "
                             f"{', '.join(self.terms)}).")
        return lines

    def as_dict(self) -> dict:
        vendors = {}
        for v in self.vendors:
            vendors[v.vendor] = {"found": v.found, "passages_searched": len(v.passages)}
            if v.finding:
                vendors[v.vendor] |= {"status": v.finding.status, "verdict": v.finding.verdict,
                                      "amount": v.finding.amount}
        topic = {"topic": {"id": self.topic.id, "kind": self.topic.kind, "title": self.topic.title}} if self.topic \
            else {}
        return {"question": self.question, "answer": self.text, "mode": self.mode,
                "citations": [c.as_dict() for c in self.citations], "vendors": vendors, **topic,
                **({"rows": self.rows} if self.rows else {}),
                **({"dropped_claims": self.dropped_claims} if self.mode == "llm" else {})}


def _finding_line(v: VendorAnswer) -> str:
    assert v.finding is not None
    if v.finding.silent:
        return v.finding.verdict + ("; but see the passages below" if v.citations else "")
    if not v.finding_citations:
        return f"{v.finding.value} (its quotes could not be verified here)"
    return f"{v.finding.value}: {_quoted(v.finding_citations)}"


def _quoted(citations: list[Citation]) -> str:
    return " ".join(f"\u201c{c.quote}\u201d ({c.where})" for c in citations)


def table_lines(rows: list[dict]) -> list[str]:
    """A small plain-text table: vendor | value | citation (file, page and quote)."""
    def cited(row: dict) -> str:
        c = row.get("citation")
        return f"{c['file']} p. {c['page']}: \u201c{c['quote']}\u201d" if c else "-"
    cells = [("vendor", "value", "citation")] + [(r["vendor"], r["value"], cited(r)) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(2)]
    return [f"{a:<{widths[0]}} | {b:<{widths[1]}} | {c}" for a, b, c in cells]


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
    """The indexed proposals and the analysis of them, opened once: `ask` uses it for one question, `chat` for a
    whole session."""

    def __init__(self, index_dir: Path, chroma_url: str | None = None, results_dir: Path | None = None) -> None:
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
        self.analysis, self.analysis_note = self._open_analysis(results_dir)

    def _open_analysis(self, results_dir: Path | None) -> tuple[Analysis | None, str]:
        """results.json of the analysis behind this index, if it is there and is about the same vendors."""
        if results_dir is None:
            return None, ""
        analysis = Analysis.load(results_dir, self.store.embedder.embed, self.index_dir)
        if analysis is None:
            return None, f"no analysis in {results_dir} (results.json): answering from the passages only"
        if not set(analysis.vendors) & set(self.vendors):
            return None, f"the analysis in {results_dir} is about other vendors: answering from the passages only"
        return analysis, ""

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

    def vendors_named(self, line: str) -> list[str]:
        """Vendors whose name, or a distinctive part of it ("keystone" for keystone-meridian), is in the line."""
        words = set(re.findall(r"[a-z0-9]+", line.lower()))
        return [v for v in self.vendors if v.lower() in line.lower() or any(p in words for p in _name_parts(v))]

    def without_vendor_names(self, question: str) -> str:
        """The question with every vendor's name replaced by "the vendor": a name picks vendors, it is no search
        term (a follow-up must not look for the previous vendor's name in the others' proposals)."""
        parts = sorted({p for v in self.vendors for p in [v.lower(), *_name_parts(v)]}, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in parts) + r")(?:'s)?\b", re.IGNORECASE)
        return re.sub(r"(?:the vendor[\s-]*)+", "the vendor ", pattern.sub("the vendor", question)).strip()

    def ask(self, question: str, vendors: list[str] | None = None, top_k: int = 4) -> Answer:
        """The grounded extractive answer (and the passages an LLM answer is written from)."""
        scope = self.check_vendors(vendors or self.vendors_named(question))
        search = self.without_vendor_names(question)
        terms = question_terms(search)
        topics = self.analysis.route(self.retriever.query_vector(_TABULAR.sub(" ", search))) if self.analysis else []
        topic = topics[0] if topics else None
        # A routed question is also searched with its topics' words: "hours we must pay for" finds "minimum billing".
        queries = [search] + [t.texts[0] for t in topics if not t.from_model]
        self.retriever.remember({t.texts[0]: self.analysis.vector_of(t) for t in topics if self.analysis})
        topic_terms = [question_terms(t.title) for t in topics]
        answers = []
        for vendor in scope:
            passages = self.retriever.search(vendor, queries, k=top_k)
            finding = self.analysis.finding(vendor, topic) if self.analysis and topic else None
            answers.append(self._vendor_answer(vendor, search, [terms, *topic_terms], passages, finding))
        answer = Answer(question, answers, terms=terms, topic=topic, also=topics[1:], note=self.analysis_note)
        if topic is not None:
            self._keep_about(queries, answers)
            self._ground(answer, topic)
        return answer

    # ---- grounding in the analysis ------------------------------------------------------------------------------
    def _ground(self, answer: Answer, topic: Topic) -> None:
        assert self.analysis is not None
        if topic.from_model:
            asked = [v.vendor for v in answer.vendors]
            answer.lead, rows = (self.analysis.cost_ranking(answer.question, asked) if topic.kind == "cost"
                                 else self.analysis.rate_cards(asked))
            by_vendor = {v.vendor: v for v in answer.vendors}
            for row in rows:  # the source of each vendor's largest cost line, widened to its clause and verified
                e = row.pop("citation")
                cited = self.clause_citation(row["vendor"], e["file"], e["page"], e["quote"]) if e else None
                vendor = by_vendor[row["vendor"]]
                if cited:  # the cost model answers (the passages are in /sources); a vendor it has no price for
                    vendor.citations = []  # keeps its passages: the proposal may state what the model missed
                vendor.finding_citations = [cited] if cited else []
                answer.rows.append(row | {"citation": cited.as_dict() if cited else None})
            return
        for v in answer.vendors:
            if v.finding is None:
                continue
            v.finding_citations = self._finding_citations(v.vendor, v.finding)
            for other in answer.also:
                finding = self.analysis.finding(v.vendor, other)
                cited = self._finding_citations(v.vendor, finding) if finding and not finding.silent else []
                v.more += [(other, finding, cited)] if finding and cited else []
            grounded = v.finding_citations + [c for _, _, cited in v.more for c in cited]
            v.citations = [c for c in v.citations if not _overlaps(c, grounded)][:MAX_EXTRA]
        if _TABULAR.search(answer.question):
            answer.rows = [{"vendor": v.vendor, "value": v.finding.value if v.finding else "not in the analysis",
                            "citation": v.finding_citations[0].as_dict() if v.finding_citations else None}
                           for v in answer.vendors]

    def _finding_citations(self, vendor: str, finding: VendorFinding) -> list[Citation]:
        return _unique([c for e in finding.evidence if (c := self.clause_citation(vendor, e["file"], e["page"],
                                                                                   e["quote"]))])

    def clause_citation(self, vendor: str, file: str, page: int, quote: str) -> Citation | None:
        """A quote of the analysis as its whole clause, verified on its page; the quote itself when the clause
        cannot be placed; None when neither is on the page."""
        verifier = self.verifier(vendor)
        for chunk in self.retriever.chunks_of(vendor):
            at = chunk.text.find(quote) if chunk.file == file and page in chunk.pages else -1
            if at < 0:
                continue
            offset, clause = whole_clause(chunk, at, at + len(quote))
            evidence = verifiable_part(chunk, offset, clause, verifier)
            if evidence and evidence.page == page and len(evidence.quote) >= len(quote):
                return Citation(vendor, file, page, evidence.quote, verifier.from_ocr(evidence))
        evidence = Evidence(file, page, quote)
        return Citation(vendor, file, page, quote, verifier.from_ocr(evidence)) if verifier.is_verbatim(evidence) \
            else None

    # ---- passages ----------------------------------------------------------------------------------------------
    def _keep_about(self, queries: list[str], answers: list[VendorAnswer]) -> None:
        """Keep the sentences close in meaning to the question or its topic (SENTENCE_MIN): all vendors' in one
        batch."""
        for v in answers:  # only the best few can be shown: only those are weighed
            v.citations = v.citations[:MAX_EXTRA]
        quotes = sorted({c.quote for v in answers for c in v.citations})
        if not quotes:
            return
        targets = np.stack([self.retriever.query_vector(q) for q in queries])
        # A sentence's first words say what it is about; embedding only those keeps this to a few hundredths of a
        # second where a rate table run into a sentence would take a tenth each.
        heads = [" ".join(q.split()[:MEANING_WORDS]) for q in quotes]
        scores = (self.store.embedder.embed(heads) @ targets.T).max(axis=1)
        about = {q for q, score in zip(quotes, scores) if score >= SENTENCE_MIN}
        for v in answers:
            v.citations = [c for c in v.citations if c.quote in about]

    def _vendor_answer(self, vendor: str, question: str, term_sets: list[list[str]], passages: list[Chunk],
                       finding: VendorFinding | None = None) -> VendorAnswer:
        """Sentences of the passages with most of the question's terms (`term_sets[0]`), else the closest passage in
        meaning. When the question was routed to topics of the analysis (the other term sets are their titles'), a
        sentence must have most of the question's or a topic's terms AND be close in meaning to either
        (SENTENCE_MIN, in `_keep_about`): the finding answers already, or says the checklist found nothing, and a
        sentence adds to it only when it is about the same thing; no merely close passage is shown."""
        verifier = self.verifier(vendor)
        grounded = finding is not None

        def share_of(text: str) -> float:
            return max(term_share(text, terms) for terms in term_sets)

        scored = []  # (share, passage rank, citation)
        for rank, chunk in enumerate(passages):
            for offset, sentence in _sentences(chunk):
                if share_of(sentence) == 0:
                    continue
                quote = verifiable_part(chunk, offset, abridge(sentence, [t for ts in term_sets for t in ts]), verifier)
                if quote:
                    scored.append((share_of(quote.quote), rank, Citation(vendor, quote.file, quote.page, quote.quote,
                                                                         verifier.from_ocr(quote))))
        strong = [(s, r, c) for s, r, c in scored if s >= MIN_SHARE]
        if grounded:  # sentences the analysis did not quote, kept by `_keep_about` if they are about the question
            return VendorAnswer(vendor, _best(strong), passages, finding=finding)
        if strong:
            return VendorAnswer(vendor, _best(strong), passages)
        related = {rank for rank, score in enumerate(self.retriever.similarity(question, passages)) if score >= RELATED_MIN}
        closest = [(s, r, c) for s, r, c in scored if r in related]
        return VendorAnswer(vendor, _best(closest)[:1], passages, closest=bool(closest), finding=finding)


def _name_parts(vendor: str) -> list[str]:
    return [part for part in re.split(r"[^a-z0-9]+", vendor.lower()) if len(part) >= 4]


def _unique(citations: list[Citation]) -> list[Citation]:
    out: list[Citation] = []
    for c in citations:
        if not _overlaps(c, out):
            out.append(c)
    return out[:MAX_SENTENCES]


def _overlaps(citation: Citation, others: list[Citation]) -> bool:
    """The same clause is quoted already (one quote contains the other, on the same page)."""
    return any(o.vendor == citation.vendor and o.file == citation.file and o.page == citation.page
               and (citation.quote in o.quote or o.quote in citation.quote) for o in others)


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


def whole_clause(chunk: Chunk, start: int, end: int) -> tuple[int, str]:
    """(offset, text) of the sentence of `chunk` around text[start:end], on the page where it starts, abridged
    around that span when it is long."""
    pieces = [(o, t) for o, t in _sentences(chunk) if o < end and o + len(t) > start]
    page = chunk.page_at(start)
    pieces = [(o, t) for o, t in pieces if chunk.page_at(o) == page] or [(start, chunk.text[start:end])]
    first, last = pieces[0][0], pieces[-1][0] + len(pieces[-1][1])
    first, last = min(first, start), max(last, end)
    return first, abridge(chunk.text[first:last], core=(start - first, end - first))


def abridge(sentence: str, terms: list[str] | None = None, core: tuple[int, int] | None = None) -> str:
    """The sentence, or when it runs over MAX_CLAUSE_WORDS words its first clause, its last (unless that is long),
    those that hold the answer (the question's terms, or the `core` span) and the clauses on either
    side of these (a condition and its lapse are neighbours), with "..." where clauses were left out."""
    if len(sentence.split()) <= MAX_CLAUSE_WORDS:
        return sentence
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence)] + [len(sentence)]
    clauses = list(zip(cuts, cuts[1:]))
    keep = {0} | {len(clauses) - 1 for a, b in clauses[-1:] if len(sentence[a:b].split()) <= MAX_CLAUSE_WORDS // 3}
    for i, (a, b) in enumerate(clauses):
        if (core and a < core[1] and b > core[0]) or (terms and term_share(sentence[a:b], terms) > 0):
            keep |= {i - 1, i, i + 1} & set(range(len(clauses)))
    out, previous = [], -1
    for i in sorted(keep):
        a, b = clauses[i]
        out.append(sentence[a:b].strip() if i == previous + 1 else f"... {sentence[a:b].strip()}")
        previous = i
    return " ".join(out)


def _best(scored: list[tuple[float, int, Citation]]) -> list[Citation]:
    scored = sorted(scored, key=lambda item: (-item[0], item[1]))
    seen, out = set(), []
    for _, _, citation in scored:
        if citation.quote not in seen:
            seen.add(citation.quote)
            out.append(citation)
    return out[:MAX_SENTENCES]


def _sentences(chunk: Chunk) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a chunk's text, cut where sentences end (never at ';', which would drop a
    clause's lapse) and at page breaks, so that every piece lies on the one page the chunk's page map gives."""
    text = chunk.text
    cuts = sorted({0, len(text)} | {b for bound in sentence_bounds(text) for b in bound} | {o for o, _ in chunk.page_map}
                  | {m.end() for m in re.finditer("\n", text)})  # the chunker's own sentence ends
    pieces = ((start, text[start:end]) for start, end in zip(cuts, cuts[1:]))
    return [(start + len(piece) - len(piece.lstrip()), piece.strip()) for start, piece in pieces if piece.strip()]


def answerer(library: ProposalLibrary, settings: Settings, offline: bool = False, top_k: int = 4
             ) -> Callable[[str, list[str] | None], Answer]:
    """(question, vendors) -> Answer: extractive offline; with an endpoint configured (and not `offline`), written
    by the LLM from the same passages. What `ask`, `chat` and the review workspace answer with."""
    use_llm = not offline and settings.effective_judge == "llm"

    def answer(question: str, vendors: list[str] | None) -> Answer:
        extractive = library.ask(question, vendors, top_k)
        if not use_llm:
            return extractive
        from .llm import answer_with_llm  # LangChain takes a second to import: only when used

        return answer_with_llm(extractive, library, settings)
    return answer


def ask(index_dir: Path, question: str, vendors: list[str] | None = None, top_k: int = 4,
        results_dir: Path | None = None) -> Answer:
    """One offline question (see ProposalLibrary.ask)."""
    return ProposalLibrary(index_dir, results_dir=results_dir).ask(question, vendors, top_k)

"""Typed data that flows through the pipeline: ingest -> index -> judge -> pricing -> report.

Every piece of proposal text keeps its provenance (vendor, file, 1-based page) from the PDF to the report,
so a finding can always be traced back to the page a reviewer has to open.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from .results import CriterionStatus, FeeStatus


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    raw_text: str  # what pypdf extracted, less hidden_text: the reference for quote verification
    text: str  # normalized (invisible characters removed, ligatures folded), line breaks kept
    hidden_text: str = ""  # text a reader cannot see: white, microscopic, off the page, or drawn invisible
    ocr: bool = False  # no text layer: the text was read from the rendered page by OCR
    annotations: str = ""  # the text of the page's annotations (comments, sticky notes, form fields): never analyzed


@dataclass(frozen=True)
class Issue:
    """A problem with the input that the reviewer must know about (a warning in results.json)."""

    file: str
    kind: str  # no_text, unreadable, encrypted, empty, not_pdf, ...
    message: str
    page: int | None = None

    def as_dict(self) -> dict:
        return {"file": self.file, "page": self.page, "kind": self.kind, "message": self.message}


@dataclass
class SourceFile:
    path: Path
    name: str  # the name shown in citations: relative to the vendor's folder or the proposals folder
    sha256: str
    pages: list[Page]
    metadata: str = ""  # the document information (title, author, subject, keywords, ...): never analyzed

    def page(self, number: int) -> Page | None:
        return self.pages[number - 1] if 1 <= number <= len(self.pages) else None

    @property
    def ocr_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.ocr]

    @cached_property
    def text_key(self) -> str:
        """Identifies the text analyzed: the file's sha256, or, when some pages were OCR'd, a hash of it with
        their text, so chunks read with and without OCR (--no-ocr, another engine) never pass for each other."""
        if not self.ocr_pages:
            return self.sha256
        digest = hashlib.sha256(self.sha256.encode())
        for page in self.pages:
            if page.ocr:
                digest.update(f"\f{page.number}\f{page.raw_text}".encode())
        return digest.hexdigest()


@dataclass
class Vendor:
    slug: str  # file stem, or folder name for a vendor with several files
    name: str
    files: list[SourceFile] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    def file(self, name: str) -> SourceFile | None:
        return next((f for f in self.files if f.name == name), None)

    @property
    def page_count(self) -> int:
        return sum(len(f.pages) for f in self.files)


@dataclass(frozen=True)
class Span:
    """Text that lies on one page of one file: the unit a quote can be cited from."""

    file: str
    page: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence (or table row, or heading) of a proposal; rarely it runs across a page break."""

    vendor: str
    index: int  # position in the vendor's sentence list
    parts: tuple[Span, ...]
    section: str = ""

    @cached_property
    def text(self) -> str:
        """The parts joined, once: every criterion and fee item reads every sentence's text."""
        return " ".join(p.text for p in self.parts)

    @property
    def main_part(self) -> Span:
        """The part to cite: a quote must lie on one page, so take the longest part."""
        return max(self.parts, key=lambda p: len(p.text))


@dataclass(frozen=True)
class Chunk:
    id: str
    vendor: str
    file: str
    file_sha256: str
    index: int  # position within the file
    text: str
    section: str
    page_map: tuple[tuple[int, int], ...]  # (character offset in text, page) where each part starts
    sentence_range: tuple[int, int]  # [start, end) in the vendor's sentence list
    tokens: int

    @property
    def pages(self) -> list[int]:
        return sorted({p for _, p in self.page_map})

    @property
    def page(self) -> int:
        return self.page_map[0][1]

    def page_at(self, offset: int) -> int:
        """The page of the character at `offset` in this chunk's text."""
        page = self.page_map[0][1]
        for start, p in self.page_map:
            if start > offset:
                break
            page = p
        return page


@dataclass(frozen=True)
class Evidence:
    file: str
    page: int
    quote: str
    section: str = ""
    ocr: bool = False  # quoted from text read by OCR (set by the verifier from the cited page)

    def as_dict(self) -> dict:
        data = {"file": self.file, "page": self.page, "quote": self.quote, "section": self.section}
        return data | {"ocr": True} if self.ocr else data


@dataclass
class Finding:
    """One vendor x criterion or vendor x fee item verdict, with what supports it."""

    id: str
    kind: Literal["criterion", "fee"]
    status: CriterionStatus | FeeStatus
    confidence: float
    gap: str
    question: str
    evidence: list[Evidence] = field(default_factory=list)
    amount: str = ""
    judge: str = "rules"
    unverified_quotes: int = 0  # quotes dropped by the citation verifier
    unverified: bool = False  # an LLM verdict none of whose quotes could be found: shown, flagged, unquoted

    def as_dict(self) -> dict:
        data = {
            "id": self.id,
            "status": self.status,
            "confidence": round(self.confidence, 2),
            "gap": self.gap,
            "question": self.question,
            "evidence": [e.as_dict() for e in self.evidence],
            "judge": self.judge,
        }
        if self.kind == "fee":
            data["amount"] = self.amount
        if self.unverified_quotes:
            data["unverified_quotes_dropped"] = self.unverified_quotes
        if self.unverified:
            data["unverified"] = True
        return data

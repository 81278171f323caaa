"""Citation verification: a quote is shown only if it is on the cited page of the cited file.

Comparison uses `text.canonical` (whitespace, quote marks, dashes, case and invisible characters folded) and a
plain substring test: nothing fuzzier, so a verified quote is what the reviewer will find on that page. A long
clause may be quoted with "..." where words were left out: each piece must then be on the page, in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import Evidence, Finding, SourceFile
from .text import canonical

ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")  # where a quote leaves words out


class CitationVerifier:
    def __init__(self, files: list[SourceFile]) -> None:
        self._files = {f.name: f for f in files}
        self._pages: dict[tuple[str, int], str] = {}
        self.checked = 0
        self.dropped = 0

    def page_text(self, file: str, page: int) -> str | None:
        key = (file, page)
        if key not in self._pages:
            source = self._files.get(file)
            found = source.page(page) if source else None
            if found is None:
                return None
            self._pages[key] = canonical(found.raw_text)
        return self._pages[key]

    def is_verbatim(self, evidence: Evidence) -> bool:
        pieces = [canonical(p) for p in ELLIPSIS.split(evidence.quote)]
        page = self.page_text(evidence.file, evidence.page)
        if page is None or not any(pieces):
            return False
        at = 0
        for piece in filter(None, pieces):
            found = page.find(piece, at)
            if found < 0:
                return False
            at = found + len(piece)
        return True

    def from_ocr(self, evidence: Evidence) -> bool:
        """Whether the cited page's text was read by OCR (the reviewer should check the quote on the image)."""
        source = self._files.get(evidence.file)
        page = source.page(evidence.page) if source else None
        return bool(page and page.ocr)

    def verified(self, finding: Finding) -> Finding:
        """The finding with only the quotes found on their pages, each marked when its page was OCR'd;
        dropped quotes are counted."""
        kept = [replace(e, ocr=self.from_ocr(e)) for e in finding.evidence if self.is_verbatim(e)]
        dropped = len(finding.evidence) - len(kept)
        self.checked += len(finding.evidence)
        self.dropped += dropped
        return replace(finding, evidence=kept, unverified_quotes=finding.unverified_quotes + dropped)

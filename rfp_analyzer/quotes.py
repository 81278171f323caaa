"""The span of a sentence that a finding quotes: the part on one page that holds the words that settled it.

A quote must lie on one page (the verifier checks it there), so a sentence that runs across a page break is quoted
from the part that holds the focus; a long sentence is cut to a window around it.
"""

from __future__ import annotations

from .models import Sentence, Span

MAX_QUOTE_WORDS = 45


def quote_of(sentence: Sentence, focus: str | None = None) -> Span:
    """A quotable span of the sentence: the part (page) that holds `focus`, cut to a window around it."""
    part = sentence.main_part
    if focus:
        part = next((p for p in sentence.parts if focus.casefold() in p.text.casefold()), part)
    words = part.text.split()
    if len(words) <= MAX_QUOTE_WORDS:
        return part
    at = len(part.text[:max(part.text.casefold().find(focus.casefold()), 0)].split()) if focus else 0
    start = max(0, min(at - MAX_QUOTE_WORDS // 3, len(words) - MAX_QUOTE_WORDS))
    return Span(part.file, part.page, " ".join(words[start:start + MAX_QUOTE_WORDS]))

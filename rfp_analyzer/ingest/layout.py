"""Page furniture: running headers, footers and page numbers, which are layout, not content."""

from __future__ import annotations

import re
from collections import Counter

from ..models import SourceFile


def boilerplate_lines(source: SourceFile) -> set[str]:
    """Running headers and footers: lines that recur on many pages once digits are ignored ('Page 3 of 14')."""
    if len(source.pages) < 3:
        return set()
    seen = Counter()
    for page in source.pages:
        seen.update({line_key(line) for line in page.text.splitlines()})
    threshold = max(3, int(0.4 * len(source.pages)))
    return {key for key, n in seen.items() if n >= threshold}


def line_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().casefold())


def strip_page_furniture(lines: list[str], skip: set[str]) -> list[str]:
    """Drop recurring lines at the top and bottom of a page only: in the body they are content (table cells),
    and removing them would make the remaining text a non-verbatim splice."""
    start, end = 0, len(lines)
    while start < end and line_key(lines[start]) in skip:
        start += 1
    while end > start and line_key(lines[end - 1]) in skip:
        end -= 1
    return lines[start:end]


"""Text for readers: untrusted proposal text escaped for Markdown (tables, links, inline HTML) and HTML, without
control characters (an ESC in a file name would reach the terminal of whoever cats the report), the status
labels and symbols shared by both, and citations written as 'file p. N'."""

from __future__ import annotations

import html
import re

from ..text import strip_controls

SYMBOL = {"met": "\u2705", "partial": "\u25d0", "missing": "\u274c",
          "present": "\u26a0", "waived": "\u2705", "absent": "\u2014"}


def status_label(status: str) -> str:
    """'✅ met', '◐ partial', '⚠ present', ...: the same label in Markdown and HTML."""
    return f"{SYMBOL.get(status, '?')} {status}"


# ---- Markdown -------------------------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def md(text) -> str:
    """Untrusted text safe on one Markdown line and in a table cell: whitespace collapsed, no code spans, emphasis,
    links or images, pipes escaped, and no inline HTML (< and > as entities)."""
    flat = " ".join(strip_controls(str(text if text is not None else "")).split())
    return _MD_SPECIAL.sub(r"\\\1", flat).replace("<", "&lt;").replace(">", "&gt;")


def md_row(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


# ---- HTML -------------------------------------------------------------------------------------------------------
def html_escape(text, quote: bool = True) -> str:
    return html.escape(strip_controls(str(text if text is not None else "")), quote=quote)


# ---- pages ------------------------------------------------------------------------------------------------------
def where(e: dict) -> str:
    """file p. N, marked when the page's text was read by OCR (worth a look at the page image)."""
    return f"{e['file']} p. {e['page']}" + (" (OCR)" if e.get("ocr") else "")


def pages(evidence: list[dict]) -> str:
    return ", ".join(where(e) for e in evidence)


def page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 7] -> '1-3, 7'."""
    runs: list[list[int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def ocr_summary(vendor: dict) -> str:
    """Which pages of which files were read by OCR, e.g. 'scan.pdf pp. 1-26', or '' when none."""
    return "; ".join(f"{file} {'pp.' if len(pages) > 1 else 'p.'} {page_ranges(pages)}"
                     for file, pages in vendor.get("ocr_pages", {}).items())

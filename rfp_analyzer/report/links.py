"""Citations in the HTML report: each quote links to its page of the proposal PDF, relative to the report folder
when there is one (reports and proposals move together), else as a file:// URL."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote as url_quote

from .markup import html_escape


def _proposal_path(results: dict, vendor: dict, file: str) -> Path:
    """Where a cited file is: a vendor folder holds its files, a lone top-level PDF is the vendor itself."""
    base = Path(results.get("proposals_dir") or ".")
    in_folder, top_level = base / vendor["vendor"] / file, base / file
    if in_folder.exists():
        return in_folder
    if top_level.exists() or _is_lone_pdf(vendor, file):
        return top_level
    return in_folder  # neither exists (reports re-rendered elsewhere): a vendor with several files is a folder


def _is_lone_pdf(vendor: dict, file: str) -> bool:
    """A top-level PDF is a vendor named by its stem (see ingest.pdf.discover_vendors)."""
    return len(vendor["files"]) == 1 and Path(file).stem == vendor["vendor"]


def _href(results: dict, vendor: dict, file: str, page: int, out_dir: Path | None) -> str:
    """Link to the cited page: relative to out_dir when given (reports and proposals move together), else file://."""
    target = _proposal_path(results, vendor, file).resolve()
    fragment = f"#page={int(page)}"
    if out_dir is not None:
        try:
            return url_quote(Path(os.path.relpath(target, Path(out_dir).resolve())).as_posix()) + fragment
        except ValueError:  # another drive on Windows: no relative path exists
            pass
    return target.as_uri() + fragment


def citations(results: dict, vendor: dict, evidence: list[dict], out_dir: Path | None) -> str:
    """Each quote as a blockquote linking to its page."""
    return "".join(
        f'<blockquote>\u201c{html_escape(e["quote"])}\u201d '
        f'<a href="{html_escape(_href(results, vendor, e["file"], e["page"], out_dir))}">'
        f'{html_escape(e["file"])} p.&nbsp;{int(e["page"])}</a>' + (" (OCR)" if e.get("ocr") else "")
        + (f' <span class=muted>{html_escape(e["section"])}</span>' if e.get("section") else "") + "</blockquote>"
        for e in evidence)

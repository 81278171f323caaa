"""Citations in the HTML report: each quote links to its page of the proposal PDF.

Where the link points is the reader's choice (`PdfLinks`), so that it survives the report being moved or e-mailed:
- by default, relative to the report folder (reports and proposals move together), else a file:// URL;
- `--pdf-base URL`: the PDFs are published under URL (an intranet share, a document system), laid out as in the
  proposals folder: `URL/<vendor folder>/<file>#page=N`;
- `--pdf-base DIR`: the same, under a folder every reader can open (file:// URLs);
- `--bundle`: the cited PDFs are copied beside the reports (`<out>/proposals/...`) and linked relative to them,
  so the whole folder can be zipped and sent.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote as url_quote

from .markup import html_escape

BUNDLE_DIR = "proposals"  # under the report folder, with --bundle
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _proposal_path(results: dict, vendor: dict, file: str) -> Path:
    """Where a cited file is: a vendor folder holds its files, a lone top-level PDF is the vendor itself."""
    base = Path(results.get("proposals_dir") or ".")
    return base / proposal_relpath(results, vendor, file)


def proposal_relpath(results: dict, vendor: dict, file: str) -> PurePosixPath:
    """The cited file's path inside the proposals folder: `<vendor>/<file>` for a vendor folder, `<file>` for a
    lone top-level PDF."""
    base = Path(results.get("proposals_dir") or ".")
    in_folder, top_level = PurePosixPath(vendor["vendor"], file), PurePosixPath(file)
    if (base / in_folder).exists():
        return in_folder
    if (base / top_level).exists() or _is_lone_pdf(vendor, file):
        return top_level
    return in_folder  # neither exists (reports re-rendered elsewhere): a vendor with several files is a folder


def _is_lone_pdf(vendor: dict, file: str) -> bool:
    """A top-level PDF is a vendor named by its stem (see ingest.pdf.discover_vendors)."""
    return len(vendor["files"]) == 1 and Path(file).stem == vendor["vendor"]


@dataclass(frozen=True)
class PdfLinks:
    out_dir: Path | None = None  # the report folder
    pdf_base: str | None = None  # a URL or a folder laid out as the proposals folder
    bundle: bool = False  # the PDFs are copied under out_dir/proposals/

    def href(self, results: dict, vendor: dict, file: str, page: int) -> str:
        fragment = f"#page={int(page)}"
        relpath = proposal_relpath(results, vendor, file)
        if self.bundle and self.out_dir is not None:
            return url_quote(f"{BUNDLE_DIR}/{relpath.as_posix()}") + fragment
        if self.pdf_base and _URL.match(self.pdf_base):
            return self.pdf_base.rstrip("/") + "/" + url_quote(relpath.as_posix()) + fragment
        if self.pdf_base:
            return (Path(self.pdf_base).resolve() / relpath).as_uri() + fragment
        target = _proposal_path(results, vendor, file).resolve()
        if self.out_dir is not None:
            try:
                return url_quote(Path(os.path.relpath(target, Path(self.out_dir).resolve())).as_posix()) + fragment
            except ValueError:  # another drive on Windows: no relative path exists
                pass
        return target.as_uri() + fragment


def bundle_pdfs(results: dict, out_dir: Path) -> list[Path]:
    """Copy every analyzed PDF under out_dir/proposals/, laid out as in the proposals folder (unchanged copies are
    not copied again). Returns the copies."""
    copied = []
    base = Path(results.get("proposals_dir") or ".")
    for vendor in results["vendors"]:
        for file in vendor["files"]:
            relpath = proposal_relpath(results, vendor, file)
            if relpath.is_absolute() or ".." in relpath.parts:
                continue  # never written outside the bundle folder, whatever results.json says
            source, target = base / relpath, Path(out_dir) / BUNDLE_DIR / relpath
            if not source.is_file():
                continue
            if not target.exists() or target.stat().st_size != source.stat().st_size \
                    or target.stat().st_mtime < source.stat().st_mtime:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
            copied.append(target)
    return copied


def citations(results: dict, vendor: dict, evidence: list[dict], links: PdfLinks | Path | None) -> str:
    """Each quote as a blockquote linking to its page (`links` may be the report folder: default links)."""
    links = links if isinstance(links, PdfLinks) else PdfLinks(out_dir=links)
    return "".join(
        f'<blockquote>\u201c{html_escape(e["quote"])}\u201d '
        f'<a href="{html_escape(links.href(results, vendor, e["file"], e["page"]))}">'
        f'{html_escape(e["file"])} p.&nbsp;{int(e["page"])}</a>' + (" (OCR)" if e.get("ocr") else "")
        + (f' <span class=muted>{html_escape(e["section"])}</span>' if e.get("section") else "") + "</blockquote>"
        for e in evidence)

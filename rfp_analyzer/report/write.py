"""Writing the reports to a folder: results.json, one Markdown gap report per vendor, comparison.md, a
self-contained report.html, comparison.xlsx and the clarification letters. Everything reads the results dict only,
so reports can be re-rendered from a saved results.json."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from .html import html_report
from .letters import clarification_letter
from .links import PdfLinks, bundle_pdfs
from .markdown import comparison_markdown, vendor_markdown
from .view import vendor_report_names

REPORT_FORMATS = ("json", "md", "html", "xlsx", "letters")
_FORMAT_FILES = {"json": "results.json", "md": "comparison.md", "html": "report.html", "xlsx": "comparison.xlsx",
                 "letters": "clarifications"}


def formats_in(out_dir: Path) -> set[str]:
    """The formats an earlier run wrote to out_dir: what to write again when only the reviews changed."""
    return {fmt for fmt, name in _FORMAT_FILES.items() if (Path(out_dir) / name).exists()}


def write_reports(results: dict, out_dir: Path, formats: set[str]) -> list[Path]:
    """Write the requested formats to out_dir (created); return the paths written. Formats: "json", "md" (vendor
    reports and comparison.md), "html", "xlsx" (comparison.xlsx), "letters" (clarifications/<vendor>.md).
    report.html's citation links follow results["links"] (`pdf_base`, `bundle`: see links.py); with `bundle` the
    PDFs are copied beside the reports."""
    out_dir = Path(out_dir)
    choice = results.get("links") or {}
    links = PdfLinks(out_dir=out_dir, pdf_base=choice.get("pdf_base"), bundle=bool(choice.get("bundle")))
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, text: str) -> None:
        # Written aside and renamed: a reader (the review workspace, a second writer) never sees half a file.
        path = out_dir / name
        partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
        written.append(path)

    if "json" in formats:
        write("results.json", json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    if "md" in formats:
        for name, vendor in zip(vendor_report_names(results), results["vendors"]):
            write(name, vendor_markdown(results, vendor))
        write("comparison.md", comparison_markdown(results))
    if "html" in formats:
        write("report.html", html_report(results, out_dir, links))
        if links.bundle:
            written += bundle_pdfs(results, out_dir)
    if "xlsx" in formats:
        from .xlsx import write_xlsx  # openpyxl is imported only when a workbook is written

        written.append(write_xlsx(results, out_dir / "comparison.xlsx"))
    if "letters" in formats:
        (out_dir / "clarifications").mkdir(exist_ok=True)
        for name, vendor in zip(vendor_report_names(results), results["vendors"]):
            write(f"clarifications/{name}", clarification_letter(results, vendor))
    return written

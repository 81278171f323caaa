"""Reports from the results document: results.json, one Markdown gap report per vendor, comparison.md and a
self-contained report.html. Everything here reads the results dict only, so reports can be re-rendered from a
saved results.json. Proposal text is untrusted: it is escaped for Markdown (tables, links, inline HTML) and HTML.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections import Counter
from pathlib import Path
from urllib.parse import quote as url_quote

# The pricing sections and the letters live in their own modules, which use this module's escaping helpers.
from .clarify import clarification_letter
from .pricing_report import (
    comparison_pricing_html,
    comparison_pricing_markdown,
    vendor_pricing_html,
    vendor_pricing_markdown,
)

# ---- statuses: one place for symbols, labels and colours ----------------------------------------------------
REPORT_FORMATS = ("json", "md", "html", "xlsx", "letters")
CRITERION_STATUSES = ("met", "partial", "missing")
FEE_STATUSES = ("present", "waived", "absent")
SYMBOL = {"met": "\u2705", "partial": "\u25d0", "missing": "\u274c",
          "present": "\u26a0", "waived": "\u2705", "absent": "\u2014"}
ASK_STATUSES = frozenset({"partial", "missing", "present"})  # findings that raise a question for the vendor


def status_label(status: str) -> str:
    """'✅ met', '◐ partial', '⚠ present', ...: the same label in Markdown and HTML."""
    return f"{SYMBOL.get(status, '?')} {status}"


CRITERION_LABEL = {s: status_label(s) for s in CRITERION_STATUSES}
FEE_LABEL = {s: status_label(s) for s in FEE_STATUSES}

UNVERIFIED = "unverified: the model's quotes were not found in the proposal; check by hand"


# ---- shared reading of the results document ----------------------------------------------------------------
def _set_items(results: dict, key: str) -> dict[str, dict]:
    return {item["id"]: item for item in results[key]["items"]}


def _findings(results: dict, vendor: dict) -> list[tuple[str, dict]]:
    """(title, finding) for every criterion, then every fee, in criteria/fee set order."""
    crit, fees = _set_items(results, "criteria_set"), _set_items(results, "fee_set")
    return ([(crit[c["id"]]["title"], c) for c in vendor["criteria"]]
            + [(fees[f["id"]]["title"], f) for f in vendor["fees"]])


def _questions(results: dict, vendor: dict) -> list[tuple[str, dict]]:
    """Every point to raise with the vendor: unmet criteria and present fees."""
    return [(title, item) for title, item in _findings(results, vendor) if item["status"] in ASK_STATUSES]


def _counts(vendor: dict) -> Counter:
    return Counter(item["status"] for item in vendor["criteria"] + vendor["fees"])


def _find(items: list[dict], item_id: str) -> dict:
    return next(i for i in items if i["id"] == item_id)


def _score(vendor: dict) -> str:
    weighted = vendor.get("score", {}).get("weighted")
    return "n/a" if weighted is None else f"{weighted:.1f}"


def _score_caveat(vendor: dict) -> str:
    """Unverified LLM verdicts keep the model's status and so count in the score: say how many do."""
    n = vendor.get("score", {}).get("unverified", 0)
    return f" (counts {n} unverified verdict{'s' if n > 1 else ''}: check by hand)" if n else ""


def _ranking(results: dict) -> list[dict]:
    return sorted(results["vendors"], key=lambda v: -(v.get("score", {}).get("weighted") or 0.0))


def _amount(item: dict) -> str:
    """The amount worth showing: only for a fee that is present."""
    return (item.get("amount") or "") if item["status"] == "present" else ""


def _vendor(results: dict, vendor: dict | str) -> dict:
    return vendor if isinstance(vendor, dict) else next(v for v in results["vendors"] if v["vendor"] == vendor)


# ---- Markdown -------------------------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def _md(text) -> str:
    """Untrusted text safe on one Markdown line and in a table cell: whitespace collapsed, no code spans, emphasis,
    links or images, pipes escaped, and no inline HTML (< and > as entities)."""
    flat = " ".join(str(text if text is not None else "").split())
    return _MD_SPECIAL.sub(r"\\\1", flat).replace("<", "&lt;").replace(">", "&gt;")


def _row(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _where(e: dict) -> str:
    """file p. N, marked when the page's text was read by OCR (worth a look at the page image)."""
    return f"{e['file']} p. {e['page']}" + (" (OCR)" if e.get("ocr") else "")


def _pages(evidence: list[dict]) -> str:
    return ", ".join(_where(e) for e in evidence)


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


def _unverified_md(item: dict) -> str:
    return f"\u26a0 {UNVERIFIED}. " if item.get("unverified") else ""


def vendor_markdown(results: dict, vendor: dict | str) -> str:
    """The gap report of one vendor (a vendor entry of results["vendors"], or its slug)."""
    vendor = _vendor(results, vendor)
    return "\n".join(_md_summary(results, vendor) + _md_criteria(results, vendor) + _md_fees(results, vendor)
                     + vendor_pricing_markdown(results, vendor)
                     + _md_questions(results, vendor) + _md_evidence(results, vendor)
                     + _md_warnings(vendor["warnings"])) + "\n"


def _md_summary(results: dict, vendor: dict) -> list[str]:
    counts = _counts(vendor)
    return [
        f"# {_md(vendor['name'])}: gap report", "",
        f"Judge: {_md(results.get('judge', 'rules'))}; generated {_md(results.get('generated_at', ''))}.", "",
        "## Summary", "",
        f"- Weighted score: **{_score(vendor)} / 100**{_score_caveat(vendor)}",
        f"- Criteria: {counts['met']} met, {counts['partial']} partial, {counts['missing']} missing",
        f"- Fees: {counts['present']} present, {counts['waived']} waived, {counts['absent']} not mentioned",
        f"- Files: {_md(', '.join(vendor['files']))} ({vendor['pages']} pages)",
        *([f"- Read by OCR (no text layer; check quotes on the page image): {_md(ocr_summary(vendor))}"]
          if ocr_summary(vendor) else []),
        f"- Warnings: {len(vendor['warnings'])}", "",
    ]


def _md_criteria(results: dict, vendor: dict) -> list[str]:
    crit = _set_items(results, "criteria_set")
    lines = ["## Criteria", "", _row("Criterion", "Weight", "Status", "Confidence", "Gap", "Evidence"),
             "|---|---:|---|---:|---|---|"]
    for c in vendor["criteria"]:
        item = crit[c["id"]]
        lines.append(_row(_md(item["title"]), f"{item.get('weight', 0):g}", status_label(c["status"]),
                          f"{c['confidence']:.2f}", _unverified_md(c) + (_md(c["gap"]) or "-"),
                          _md(_pages(c["evidence"])) or "-"))
    return lines + [""]


def _md_fees(results: dict, vendor: dict) -> list[str]:
    fees = _set_items(results, "fee_set")
    lines = ["## Hidden fees and pricing risks", "", _row("Fee", "Status", "Amount", "Evidence"), "|---|---|---|---|"]
    for f in vendor["fees"]:
        lines.append(_row(_md(fees[f["id"]]["title"]), status_label(f["status"]),
                          _unverified_md(f) + (_md(_amount(f)) or "-"), _md(_pages(f["evidence"])) or "-"))
    return lines + [""]


def _md_questions(results: dict, vendor: dict) -> list[str]:
    lines = ["## Gaps and questions to ask", ""]
    asks = _questions(results, vendor)
    for n, (title, item) in enumerate(asks, start=1):
        lines.append(f"{n}. **{_md(title)}** ({item['status']}): {_md(item['gap']) or '-'}  ")
        lines.append(f"   Ask: {_md(item['question']) or '-'}")
    return lines + ([] if asks else ["No open gaps: every criterion is met and no hidden fee was found."]) + [""]


def _md_evidence(results: dict, vendor: dict) -> list[str]:
    lines = ["## Evidence", ""]
    for title, item in _findings(results, vendor):
        if not item["evidence"]:
            continue
        lines += [f"### {_md(title)}: {status_label(item['status'])}", ""]
        for e in item["evidence"]:
            section = f" ({_md(e['section'])})" if e.get("section") else ""
            lines += [f"> {_md(_where(e))}: \"{_md(e['quote'])}\"{section}", ""]
    return lines


def _md_warnings(warnings: list[dict]) -> list[str]:
    if not warnings:
        return []
    lines = ["## Warnings", ""]
    for w in warnings:
        where = _md(w["file"]) + (f" p. {w['page']}" if w.get("page") else "")
        kind = f"**{_md(w['kind'])}**" if w["kind"] == "prompt_injection" else _md(w["kind"])
        lines.append(f"- {where} ({kind}): {_md(w['message'])}")
    return lines + [""]


def comparison_markdown(results: dict) -> str:
    """Vendors side by side: ranking, criteria matrix with the weighted score, fee matrix, files not analyzed."""
    vendors = results["vendors"]
    names = [_md(v["name"]) for v in vendors]
    rule = "|---|" + "---|" * len(vendors)
    lines = ["# Vendor comparison", "",
             f"{len(vendors)} vendors analyzed; judge: {_md(results.get('judge', 'rules'))}; "
             f"generated {_md(results.get('generated_at', ''))}.", "",
             "## Ranking by weighted score", ""]
    lines += [f"{n}. {_md(v['name'])}: {_score(v)}{_score_caveat(v)}" for n, v in enumerate(_ranking(results), start=1)]
    lines += ["", "## Criteria", "", _row("Criterion (weight)", *names), rule]
    for item in results["criteria_set"]["items"]:
        cells = [status_label(_find(v["criteria"], item["id"])["status"]) for v in vendors]
        lines.append(_row(f"{_md(item['title'])} ({item.get('weight', 0):g})", *cells))
    lines.append(_row("**Weighted score**", *(f"**{_score(v)}**" for v in vendors)))
    lines += ["", "## Hidden fees", "", _row("Fee", *names), rule]
    for item in results["fee_set"]["items"]:
        cells = []
        for v in vendors:
            fee = _find(v["fees"], item["id"])
            cells.append(status_label(fee["status"]) + (f" ({_md(_amount(fee))})" if _amount(fee) else ""))
        lines.append(_row(_md(item["title"]), *cells))
    lines += [""] + comparison_pricing_markdown(results)
    if results.get("failed_files"):
        lines += ["", "## Files not analyzed", ""]
        lines += [f"- {_md(f['reason'])} ({_md(f.get('kind', 'error'))})" for f in results["failed_files"]]
    return "\n".join(lines) + "\n"


# ---- HTML -------------------------------------------------------------------------------------------------------
_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";
color:#1d2330;max-width:1200px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.2rem}
h2{border-bottom:2px solid #e3e7ee;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin:.2rem 0}
table{border-collapse:collapse;width:100%;margin:.8rem 0}
th,td{border:1px solid #dde2ea;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f4f6f9}
td.num,th.num{text-align:right}
td.num{white-space:nowrap}
table.tco td{font-size:.92em}
table.tco th.num{white-space:nowrap}
h3.pricing{margin-top:1.6rem;font-size:1.15rem}
details{margin:.6rem 0}
summary{cursor:pointer;font-weight:600}
.b{display:inline-block;border-radius:.7rem;padding:0 .55rem;font-size:.85em;font-weight:600;white-space:nowrap}
.met,.waived{background:#dcf3e3;color:#14532d}
.partial{background:#fdf0cf;color:#7a4b00}
.missing,.present{background:#fbdcdc;color:#7f1d1d}
.absent{background:#eceef2;color:#4b5563}
.finding{border-left:4px solid #dde2ea;padding:.3rem .8rem;margin:.9rem 0}
.finding.s-met,.finding.s-waived{border-left-color:#3f9f61}
.finding.s-partial{border-left-color:#d99a00}
.finding.s-missing,.finding.s-present{border-left-color:#c53030}
blockquote{margin:.3rem 0;padding:.2rem .7rem;background:#f8f9fb;border-left:3px solid #9aa5b8}
.muted{color:#6b7280;font-size:.9em}
.warn{background:#fff7e6;border:1px solid #f5d38a;padding:.4rem .7rem;border-radius:.3rem;margin:.3rem 0}
.warn.prompt_injection{background:#fdecec;border-color:#e7a0a0}
a{color:#1d4ed8}
@media print{body{margin:0;max-width:none;font-size:11pt}
a{color:inherit}
.b,.warn,th,blockquote{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{page-break-after:avoid;break-after:avoid}
.finding,tr{page-break-inside:avoid;break-inside:avoid}
section.vendor{page-break-before:always;break-before:page}
}
"""
# Defence in depth: even if something slipped through escaping, the page may load nothing and run nothing.
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def _e(text) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def _badge(status: str) -> str:
    return f'<span class="b {_e(status)}">{_e(status_label(status))}</span>'


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
    """A top-level PDF is a vendor named by its stem (see read_pdf.discover_vendors)."""
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


def _citations(results: dict, vendor: dict, evidence: list[dict], out_dir: Path | None) -> str:
    return "".join(
        f'<blockquote>\u201c{_e(e["quote"])}\u201d <a href="{_e(_href(results, vendor, e["file"], e["page"], out_dir))}">'
        f'{_e(e["file"])} p.&nbsp;{int(e["page"])}</a>' + (" (OCR)" if e.get("ocr") else "")
        + (f' <span class=muted>{_e(e["section"])}</span>' if e.get("section") else "") + "</blockquote>"
        for e in evidence)


def _vendor_anchor(index: int) -> str:
    return f"vendor-{index + 1}"


def _html_matrix(results: dict, kind: str) -> str:
    vendors = results["vendors"]
    key, set_key, first = {"criteria": ("criteria", "criteria_set", "Criterion (weight)"),
                           "fees": ("fees", "fee_set", "Fee")}[kind]
    rows = ["<table><tr><th>" + first + "</th>" + "".join(
        f'<th><a href="#{_vendor_anchor(n)}">{_e(v["name"])}</a></th>' for n, v in enumerate(vendors)) + "</tr>"]
    for item in results[set_key]["items"]:
        weight = f" ({item.get('weight', 0):g})" if kind == "criteria" else ""
        cells = []
        for v in vendors:
            finding = _find(v[key], item["id"])
            amount = f"<div class=muted>{_e(_amount(finding))}</div>" if _amount(finding) else ""
            cells.append(f"<td>{_badge(finding['status'])}{amount}</td>")
        rows.append(f"<tr><td>{_e(item['title'])}{weight}</td>{''.join(cells)}</tr>")
    if kind == "criteria":
        rows.append("<tr><th>Weighted score</th>" + "".join(f"<th>{_score(v)}</th>" for v in vendors) + "</tr>")
    return "\n".join(rows) + "</table>"


def _html_header(results: dict) -> list[str]:
    s = results.get("summary", {})
    facts = [f"{s.get(k, '?')} {label}" for k, label in (("vendors", "vendors"), ("files", "files"),
                                                            ("pages", "pages"), ("findings", "findings"))]
    facts.append(f"{s.get('unverified_quotes_dropped', 0)} unverified quotes dropped")
    out = ["<header><h1>BPO proposal analysis</h1>",
           f"<p class=muted>{_e(', '.join(facts))}; judge: {_e(results.get('judge', 'rules'))}; "
           f"generated {_e(results.get('generated_at', ''))}. Each quote below was checked against the cited page; "
           "links open the proposal PDF at that page.</p>"]
    out += [f"<div class=warn>Not analyzed: {_e(f['reason'])}</div>" for f in results.get("failed_files", [])]
    out.append("<h2>Ranking</h2><ol>" + "".join(
        f"<li>{_e(v['name'])}: <b>{_score(v)}</b> / 100{_e(_score_caveat(v))}</li>" for v in _ranking(results))
               + "</ol></header>")
    return out


def _html_finding(results: dict, vendor: dict, title: str, item: dict, out_dir: Path | None) -> str:
    amount = f" \u2014 <b>{_e(_amount(item))}</b>" if _amount(item) else ""
    unverified = f"<div class=warn>{html.escape(UNVERIFIED, quote=False)}</div>" if item.get("unverified") else ""
    gap = f"<div>{_e(item['gap'])}</div>" if item.get("gap") else ""
    ask = f"<div><b>Ask:</b> {_e(item['question'])}</div>" if item["status"] in ASK_STATUSES else ""
    return (f'<div class="finding s-{_e(item["status"])}"><h3>{_e(title)} {_badge(item["status"])}{amount}</h3>'
            f"<span class=muted>confidence {item['confidence']:.2f}; judge {_e(item.get('judge', ''))}</span>"
            f"{unverified}{gap}{ask}{_citations(results, vendor, item['evidence'], out_dir)}</div>")


def _html_vendor(results: dict, vendor: dict, index: int, out_dir: Path | None) -> list[str]:
    counts = _counts(vendor)
    out = [f'<section class=vendor id="{_vendor_anchor(index)}"><h2>{_e(vendor["name"])}</h2>',
           f"<p class=muted>{_e(', '.join(vendor['files']))}, {_e(vendor['pages'])} pages. Weighted score "
           f"<b>{_score(vendor)}</b>; criteria {counts['met']} met, {counts['partial']} partial, "
           f"{counts['missing']} missing; fees {counts['present']} present, {counts['waived']} waived.</p>"]
    if ocr_summary(vendor):
        out.append(f"<p class=muted>Read by OCR (no text layer; check quotes on the page image): "
                   f"{_e(ocr_summary(vendor))}</p>")
    for w in vendor["warnings"]:
        where = f" p. {_e(w['page'])}" if w.get("page") else ""
        out.append(f'<div class="warn {_e(w["kind"])}"><b>{_e(w["kind"])}</b> {_e(w["file"])}{where}: '
                   f"{_e(w['message'])}</div>")
    out += [_html_finding(results, vendor, title, item, out_dir) for title, item in _findings(results, vendor)]
    out += vendor_pricing_html(results, vendor, out_dir)
    return out + ["</section>"]


def html_report(results: dict, out_dir: Path | None = None) -> str:
    """One self-contained page (inline CSS, no script, no external asset). Citation links are relative to out_dir
    when given, absolute file:// URLs otherwise."""
    out = ["<!doctype html>", "<html lang=en><head><meta charset=utf-8>",
           f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
           '<meta name=viewport content="width=device-width,initial-scale=1">',
           f"<title>rfp-analyzer report</title><style>{_CSS}</style></head><body>"]
    out += _html_header(results)
    out += ["<h2>Criteria</h2>", _html_matrix(results, "criteria"), "<h2>Hidden fees</h2>", _html_matrix(results, "fees")]
    out += comparison_pricing_html(results)
    for index, vendor in enumerate(results["vendors"]):
        out += _html_vendor(results, vendor, index, out_dir)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---- writing ----------------------------------------------------------------------------------------------------
_RESERVED = {"comparison"}  # comparison.md


def vendor_report_names(results: dict) -> list[str]:
    """<vendor>.md for each vendor, in order; a slug that would clash with another report gets a suffix."""
    names, taken = [], set()
    for vendor in results["vendors"]:
        stem = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", vendor["vendor"]).lstrip(".") or "vendor"
        candidate, n = stem, 1
        while candidate.lower() in _RESERVED or candidate.lower() in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate.lower())
        names.append(f"{candidate}.md")
    return names


def write_reports(results: dict, out_dir: Path, formats: set[str]) -> list[Path]:
    """Write the requested formats to out_dir (created); return the paths written. Formats: "json", "md" (vendor
    reports and comparison.md), "html", "xlsx" (comparison.xlsx), "letters" (clarifications/<vendor>.md)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(name: str, text: str) -> None:
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)

    if "json" in formats:
        write("results.json", json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    if "md" in formats:
        for name, vendor in zip(vendor_report_names(results), results["vendors"]):
            write(name, vendor_markdown(results, vendor))
        write("comparison.md", comparison_markdown(results))
    if "html" in formats:
        write("report.html", html_report(results, out_dir))
    if "xlsx" in formats:
        from .xlsx import write_xlsx  # openpyxl is imported only when a workbook is written

        written.append(write_xlsx(results, out_dir / "comparison.xlsx"))
    if "letters" in formats:
        (out_dir / "clarifications").mkdir(exist_ok=True)
        for name, vendor in zip(vendor_report_names(results), results["vendors"]):
            write(f"clarifications/{name}", clarification_letter(results, vendor))
    return written

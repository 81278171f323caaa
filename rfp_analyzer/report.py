"""Reports from the results document: results.json, one Markdown gap report per vendor, comparison.md and a
self-contained report.html. Everything here reads the results dict only, so reports can be re-rendered from a
saved results.json. Proposal text is untrusted: it is escaped for Markdown tables and for HTML.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

CRITERION_LABEL = {"met": "\u2705 met", "partial": "\u25d0 partial", "missing": "\u274c missing"}
FEE_LABEL = {"present": "\u26a0 present", "waived": "\u2705 waived", "absent": "\u2014 absent"}


# ---- shared helpers -----------------------------------------------------------------------------------------
def _titles(results: dict, key: str) -> dict[str, dict]:
    return {item["id"]: item for item in results[key]["items"]}


def _cell(text) -> str:
    """Text safe inside a Markdown table cell (no raw HTML from a proposal either)."""
    return _md_quote(str(text if text is not None else "").replace("\\", "\\\\").replace("|", "\\|"))


def _md_quote(text: str) -> str:
    return " ".join(str(text).split()).replace("<", "&lt;").replace(">", "&gt;")


UNVERIFIED = "unverified: the model's quotes were not found in the proposal; check by hand"
_UNVERIFIED_HTML = f"<div class=warn>{UNVERIFIED}</div>"


def _unverified_md(item: dict) -> str:
    return f"\u26a0 {UNVERIFIED}. " if item.get("unverified") else ""


def _pages(evidence: list[dict]) -> str:
    return ", ".join(f"{e['file']} p.{e['page']}" for e in evidence)


def _counts(vendor: dict) -> dict[str, int]:
    counts = {s: 0 for s in (*CRITERION_LABEL, *FEE_LABEL)}
    for item in vendor["criteria"] + vendor["fees"]:
        counts[item["status"]] += 1
    return counts


def _questions(results: dict, vendor: dict) -> list[tuple[str, dict]]:
    """(title, finding) for every point to raise with the vendor: unmet criteria and present fees."""
    crit, fees = _titles(results, "criteria_set"), _titles(results, "fee_set")
    asks = [(crit[c["id"]]["title"], c) for c in vendor["criteria"] if c["status"] != "met"]
    return asks + [(fees[f["id"]]["title"], f) for f in vendor["fees"] if f["status"] == "present"]


def _ranking(results: dict) -> list[dict]:
    return sorted(results["vendors"], key=lambda v: -v["score"]["weighted"])


# ---- Markdown -------------------------------------------------------------------------------------------------
def vendor_markdown(results: dict, vendor: dict) -> str:
    crit, fees = _titles(results, "criteria_set"), _titles(results, "fee_set")
    counts, score = _counts(vendor), vendor["score"]
    lines = [
        f"# {_md_quote(vendor['name'])}: gap report", "",
        f"Files: {', '.join(vendor['files'])} ({vendor['pages']} pages). Judge: {results.get('judge', 'rules')}.", "",
        "## Summary", "",
        f"- Weighted score: **{score['weighted']:.1f} / 100**",
        f"- Criteria: {counts['met']} met, {counts['partial']} partial, {counts['missing']} missing",
        f"- Fees: {counts['present']} present, {counts['waived']} waived, {counts['absent']} not mentioned",
        f"- Warnings: {len(vendor['warnings'])}", "",
        "## Criteria", "",
        "| Criterion | Weight | Status | Confidence | Gap | Evidence |",
        "|---|---:|---|---:|---|---|",
    ]
    for c in vendor["criteria"]:
        lines.append(f"| {_cell(crit[c['id']]['title'])} | {crit[c['id']]['weight']:g} | {CRITERION_LABEL[c['status']]} "
                     f"| {c['confidence']:.2f} | {_cell(_unverified_md(c) + (c['gap'] or '-'))} "
                     f"| {_cell(_pages(c['evidence']) or '-')} |")
    lines += ["", "## Hidden fees and pricing risks", "",
              "| Fee | Status | Amount | Evidence |", "|---|---|---|---|"]
    for f in vendor["fees"]:
        lines.append(f"| {_cell(fees[f['id']]['title'])} | {FEE_LABEL[f['status']]} "
                     f"| {_cell(_unverified_md(f) + (f.get('amount') or '-'))} "
                     f"| {_cell(_pages(f['evidence']) or '-')} |")
    lines += ["", "## Gaps and questions to ask", ""]
    for n, (title, item) in enumerate(_questions(results, vendor), start=1):
        lines.append(f"{n}. **{_md_quote(title)}** ({item['status']}): {_md_quote(item['gap'])}  ")
        lines.append(f"   Ask: {_md_quote(item['question'])}")
    lines += ["", "## Evidence", ""]
    for title, item in [(crit[c["id"]]["title"], c) for c in vendor["criteria"]] + \
                       [(fees[f["id"]]["title"], f) for f in vendor["fees"]]:
        if not item["evidence"]:
            continue
        lines.append(f"### {_md_quote(title)}: {item['status']}")
        lines.append("")
        for e in item["evidence"]:
            lines.append(f"> {e['file']} p. {e['page']}: \u201c{_md_quote(e['quote'])}\u201d")
            lines.append(">")
        lines[-1] = ""
    if vendor["warnings"]:
        lines += ["## Warnings", ""]
        lines += [f"- {w['file']}" + (f" p. {w['page']}" if w.get("page") else "") + f" ({w['kind']}): "
                  f"{_md_quote(w['message'])}" for w in vendor["warnings"]]
        lines.append("")
    return "\n".join(lines)


def comparison_markdown(results: dict) -> str:
    vendors = results["vendors"]
    head = "| | " + " | ".join(_cell(v["name"]) for v in vendors) + " |"
    rule = "|---|" + "---|" * len(vendors)
    lines = ["# Vendor comparison", "",
             f"{len(vendors)} vendors analyzed; judge: {results.get('judge', 'rules')}; generated {results['generated_at']}.",
             "", "## Ranking by weighted score", ""]
    lines += [f"{n}. {_md_quote(v['name'])}: {v['score']['weighted']:.1f}" for n, v in enumerate(_ranking(results), 1)]
    lines += ["", "## Criteria", "", head.replace("| |", "| Criterion (weight) |", 1), rule]
    for item in results["criteria_set"]["items"]:
        cells = [CRITERION_LABEL[_find(v["criteria"], item["id"])["status"]] for v in vendors]
        lines.append(f"| {_cell(item['title'])} ({item['weight']:g}) | " + " | ".join(cells) + " |")
    lines.append("| **Weighted score** | " + " | ".join(f"**{v['score']['weighted']:.1f}**" for v in vendors) + " |")
    lines += ["", "## Hidden fees", "", head.replace("| |", "| Fee |", 1), rule]
    for item in results["fee_set"]["items"]:
        cells = []
        for v in vendors:
            f = _find(v["fees"], item["id"])
            amount = f" ({_cell(f['amount'])})" if f["status"] == "present" and f.get("amount") else ""
            cells.append(FEE_LABEL[f["status"]] + amount)
        lines.append(f"| {_cell(item['title'])} | " + " | ".join(cells) + " |")
    if results.get("failed_files"):
        lines += ["", "## Files not analyzed", ""]
        lines += [f"- {_md_quote(f['reason'])}" for f in results["failed_files"]]
    return "\n".join(lines) + "\n"


def _find(items: list[dict], item_id: str) -> dict:
    return next(i for i in items if i["id"] == item_id)


# ---- HTML -------------------------------------------------------------------------------------------------------
_CSS = """
body{font:15px/1.5 system-ui,sans-serif;color:#1d2330;max-width:1200px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}
h2{border-bottom:2px solid #e3e7ee;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;width:100%;margin:.8rem 0}
th,td{border:1px solid #dde2ea;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f4f6f9}
.b{display:inline-block;border-radius:.7rem;padding:0 .55rem;font-size:.85em;font-weight:600;white-space:nowrap}
.met,.waived{background:#dcf3e3;color:#14532d}
.partial{background:#fdf0cf;color:#7a4b00}
.missing,.present{background:#fbdcdc;color:#7f1d1d}
.absent{background:#eceef2;color:#4b5563}
.finding{border-left:4px solid #dde2ea;padding:.3rem .8rem;margin:.8rem 0}
blockquote{margin:.3rem 0;padding:.2rem .7rem;background:#f8f9fb;border-left:3px solid #9aa5b8}
.muted{color:#6b7280;font-size:.9em}
.warn{background:#fff7e6;border:1px solid #f5d38a;padding:.4rem .7rem;border-radius:.3rem;margin:.3rem 0}
@media print{a{color:inherit}
h2{page-break-after:avoid}
.finding{page-break-inside:avoid}
}
"""


def _e(text) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def _badge(status: str) -> str:
    return f'<span class="b {_e(status)}">{_e(status)}</span>'


def _href(results: dict, vendor: dict, file: str, page: int, out_dir: Path | None) -> str:
    base = Path(results["proposals_dir"])
    target = base / file if (base / file).exists() else base / vendor["vendor"] / file
    if out_dir is not None:
        target = Path(os.path.relpath(target, Path(out_dir).resolve()))
    return f"{target.as_posix()}#page={int(page)}"


def _citations(results: dict, vendor: dict, evidence: list[dict], out_dir: Path | None) -> str:
    return "".join(
        f'<blockquote>\u201c{_e(e["quote"])}\u201d <a href="{_e(_href(results, vendor, e["file"], e["page"], out_dir))}">'
        f'{_e(e["file"])} p.&nbsp;{int(e["page"])}</a></blockquote>' for e in evidence)


def _matrix(results: dict, kind: str, out: list[str]) -> None:
    vendors = results["vendors"]
    key, set_key = ("criteria", "criteria_set") if kind == "criteria" else ("fees", "fee_set")
    out.append("<table><tr><th>" + ("Criterion (weight)" if kind == "criteria" else "Fee") + "</th>" +
               "".join(f"<th>{_e(v['name'])}</th>" for v in vendors) + "</tr>")
    for item in results[set_key]["items"]:
        label = f"{_e(item['title'])}" + (f" ({item['weight']:g})" if kind == "criteria" else "")
        cells = []
        for v in vendors:
            f = _find(v[key], item["id"])
            amount = f"<div class=muted>{_e(f['amount'])}</div>" if kind == "fees" and f["status"] == "present" \
                and f.get("amount") else ""
            cells.append(f"<td>{_badge(f['status'])}{amount}</td>")
        out.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
    if kind == "criteria":
        out.append("<tr><th>Weighted score</th>" +
                   "".join(f"<th>{v['score']['weighted']:.1f}</th>" for v in vendors) + "</tr>")
    out.append("</table>")


def html_report(results: dict, out_dir: Path | None = None) -> str:
    crit, fees = _titles(results, "criteria_set"), _titles(results, "fee_set")
    s = results["summary"]
    out = ["<!doctype html><html lang=en><head><meta charset=utf-8>",
           "<meta name=viewport content='width=device-width,initial-scale=1'>",
           f"<title>rfp-analyzer report</title><style>{_CSS}</style></head><body>",
           "<h1>BPO proposal analysis</h1>",
           f"<p class=muted>{s['vendors']} vendors, {s['files']} files, {s['pages']} pages; "
           f"{s['findings']} findings; {s['unverified_quotes_dropped']} unverified quotes dropped; "
           f"judge: {_e(results.get('judge'))}; generated {_e(results['generated_at'])}. "
           "Every quote below was found verbatim on the cited page.</p>"]
    for failed in results.get("failed_files", []):
        out.append(f"<div class=warn>Not analyzed: {_e(failed['reason'])}</div>")
    out.append("<h2>Ranking</h2><ol>" + "".join(
        f"<li>{_e(v['name'])}: <b>{v['score']['weighted']:.1f}</b></li>" for v in _ranking(results)) + "</ol>")
    out.append("<h2>Criteria</h2>")
    _matrix(results, "criteria", out)
    out.append("<h2>Hidden fees</h2>")
    _matrix(results, "fees", out)
    for vendor in results["vendors"]:
        out.append(f"<h2 id='{_e(vendor['vendor'])}'>{_e(vendor['name'])}</h2>")
        out.append(f"<p class=muted>{_e(', '.join(vendor['files']))}, {vendor['pages']} pages; weighted score "
                   f"{vendor['score']['weighted']:.1f}</p>")
        for w in vendor["warnings"]:
            where = f" p. {w['page']}" if w.get("page") else ""
            out.append(f"<div class=warn><b>{_e(w['kind'])}</b> {_e(w['file'])}{where}: {_e(w['message'])}</div>")
        for title, item in [(crit[c["id"]]["title"], c) for c in vendor["criteria"]] + \
                           [(fees[f["id"]]["title"], f) for f in vendor["fees"]]:
            amount = f" \u2014 {_e(item['amount'])}" if item.get("amount") and item["status"] == "present" else ""
            ask = f"<div><b>Ask:</b> {_e(item['question'])}</div>" if item["status"] in ("partial", "missing", "present") \
                else ""
            gap = f"<div>{_e(item['gap'])}</div>" if item["gap"] else ""
            out.append(f"<div class=finding><b>{_e(title)}</b> {_badge(item['status'])}{amount} "
                       f"<span class=muted>confidence {item['confidence']:.2f}; judge {_e(item.get('judge', ''))}"
                       f"</span>{_UNVERIFIED_HTML if item.get('unverified') else ''}{gap}{ask}"
                       f"{_citations(results, vendor, item['evidence'], out_dir)}</div>")
    out.append("</body></html>")
    return "\n".join(out)


# ---- writing ----------------------------------------------------------------------------------------------------
def write_reports(results: dict, out_dir: Path, formats: set[str]) -> list[Path]:
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
        for vendor in results["vendors"]:
            write(f"{vendor['vendor']}.md", vendor_markdown(results, vendor))
        write("comparison.md", comparison_markdown(results))
    if "html" in formats:
        write("report.html", html_report(results, out_dir))
    return written

"""report.html: one self-contained page (inline CSS, no script, no external asset) with the comparison matrices
and every vendor's findings, each quote linked to its page of the proposal (where the link points: links.py).

Read on a phone as on a desk: every table scrolls sideways in its own box instead of clipping the last vendors,
status badges are words on a coloured pill with a CSS-drawn mark (no emoji font needed: a stock Linux browser
shows empty boxes for emoji), and a contents list at the top leads to each section and vendor."""

from __future__ import annotations

import re
from pathlib import Path

from .links import PdfLinks, citations
from .markup import html_escape, ocr_summary
from .pricing import comparison_pricing_html, vendor_pricing_html
from .rfp import compliance_html, recommendation_html
from .view import (
    ASK_STATUSES,
    UNVERIFIED,
    find_item,
    findings,
    machine_score,
    ranking,
    review_note,
    score,
    score_caveat,
    shown_amount,
    status_counts,
)

_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;max-width:1200px;margin:2rem auto;
padding:0 1rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
.scroll>table{margin:.4rem 0}
nav.toc{background:#f4f6f9;border:1px solid #dde2ea;border-radius:.4rem;padding:.4rem 1rem;margin:1rem 0}
nav.toc ol{margin:.3rem 0;padding-left:1.3rem;columns:2 16rem}
.rev{display:inline-block;border-radius:.7rem;padding:0 .5rem;font-size:.8em;background:#e0e7ff;color:#1e3a8a;
white-space:nowrap}
.rev.review_again{background:#fde68a;color:#713f12}
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
.b::before{content:"";display:inline-block;width:.55em;height:.55em;margin-right:.35em;border-radius:50%;
background:currentColor;vertical-align:.05em}
.b.partial::before{background:linear-gradient(90deg,currentColor 50%,transparent 50%);border:1px solid currentColor;
width:.45em;height:.45em}
.b.absent::before{border-radius:0;height:.12em;vertical-align:.25em}
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


def _badge(status: str) -> str:
    """A status as a word on a coloured pill, its mark drawn by CSS: no emoji font needed."""
    return f'<span class="b {html_escape(status)}">{html_escape(status)}</span>'


def _review_mark(item: dict) -> str:
    review = item.get("review")
    if not review:
        return ""
    word = "review again" if review["state"] == "review_again" else (
        "accepted" if review["status"] == review["machine_status"] else f"reviewed; analysis: {review['machine_status']}")
    return f' <span class="rev {html_escape(review["state"])}">{html_escape(word)}</span>'


def _vendor_anchor(index: int) -> str:
    return f"vendor-{index + 1}"


def _html_matrix(results: dict, kind: str) -> str:
    vendors = results["vendors"]
    key, set_key, first = {"criteria": ("criteria", "criteria_set", "Criterion (weight)"),
                           "fees": ("fees", "fee_set", "Fee")}[kind]
    rows = ["<table><tr><th>" + first + "</th>" + "".join(
        f'<th><a href="#{_vendor_anchor(n)}">{html_escape(v["name"])}</a></th>' for n, v in enumerate(vendors)) + "</tr>"]
    for item in results[set_key]["items"]:
        weight = f" ({item.get('weight', 0):g})" if kind == "criteria" else ""
        cells = []
        for v in vendors:
            finding = find_item(v[key], item["id"])
            amount = f"<div class=muted>{html_escape(shown_amount(finding))}</div>" if shown_amount(finding) else ""
            cells.append(f"<td>{_badge(finding['status'])}{_review_mark(finding)}{amount}</td>")
        rows.append(f"<tr><td>{html_escape(item['title'])}{weight}</td>{''.join(cells)}</tr>")
    if kind == "criteria":
        rows.append("<tr><th>Weighted score</th>" + "".join(
            f"<th>{score(v)}{html_escape(machine_score(v))}</th>" for v in vendors) + "</tr>")
    return "\n".join(rows) + "</table>"


def _html_header(results: dict) -> list[str]:
    s = results.get("summary", {})
    facts = [f"{s.get(k, '?')} {label}" for k, label in (("vendors", "vendors"), ("files", "files"),
                                                            ("pages", "pages"), ("findings", "findings"))]
    facts.append(f"{s.get('unverified_quotes_dropped', 0)} unverified quotes dropped")
    out = ["<header><h1>BPO proposal analysis</h1>",
           f"<p class=muted>{html_escape(', '.join(facts))}; judge: {html_escape(results.get('judge', 'rules'))}; "
           f"generated {html_escape(results.get('generated_at', ''))}. Each quote below was checked against the cited page; "
           "links open the proposal PDF at that page.</p>"]
    out += [f"<div class=warn>Not analyzed: {html_escape(f['reason'])}</div>" for f in results.get("failed_files", [])]
    out.append(_CONTENTS_SLOT)
    out += recommendation_html(results)
    out.append('<h2 id="ranking">Ranking</h2><ol>' + "".join(
        f"<li>{html_escape(v['name'])}: <b>{score(v)}</b> / 100{html_escape(machine_score(v) + score_caveat(v))}</li>"
        for v in ranking(results)) + "</ol></header>")
    return out


_CONTENTS_SLOT = "<!--contents-->"
_SECTION = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>|<section class=vendor id="([^"]+)"><h2>(.*?)</h2>')


def _with_contents(page: str) -> str:
    """The page is long (tens of thousands of pixels): a contents list of the sections and vendors it holds, in page
    order, read from the page itself so it never lists a section the page left out."""
    entries = [(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _SECTION.finditer(page)]
    nav = ('<nav class=toc aria-label="Contents"><b>Contents</b><ol>'
           + "".join(f'<li><a href="#{a}">{title}</a></li>' for a, title in entries) + "</ol></nav>")
    return page.replace(_CONTENTS_SLOT, nav, 1)


def _review_log(results: dict) -> list[str]:
    log = (results.get("reviews") or {}).get("log", [])
    if not log:
        return []
    rows = "".join(f"<tr><td>{html_escape(d['at'])}</td><td>{html_escape(d['reviewer'])}</td>"
                   f"<td>{html_escape(d['vendor'])}</td><td>{html_escape(d['item'])}</td><td>{_badge(d['from'])}</td>"
                   f"<td>{_badge(d['to'])}</td><td>{html_escape(d['note'])}</td></tr>" for d in log)
    return ['<h2 id="reviews">Reviewer decisions</h2><table><tr><th>When (UTC)</th><th>Reviewer</th><th>Vendor</th>'
            f"<th>Item</th><th>From</th><th>To</th><th>Why</th></tr>{rows}</table>"]


def _html_finding(results: dict, vendor: dict, title: str, item: dict, links: PdfLinks) -> str:
    amount = f" \u2014 <b>{html_escape(shown_amount(item))}</b>" if shown_amount(item) else ""
    unverified = f"<div class=warn>{html_escape(UNVERIFIED, quote=False)}</div>" if item.get("unverified") else ""
    gap = f"<div>{html_escape(item['gap'])}</div>" if item.get("gap") else ""
    ask = f"<div><b>Ask:</b> {html_escape(item['question'])}</div>" if item["status"] in ASK_STATUSES else ""
    review = f"<div class=rev-note><b>Review:</b> {html_escape(review_note(item))}</div>" if item.get("review") else ""
    return (f'<div class="finding s-{html_escape(item["status"])}"><h3>{html_escape(title)} {_badge(item["status"])}'
            f"{_review_mark(item)}{amount}</h3>"
            f"<span class=muted>confidence {item['confidence']:.2f}; judge {html_escape(item.get('judge', ''))}</span>"
            f"{review}{unverified}{gap}{ask}{citations(results, vendor, item['evidence'], links)}</div>")


def _html_vendor(results: dict, vendor: dict, index: int, links: PdfLinks) -> list[str]:
    counts = status_counts(vendor)
    out = [f'<section class=vendor id="{_vendor_anchor(index)}"><h2>{html_escape(vendor["name"])}</h2>',
           f"<p class=muted>{html_escape(', '.join(vendor['files']))}, {html_escape(vendor['pages'])} pages. Weighted score "
           f"<b>{score(vendor)}</b>{html_escape(machine_score(vendor))}; criteria {counts['met']} met, "
           f"{counts['partial']} partial, {counts['missing']} missing; fees {counts['present']} present, "
           f"{counts['waived']} waived.</p>"]
    if ocr_summary(vendor):
        out.append(f"<p class=muted>Read by OCR (no text layer; check quotes on the page image): "
                   f"{html_escape(ocr_summary(vendor))}</p>")
    for w in vendor["warnings"]:
        where = f" p. {html_escape(w['page'])}" if w.get("page") else ""
        out.append(f'<div class="warn {html_escape(w["kind"])}"><b>{html_escape(w["kind"])}</b> {html_escape(w["file"])}{where}: '
                   f"{html_escape(w['message'])}</div>")
    out += [_html_finding(results, vendor, title, item, links) for title, item in findings(results, vendor)]
    out += vendor_pricing_html(results, vendor, links)
    return out + ["</section>"]


def html_report(results: dict, out_dir: Path | None = None, links: PdfLinks | None = None) -> str:
    """One self-contained page (inline CSS, no script, no external asset). Citation links follow `links`; by
    default they are relative to out_dir when given, absolute file:// URLs otherwise."""
    links = links or PdfLinks(out_dir=out_dir)
    out = ["<!doctype html>", "<html lang=en><head><meta charset=utf-8>",
           f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
           '<meta name=viewport content="width=device-width,initial-scale=1">',
           f"<title>rfp-analyzer report</title><style>{_CSS}</style></head><body>"]
    out += _html_header(results)
    out += ['<h2 id="criteria">Criteria</h2>', _html_matrix(results, "criteria"), '<h2 id="fees">Hidden fees</h2>',
            _html_matrix(results, "fees")]
    out += compliance_html(results)
    out += comparison_pricing_html(results)
    out += _review_log(results)
    for index, vendor in enumerate(results["vendors"]):
        out += _html_vendor(results, vendor, index, links)
    out.append("</body></html>")
    return _scrolling_tables(_with_contents("\n".join(out))) + "\n"


def _scrolling_tables(page: str) -> str:
    """Every table in a box that scrolls sideways: on a phone a matrix of many vendors is scrolled, not clipped.
    (Proposal text is escaped, so every '<table' here is one this module or pricing.py wrote.)"""
    return re.sub(r"</table>", "</table></div>", re.sub(r"<table\b", "<div class=scroll><table", page))

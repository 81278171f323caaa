"""Markdown reports: one gap report per vendor (<vendor>.md) and comparison.md, vendors side by side."""

from __future__ import annotations

from .markup import md, md_row, ocr_summary, pages, status_label, where
from .pricing import comparison_pricing_markdown, vendor_pricing_markdown
from .rfp import compliance_markdown, recommendation_markdown
from .view import (
    UNVERIFIED,
    find_item,
    findings,
    items_by_id,
    machine_score,
    questions,
    ranking,
    review_note,
    score,
    score_caveat,
    shown_amount,
    status_counts,
    vendor_entry,
)


def _unverified_md(item: dict) -> str:
    return f"\u26a0 {UNVERIFIED}. " if item.get("unverified") else ""


def _status_md(item: dict) -> str:
    """The status in force, with the reviewer's decision beside it (the analysis's status is in the note)."""
    note = review_note(item)
    return status_label(item["status"]) + (f" (*{md(note)}*)" if note else "")


def _matrix_cell(item: dict) -> str:
    mark = {"applied": " (reviewed)", "review_again": " (review again)"}
    return status_label(item["status"]) + mark.get(item.get("review", {}).get("state", ""), "")


def vendor_markdown(results: dict, vendor: dict | str) -> str:
    """The gap report of one vendor (a vendor entry of results["vendors"], or its slug)."""
    vendor = vendor_entry(results, vendor)
    return "\n".join(_md_summary(results, vendor) + _md_criteria(results, vendor) + _md_fees(results, vendor)
                     + vendor_pricing_markdown(results, vendor)
                     + _md_questions(results, vendor) + _md_evidence(results, vendor)
                     + _md_warnings(vendor["warnings"])) + "\n"


def _md_summary(results: dict, vendor: dict) -> list[str]:
    counts = status_counts(vendor)
    return [
        f"# {md(vendor['name'])}: gap report", "",
        f"Judge: {md(results.get('judge', 'rules'))}; generated {md(results.get('generated_at', ''))}.", "",
        "## Summary", "",
        f"- Weighted score: **{score(vendor)} / 100**{machine_score(vendor)}{score_caveat(vendor)}",
        f"- Criteria: {counts['met']} met, {counts['partial']} partial, {counts['missing']} missing",
        f"- Fees: {counts['present']} present, {counts['waived']} waived, {counts['absent']} not mentioned",
        f"- Files: {md(', '.join(vendor['files']))} ({vendor['pages']} pages)",
        *([f"- Read by OCR (no text layer; check quotes on the page image): {md(ocr_summary(vendor))}"]
          if ocr_summary(vendor) else []),
        f"- Warnings: {len(vendor['warnings'])}", "",
    ]


def _md_criteria(results: dict, vendor: dict) -> list[str]:
    crit = items_by_id(results, "criteria_set")
    lines = ["## Criteria", "", md_row("Criterion", "Weight", "Status", "Confidence", "Gap", "Evidence"),
             "|---|---:|---|---:|---|---|"]
    for c in vendor["criteria"]:
        item = crit[c["id"]]
        lines.append(md_row(md(item["title"]), f"{item.get('weight', 0):g}", _status_md(c),
                            f"{c['confidence']:.2f}", _unverified_md(c) + (md(c["gap"]) or "-"),
                            md(pages(c["evidence"])) or "-"))
    return lines + [""]


def _md_fees(results: dict, vendor: dict) -> list[str]:
    fees = items_by_id(results, "fee_set")
    lines = ["## Hidden fees and pricing risks", "", md_row("Fee", "Status", "Amount", "Evidence"), "|---|---|---|---|"]
    for f in vendor["fees"]:
        lines.append(md_row(md(fees[f["id"]]["title"]), _status_md(f),
                            _unverified_md(f) + (md(shown_amount(f)) or "-"), md(pages(f["evidence"])) or "-"))
    return lines + [""]


def _md_questions(results: dict, vendor: dict) -> list[str]:
    lines = ["## Gaps and questions to ask", ""]
    asks = questions(results, vendor)
    for n, (title, item) in enumerate(asks, start=1):
        lines.append(f"{n}. **{md(title)}** ({item['status']}): {md(item['gap']) or '-'}  ")
        lines.append(f"   Ask: {md(item['question']) or '-'}")
    return lines + ([] if asks else ["No open gaps: every criterion is met and no hidden fee was found."]) + [""]


def _md_evidence(results: dict, vendor: dict) -> list[str]:
    lines = ["## Evidence", ""]
    for title, item in findings(results, vendor):
        if not item["evidence"]:
            continue
        lines += [f"### {md(title)}: {status_label(item['status'])}", ""]
        for e in item["evidence"]:
            section = f" ({md(e['section'])})" if e.get("section") else ""
            lines += [f"> {md(where(e))}: \"{md(e['quote'])}\"{section}", ""]
    return lines


def _md_warnings(warnings: list[dict]) -> list[str]:
    if not warnings:
        return []
    lines = ["## Warnings", ""]
    for w in warnings:
        place = md(w["file"]) + (f" p. {w['page']}" if w.get("page") else "")
        kind = f"**{md(w['kind'])}**" if w["kind"] == "prompt_injection" else md(w["kind"])
        lines.append(f"- {place} ({kind}): {md(w['message'])}")
    return lines + [""]


def _md_review_log(results: dict) -> list[str]:
    """The reviewers' audit log: every decision, oldest first."""
    log = (results.get("reviews") or {}).get("log", [])
    if not log:
        return []
    lines = ["## Reviewer decisions", "", md_row("When (UTC)", "Reviewer", "Vendor", "Item", "From", "To", "Why"),
             "|---|---|---|---|---|---|---|"]
    lines += [md_row(md(d["at"]), md(d["reviewer"]), md(d["vendor"]), md(d["item"]), md(d["from"]), md(d["to"]),
                     md(d["note"]) or "-") for d in log]
    return lines + [""]


def comparison_markdown(results: dict) -> str:
    """Vendors side by side: ranking, criteria matrix with the weighted score, fee matrix, files not analyzed."""
    vendors = results["vendors"]
    names = [md(v["name"]) for v in vendors]
    rule = "|---|" + "---|" * len(vendors)
    lines = ["# Vendor comparison", "",
             f"{len(vendors)} vendors analyzed; judge: {md(results.get('judge', 'rules'))}; "
             f"generated {md(results.get('generated_at', ''))}.", ""] + recommendation_markdown(results) + [
             "## Ranking by weighted score", ""]
    lines += [f"{n}. {md(v['name'])}: {score(v)}{machine_score(v)}{score_caveat(v)}"
              for n, v in enumerate(ranking(results), start=1)]
    lines += ["", "## Criteria", "", md_row("Criterion (weight)", *names), rule]
    for item in results["criteria_set"]["items"]:
        cells = [_matrix_cell(find_item(v["criteria"], item["id"])) for v in vendors]
        lines.append(md_row(f"{md(item['title'])} ({item.get('weight', 0):g})", *cells))
    lines.append(md_row("**Weighted score**", *(f"**{score(v)}**{machine_score(v)}" for v in vendors)))
    lines += ["", "## Hidden fees", "", md_row("Fee", *names), rule]
    for item in results["fee_set"]["items"]:
        cells = []
        for v in vendors:
            fee = find_item(v["fees"], item["id"])
            cells.append(_matrix_cell(fee) + (f" ({md(shown_amount(fee))})" if shown_amount(fee) else ""))
        lines.append(md_row(md(item["title"]), *cells))
    lines += [""] + compliance_markdown(results) + comparison_pricing_markdown(results) + _md_review_log(results)
    if results.get("failed_files"):
        lines += ["", "## Files not analyzed", ""]
        lines += [f"- {md(f['reason'])} ({md(f.get('kind', 'error'))})" for f in results["failed_files"]]
    return "\n".join(lines) + "\n"

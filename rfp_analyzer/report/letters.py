"""Clarification letters: clarifications/<vendor>.md, one numbered question per gap, partial criterion, unpriced or
ambiguous price, each quoting the passage it is about, ready to paste into an email to the vendor."""

from __future__ import annotations

from .markup import md
from .rfp import not_a_proposal_note, unanswered_requirements
from .view import unit_price

CRITERION_ASKS = ("missing", "partial")


def _quoted(evidence: list[dict], limit: int = 2) -> list[str]:
    return [f"   > You wrote ({md(e['file'])}, page {e['page']}): \u201c{md(e['quote'])}\u201d" for e in evidence[:limit]]


def _criteria_questions(results: dict, vendor: dict) -> list[tuple[str, str, list[dict]]]:
    titles = {i["id"]: i["title"] for i in results["criteria_set"]["items"]}
    out = []
    for finding in vendor["criteria"]:
        if finding["status"] not in CRITERION_ASKS:
            continue
        lead = ("Your proposal does not address this." if finding["status"] == "missing"
                else "Your proposal addresses this only in part.")
        out.append((titles.get(finding["id"], finding["id"]), f"{lead} {finding['question']}", finding["evidence"]))
    return out


def _price_questions(results: dict, vendor: dict) -> list[tuple[str, str, list[dict]]]:
    """Costs the total leaves out (unpriced, per use, contingent, unmatched volumes), then the fees it priced, with
    how they were costed so the vendor can correct it, then non-binding prices."""
    fees = {f["id"]: f for f in vendor["fees"]}
    titles = {i["id"]: i["title"] for i in results["fee_set"]["items"]}
    tco = (vendor.get("pricing") or {}).get("tco") or {"risks": [], "lines": []}
    out, asked = [], set()
    for risk in tco["risks"]:
        question = risk.get("question") or fees.get(risk["fee"], {}).get("question") or \
            "Please state this charge with its amount and unit."
        out.append((risk["title"], question, risk["evidence"]))
        asked.add(risk["fee"])
    for fee_id, finding in fees.items():
        if finding["status"] != "present" or fee_id in asked:
            continue
        costed = [line for line in tco["lines"] if line["fee"] == fee_id]
        how = "; ".join(unit_price(line) for line in costed)
        lead = f"We have costed this at {how}; please correct us if that is wrong. " if costed else ""
        out.append((titles.get(fee_id, fee_id), lead + finding["question"], finding["evidence"]))
    nonbinding = [x for x in (vendor.get("pricing") or {}).get("rates", []) if not x.get("binding", True)]
    if nonbinding and "nonbinding_pricing" not in asked:
        out.append(("Binding prices", f"{len(nonbinding)} of your prices are not binding as written. Please confirm "
                    "firm prices for the full term.", [nonbinding[0]["nonbinding"]]))
    return out


def clarification_letter(results: dict, vendor: dict) -> str:
    if vendor.get("not_a_proposal"):
        return not_a_proposal_note(vendor)
    sections = [("Requirements of our RFP", unanswered_requirements(results, vendor)),
                ("Gaps against our requirements", _criteria_questions(results, vendor)),
                ("Prices and fees", _price_questions(results, vendor))]
    lines = [f"# Clarification questions for {md(vendor['name'])}", "",
             f"Thank you for your proposal ({md(', '.join(vendor['files']))}). Before we complete our evaluation, "
             "please answer the questions below in writing, quoting each question's number. Where a question quotes "
             "your proposal, the page given is the page of that file.", ""]
    number = 0
    for heading, questions in sections:
        if not questions:
            continue
        lines += [f"## {heading}", ""]
        for title, question, evidence in questions:
            number += 1
            lines += [f"{number}. **{md(title)}.** {md(question)}", *_quoted(evidence), ""]
    if not number:
        lines += ["We have no open questions on your proposal.", ""]
    return "\n".join(lines)

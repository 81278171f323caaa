"""The buyer's RFP in the reports: the recommendation (top of comparison.md and report.html), the compliance
matrix (requirements x vendors), the mandatory gates ("fails mandatory M1"), the Compliance sheet of the workbook
and the unanswered requirements in the clarification letters. Reads the results document only; results without
`rfp` (no --rfp) render without these parts.
"""

from __future__ import annotations

from .markup import html_escape, md, md_row

COMPLIANCE_SYMBOL = {"compliant": "\u2705", "partial": "\u25d0", "non_compliant": "\u274c", "not_addressed": "\u2014"}
COMPLIANCE_FILL = {"compliant": "DCF3E3", "partial": "FDF0CF", "non_compliant": "FBDCDC", "not_addressed": "ECEEF2"}
UNANSWERED = ("partial", "non_compliant", "not_addressed")


def gate_text(vendor: dict) -> str:
    """'fails mandatory M1, M3' for a vendor that fails the RFP's gate, else ''."""
    failed = (vendor.get("gate") or {}).get("failed") or []
    return f"fails mandatory {', '.join(failed)}" if failed else ""


def compliance_label(status: str) -> str:
    return f"{COMPLIANCE_SYMBOL.get(status, '?')} {status.replace('_', ' ')}"


def _recommendation(results: dict) -> dict | None:
    return (results.get("summary") or {}).get("recommendation")


def _requirements(results: dict) -> list[dict]:
    return (results.get("rfp") or {}).get("requirements", [])


def _status(vendor: dict, requirement_id: str) -> dict | None:
    return next((c for c in vendor.get("compliance", []) if c["id"] == requirement_id), None)


# ---- Markdown --------------------------------------------------------------------------------------------------
def recommendation_markdown(results: dict) -> list[str]:
    rec = _recommendation(results)
    if not rec:
        return []
    lines = ["## Recommendation", ""] + [f"- {md(line)}" for line in rec["lines"]] + [""]
    for case in rec["vendors"]:
        head = f"### {md(case['name'])}: score {case['score']:g}"
        head += f", {md(case['currency'])} {case['cost']:,.0f} over {case['years']} years" if case["cost"] is not None \
            else ""
        head += f", {case['unpriced_risks']} unpriced risks" if case["cost"] is not None else ""
        head += f" \u2014 **{md(gate_text(case | {'gate': {'failed': case['failed']}}))}**" if case["failed"] else ""
        lines += [head, ""]
        lines += [f"- For: {md(reason)}" for reason in case["for"]] or ["- For: nothing stands out"]
        lines += [f"- Against: {md(reason)}" for reason in case["against"]] or ["- Against: nothing stands out"]
        lines += [f"- Clarify: {md(question)}" for question in case["clarify"]]
        lines.append("")
    return lines


def compliance_markdown(results: dict) -> list[str]:
    requirements = _requirements(results)
    if not requirements:
        return []
    vendors = results["vendors"]
    rfp = results["rfp"]
    lines = ["## Compliance with the RFP", "", md(rfp.get("message", "")), "",
             "Mandatory requirements first; a vendor failing one is ranked apart, not by score.", "",
             md_row("Requirement", "Kind", *(md(v["name"]) for v in vendors)), "|---|---|" + "---|" * len(vendors)]
    for req in sorted(requirements, key=lambda r: not r["mandatory"]):
        cells = [compliance_label(c["status"]) if (c := _status(v, req["id"])) else "-" for v in vendors]
        kind = "**mandatory**" if req["mandatory"] else req["kind"].replace("_", " ")
        lines.append(md_row(f"{md(req['id'])}: {md(req['text'])} (p. {req['evidence']['page']})", kind, *cells))
    lines.append(md_row("**Mandatory gate**", "", *(f"**{md(gate_text(v))}**" if gate_text(v) else "passes"
                                                    for v in vendors)))
    mapping = [c for c in rfp.get("evaluation_criteria", []) if "maps_to" in c]
    if mapping:
        lines += ["", "### The RFP's evaluation criteria and our criteria", "",
                  "The scorecard uses the RFP's weights." if rfp.get("weights_applied") else
                  "The RFP states no weights: the scorecard keeps our weights.", "",
                  md_row("RFP criterion", "Weight", "Our criterion", "Similarity"), "|---|---:|---|---:|"]
        for c in mapping:
            weight = f"{c['weight']:g}" if c.get("weight") is not None else f"rank {c['rank']}"
            lines.append(md_row(md(c["title"]), weight, md(c["maps_to"] or "(none)"),
                                f"{c['similarity']:.2f}" if c.get("similarity") is not None else "-"))
    return lines + [""]


# ---- HTML ------------------------------------------------------------------------------------------------------
def recommendation_html(results: dict) -> list[str]:
    rec = _recommendation(results)
    if not rec:
        return []
    e = html_escape
    out = ["<section class=recommendation><h2 id=\"recommendation\">Recommendation</h2><ul>"
           + "".join(f"<li>{e(line)}</li>" for line in rec["lines"]) + "</ul>"]
    for case in rec["vendors"]:
        cost = (f", {e(case['currency'])} {case['cost']:,.0f} over {case['years']} years, "
                f"{case['unpriced_risks']} unpriced risks") if case["cost"] is not None else ""
        gate = (f' <span class="b missing">fails mandatory {e(", ".join(case["failed"]))}</span>'
                if case["failed"] else "")
        items = ([f"<li><b>For:</b> {e(r)}</li>" for r in case["for"]]
                 + [f"<li><b>Against:</b> {e(r)}</li>" for r in case["against"]]
                 + [f"<li><b>Clarify:</b> {e(q)}</li>" for q in case["clarify"]])
        out.append(f"<h3>{e(case['name'])}: score {case['score']:g}{cost}{gate}</h3><ul>{''.join(items)}</ul>")
    return out + ["</section>"]


def compliance_html(results: dict) -> list[str]:
    requirements = _requirements(results)
    if not requirements:
        return []
    e, vendors = html_escape, results["vendors"]
    css = {"compliant": "met", "partial": "partial", "non_compliant": "missing", "not_addressed": "absent"}
    rows = []
    for req in sorted(requirements, key=lambda r: not r["mandatory"]):
        cells = []
        for v in vendors:
            c = _status(v, req["id"])
            if c is None:
                cells.append("<td>-</td>")
                continue
            quote = (f"<div class=muted>{e(c['evidence'][0]['file'])} p. {c['evidence'][0]['page']}: "
                     f"\u201c{e(c['evidence'][0]['quote'])}\u201d</div>") if c["evidence"] else ""
            cells.append(f'<td><span class="b {css.get(c["status"], "absent")}">{e(compliance_label(c["status"]))}'
                         f"</span>{quote}</td>")
        kind = "<b>mandatory</b>" if req["mandatory"] else e(req["kind"].replace("_", " "))
        rows.append(f"<tr><td><b>{e(req['id'])}</b> {e(req['text'])} <span class=muted>(RFP p. "
                    f"{req['evidence']['page']})</span></td><td>{kind}</td>{''.join(cells)}</tr>")
    gate = "".join(f'<th><span class="b missing">{e(gate_text(v))}</span></th>' if gate_text(v) else "<th>passes</th>"
                   for v in vendors)
    head = "".join(f"<th>{e(v['name'])}</th>" for v in vendors)
    return ['<h2 id="compliance">Compliance with the RFP</h2>',
            f"<p class=muted>{e(results['rfp'].get('message', ''))}. Mandatory "
            "requirements first; a vendor failing one is ranked apart, not by score.</p>",
            f"<table class=compliance><tr><th>Requirement</th><th>Kind</th>{head}</tr>{''.join(rows)}"
            f"<tr><th>Mandatory gate</th><th></th>{gate}</tr></table>"]


# ---- Letters ---------------------------------------------------------------------------------------------------
def unanswered_requirements(results: dict, vendor: dict) -> list[tuple[str, str, list[dict]]]:
    """The letter's questions on the RFP, mandatory first: each requirement the proposal does not clearly meet, as
    (title, question quoting the RFP's clause, the vendor's passages); the question says when none was found."""
    requirements = {r["id"]: r for r in _requirements(results)}
    open_items = [c for c in vendor.get("compliance", []) if c["status"] in UNANSWERED and c["id"] in requirements]
    open_items.sort(key=lambda c: not requirements[c["id"]]["mandatory"])
    out = []
    for item in open_items:
        req = requirements[item["id"]]
        gate = " It is mandatory." if req["mandatory"] else ""
        lead = {"non_compliant": "Your proposal appears not to meet this requirement.",
                "partial": "Your proposal meets this requirement only in part.",
                "not_addressed": "We found no passage of your proposal on this requirement."}[item["status"]]
        question = (f"Our RFP (page {req['evidence']['page']}) asks: \u201c{req['evidence']['quote']}\u201d {lead}{gate} "
                    "Please state how and from when you meet it, and where your proposal commits to it.")
        out.append((f"Requirement {req['id']}", question, item["evidence"]))
    return out


def not_a_proposal_note(vendor: dict) -> str:
    """What stands in a letter's place when the "proposal" is the buyer's own document: no letter thanks a buyer for
    its proposal."""
    return "\n".join([f"# No clarification letter for {md(vendor['name'])}", "",
                      f"{md(', '.join(vendor['files']))} {md(vendor['not_a_proposal'])}.", "",
                      "No letter was written: its findings describe what a buyer asks, not what a vendor offers. If "
                      "this is the RFP, run `rfp-analyze requirements` on it, or pass it with --rfp and analyze the "
                      "vendors' proposals.", ""])


# ---- Workbook --------------------------------------------------------------------------------------------------
def compliance_rows(results: dict) -> list[list]:
    """The Compliance sheet: one row per requirement x vendor, with the RFP's clause and the vendor's quote."""
    rows = []
    for req in sorted(_requirements(results), key=lambda r: not r["mandatory"]):
        for vendor in results["vendors"]:
            c = _status(vendor, req["id"])
            if c is None:
                continue
            quote = c["evidence"][0] if c["evidence"] else None
            rows.append([req["id"], "yes" if req["mandatory"] else "", req["kind"], req["text"],
                         req["evidence"]["page"], vendor["name"], c["status"], c["gap"],
                         f"{quote['file']} p. {quote['page']}: {quote['quote']}" if quote else "none found",
                         gate_text(vendor) or "passes"])
    return rows


COMPLIANCE_HEADER = ["Requirement", "Mandatory", "Kind", "RFP clause", "RFP page", "Vendor", "Status", "Gap",
                     "Vendor passage", "Mandatory gate"]

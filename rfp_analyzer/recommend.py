"""The recommendation: which vendors pass the RFP's mandatory gates, how they score, what they cost over the term,
the strongest reasons for and against each, and what to clarify before award (`summary.recommendation` of
results.json, at the top of comparison.md and report.html).

Decisions, so a panel can trust the section:
- A vendor that fails a mandatory requirement (non_compliant or not_addressed) is ranked apart, never by score:
  it is listed with the requirements it fails.
- Cost is compared only when there is a scenario (`--scenario`, or volumes from `--rfp`): without one a total is
  a rate times nothing, so no cost ranking is made and one line says how to get a TCO. A total of 0 prices nothing
  and is never the lowest cost.
- Unpriced risks are counted next to the cost: fee risks without an amount, and requirements the vendor does not
  meet (a required service or language it excludes is a risk the price does not cover, never priced as offered).
- When the best score and the lowest cost are different vendors, it says so; it never picks one silently.

A leaf module: it reads the results document only.
"""

from __future__ import annotations

REASONS = 3
CLARIFY = 5


def has_scenario(results: dict) -> bool:
    sources = (results.get("scenario") or {}).get("sources") or {}
    return bool(sources.get("file") or sources.get("rfp"))


def no_scenario_note() -> str:
    return ("No cost ranking: no scenario was given, so a total would price nothing. Run with --scenario "
            "scenario.yaml (or --rfp RFP.pdf for its volumes and term) to get the total cost of ownership; the rate "
            "cards are shown per vendor.")


def _weights(results: dict) -> dict[str, dict]:
    return {c["id"]: c for c in results["criteria_set"]["items"]}


def _requirements(results: dict) -> dict[str, dict]:
    return {r["id"]: r for r in (results.get("rfp") or {}).get("requirements", [])}


def _short(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("\u2026" if len(parts) > words else "")


def vendor_case(results: dict, vendor: dict, priced: bool) -> dict:
    criteria, requirements = _weights(results), _requirements(results)
    gate = vendor.get("gate") or {"passes": True, "failed": []}
    compliance = vendor.get("compliance", [])
    tco = (vendor.get("pricing") or {}).get("tco") or {}
    unmet = [c for c in compliance if c["status"] == "non_compliant" and c["id"] not in gate["failed"]]
    fee_risks = len(tco.get("risks", []))
    by_weight = sorted(vendor["criteria"], key=lambda f: -criteria.get(f["id"], {}).get("weight", 0))
    reasons_for = [f"{criteria[f['id']]['title']} met (weight {criteria[f['id']]['weight']:g})"
                   for f in by_weight if f["status"] == "met" and f["id"] in criteria]
    reasons_for += [f"complies with {c['id']}: {_short(requirements[c['id']]['text'])}" for c in compliance
                    if c["status"] == "compliant" and requirements.get(c["id"], {}).get("mandatory")]
    against = [f"fails mandatory {rid}: {_short(requirements.get(rid, {}).get('text', ''))}" for rid in gate["failed"]]
    against += [f"does not meet {c['id']}: {_short(requirements.get(c['id'], {}).get('text', ''))}" for c in unmet]
    against += [f"{criteria[f['id']]['title']} {'missing' if f['status'] == 'missing' else 'only partly met'} "
                f"(weight {criteria[f['id']]['weight']:g})" for f in by_weight
                if f["status"] in ("missing", "partial") and criteria.get(f["id"], {}).get("weight", 0) > 0]
    if fee_risks:
        against.append(f"{fee_risks} fee risk{'s' if fee_risks > 1 else ''} without an amount")
    clarify = [f"{c['id']} ({c['status'].replace('_', ' ')}): {_short(requirements.get(c['id'], {}).get('text', ''))}"
               for c in sorted(compliance, key=lambda c: not requirements.get(c["id"], {}).get("mandatory"))
               if c["status"] in ("partial", "not_addressed", "non_compliant")]
    clarify += [f"{criteria[f['id']]['title']}: {f['question']}" for f in by_weight
                if f["status"] == "partial" and f["question"] and f["id"] in criteria]
    comparable = priced and tco.get("lines") and (tco.get("total") or 0) > 0 and not tco.get("checks")
    cost = tco.get("total") if comparable else None  # a total that fails a sanity check is not compared
    return {"vendor": vendor["vendor"], "name": vendor["name"], "passes": gate["passes"], "failed": gate["failed"],
            "score": vendor["score"]["weighted"], "cost": cost, "currency": tco.get("currency", ""),
            "years": tco.get("years"), "unpriced_risks": fee_risks + len(unmet),
            "for": reasons_for[:REASONS], "against": against[:REASONS], "clarify": clarify[:CLARIFY]}


def recommendation(results: dict) -> dict:
    priced = has_scenario(results)
    cases = [vendor_case(results, v, priced) for v in results["vendors"]]
    passing = sorted((c for c in cases if c["passes"]), key=lambda c: -c["score"])
    failing = [c for c in cases if not c["passes"]]
    costed = sorted((c for c in passing if c["cost"] is not None), key=lambda c: c["cost"])
    lines = []
    solicitations = [v["name"] for v in results["vendors"] if v.get("not_a_proposal")]
    if solicitations:
        lines.append(f"{len(solicitations)} of {len(cases)} files read like RFPs or contracts, not vendors' proposals "
                     f"({', '.join(solicitations)}): their findings describe what a buyer asks, not what a vendor "
                     "offers, and no clarification letter is written to them.")
    if "rfp" in results:
        lines.append(f"{len(passing)} of {len(cases)} vendors pass the RFP's mandatory requirements"
                     + (": " + ", ".join(f"{c['name']} fails mandatory {', '.join(c['failed'])}" for c in failing)
                        if failing else "."))
    best = passing[0] if passing else None
    if best:
        lines.append(f"Highest weighted score among them: {best['name']} ({best['score']:g} / 100).")
    cheapest = costed[0] if costed else None
    if cheapest:
        lines.append(f"Lowest {cheapest['years']}-year cost among them: {cheapest['name']} "
                     f"({cheapest['currency']} {cheapest['cost']:,.0f}, {cheapest['unpriced_risks']} unpriced risks).")
    disagreement = ""
    if best and cheapest and best["vendor"] != cheapest["vendor"]:
        disagreement = (f"Score and cost disagree: {best['name']} scores highest, {cheapest['name']} costs least. "
                        "Weigh the score gap against the cost gap and the unpriced risks before choosing.")
        lines.append(disagreement)
    cost_note = "" if priced else no_scenario_note()
    if cost_note:
        lines.append(cost_note)
    if not passing:
        lines.append("No vendor passes every mandatory requirement: clarify the failed ones before any award.")
    return {"recommended": best["vendor"] if best else None, "passing": [c["vendor"] for c in passing],
            "failing": [{"vendor": c["vendor"], "failed": c["failed"]} for c in failing],
            "disagreement": disagreement, "cost_note": cost_note, "lines": lines, "vendors": passing + failing}

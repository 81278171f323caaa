"""The pricing parts of the reports: a "Pricing" section per vendor (rate card, TCO breakdown, unpriced risks) and
the TCO ranking with its sensitivity table, in Markdown and HTML. Reads the results document only; results
without pricing (an older results.json) render without these sections.
"""

from __future__ import annotations

from pathlib import Path

from ..recommend import has_scenario, no_scenario_note
from ..units import MODEL_NAMES, UNIT_WORDS
from .links import PdfLinks, citations
from .markup import html_escape, md, md_row, pages
from .view import unit_price


def money(value: float, currency: str = "") -> str:
    return f"{currency} {value:,.0f}".strip()


def _tco(vendor: dict) -> dict | None:
    return (vendor.get("pricing") or {}).get("tco")


def _ranked(results: dict) -> list[dict]:
    """The vendors by total cost; none without a scenario (a total would price nothing), and never one whose total
    is 0 (nothing priced) or fails a sanity check (tco.checks: no service charge priced, or a total smaller than a
    monthly amount the vendor states)."""
    if not has_scenario(results):
        return []
    priced = [v for v in results["vendors"] if _tco(v) and _tco(v)["lines"] and _tco(v)["total"] > 0
              and not _tco(v).get("checks")]
    return sorted(priced, key=lambda v: _tco(v)["total"])


def _unranked(results: dict) -> list[tuple[dict, str]]:
    """(vendor, why) for each vendor with a total the ranking leaves out, when there is a scenario."""
    if not has_scenario(results):
        return []
    return [(v, "; ".join(_tco(v)["checks"])) for v in results["vendors"] if _tco(v) and _tco(v).get("checks")]


def _no_scenario_note(results: dict) -> str:
    """The one line said instead of a cost ranking when there is no scenario, or "" when there is one."""
    if has_scenario(results) or not any(_tco(v) for v in results["vendors"]):
        return ""
    return no_scenario_note()


def _scenario_words(results: dict) -> str:
    s = results.get("scenario") or {}
    parts = [f"{s.get('term_months', '?')} months"]
    if s.get("fte") is not None:
        parts.append(f"{s['fte']:g} FTE")
    contacts = sum(v["contacts"] for v in s.get("volumes", []))
    if contacts:
        parts.append(f"{contacts:,.0f} contacts a month")
    if s.get("growth_per_year"):
        parts.append(f"growth {s['growth_per_year']:.0%} a year")
    if s.get("seasonality"):
        parts.append("seasonality " + ", ".join(f"month {m}: x{f:g}" for m, f in s["seasonality"].items()))
    return ", ".join(parts)


def _nonbinding_note(tco: dict) -> str:
    return "" if tco["binding"] else " (prices not binding)"


# ---- Markdown --------------------------------------------------------------------------------------------------
def vendor_pricing_markdown(results: dict, vendor: dict) -> list[str]:
    tco = _tco(vendor)
    if tco is None:
        return []
    cur = tco["currency"]
    lines = ["## Pricing", "",
             f"- Pricing model: {MODEL_NAMES.get(tco['model'], tco['model'])}",
             (f"- Total cost over the term: **{money(tco['total'], cur)}**{_nonbinding_note(tco)} "
              f"({_md_scenario(results)})" if has_scenario(results) else
              f"- Total cost over the term: not computed ({md(_no_scenario_note(results))})"),
             f"- Unpriced risks: {len(tco['risks'])}",
             *([f"- **Not ranked on cost**: {md('; '.join(tco['checks']))}"] if tco.get("checks") else []),
             "", "### Rate card", ""]
    rates = vendor["pricing"]["rates"]
    if rates:
        lines += [md_row("Item", "Amount", "Unit", "Binding", "Source"), "|---|---:|---|---|---|"]
        for rate in rates:
            binding = "yes" if rate.get("binding", True) else "**no**: " + md(rate["nonbinding"]["quote"])
            lines.append(md_row(md(rate["item"]), f"{rate['currency']} {rate['amount']:,.2f}",
                                UNIT_WORDS.get(rate.get("unit", ""), rate.get("unit", "")), binding,
                                f"{md(rate['file'])} p. {rate['page']}"))
    else:
        lines.append("No priced item found.")
    years = [f"Year {y + 1}" for y in range(tco["years"])]
    lines += ["", "### Total cost of ownership", "", md_row("Cost line", "Unit price", *years, "Total", "How", "Source"),
              "|---|---|" + "---:|" * (len(years) + 1) + "---|---|"]
    for line in tco["lines"]:
        lines.append(md_row(md(line["label"]), md(unit_price(line)), *(money(v) for v in line["yearly"]),
                            money(line["total"]), md(line["basis"]), md(pages(line["evidence"])) or "-"))
    lines.append(md_row("**Total**", "", *(f"**{money(v)}**" for v in tco["yearly"]), f"**{money(tco['total'])}**",
                        "", ""))
    lines += ["", "### Unpriced risks", ""]
    lines += [f"- **{md(risk['title'])}**: {md(risk['reason'])}"
              + "".join(f"  \n  > {md(e['file'])} p. {e['page']}: \"{md(e['quote'])}\"" for e in risk["evidence"])
              for risk in tco["risks"]] or ["None found."]
    return lines + [""]


def _md_scenario(results: dict) -> str:
    return "scenario: " + md(_scenario_words(results))


def comparison_pricing_markdown(results: dict) -> list[str]:
    ranked = _ranked(results)
    if _no_scenario_note(results):
        return ["## Total cost of ownership", "", md(_no_scenario_note(results)), ""]
    unranked = [f"- **{md(v['name'])}** is not ranked: {md(why)}" for v, why in _unranked(results)]
    if not ranked:
        return ["## Total cost of ownership", "", *unranked, ""] if unranked else []
    lines = ["## Total cost of ownership", "", f"Scenario: {md(_scenario_words(results))}. Each cost line cites "
             "its quote in the vendor reports; unpriced risks are not in the totals.", "",
             md_row("Rank", "Vendor", "Model", "Total", "Unpriced risks", "Binding"), "|---:|---|---|---:|---:|---|"]
    for n, vendor in enumerate(ranked, start=1):
        tco = _tco(vendor)
        lines.append(md_row(n, md(vendor["name"]), MODEL_NAMES.get(tco["model"], tco["model"]),
                            money(tco["total"], tco["currency"]), len(tco["risks"]), "yes" if tco["binding"] else "no"))
    lines += ["", *unranked] if unranked else []
    lines += ["", "### Sensitivity", "", "How the totals and the ranking move with volume and escalation.", ""]
    names = {v["vendor"]: v["name"] for v in results["vendors"]}
    slugs = [v["vendor"] for v in ranked]
    lines += [md_row("Case", *(md(names[s]) for s in slugs), "Ranking"), "|---|" + "---:|" * len(slugs) + "---|"]
    for case in results.get("pricing_sensitivity", []):
        cells = [f"{money(case['totals'][s])} (#{case['ranking'].index(s) + 1})" if s in case["totals"] else "-"
                 for s in slugs]
        lines.append(md_row(case["case"], *cells, " < ".join(md(names[s]) for s in case["ranking"])))
    return lines + [""]


# ---- HTML ------------------------------------------------------------------------------------------------------
def vendor_pricing_html(results: dict, vendor: dict, out_dir: PdfLinks | Path | None) -> list[str]:
    tco = _tco(vendor)
    if tco is None:
        return []
    cur, e = tco["currency"], html_escape
    warn = "" if tco["binding"] else "<div class=warn>Prices are not binding: see the rate card.</div>"
    if tco.get("checks"):
        warn += f"<div class=warn>Not ranked on cost: {e('; '.join(tco['checks']))}</div>"
    out = [f"<h3 class=pricing>Pricing: {e(MODEL_NAMES.get(tco['model'], tco['model']))}, "
           f"<b>{e(money(tco['total'], cur))}</b> over the term</h3>", warn,
           f"<p class=muted>{e(_scenario_words(results))}</p>"]
    rates = vendor["pricing"]["rates"]
    if rates:
        rows = "".join(
            f"<tr><td>{e(x['item'])}</td><td class=num>{e(x['currency'])}&nbsp;{x['amount']:,.2f}</td>"
            f"<td>{e(UNIT_WORDS.get(x.get('unit', ''), x.get('unit', '')))}</td>"
            f"<td>{'yes' if x.get('binding', True) else '<b>no</b>'}</td>"
            f"<td>{citations(results, vendor, [x | {'section': ''}], out_dir)}</td></tr>" for x in rates)
        out.append("<details><summary>Rate card ({} items)</summary><table><tr><th>Item</th><th class=num>Amount</th>"
                   "<th>Unit</th><th>Binding</th><th>Quote</th></tr>{}</table></details>".format(len(rates), rows))
    years = "".join(f"<th class=num>Year {y + 1}</th>" for y in range(tco["years"]))
    rows = "".join(
        f"<tr><td>{e(line['label'])}<div class=muted>{e(line['basis'])}</div></td><td>{e(unit_price(line))}</td>"
        + "".join(f"<td class=num>{e(money(v))}</td>" for v in line["yearly"])
        + f"<td class=num><b>{e(money(line['total']))}</b></td><td>{citations(results, vendor, line['evidence'], out_dir)}"
        "</td></tr>" for line in tco["lines"])
    total = "".join(f"<th class=num>{e(money(v))}</th>" for v in tco["yearly"])
    out.append(f"<table class=tco><tr><th>Cost line</th><th>Unit price</th>{years}<th class=num>Total</th><th>Quote</th>"
               f"</tr>{rows}<tr><th>Total</th><th></th>{total}<th class=num>{e(money(tco['total'], cur))}</th><th></th>"
               "</tr></table>")
    if tco["risks"]:
        out.append("<h3>Unpriced risks (not in the total)</h3><ul>" + "".join(
            f"<li><b>{e(x['title'])}</b>: {e(x['reason'])}{citations(results, vendor, x['evidence'], out_dir)}</li>"
            for x in tco["risks"]) + "</ul>")
    return out


def comparison_pricing_html(results: dict) -> list[str]:
    ranked = _ranked(results)
    if _no_scenario_note(results):
        return ["<h2>Total cost of ownership</h2>", f"<p>{html_escape(_no_scenario_note(results))}</p>"]
    e = html_escape
    unranked = ("<ul class=warn>" + "".join(f"<li><b>{e(v['name'])}</b> is not ranked: {e(why)}</li>"
                                           for v, why in _unranked(results)) + "</ul>") if _unranked(results) else ""
    if not ranked:
        return ['<h2 id="tco">Total cost of ownership</h2>', unranked] if unranked else []
    rows = "".join(
        f"<tr><td>{n}</td><td>{e(v['name'])}</td><td>{e(MODEL_NAMES.get(_tco(v)['model'], ''))}</td>"
        f"<td class=num><b>{e(money(_tco(v)['total'], _tco(v)['currency']))}</b></td>"
        f"<td class=num>{len(_tco(v)['risks'])}</td><td>{'yes' if _tco(v)['binding'] else '<b>no</b>'}</td></tr>"
        for n, v in enumerate(ranked, start=1))
    out = ['<h2 id="tco">Total cost of ownership</h2>', f"<p class=muted>Scenario: {e(_scenario_words(results))}. Unpriced "
           "risks are listed per vendor and are not in the totals.</p>",
           "<table><tr><th>Rank</th><th>Vendor</th><th>Pricing model</th><th class=num>Total</th>"
           f"<th class=num>Unpriced risks</th><th>Binding</th></tr>{rows}</table>", unranked]
    slugs = [v["vendor"] for v in ranked]
    names = {v["vendor"]: v["name"] for v in results["vendors"]}
    head = "".join(f"<th class=num>{e(names[s])}</th>" for s in slugs)
    body = "".join(
        f"<tr><td>{e(c['case'])}</td>" + "".join(
            f"<td class=num>{e(money(c['totals'][s]))} <span class=muted>#{c['ranking'].index(s) + 1}</span></td>"
            if s in c["totals"] else "<td>-</td>" for s in slugs) + "</tr>"
        for c in results.get("pricing_sensitivity", []))
    out.append(f"<h3>Sensitivity</h3><table><tr><th>Case</th>{head}</tr>{body}</table>")
    return out

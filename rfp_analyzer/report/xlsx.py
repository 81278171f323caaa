"""comparison.xlsx from the results document, for reviewers who work in a spreadsheet.

Sheets: Scorecard (criteria x vendors, weights, colour-coded statuses, weighted score as a formula), Fees (fee
matrix with amounts and page references), TCO (one row per vendor x cost line x year: unit price x quantity as a
formula, escalation and percentage fees computed from the service-charge rows, yearly totals by SUMIFS), Evidence
(every citation: vendor, item, file, page, quote), and Audit when reviewers decided (every decision: who, when,
from, to, why). A status a reviewer set is the cell's value (the formulas count it), with a note giving the
analysis's status and the reviewer's reason; the Scorecard adds the analysis's own score below the reviewed one.

Every value goes through one of two writers: `put` for data (proposal text, file names, vendor names, numbers),
which writes strings as text (never a formula, whatever they start with) without the control characters XML
forbids; `formula` for the formulas this module builds, which never contain untrusted text. The TCO formulas key on
a vendor id of this workbook (V1, V2, ...), never on a name: SUMIFS reads `<`, `>`, `=`, `*` and `?` in a criterion
as operators and wildcards, and two vendors may claim the same name.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..text import strip_controls
from .rfp import COMPLIANCE_FILL, COMPLIANCE_HEADER, compliance_rows
from .view import UNVERIFIED, review_note, shown_amount

FILLS = {status: PatternFill("solid", start_color=colour) for status, colour in {
    "met": "DCF3E3", "waived": "DCF3E3", "partial": "FDF0CF", "missing": "FBDCDC", "present": "FBDCDC",
    "absent": "ECEEF2"}.items()}
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
MONEY = "#,##0"
PRICE = "#,##0.00##"
CENT = 0.01  # results.json rounds each cost line's yearly amount to the cent
MAX_CELL_CHARS = 32_767  # what Excel holds in one cell


def put(sheet: Worksheet, row: int, col: int, value):
    """A data cell: a number, or text written as text (a string starting with '=' stays text, never a formula),
    without control characters (XML cannot hold them) and cut to what a cell holds."""
    cell = sheet.cell(row, col)
    if isinstance(value, str):
        cell.value = strip_controls(value)[:MAX_CELL_CHARS]
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def formula(sheet: Worksheet, row: int, col: int, text: str):
    """A formula built by this module from cell references and constants, never from untrusted text."""
    if not text.startswith("="):
        raise ValueError(f"not a formula: {text!r}")
    return sheet.cell(row, col, text)


def priced_vendors(results: dict) -> list[tuple[str, dict]]:
    """(V1, vendor), (V2, vendor), ... for the vendors with a TCO: V<n> is the vendor's position in results.json,
    the key the TCO formulas match on (a name may hold SUMIFS operators, and names or even slugs may repeat)."""
    return [(f"V{n}", v) for n, v in enumerate(results["vendors"], start=1) if (v.get("pricing") or {}).get("tco")]


def write_xlsx(results: dict, path: Path) -> Path:
    book = Workbook()
    scorecard(book.active, results)
    fees(book.create_sheet("Fees"), results)
    tco(book.create_sheet("TCO"), results)
    evidence(book.create_sheet("Evidence"), results)
    if results.get("rfp"):
        compliance(book.create_sheet("Compliance", 1), results)
    if (results.get("reviews") or {}).get("log"):
        audit(book.create_sheet("Audit"), results)
    book.save(path)
    return path


def compliance(sheet: Worksheet, results: dict) -> None:
    """Requirements x vendors (one row per pair, mandatory first): the RFP's clause and page, the status
    colour-coded, the gap, the vendor's passage, and the vendor's mandatory gate."""
    _header(sheet, COMPLIANCE_HEADER)
    for row, values in enumerate(compliance_rows(results), start=2):
        for col, value in enumerate(values, start=1):
            cell = put(sheet, row, col, value)
            cell.alignment = WRAP
        status = sheet.cell(row, 7)
        status.fill = PatternFill("solid", start_color=COMPLIANCE_FILL.get(values[6], "ECEEF2"))
    _widths(sheet, {1: 12, 2: 10, 3: 16, 4: 60, 5: 8, 6: 24, 7: 15, 8: 50, 9: 60, 10: 24})


def flag_unverified(cell, finding: dict) -> None:
    """An LLM verdict none of whose quotes was found keeps its status; the cell says so in a note. So does a
    reviewer's decision (with the analysis's status and the reason)."""
    notes = [text for text in (UNVERIFIED if finding.get("unverified") else "", review_note(finding)) if text]
    if notes:
        cell.comment = Comment(strip_controls("\n".join(notes))[:MAX_CELL_CHARS], "rfp-analyzer")


def _header(sheet: Worksheet, cells: list[str], row: int = 1) -> None:
    for col, text in enumerate(cells, start=1):
        put(sheet, row, col, text).font = BOLD
    sheet.freeze_panes = sheet.cell(row + 1, 2)


def _widths(sheet: Worksheet, widths: dict[int, float]) -> None:
    for col, width in widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = width


def scorecard(sheet: Worksheet, results: dict) -> None:
    sheet.title = "Scorecard"
    vendors = results["vendors"]
    items = results["criteria_set"]["items"]
    _header(sheet, ["Criterion", "Weight", *(v["name"] for v in vendors)])
    for row, item in enumerate(items, start=2):
        put(sheet, row, 1, item["title"])
        put(sheet, row, 2, item.get("weight", 0))
        for col, vendor in enumerate(vendors, start=3):
            finding = next((c for c in vendor["criteria"] if c["id"] == item["id"]), {"status": "missing"})
            cell = put(sheet, row, col, finding["status"])
            cell.fill = FILLS[finding["status"]]
            flag_unverified(cell, finding)
    last = len(items) + 1
    score_row = last + 1
    put(sheet, score_row, 1, "Weighted score (met = 1, partial = 0.5)").font = BOLD
    weights = f"$B$2:$B${last}"
    for col in range(3, 3 + len(vendors)):
        statuses = f"{get_column_letter(col)}2:{get_column_letter(col)}{last}"
        cell = formula(sheet, score_row, col, f'=ROUND(100*SUMPRODUCT({weights},({statuses}="met")+0.5*({statuses}="partial"))'
                                          f"/SUM({weights}),1)")
        cell.font = BOLD
    if any("machine" in v.get("score", {}) for v in vendors):
        put(sheet, score_row + 1, 1, "Analysis's own score (before reviewers' decisions)")
        for col, vendor in enumerate(vendors, start=3):
            put(sheet, score_row + 1, col, vendor["score"].get("machine", vendor["score"]["weighted"]))
    _widths(sheet, {1: 38, 2: 8, **{c: 22 for c in range(3, 3 + len(vendors))}})


def fees(sheet: Worksheet, results: dict) -> None:
    vendors = results["vendors"]
    _header(sheet, ["Fee", *(v["name"] for v in vendors)])
    for row, item in enumerate(results["fee_set"]["items"], start=2):
        put(sheet, row, 1, item["title"])
        for col, vendor in enumerate(vendors, start=2):
            fee = next((f for f in vendor["fees"] if f["id"] == item["id"]), {"status": "absent", "evidence": []})
            pages = ", ".join(f"{e['file']} p. {e['page']}" for e in fee["evidence"])
            text = "\n".join(x for x in (fee["status"], shown_amount(fee), pages) if x)
            cell = put(sheet, row, col, text)
            cell.fill = FILLS[fee["status"]]
            cell.alignment = WRAP
            flag_unverified(cell, fee)
    _widths(sheet, {1: 32, **{c: 30 for c in range(2, 2 + len(vendors))}})


TCO_COLUMNS = ["Vendor", "Cost line", "Kind", "Year", "Unit price", "Quantity", "Amount", "Unit", "How", "Source",
               "Quote", "Vendor id"]
TCO_COL = {name: get_column_letter(i) for i, name in enumerate(TCO_COLUMNS, start=1)}


def tco(sheet: Worksheet, results: dict) -> None:
    """A summary (yearly totals per vendor by SUMIFS) above the detail rows it sums."""
    priced = priced_vendors(results)
    years = max((v["pricing"]["tco"]["years"] for _, v in priced), default=0)
    put(sheet, 1, 1, "Total cost of ownership: yearly totals are SUMIFS over the detail rows below, by vendor id; "
                     "each detail row is unit price x quantity.").font = BOLD
    _header(sheet, ["Vendor", *(f"Year {y + 1}" for y in range(years)), "Total", "Unpriced risks", "Vendor id"], row=2)
    start = 2 + len(priced) + 3  # detail header row
    _header(sheet, TCO_COLUMNS, row=start)
    first = start + 1
    row = first
    for vendor_id, vendor in priced:
        for line in vendor["pricing"]["tco"]["lines"]:
            for year in range(vendor["pricing"]["tco"]["years"]):
                _detail_row(sheet, row, vendor, vendor_id, line, year, first)
                row += 1
    last = max(row - 1, first)
    col = TCO_COL
    for n, (vendor_id, vendor) in enumerate(priced):
        r = 3 + n
        key = get_column_letter(4 + years)
        put(sheet, r, 1, vendor["name"])
        for year in range(years):
            formula(sheet, r, 2 + year, f'=SUMIFS(${col["Amount"]}${first}:${col["Amount"]}${last},'
                                        f'${col["Vendor id"]}${first}:${col["Vendor id"]}${last},${key}{r},'
                                        f'${col["Year"]}${first}:${col["Year"]}${last},{year + 1})').number_format = MONEY
        total = formula(sheet, r, 2 + years, f"=SUM({get_column_letter(2)}{r}:{get_column_letter(1 + years)}{r})")
        total.number_format, total.font = MONEY, BOLD
        put(sheet, r, 3 + years, len(vendor["pricing"]["tco"]["risks"]))
        put(sheet, r, 4 + years, vendor_id)
    _widths(sheet, {1: 34, 2: 40, 3: 11, 4: 6, 5: 12, 6: 14, 7: 14, 8: 26, 9: 50, 10: 24, 11: 80, 12: 10})


def _detail_row(sheet: Worksheet, row: int, vendor: dict, vendor_id: str, line: dict, year: int, first: int) -> None:
    put(sheet, row, 1, vendor["name"])
    put(sheet, row, 2, line["label"])
    put(sheet, row, 3, line["kind"])
    put(sheet, row, 4, year + 1)
    put(sheet, row, 5, line["unit_price"][year]).number_format = PRICE
    quantity = _quantity(vendor["pricing"]["tco"], line, year, row, first)
    (formula if isinstance(quantity, str) else put)(sheet, row, 6, quantity).number_format = PRICE
    formula(sheet, row, 7, f"=E{row}*F{row}").number_format = MONEY
    put(sheet, row, 8, line["unit"])
    put(sheet, row, 9, line["basis"])
    put(sheet, row, 10, "; ".join(f"{e['file']} p. {e['page']}" for e in line["evidence"]))
    put(sheet, row, 11, " | ".join(e["quote"] for e in line["evidence"][:1]))
    put(sheet, row, 12, vendor_id)


def _quantity(vendor_tco: dict, line: dict, year: int, row: int, first: int):
    """The quantity, as a formula over the service-charge rows when the line is a share of them: escalation on the
    service charge, a percentage fee on the escalated service charge; otherwise the scenario's number."""
    def service(kind: str) -> str:
        amount, key, year, kinds = (TCO_COL[c] for c in ("Amount", "Vendor id", "Year", "Kind"))
        return (f'SUMIFS(${amount}${first}:${amount}${row - 1},${key}${first}:${key}${row - 1},${key}{row},'
                f'${year}${first}:${year}${row - 1},${year}{row},${kinds}${first}:${kinds}${row - 1},"{kind}")')

    if line["kind"] == "escalation":
        return f"={service('service')}"
    if line["kind"] == "fee" and line["unit"] == "of the service charge" and _on_service_charge(vendor_tco, line, year):
        return f"={service('service')}+{service('escalation')}"
    return line["quantity"][year]


def _on_service_charge(vendor_tco: dict, line: dict, year: int) -> bool:
    """Whether the line's quantity that year is the whole service charge incl. escalation (not when the fee is waived
    for part of it), to the cent of each amount summed."""
    charged = [x["yearly"][year] for x in vendor_tco["lines"] if x["kind"] in ("service", "escalation")]
    return abs(line["quantity"][year] - sum(charged)) <= CENT * max(len(charged), 1)


def evidence(sheet: Worksheet, results: dict) -> None:
    _header(sheet, ["Vendor", "Item", "Kind", "Status", "File", "Page", "Quote"])
    titles = {i["id"]: i["title"] for key in ("criteria_set", "fee_set") for i in results[key]["items"]}
    row = 2
    for vendor in results["vendors"]:
        cited = [("criterion", c) for c in vendor["criteria"]] + [("fee", f) for f in vendor["fees"]]
        rows = [(titles.get(item["id"], item["id"]), kind, item["status"], e) for kind, item in cited
                for e in item["evidence"]]
        rows += [(rate["item"], "rate", "binding" if rate.get("binding", True) else "non-binding",
                  {k: rate[k] for k in ("file", "page", "quote")}) for rate in (vendor.get("pricing") or {}).get("rates", [])]
        for title, kind, status, e in rows:
            for col, value in enumerate((vendor["name"], title, kind, status, e["file"], e["page"], e["quote"]), start=1):
                put(sheet, row, col, value)
            if status in FILLS:
                sheet.cell(row, 4).fill = FILLS[status]
            row += 1
    _widths(sheet, {1: 30, 2: 36, 3: 10, 4: 11, 5: 22, 6: 6, 7: 110})


def audit(sheet: Worksheet, results: dict) -> None:
    """The reviewers' audit log, oldest first: who, when, which finding, from which status to which, and why."""
    _header(sheet, ["When (UTC)", "Reviewer", "Vendor", "Item", "From", "To", "Analysis said", "Why"])
    for row, decision in enumerate(results["reviews"]["log"], start=2):
        for col, key in enumerate(("at", "reviewer", "vendor", "item", "from", "to", "machine_status", "note"), start=1):
            cell = put(sheet, row, col, decision[key])
            if key in ("from", "to") and decision[key] in FILLS:
                cell.fill = FILLS[decision[key]]
    _widths(sheet, {1: 26, 2: 18, 3: 24, 4: 24, 5: 10, 6: 10, 7: 12, 8: 80})

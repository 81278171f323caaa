"""Proposals are hostile input: vendors choose the file names, the text, the fonts and the page count.

One folder of crafted proposals (control characters and terminal escapes in names and text, names that are
spreadsheet formulas or SUMIFS operators, two vendors claiming one company name, rich markup, names at the file
system's length limit) next to a good proposal, run through the real CLI in a subprocess: the run exits 0 or 1,
never 3; every report is written; the good proposal is analyzed; no escape byte from a proposal reaches stdout or
stderr; no formula in the workbook is built from untrusted text; and the workbook's totals, recalculated, equal
results.json. Slow cases (page, time, decompression and image limits) are marked slow.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

from .conftest import write_pdf
from .test_pipeline import NORTHSTAR
from .test_pricing import write_proposal
from .test_pricing_reports import SCENARIO

ESCAPES = (b"\x1b", b"\x07", b"\x9b")
OSC_LINK = "\x1b]8;;http://evil.example/\x1b\\click here\x1b]8;;\x1b\\"
MARKUP_NAME = "[blink][link=mailto:x@evil.example]acme"


def pdf_string(text: str) -> bytes:
    """A PDF literal string: the bytes of `text` (latin-1, control characters included) with (, ) and \\ escaped."""
    raw = text.encode("latin-1")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_ops(lines: list[str], x: float = 50, y: float = 800, size: float = 10, prefix: bytes = b"") -> bytes:
    """A content stream drawing `lines` in Helvetica; `prefix` sets colour or render mode first."""
    ops = [b"BT", prefix, f"/F1 {size} Tf {x} {y} Td {size * 1.2} TL".encode()]
    ops += [pdf_string(line) + b" '" for line in lines]
    return b"\n".join([*ops, b"ET"])


def raw_pdf(path: Path, pages: list[bytes], metadata: dict | None = None,
            annotations: dict[int, str] | None = None) -> Path:
    """A real PDF whose page content streams are written byte for byte (reportlab replaces control characters),
    with document metadata and text annotations (sticky notes) when given."""
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    for number, content in enumerate(pages, start=1):
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        stream = DecodedStreamObject()
        stream.set_data(content)
        page[NameObject("/Contents")] = writer._add_object(stream)
        if annotations and number in annotations:
            note = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
                NameObject("/Rect"): ArrayObject([]), NameObject("/Contents"): TextStringObject(annotations[number])})
            page[NameObject("/Annots")] = ArrayObject([writer._add_object(note)])
    if metadata:
        writer.add_metadata(metadata)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def priced(company: str, rate: str) -> list:
    return [f"{company}", "Pricing is per FTE per month.",
            [["Role", "Site", "Monthly rate per FTE (USD)", "FTE", "Monthly charge (USD)"],
             ["Agent, English", "Leeds", rate, "20", "x"]],
            "A one-time transition fee of USD 50,000 is invoiced on signature."]


def hostile_folder(folder: Path) -> Path:
    write_pdf(folder / "northstar.pdf", NORTHSTAR)
    write_proposal(folder / "=1+2.pdf", priced("Formula Services", "3,000"))
    write_proposal(folder / "<1.pdf", priced("Operator Services", "3,500"))
    write_proposal(folder / "?*.pdf", priced("Wildcard Services", "3,700"))
    write_proposal(folder / "acme.pdf", priced("Acme Support Ltd.", "4,000"))
    write_proposal(folder / "copycat.pdf", priced("Acme Support Ltd.", "2,000"))
    raw_pdf(folder / "bell\x07.pdf", [text_ops([
        "Escape Artists Ltd.", "We answer 80% of calls within 30 seconds.\x1b[2J",
        f"Our portal: {OSC_LINK}. Reports [/x] are [bold red]monthly[/bold red].",
        "The rate is USD 3,100 per FTE per month."])])
    write_pdf(folder / f"{MARKUP_NAME}.pdf", ["Markup [/x] Services\nThe rate is USD 3,200 per FTE per month.\n"
                                               "Agents are available 24/7/365 [link=http://evil.example]here[/link]."])
    write_pdf(folder / ("x" * 251 + ".pdf"), ["Long Name One\nThe rate is USD 3,300 per FTE per month."])
    write_pdf(folder / ("x" * 250 + "y.pdf"), ["Long Name Two\nThe rate is USD 3,300 per FTE per month."])
    write_pdf(folder / ("f" * 253) / "offer.pdf", ["Long Folder\nThe rate is USD 3,300 per FTE per month."])
    return folder


def run_cli(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RFP_ANALYZER_", "XDG_"))}
    env |= {"HOME": str(home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", *args], capture_output=True, env=env,
                          timeout=600)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    proposals = hostile_folder(base / "proposals")
    (base / "scenario.yaml").write_text(SCENARIO)
    home = base / "home"
    home.mkdir()
    out = base / "out"
    proc = run_cli([str(proposals), "--out", str(out), "--index", str(base / "idx"),
                    "--scenario", str(base / "scenario.yaml")], home)
    results = json.loads((out / "results.json").read_text()) if (out / "results.json").is_file() else None
    return proc, out, results, home


def test_run_ends_with_exit_0_or_1_and_every_report_written(hostile):
    proc, out, results, _ = hostile
    assert proc.returncode in (0, 1), proc.stderr.decode(errors="replace")
    assert b"Traceback" not in proc.stderr
    for name in ("results.json", "comparison.md", "report.html", "comparison.xlsx"):
        assert (out / name).is_file(), name
    reports = sorted(p.name for p in out.glob("*.md") if p.name != "comparison.md")
    letters = sorted(p.name for p in (out / "clarifications").glob("*.md"))
    assert len(reports) == len(letters) == len(results["vendors"]) == 11
    assert all(len(name.encode()) <= 255 for name in reports)


def test_good_proposal_is_analyzed(hostile):
    _, out, results, _ = hostile
    northstar = next(v for v in results["vendors"] if v["vendor"] == "northstar")
    assert northstar["name"] == "Northstar Contact Services, Inc."
    assert any(c["status"] == "met" and c["evidence"] for c in northstar["criteria"])
    assert northstar["pricing"]["tco"]["total"] > 0


def test_no_escape_byte_from_a_proposal_reaches_the_terminal(hostile):
    proc, _, _, _ = hostile
    for stream in (proc.stdout, proc.stderr):
        assert not any(byte in stream for byte in ESCAPES), stream[-2000:]
    stdout = proc.stdout.decode()
    assert "bell\\x07" in stdout  # the name is shown, its control character made visible
    assert "[blink]" in stdout  # markup in a file name is printed as text, not applied


def test_display_names_are_unique_even_when_two_vendors_claim_one_company(hostile):
    _, _, results, _ = hostile
    names = [v["name"] for v in results["vendors"]]
    assert len(set(names)) == len(names)
    acme = sorted(v["name"] for v in results["vendors"] if v["vendor"] in ("acme", "copycat"))
    assert acme == ["Acme Support Ltd. (acme)", "Acme Support Ltd. (copycat)"]


# Formulas the workbook builds: cell references, ranges, functions, numbers and the constants it chooses.
OWN_FORMULA = re.compile(r'=(?:[A-Z]+\(|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|[\d.]+|[-+*/,()=<>]|'
                         r'"(?:service|escalation|met|partial)")+')


def test_no_formula_cell_is_built_from_untrusted_text(hostile):
    _, out, _, _ = hostile
    book = load_workbook(out / "comparison.xlsx")
    formulas = [cell.value for sheet in book for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    assert formulas and all(OWN_FORMULA.fullmatch(f) for f in formulas), [
        f for f in formulas if not OWN_FORMULA.fullmatch(f)]
    texts = [cell.value for sheet in book for row in sheet.iter_rows() for cell in row if cell.data_type == "s"]
    assert "=1+2" in texts or any(str(t).startswith("=1+2") for t in texts)


def recalculated(path: Path, tmp: Path) -> Path:
    """The workbook with every formula's value computed by LibreOffice (openpyxl writes formulas without values)."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo-profile", "--convert-to", "xlsx",
                    "--outdir", str(tmp / "recalculated"), str(path)], check=True, capture_output=True, timeout=180)
    return tmp / "recalculated" / path.name


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (apt-get install libreoffice-calc-nogui)")
def test_xlsx_totals_recalculated_equal_results_json(hostile, tmp_path):
    _, out, results, _ = hostile
    sheet = load_workbook(recalculated(out / "comparison.xlsx", tmp_path), data_only=True)["TCO"]
    header = [c.value for c in sheet[2]]
    total_col = header.index("Total") + 1
    priced = [v for v in results["vendors"] if (v.get("pricing") or {}).get("tco")]
    shown = {sheet.cell(r, 1).value: sheet.cell(r, total_col).value for r in range(3, 3 + len(priced))}
    expected = {v["name"]: v["pricing"]["tco"]["total"] for v in priced}
    assert set(shown) == set(expected)
    for name, total in expected.items():
        assert shown[name] == pytest.approx(total, abs=0.05), name
    assert expected["<1"] > 0


def test_run_leaves_nothing_in_the_home_cache(hostile):
    _, _, _, home = hostile
    assert not list(home.rglob("*")), list(home.rglob("*"))

"""One folder mixing good proposals with every kind of bad input: nothing good is lost, nothing bad is silent.

Every unreadable file is named with its reason in the summary and in results.json `failed_files`; every good
file is analyzed (including a 500-page one, names with spaces and non-ASCII characters, and an encrypted one
once its password is given); an identical copy is indexed and analyzed once and reported as a duplicate;
the exit code is 1 (some files unreadable); no traceback reaches the user unless --verbose asks for it.
"""

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter

from rfp_analyzer.cli import main

from .conftest import write_pdf
from .test_pipeline import NORTHSTAR

SITES = ["Manila", "Bogota", "Krakow", "Cebu", "Lisbon", "Nairobi", "Pune", "Monterrey", "Sofia", "Durban"]
WORK = ["payroll", "claims", "billing", "onboarding", "collections", "returns", "disputes"]
PASSWORD = "s3cret"


def long_proposal_pages(count: int) -> list[str]:
    """Short, distinct pages: the file is long, the text (and so the embedding cost) stays small."""
    pages = ["Longhaul Services GmbH\nProposal for the buyer"]
    pages += [f"Clause {n}: the {SITES[n % 10]} team reviews {WORK[n % 7]} cases within {n % 9 + 2} days."
              for n in range(2, count + 1)]
    return pages


def _encrypted(src, dst):
    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.encrypt(user_password=PASSWORD, owner_password="owner-secret", algorithm="AES-128")
    with dst.open("wb") as fh:
        writer.write(fh)


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messy") / "proposals"
    good = write_pdf(folder / "northstar.pdf", NORTHSTAR)
    shutil.copy(good, folder / "northstar resent.pdf")  # same bytes, another name
    write_pdf(folder / "Señor Contact Ünited.pdf", ["Señor Contact Ünited S.A. de C.V.\nProposal for the buyer",
                                                    "1. Coverage\nAgents are available 24/7/365 in Spanish."])
    write_pdf(folder / "blue harbor" / "price list 2026.pdf", ["Pricing\nThe rate is USD 29 per productive hour."])
    write_pdf(folder / "longhaul.pdf", long_proposal_pages(500))
    secret = write_pdf(folder.parent / "plain.pdf", ["Lockbox BPO Ltd.\nPricing is USD 3,100 per FTE per month."])
    _encrypted(secret, folder / "lockbox.pdf")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage")
    (folder / "truncated.pdf").write_bytes(good.read_bytes()[:400])
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "minutes.pdf").write_text("Meeting minutes, saved from a word processor under the wrong name.")
    with (folder / "no pages.pdf").open("wb") as fh:
        PdfWriter().write(fh)
    return folder


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    """Shared by the runs of this module: the run with --password embeds only the file it opens."""
    return tmp_path_factory.mktemp("messy-index")


BAD = {"corrupt.pdf": ("corrupt", "damaged or truncated"), "truncated.pdf": ("corrupt", "damaged or truncated"),
       "empty.pdf": ("empty", "empty (0 bytes)"), "minutes.pdf": ("not_pdf", "not a PDF"),
       "no pages.pdf": ("no_pages", "no pages"), "lockbox.pdf": ("encrypted", "--password")}
GOOD_VENDORS = {"northstar", "Señor Contact Ünited", "blue harbor", "longhaul"}


@pytest.mark.slow
def test_every_bad_file_is_named_every_good_file_analyzed(messy, index_dir, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [str(messy), "--out", str(out), "--index", str(index_dir)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    results = json.loads((out / "results.json").read_text())
    failed = {f["file"]: f for f in results["failed_files"]}
    assert set(failed) == set(BAD)
    for name, (kind, reason) in BAD.items():
        assert failed[name]["kind"] == kind and reason in failed[name]["reason"] and name in failed[name]["reason"]
        assert f"not analyzed: {failed[name]['reason']}" in result.output

    vendors = {v["vendor"]: v for v in results["vendors"]}
    # The two identical files: the first in name order is analyzed, the other is named in a warning of that vendor.
    copies = {"northstar", "northstar resent"}
    assert len(copies & set(vendors)) == 1
    kept = (copies & set(vendors)).pop()
    duplicates = [w for w in vendors[kept]["warnings"] if w["kind"] == "duplicate"]
    other = (copies - {kept}).pop()
    assert len(duplicates) == 1 and f"{other}.pdf has the same content as {kept}.pdf" in duplicates[0]["message"]
    assert f"warning: {kept}: {duplicates[0]['message']}" in result.output
    assert set(vendors) - {kept} == GOOD_VENDORS - {"northstar"}
    assert vendors["longhaul"]["pages"] == 500 and vendors["longhaul"]["name"] == "Longhaul Services GmbH"
    coverage = next(c for c in vendors["Señor Contact Ünited"]["criteria"] if c["id"] == "coverage_availability")
    assert coverage["evidence"][0]["file"] == "Señor Contact Ünited.pdf"
    assert vendors["blue harbor"]["files"] == ["price list 2026.pdf"]
    summary = results["summary"]
    assert summary["files"] == 4 and summary["failed_files"] == len(BAD)
    assert summary["embedded"] == summary["chunks"]  # nothing embedded twice


@pytest.mark.slow
def test_password_opens_the_encrypted_file_and_verbose_shows_tracebacks(messy, index_dir, tmp_path):
    result = subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", str(messy), "--out", str(tmp_path / "out"),
                             "--index", str(index_dir), "--format", "json", "--password", PASSWORD,
                             "--verbose"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 1  # the other bad files are still unreadable
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    assert {f["file"] for f in results["failed_files"]} == set(BAD) - {"lockbox.pdf"}
    lockbox = next(v for v in results["vendors"] if v["vendor"] == "lockbox")
    assert lockbox["name"] == "Lockbox BPO Ltd." and lockbox["pages"] == 1
    assert "Traceback" in result.stderr and "corrupt.pdf" in result.stderr

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from rfp_analyzer.ingest.pdf import UnreadableFile, discover_vendors, guess_vendor_name, read_pdf
from rfp_analyzer.text import canonical, normalize_page


def test_reads_pages_and_reports_scanned_page(pdf_factory):
    path = pdf_factory("acme.pdf", ["Acme Support Ltd.\nProposal for the buyer", None, "Pricing\nUSD 12 per hour"])
    source, issues = read_pdf(path, "acme.pdf")
    assert [p.number for p in source.pages] == [1, 2, 3]
    assert "USD 12 per hour" in source.pages[2].text
    assert [(i.kind, i.page) for i in issues] == [("no_text", 2)]
    assert len(source.sha256) == 64


def test_fully_scanned_file_is_named_with_reason(pdf_factory):
    path = pdf_factory("scan.pdf", [None, None])
    with pytest.raises(UnreadableFile) as err:
        read_pdf(path, "scan.pdf")
    assert err.value.kind == "no_text"
    assert "scan.pdf" in err.value.message and "OCR" in err.value.message


def test_corrupt_truncated_empty_and_non_pdf(tmp_path, pdf_factory):
    good = pdf_factory("good.pdf", ["Some proposal text that is long enough to count."])
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:300])
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    fake = tmp_path / "fake.pdf"
    fake.write_text("this is a Word document, honestly")
    kinds = {}
    for path in (truncated, empty, fake):
        with pytest.raises(UnreadableFile) as err:
            read_pdf(path, path.name)
        assert path.name in err.value.message
        kinds[path.name] = err.value.kind
    assert kinds == {"truncated.pdf": "corrupt", "empty.pdf": "empty", "fake.pdf": "not_pdf"}


def _encrypt(src: Path, dst: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    with dst.open("wb") as fh:
        writer.write(fh)
    return dst


def test_encrypted_pdf_needs_password(tmp_path, pdf_factory):
    plain = pdf_factory("plain.pdf", ["Confidential pricing: USD 3,100 per FTE per month."])
    locked = _encrypt(plain, tmp_path / "locked.pdf", "s3cret")
    with pytest.raises(UnreadableFile) as err:
        read_pdf(locked, "locked.pdf")
    assert err.value.kind == "encrypted" and "--password" in err.value.message
    with pytest.raises(UnreadableFile):
        read_pdf(locked, "locked.pdf", password="wrong")
    source, _ = read_pdf(locked, "locked.pdf", password="s3cret")
    assert "USD 3,100 per FTE" in source.pages[0].text


def test_empty_user_password_opens_without_asking(tmp_path, pdf_factory):
    plain = pdf_factory("plain.pdf", ["Rates are firm for the full term of the agreement."])
    restricted = _encrypt(plain, tmp_path / "restricted.pdf", "")
    source, _ = read_pdf(restricted, "restricted.pdf")
    assert "firm for the full term" in source.pages[0].text


def test_normalization_drops_invisible_characters_and_ligatures():
    raw = "Our  SOC\u200b 2 re\u00adport is of\ufb01cial.\n\n  Next   line "
    assert normalize_page(raw) == "Our SOC 2 report is official.\nNext line"
    assert canonical("\u201cNo  set-up\u2014fee\u201d") == canonical('"no set-up-fee"')


def test_discovers_files_and_vendor_folders(tmp_path, pdf_factory):
    pdf_factory("alpha.pdf", ["Alpha text for the proposal body."])
    pdf_factory("beta/proposal.pdf", ["Beta text for the proposal body."])
    pdf_factory("beta/pricing.PDF", ["Beta pricing text for the appendix."])
    (tmp_path / "notes.txt").write_text("ignored")
    found = {v.slug: sorted(p.name for p in v.paths) for v in discover_vendors(tmp_path)}
    assert found == {"alpha": ["alpha.pdf"], "beta": ["pricing.PDF", "proposal.pdf"]}


def test_vendor_name_is_the_vendor_not_the_buyer(pdf_factory):
    path = pdf_factory("x.pdf", ["Prepared for Buyer Corp. Inc.\nHarbor Line Services, LLC | Boston"])
    source, _ = read_pdf(path, "x.pdf")
    assert guess_vendor_name([source], "x") == "Harbor Line Services, LLC"


def test_vendor_name_found_in_running_text_when_no_line_names_it(pdf_factory):
    path = pdf_factory("y.pdf", ["Proposal to the buyer\nThis response is submitted to Buyer Holdings Inc. for review.",
                                 "Acme and the Acme logo are trademarks of Acme Contact Ltd. in the United States."])
    source, _ = read_pdf(path, "y.pdf")
    assert guess_vendor_name([source], "y") == "Acme Contact Ltd."


def test_a_company_named_once_in_passing_is_not_the_vendor(pdf_factory):
    path = pdf_factory("03_SSA_Help_Desk_RFP.pdf", ["Request for Proposals\nHelp desk support for the agency.",
                                                    "The current contractor is Incumbent Systems Inc., Arlington."])
    source, _ = read_pdf(path, "03_SSA_Help_Desk_RFP.pdf")
    assert guess_vendor_name([source], "03_SSA_Help_Desk_RFP") == "03 SSA Help Desk RFP"

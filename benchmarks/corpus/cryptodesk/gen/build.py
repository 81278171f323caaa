"""Build the cryptodesk set: render the RFP and the four proposals, scan Nusantara's signed price offer letter (Annex E)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("tembusu.txt", "proposals/tembusu/technical-volume.pdf", "tembusu"),
        ("tembusu_commercial.txt", "proposals/tembusu/commercial-schedule.pdf", "tembusu_b"),
        ("saomai.txt", "proposals/saomai-bpo.pdf", "saomai"),
        ("brightharbor.txt", "proposals/brightharbor-cx.pdf", "brightharbor"),
        ("nusantara.txt", "proposals/nusantara-kontak.pdf", "nusantara")]
SCANS = [("proposals/nusantara-kontak.pdf", "SURAT PENAWARAN HARGA", "nusantara_price_letter")]
build_set(SET, DOCS, SCANS, THEMES)

"""Build the homecare set: render the RFP and the four proposals, scan Alder & Quill's signed engagement letter."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("vigie.txt", "proposals/vigie-contact.pdf", "vigie"),
        ("brightharbor.txt", "proposals/brightharbor-cx.pdf", "brightharbor"),
        ("tidewater.txt", "proposals/tidewater/technical-volume.pdf", "tidewater"),
        ("tidewater_pricing.txt", "proposals/tidewater/pricing-workbook.pdf", "tidewater_wb"),
        ("alderquill.txt", "proposals/alder-quill.pdf", "alderquill")]
SCANS = [("proposals/alder-quill.pdf", "LETTER OF ENGAGEMENT TERMS", "alderquill_engagement_letter")]
build_set(SET, DOCS, SCANS, THEMES)

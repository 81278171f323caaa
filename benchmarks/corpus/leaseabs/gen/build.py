"""Rebuild the leaseabs set: render the RFP and the four proposals from gen/content, scan Meridiaan's Annex 3."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("ledgerlight.txt", "proposals/ledgerlight.pdf", "ledger"),
        ("vogt_angebot.txt", "proposals/vogt-brandhorst/angebot.pdf", "vogt"),
        ("vogt_preisblatt.txt", "proposals/vogt-brandhorst/preisblatt.pdf", "vogt"),
        ("meridiaan.txt", "proposals/meridiaan.pdf", "meridiaan"),
        ("sarnegg.txt", "proposals/sarnegg.pdf", "sarnegg")]
SCANS = [("proposals/meridiaan.pdf", "BIJLAGE 3 - OVERIGE KOSTEN", "meridiaan_bijlage3")]
build_set(SET, DOCS, SCANS, THEMES)

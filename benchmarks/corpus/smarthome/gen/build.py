import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("tinkerdesk.txt", "proposals/tinkerdesk.pdf", "tinker"),
        ("harrowgate.txt", "proposals/harrowgate.pdf", "harrow"),
        ("nordelle.txt", "proposals/nordelle/proposal.pdf", "nordelle"),
        ("nordelle_pricing.txt", "proposals/nordelle/pricing-schedule.pdf", "nordelle_px"),
        ("kopernik.txt", "proposals/kopernik.pdf", "kopernik")]
SCANS = [("proposals/kopernik.pdf", "Annex 2 - Price table with signature", "kopernik_price_table")]
build_set(SET, DOCS, SCANS, THEMES)

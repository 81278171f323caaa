import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives next to the set (benchmarks/corpus); fall back to the main checkout while drafted elsewhere
KIT = SET.parent
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("kadeplein.txt", "proposals/kadeplein/offerte.pdf", "kade"),
        ("kadeplein_tarieven.txt", "proposals/kadeplein/tarievenbijlage.pdf", "kade"),
        ("alnoor.txt", "proposals/al-noor-gateway.pdf", "alnoor"),
        ("slotwise.txt", "proposals/slotwise.pdf", "slotwise"),
        ("stanbridge.txt", "proposals/stanbridge-portside.pdf", "stanbridge")]
SCANS = [("proposals/al-noor-gateway.pdf", "COMMERCIAL OFFER LETTER", "alnoor_offer_letter")]
build_set(SET, DOCS, SCANS, THEMES)

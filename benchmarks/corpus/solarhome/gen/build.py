import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("luzoncrest.txt", "proposals/luzon-crest.pdf", "luzon"),
        ("kaveri_proposal.txt", "proposals/kaveri/proposal.pdf", "kaveri"),
        ("kaveri_commercials.txt", "proposals/kaveri/commercial-annexure.pdf", "kaveri"),
        ("torrens.txt", "proposals/torrens-contact.pdf", "torrens"),
        ("gumleaf.txt", "proposals/gumleaf.pdf", "gumleaf")]
SCANS = [("proposals/torrens-contact.pdf", "SCHEDULE 3 - PRICE CONFIRMATION AND EXECUTION", "torrens_schedule3")]
build_set(SET, DOCS, SCANS, THEMES)

import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("kindred.txt", "proposals/kindred-voices.pdf", "kindred"),
        ("quotient.txt", "proposals/quotient-contact.pdf", "quotient"),
        ("brightwell.txt", "proposals/brightwell-contact.pdf", "brightwell"),
        ("pemberton.txt", "proposals/pemberton-lisle/proposal.pdf", "pemberton"),
        ("pemberton_schedule5.txt", "proposals/pemberton-lisle/schedule5-charges.pdf", "pemberton")]
SCANS = [("proposals/brightwell-contact.pdf", "Appendix C - Certificates, card-payment", "brightwell_appendix_c")]
build_set(SET, DOCS, SCANS, THEMES)

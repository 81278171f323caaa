"""Build the hearingcare set: render the RFP and the four proposals, scan Bielmann's executed Schedule 3."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = SET.parent
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("bielmann.txt", "proposals/bielmann-kontaktzentrum.pdf", "bielmann"),
        ("vitosha.txt", "proposals/vitosha-multilingual.pdf", "vitosha"),
        ("auralis.txt", "proposals/auralis/proposal.pdf", "auralis"),
        ("auralis_commercial.txt", "proposals/auralis/commercial-proposal.pdf", "auralis"),
        ("pulsline.txt", "proposals/pulsline-patient-services.pdf", "pulsline")]
SCANS = [("proposals/bielmann-kontaktzentrum.pdf", "SCHEDULE 3 - REMUNERATION (EXECUTED COPY)", "bielmann_schedule3")]
build_set(SET, DOCS, SCANS, THEMES)

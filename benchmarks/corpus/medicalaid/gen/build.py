"""Build the medicalaid set: render the RFP and the four proposals, scan Highveld's signed price schedule (Annexure 1)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("kestrel.txt", "proposals/kestrel-health/technical-volume.pdf", "kestrel"),
        ("kestrel_commercial.txt", "proposals/kestrel-health/commercial-schedule.pdf", "kestrel_c"),
        ("lagune.txt", "proposals/lagune-contact.pdf", "lagune"),
        ("umoya.txt", "proposals/umoya-cx.pdf", "umoya"),
        ("highveld.txt", "proposals/highveld-interaction.pdf", "highveld")]
SCANS = [("proposals/highveld-interaction.pdf", "PRYSSKEDULE", "highveld_price_schedule")]
build_set(SET, DOCS, SCANS, THEMES)

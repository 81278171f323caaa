"""Build the ferrydesk set: render the RFP and the four proposals, scan Egnatia's signed financial offer form (Annex B)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("propontis.txt", "proposals/propontis/technical-volume.pdf", "propontis"),
        ("propontis_commercial.txt", "proposals/propontis/commercial-schedule.pdf", "propontis_b"),
        ("adriavoce.txt", "proposals/adriavoce.pdf", "adriavoce"),
        ("bluehorizon.txt", "proposals/bluehorizon.pdf", "bluehorizon"),
        ("egnatia.txt", "proposals/egnatia-contact.pdf", "egnatia")]
SCANS = [("proposals/egnatia-contact.pdf", "Conditions of the financial offer", "egnatia_offer_form")]
build_set(SET, DOCS, SCANS, THEMES)

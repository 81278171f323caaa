"""Build the airportpax set: render the RFP and the four proposals, scan Bursztyn's signed price form."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives next to the set (benchmarks/corpus); fall back to the main checkout while drafted elsewhere
KIT = SET.parent
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("holdpoint.txt", "proposals/holdpoint-aviation.pdf", "holdpoint"),
        ("bursztyn.txt", "proposals/bursztyn-contact.pdf", "bursztyn"),
        ("brightwing.txt", "proposals/brightwing/proposal.pdf", "brightwing"),
        ("brightwing_annex.txt", "proposals/brightwing/commercial-annex.pdf", "brightwing"),
        ("fjordvakt.txt", "proposals/fjordvakt.pdf", "fjordvakt")]
SCANS = [("proposals/bursztyn-contact.pdf", "FORMULARZ CENOWY", "bursztyn_price_form")]
build_set(SET, DOCS, SCANS, THEMES)

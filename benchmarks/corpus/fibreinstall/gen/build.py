"""Build the fibreinstall set: render the RFP and the four proposals, scan Ashgrove Mercer's signed Appendix C."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("tidewell.txt", "proposals/tidewell-cx.pdf", "tidewell"),
        ("ashgrove.txt", "proposals/ashgrove-mercer.pdf", "ashgrove"),
        ("lagan_technical.txt", "proposals/lagan-customer-ops/technical-response.pdf", "lagan"),
        ("lagan_commercial.txt", "proposals/lagan-customer-ops/commercial-annex.pdf", "lagan_b"),
        ("levante.txt", "proposals/levante-cc.pdf", "levante")]
SCANS = [("proposals/ashgrove-mercer.pdf", "SCHEDULE OF EXCEPTIONS", "ashgrove_appendix_c")]
build_set(SET, DOCS, SCANS, THEMES)

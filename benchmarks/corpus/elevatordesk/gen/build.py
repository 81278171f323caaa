"""Build the elevatordesk set: render the RFP and the four proposals, scan Vltava's signed price sheet (last page)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("morava_tech.txt", "proposals/morava-contact/technical-volume.pdf", "morava"),
        ("morava_comm.txt", "proposals/morava-contact/commercial-terms.pdf", "morava_c"),
        ("karpaty.txt", "proposals/karpaty-contact.pdf", "karpaty"),
        ("ascendia.txt", "proposals/ascendia-cx.pdf", "ascendia"),
        ("vltava.txt", "proposals/vltava-dispatch.pdf", "vltava")]
SCANS = [("proposals/vltava-dispatch.pdf", "CENOVÁ NABÍDKA", "vltava_price_sheet")]
build_set(SET, DOCS, SCANS, THEMES)

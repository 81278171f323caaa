import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("orrington.txt", "proposals/orrington/proposal.pdf", "orrington"),
        ("orrington_fees.txt", "proposals/orrington/fee_schedule.pdf", "orrington"),
        ("bursztyn.txt", "proposals/bursztyn-contact.pdf", "bursztyn"),
        ("stratum.txt", "proposals/stratum-assist.pdf", "stratum"),
        ("larchfield.txt", "proposals/larchfield.pdf", "larch")]
SCANS = [("proposals/larchfield.pdf", "Commercial Declaration (signed copy)", "larch_declaration")]
build_set(SET, DOCS, SCANS, THEMES)

"""Build the telecare set: render the RFP and the four proposals, scan Tsuzumi's stamped quotation (Go-mitsumori-sho)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("harukaze.txt", "proposals/harukaze/technical-questionnaire.pdf", "harukaze"),
        ("harukaze_prices.txt", "proposals/harukaze/price-workbook.pdf", "harukaze_b"),
        ("tsuzumi.txt", "proposals/tsuzumi-careline.pdf", "tsuzumi"),
        ("lumina.txt", "proposals/lumina-kizuna.pdf", "lumina"),
        ("calloway.txt", "proposals/calloway-teo.pdf", "calloway")]
SCANS = [("proposals/tsuzumi-careline.pdf", "GO-MITSUMORI-SHO", "tsuzumi_quotation")]
if __name__ == "__main__":
    args = sys.argv[1:]
    if args:  # render only the named content files (drafting aid); scans only when their file is rendered
        DOCS = [d for d in DOCS if d[0] in args]
        SCANS = [s for s in SCANS if any(d[1] == s[0] for d in DOCS)]
    build_set(SET, DOCS, SCANS, THEMES)

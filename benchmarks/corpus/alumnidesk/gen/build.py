"""Build the alumnidesk set: render the RFP and the four proposals, scan Kelanibridge's signed LKR rate annexure."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, KIT); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("corella.txt", "proposals/corella/volume-1-technical.pdf", "corella"),
        ("corella_pricing.txt", "proposals/corella/volume-2-pricing.pdf", "corella_b"),
        ("kelanibridge.txt", "proposals/kelanibridge.pdf", "kelanibridge"),
        ("brightwattle.txt", "proposals/brightwattle.pdf", "brightwattle"),
        ("tasman.txt", "proposals/tasman-relay.pdf", "tasman")]
SCANS = [("proposals/kelanibridge.pdf", "ANNEXURE D", "kelanibridge_annexure_d")]
ONLY = sys.argv[1:]  # optional: build only the named content files (no scans) while drafting
if ONLY:
    from pdfkit import render
    for src, out, theme in DOCS:
        if src in ONLY:
            (SET / out).parent.mkdir(parents=True, exist_ok=True)
            render((SET / "gen" / "content" / src).read_text(), SET / out, THEMES[theme])
            from pypdf import PdfReader
            print(out, len(PdfReader(str(SET / out)).pages), "pages")
else:
    build_set(SET, DOCS, SCANS, THEMES)

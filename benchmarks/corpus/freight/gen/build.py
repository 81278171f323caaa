"""Build the freight set: render every content file to PDF and scan Bursztyn's signed price form."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("bursztyn.txt", "proposals/bursztyn.pdf", "bursztyn"),
        ("marmara_teklif.txt", "proposals/marmara-kopru/teklif.pdf", "marmara"),
        ("marmara_fiyat_eki.txt", "proposals/marmara-kopru/fiyat-eki.pdf", "marmara_annex"),
        ("vennrath.txt", "proposals/vennrath-logserv.pdf", "vennrath"),
        ("haulwise.txt", "proposals/haulwise.pdf", "haulwise")]
SCANS = [("proposals/bursztyn.pdf", "FORMULARZ CENOWY", "bursztyn_price_form")]
build_set(SET, DOCS, SCANS, THEMES)

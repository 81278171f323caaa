import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("vanderhoven.txt", "proposals/vanderhoven/proposal.pdf", "vdh"),
        ("vanderhoven_tariefblad.txt", "proposals/vanderhoven/tariefblad.pdf", "vdh"),
        ("haldenpryce.txt", "proposals/halden-pryce.pdf", "halden"),
        ("ribeira.txt", "proposals/ribeira-connect.pdf", "ribeira"),
        ("weserbogen.txt", "proposals/weserbogen-dialog.pdf", "weser")]
SCANS = [("proposals/ribeira-connect.pdf", "Ribeira Connect, Lda. confirms the following", "ribeira_price_confirmation")]
build_set(SET, DOCS, SCANS, THEMES)

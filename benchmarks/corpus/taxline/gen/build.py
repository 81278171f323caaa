"""Build the taxline set: render the RFP and the four proposals, scan Swarmdesk's signed Order Form page."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("tanglaw.txt", "proposals/tanglaw/proposal.pdf", "tanglaw"),
        ("tanglaw_rates.txt", "proposals/tanglaw/rate-card.pdf", "tanglaw"),
        ("havrebleu.txt", "proposals/havrebleu.pdf", "havre"),
        ("swarmdesk.txt", "proposals/swarmdesk.pdf", "swarm"),
        ("atalaya.txt", "proposals/atalaya.pdf", "atalaya")]
SCANS = [("proposals/swarmdesk.pdf", "ORDER FORM SD-QTT-001", "swarm_order_form")]
build_set(SET, DOCS, SCANS, THEMES)

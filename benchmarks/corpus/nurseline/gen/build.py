import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# the shared kit lives in benchmarks/corpus (this set's parent once in place); fall back to it while the set is drafted
sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("stonebridge.txt", "proposals/stonebridge/technical-proposal.pdf", "stone"),
        ("stonebridge_cost.txt", "proposals/stonebridge/cost-proposal.pdf", "stone_cost"),
        ("bayanihan.txt", "proposals/bayanihan-carelink.pdf", "bayani"),
        ("cardinal.txt", "proposals/cardinal-triage.pdf", "cardinal"),
        ("porchlight.txt", "proposals/porchlight-nurses.pdf", "porch")]
SCANS = [("proposals/bayanihan-carelink.pdf", "after having been duly sworn", "bayanihan_price_certification")]
build_set(SET, DOCS, SCANS, THEMES)

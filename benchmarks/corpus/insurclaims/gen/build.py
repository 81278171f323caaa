import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/work/main/benchmarks/corpus"); sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("fenwick.txt", "proposals/fenwick-lorimer.pdf", "fenwick"),
        ("kaveri.txt", "proposals/kaveri-lumen.pdf", "kaveri"),
        ("bursztyn.txt", "proposals/bursztyn/proposal.pdf", "bursztyn"),
        ("bursztyn_cennik.txt", "proposals/bursztyn/cennik.pdf", "bursztyn"),
        ("cnoc.txt", "proposals/cnoc-mara.pdf", "cnoc")]
SCANS = [("proposals/kaveri-lumen.pdf", "Annexure C - Commercial Schedule", "kaveri_commercial")]
build_set(SET, DOCS, SCANS, THEMES)

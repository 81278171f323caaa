import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
# pdfkit.py lives in the corpus folder (benchmarks/corpus); fall back to the main checkout when built from /work/corpus
sys.path.insert(0, "/work/main/benchmarks/corpus"); sys.path.insert(0, str(SET.parent)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("conecta.txt", "proposals/conecta-caribe.pdf", "conecta"),
        ("skyward.txt", "proposals/skyward-passenger.pdf", "skyward"),
        ("atlantida.txt", "proposals/atlantida/proposal.pdf", "atlantida"),
        ("atlantida_precos.txt", "proposals/atlantida/tabela-de-precos.pdf", "atlantida"),
        ("brightharbor.txt", "proposals/brightharbor-cx.pdf", "bright")]
SCANS = [("proposals/brightharbor-cx.pdf", "Appendix C - Commercial Terms and Conditions", "bright_appendix_c")]
build_set(SET, DOCS, SCANS, THEMES)

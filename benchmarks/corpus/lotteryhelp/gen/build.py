"""Build the lotteryhelp set: render the RFP and the four proposals, scan Nordvest's signed offer form (Annex 1)."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
KIT = Path(__file__).resolve().parent.parent.parent  # the shared kit (pdfkit)
sys.path.insert(0, str(KIT)); sys.path.insert(0, str(SET / "gen"))
from pdfkit import build_set, render
from themes import THEMES
DOCS = [("rfp.txt", "rfp.pdf", "rfp"),
        ("demerpoort.txt", "proposals/demerpoort/technical-questionnaire.pdf", "demerpoort"),
        ("demerpoort_prices.txt", "proposals/demerpoort/price-schedule.pdf", "demerpoort_b"),
        ("nordvest.txt", "proposals/nordvest-contact.pdf", "nordvest"),
        ("brightharbor.txt", "proposals/brightharbor-cx.pdf", "brightharbor"),
        ("hofstede.txt", "proposals/hofstede-klantcontact.pdf", "hofstede")]
SCANS = [("proposals/nordvest-contact.pdf", "FORMULAR DE OFERTA", "nordvest_offer_form")]
if sys.argv[1:]:  # drafting: re-render only the named content files; no scan, gen/scan_map.json left alone
    for src, out, theme in DOCS:
        if src in sys.argv[1:]:
            render((SET / "gen" / "content" / src).read_text(), SET / out, THEMES[theme])
            print(out, "rendered (no scan)")
else:
    build_set(SET, DOCS, SCANS, THEMES)

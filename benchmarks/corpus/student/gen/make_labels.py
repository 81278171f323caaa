"""Write labels.json from labels_src.py, finding each quote's page(s) in the built PDFs.

usage: /work/main/.venv/bin/python gen/make_labels.py   (after gen/build.py)

A quote written with " | " between table cells is stored with plain spaces, as pypdf reads a table row.
An "ocr" quote (on a scanned page) takes its page from gen/scan_map.json and must be in the scan's source text.
Fails loudly if a quote is on no page, so a content edit cannot silently break the labels.
"""
import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labels_src import SCENARIO, VENDORS  # noqa: E402

GEN = Path(__file__).resolve().parent
SET = GEN.parent


def ws(text):
    return re.sub(r"\s+", " ", text or "").strip()


def main():
    scan_map = json.loads((GEN / "scan_map.json").read_text())
    errors = []
    out = {"scenario": SCENARIO, "rfp": "rfp.pdf", "vendors": {}}
    for slug, v in VENDORS.items():
        files = v.get("files") or [v["file"]]
        pages = {Path(f).name: [ws(p.extract_text()) for p in PdfReader(str(SET / f)).pages] for f in files}
        main = Path(v["file"]).name
        image_only = [i + 1 for i, t in enumerate(pages[main]) if not t]
        scans = {pg: name for name, pg in scan_map.get(v["file"], {}).items()}
        entry = {"name": v["name"], "file": v["file"]}
        if v.get("files"):
            entry["files"] = v["files"]
        entry.update(rates=v["rates"], image_only_pages=image_only, criteria={}, fees={})

        def place(kind, key, status, quote, why, amount, file=None, ocr=False):
            quote = quote.replace(" | ", " ")
            item = {"status": status, "pages": [], "quote": quote}
            if quote:
                base = file or main
                if ocr:
                    hits = [pg for pg, name in scans.items()
                            if ws(quote) in ws((GEN / "scans" / (name + ".txt")).read_text())]
                else:
                    hits = [i + 1 for i, t in enumerate(pages[base]) if ws(quote) in t]
                if not hits:
                    errors.append("%s %s.%s: quote not found in %s: %r" % (slug, kind, key, base, quote[:70]))
                item["pages"] = hits
                if file:
                    item["file"] = file
                if ocr:
                    item["ocr"] = True
            if kind == "fees":
                item["amount"] = amount
            item["why"] = why
            entry[kind][key] = item

        for key, t in v["criteria"].items():
            status, quote, why, *rest = t
            place("criteria", key, status, quote, why, None, *rest)
        for key, t in v["fees"].items():
            status, quote, amount, why, *rest = t
            place("fees", key, status, quote, why, amount, *rest)
        out["vendors"][slug] = entry
    if errors:
        print("\n".join(errors))
        return 1
    (SET / "labels.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    print("labels.json written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""OCR the scanned page(s) of the tutoring set with tesseract and check that every "ocr" label's quote reads back
(exact after whitespace folding, else the best fuzzy window score is printed). Needs tesseract on PATH and pypdf."""
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(t):
    return re.sub(r"\s+", " ", t).strip().casefold()


labels = json.load(open(os.path.join(ROOT, "labels.json")))
bad = 0
for slug, v in labels["vendors"].items():
    reader = PdfReader(os.path.join(ROOT, v["file"]))
    ocr = {}
    for p in v["image_only_pages"]:
        img = reader.pages[p - 1].images[0]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "page.png")
            img.image.save(path)
            ocr[p] = fold(subprocess.run(["tesseract", path, "-"], capture_output=True, text=True).stdout)
    for kind in ("criteria", "fees"):
        for key, item in v[kind].items():
            if not item.get("ocr"):
                continue
            q = fold(item["quote"])
            for p in item["pages"]:
                text = ocr.get(p, "")
                if q in text:
                    print("OK    %s %s.%s (page %d): exact" % (slug, kind, key, p))
                    continue
                best = max((difflib.SequenceMatcher(None, q, text[i:i + len(q)]).ratio()
                            for i in range(0, max(1, len(text) - len(q) + 1))), default=0)
                status = "OK" if best >= 0.95 else "LOW"
                bad += status == "LOW"
                print("%-5s %s %s.%s (page %d): fuzzy %.3f" % (status, slug, kind, key, p, best))
sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Write labels.json: find every quote of labels_src.py in the PDFs and fill in its pages.

A quote is searched in the pypdf text of every page of the label's file (whitespace collapsed; also checked
with the scorer's normalisation). A quote marked "scan" is searched in the source text of that scanned page,
and gets the page number of the image-only page that build.py produced from it. Fails if any quote is missing.
"""
import json
import os
import re
import sys
import unicodedata

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from labels_src import SCENARIO, VENDORS  # noqa: E402
from scan import scan_text  # noqa: E402

CRITERIA = ["industry_experience", "scalability", "training_onboarding", "quality_assurance", "compliance_security",
            "reporting_transparency", "communication_governance", "technology_infrastructure", "service_levels",
            "coverage_availability", "references_track_record", "pricing_clarity"]
FEES = ["setup_fee", "training_fee", "minimum_commitment", "price_escalation", "premium_hours", "technology_passthrough",
        "termination_fee", "change_request_fee", "travel_expenses", "currency_adjustment", "reporting_fee",
        "management_fee", "auto_renewal", "nonbinding_pricing", "data_storage_fee"]


def ws(t):
    return re.sub(r"\s+", " ", t or "").strip()


def norm(text):  # as in score.py
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u200b", "").replace("\u00ad", "")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()


def main():
    scan_map = json.load(open(os.path.join(HERE, "scan_map.json")))
    cache = {}

    def pages(path):
        if path not in cache:
            cache[path] = [p.extract_text() or "" for p in PdfReader(os.path.join(ROOT, path)).pages]
        return cache[path]

    errors = []
    out = {"scenario": SCENARIO, "rfp": "rfp.pdf", "vendors": {}}
    for slug, v in VENDORS.items():
        files = v.get("files", [v["file"]])
        by_base = {os.path.basename(f): f for f in files}
        main_texts = pages(v["file"])
        image_pages = [i + 1 for i, t in enumerate(main_texts) if not ws(t)]
        ov = {"name": v["name"], "file": v["file"]}
        if "files" in v:
            ov["files"] = v["files"]
        ov["image_only_pages"] = image_pages
        for kind, ids in (("criteria", CRITERIA), ("fees", FEES)):
            block = {}
            assert set(v[kind]) == set(ids), (slug, kind, set(ids) ^ set(v[kind]))
            for key in ids:
                src = dict(v[kind][key])
                item = {"status": src["status"]}
                q = src.get("quote", "")
                if src["status"] in ("missing", "absent"):
                    item["pages"], item["quote"] = [], ""
                elif src.get("scan"):
                    name = src["scan"]
                    text = scan_text(open(os.path.join(HERE, "scans", name + ".txt")).read())
                    if ws(q) not in ws(text):
                        errors.append("%s %s: quote not in scan source %s" % (slug, key, name))
                    item["pages"] = [scan_map[v["file"]][name]]
                    item["quote"] = q
                    item["ocr"] = True
                else:
                    fpath = by_base[src["file"]] if src.get("file") else v["file"]
                    texts = pages(fpath)
                    hit = [i + 1 for i, t in enumerate(texts) if ws(q) in ws(t)]
                    hit_norm = [i + 1 for i, t in enumerate(texts) if norm(q) in norm(t)]
                    if not hit:
                        errors.append("%s %s: quote not found in %s: %r" % (slug, key, fpath, q[:70]))
                    elif hit != hit_norm:
                        errors.append("%s %s: ws/norm page mismatch %s %s" % (slug, key, hit, hit_norm))
                    item["pages"] = hit
                    item["quote"] = q
                    if src.get("file"):
                        item["file"] = src["file"]
                nw = len(ws(q).split(" ")) if q else 0
                if q and not 8 <= nw <= 40:
                    errors.append("%s %s: quote has %d words" % (slug, key, nw))
                if kind == "fees":
                    item["amount"] = src.get("amount", "")
                item["why"] = src["why"]
                block[key] = item
            ov[kind] = block
        ov["rates"] = v["rates"]
        out["vendors"][slug] = ov
    if errors:
        print("make_labels: %d error(s)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    with open(os.path.join(ROOT, "labels.json"), "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
    print("labels.json written: %d vendors" % len(out["vendors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

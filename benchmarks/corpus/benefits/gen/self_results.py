#!/usr/bin/env python3
"""Write gen/self_results.json: the labels restated in the analyzer's results format (format sanity check).

python gen/self_results.py && python /work/shared/benchmark/score.py labels.json gen/self_results.json
should print crit_acc=1.0 fee_f1=1.0.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labels = json.load(open(os.path.join(ROOT, "labels.json")))
vendors = []
for slug, v in labels["vendors"].items():
    def items(block):
        out = []
        for key, it in block.items():
            ev = []
            for p in it["pages"]:
                e = {"file": it.get("file") or os.path.basename(v["file"]), "page": p, "quote": it["quote"]}
                if it.get("ocr"):
                    e["ocr"] = True
                ev.append(e)
            out.append({"id": key, "status": it["status"], "evidence": ev})
        return out
    vendors.append({"vendor": slug, "files": v.get("files", [v["file"]]),
                    "criteria": items(v["criteria"]), "fees": items(v["fees"])})
json.dump({"vendors": vendors}, open(os.path.join(ROOT, "gen", "self_results.json"), "w"), indent=1)
print("gen/self_results.json written")

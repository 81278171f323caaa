"""Write gen/self_results.json: the labels as an analyzer result (format sanity check for score.py)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lab = json.load(open(os.path.join(here, "..", "labels.json")))
out = {"vendors": []}
for slug, v in lab["vendors"].items():
    def items(block):
        res = []
        for k, it in block.items():
            ev = [{"file": it.get("file") or os.path.basename(v["file"]), "page": p, "quote": it["quote"],
                   **({"ocr": True} if it.get("ocr") else {})} for p in it["pages"]]
            res.append({"id": k, "status": it["status"], "evidence": ev})
        return res
    out["vendors"].append({"vendor": slug, "files": v.get("files") or [v["file"]],
                           "criteria": items(v["criteria"]), "fees": items(v["fees"])})
json.dump(out, open(os.path.join(here, "self_results.json"), "w"), indent=1)

"""Sanity check of the label format: write a results.json from labels.json (labels scored against themselves).
usage: python gen/selfscore.py OUT.json && python /work/shared/benchmark/score.py labels.json OUT.json"""
import json
import sys
from pathlib import Path

L = json.loads((Path(__file__).resolve().parent.parent / "labels.json").read_text())
out = {"vendors": []}
for slug, v in L["vendors"].items():
    def items(block):
        res = []
        for k, it in block.items():
            ev = []
            if it["pages"]:
                f = it.get("file") or v["file"].split("/")[-1]
                ev = [{"file": f, "page": it["pages"][0], "quote": it["quote"], **({"ocr": True} if it.get("ocr") else {})}]
            res.append({"id": k, "status": it["status"], "evidence": ev})
        return res
    out["vendors"].append({"vendor": slug, "files": v.get("files", [v["file"]]),
                           "criteria": items(v["criteria"]), "fees": items(v["fees"])})
Path(sys.argv[1]).write_text(json.dumps(out, indent=1))

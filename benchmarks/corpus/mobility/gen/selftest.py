"""Write gen/self_results.json (the labels as an analyzer result) to sanity-check labels.json with score.py."""
import json
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
L = json.load(open(SET / "labels.json"))
out = {"vendors": []}
for slug, v in L["vendors"].items():
    def ev(x):
        if not x["pages"]:
            return []
        f = x.get("file") or v["file"].split("/")[-1]
        return [dict(file=f, page=x["pages"][0], quote=x["quote"], **({"ocr": True} if x.get("ocr") else {}))]
    out["vendors"].append({"vendor": slug, "files": v.get("files", [v["file"]]),
                           "criteria": [{"id": k, "status": x["status"], "evidence": ev(x)} for k, x in v["criteria"].items()],
                           "fees": [{"id": k, "status": x["status"], "evidence": ev(x)} for k, x in v["fees"].items()]})
(SET / "gen" / "self_results.json").write_text(json.dumps(out, indent=1))

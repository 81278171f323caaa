"""Write /tmp/property_self_results.json from labels.json (a format sanity check for score.py)."""
import json
from pathlib import Path
SET = Path(__file__).resolve().parent.parent
lab = json.loads((SET / "labels.json").read_text())
out = {"vendors": []}
for slug, v in lab["vendors"].items():
    files = v.get("files") or [v["file"]]
    def ev(x):
        f = x.get("file") or Path(v["file"]).name
        return [{"file": f, "page": p, "quote": x["quote"], **({"ocr": True} if x.get("ocr") else {})} for p in x["pages"]]
    out["vendors"].append({"vendor": slug, "files": files,
        "criteria": [{"id": k, "status": x["status"], "evidence": ev(x)} for k, x in v["criteria"].items()],
        "fees": [{"id": k, "status": x["status"], "evidence": ev(x)} for k, x in v["fees"].items()]})
Path("/tmp/property_self_results.json").write_text(json.dumps(out, indent=1))

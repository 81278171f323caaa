"""Ledger recall, compliance accuracy and verbatim rate against the hand labels in this folder.

    .venv/bin/python benchmarks/requirements/score.py                       # ledger recall and verbatim rate
    .venv/bin/python benchmarks/requirements/score.py --analyze             # also run `--rfp` on the labelled
                                                                             # proposals and score compliance
    .venv/bin/python benchmarks/requirements/score.py --analyze --confusion --keep /tmp/run SET.yaml
                                                # labelled x predicted counts; keep results.json to score again
                                                # with --results

Held-out sets (HELD_OUT) print their aggregate figures only: no misses (ledger or compliance), no confusion counts.

A labelled requirement is found when a ledger requirement's text contains its `find` fragment (case, spaces,
quotes folded). Compliance is scored on the labelled vendor x requirement pairs, through the ledger entry that
holds the fragment. Verbatim: every ledger quote and every compliance quote is looked up on its cited page.
Targets (issue 17): recall >= 0.9, compliance accuracy >= 0.85, verbatim 1.0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from rfp_analyzer.ingest.pdf import read_pdf
from rfp_analyzer.models import Evidence
from rfp_analyzer.pipeline import AnalysisOptions, make_ocr
from rfp_analyzer.progress import NullProgress
from rfp_analyzer.rfp.ledger import read_ledger
from rfp_analyzer.text import canonical
from rfp_analyzer.verify import CitationVerifier

HERE = Path(__file__).resolve().parent
# scored blind: never tune on their misses
HELD_OUT = {"utilities", "marketplace", "parcels", "gaming", "electronics", "vetcare", "homecare", "airline", "trustsafety",
            "insurclaims", "museumtix", "streaming", "grantsdesk", "airportpax", "wasteline", "fibreinstall",
            "alumnidesk", "trialrecruit", "interpreting", "telecare", "medicalaid"}
STATUSES = ("compliant", "partial", "non_compliant", "not_addressed")


def ledger_figures(labels: dict, where: Path) -> tuple[dict, dict]:
    rfp = (where / labels["rfp"]).resolve()
    ledger = read_ledger(rfp)
    source, _ = read_pdf(rfp, rfp.name)
    verifier = CitationVerifier([source])
    items = ledger.requirements + ledger.evaluation_criteria
    verbatim = sum(verifier.is_verbatim(Evidence(i.evidence.file, i.evidence.page, i.evidence.quote)) for i in items)
    found, mandatory_ok, missed = {}, 0, []
    for label in labels["requirements"]:
        hit = next((r for r in ledger.requirements if canonical(label["find"]) in canonical(r.text)), None)
        if hit is None:
            missed.append(label["label"])
            continue
        found[label["label"]] = hit.id
        mandatory_ok += hit.mandatory == label["mandatory"]
    figures = {"requirements": len(ledger.requirements), "labelled": len(labels["requirements"]),
               "recall": round(len(found) / len(labels["requirements"]), 3),
               "mandatory_flag_agreement": round(mandatory_ok / max(1, len(found)), 3),
               "verbatim": round(verbatim / max(1, len(items)), 3), "missed": missed}
    return figures, found


def compliance_figures(labels: dict, found: dict, results: dict) -> dict:
    by_vendor = {v["vendor"]: {c["id"]: c for c in v.get("compliance", [])} for v in results["vendors"]}
    pairs, right, wrong, confusion = 0, 0, [], {}
    for vendor, expected in labels.get("compliance", {}).items():
        for label, status in expected.items():
            pairs += 1
            got = by_vendor.get(vendor, {}).get(found.get(label, ""), {}).get("status", "(no entry)")
            right += got == status
            confusion[(status, got)] = confusion.get((status, got), 0) + 1
            if got != status:
                wrong.append(f"{vendor} {label}: expected {status}, got {got}")
    return {"pairs": pairs, "accuracy": round(right / max(1, pairs), 3), "wrong": wrong, "confusion": confusion}


def confusion_table(confusion: dict) -> list[str]:
    """Labelled status (rows) against predicted status (columns), as counts."""
    predicted = list(STATUSES) + sorted({got for _, got in confusion} - set(STATUSES))
    width = max(len(s) for s in predicted) + 1
    lines = ["  labelled \\ predicted".ljust(width + 2) + "".join(p.rjust(width) for p in predicted)]
    for status in STATUSES:
        lines.append(f"  {status}".ljust(width + 2) + "".join(str(confusion.get((status, p), 0)).rjust(width)
                                                              for p in predicted))
    return lines


def compliance_verbatim(results: dict, proposals: Path, index: Path) -> float:
    """Quotes looked up on their pages as the run read them: with OCR for pages without a text layer."""
    ocr = make_ocr(AnalysisOptions(proposals_dir=proposals, index_dir=index), NullProgress())
    checked = ok = 0
    for vendor in results["vendors"]:
        folder = proposals / vendor["vendor"]
        files = [read_pdf(p, p.relative_to(folder).as_posix() if folder.is_dir() else p.name, ocr=ocr)[0]
                 for p in _vendor_paths(proposals, vendor["vendor"])]
        verifier = CitationVerifier(files)
        for item in vendor.get("compliance", []):
            for e in item["evidence"]:
                checked += 1
                ok += verifier.is_verbatim(Evidence(e["file"], e["page"], e["quote"]))
    return round(ok / checked, 3) if checked else 1.0


def _vendor_paths(proposals: Path, vendor: str) -> list[Path]:
    folder = proposals / vendor
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else [proposals / f"{vendor}.pdf"]


def analyze(labels: dict, where: Path, out: Path) -> dict:
    proposals = (where / labels["proposals"]).resolve()
    rfp = (where / labels["rfp"]).resolve()
    subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", str(proposals), "--rfp", str(rfp), "--out", str(out),
                    "--index", str(out / "index"), "--format", "json", "--quiet"], check=False)
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--analyze", action="store_true", help="run --rfp on the labelled proposals too")
    parser.add_argument("--results", type=Path, default=None, help="score this results.json (of a run with --rfp "
                        "on the labelled proposals) instead of running one; give one labels file")
    parser.add_argument("--confusion", action="store_true", help="print labelled x predicted status counts")
    parser.add_argument("--keep", type=Path, default=None, help="run --analyze into this folder (its results.json "
                        "can be scored again with --results) instead of a temporary one")
    parser.add_argument("labels", nargs="*", type=Path, default=sorted(HERE.glob("*.yaml")))
    args = parser.parse_args()
    for path in args.labels:
        labels = yaml.safe_load(path.read_text(encoding="utf-8"))
        figures, found = ledger_figures(labels, path.parent)
        print(f"{path.stem}: ledger recall {figures['recall']} ({figures['labelled']} labelled, "
              f"{figures['requirements']} in the ledger), mandatory flag agreement "
              f"{figures['mandatory_flag_agreement']}, verbatim {figures['verbatim']}"
              + (f"; missed {', '.join(figures['missed'])}" if figures["missed"] and path.stem not in HELD_OUT else ""))
        if (args.analyze or args.results) and labels.get("compliance"):
            with tempfile.TemporaryDirectory() as tmp:
                out = args.keep or Path(tmp)
                results = json.loads(args.results.read_text(encoding="utf-8")) if args.results else analyze(
                    labels, path.parent, out)
                scored = compliance_figures(labels, found, results)
                verbatim = compliance_verbatim(results, (path.parent / labels["proposals"]).resolve(), Path(tmp) / "ocr")
            print(f"{path.stem}: compliance accuracy {scored['accuracy']} on {scored['pairs']} pairs, "
                  f"compliance quotes verbatim {verbatim}")
            if path.stem in HELD_OUT:
                continue
            for line in confusion_table(scored["confusion"]) if args.confusion else []:
                print(line)
            for line in scored["wrong"]:
                print(f"  {line}")


if __name__ == "__main__":
    main()

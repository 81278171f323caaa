"""Check hand-label files in this folder before they are scored: every `find` must occur in the RFP.

    .venv/bin/python benchmarks/requirements/check_labels.py              # every *.yaml here
    .venv/bin/python benchmarks/requirements/check_labels.py utilities.yaml

A `find` fragment is looked up in the RFP text as pypdf extracts it, with case, runs of whitespace and curly
quotes/dashes folded, so a fragment that spans a line break still counts. It checks the labels themselves, not
the tool: it does not build a ledger (score.py does that). Also checked: labels are unique, every compliance
label names a listed requirement, every status is one of the four, and every vendor key is a proposal (a PDF
stem or a folder under `proposals`). Exits 1 when anything is wrong, printing each problem.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
STATUSES = {"compliant", "partial", "non_compliant", "not_addressed"}
FOLDS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u00a0": " "})


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(FOLDS)).strip().casefold()


def rfp_text(path: Path) -> str:
    return fold(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def vendor_names(proposals: Path) -> set[str]:
    return {p.stem for p in proposals.glob("*.pdf")} | {p.name for p in proposals.iterdir() if p.is_dir()}


def problems(labels: dict, where: Path) -> list[str]:
    text = rfp_text((where / labels["rfp"]).resolve())
    found = []
    names = [r["label"] for r in labels["requirements"]]
    found += [f"duplicate label {n}" for n in sorted({n for n in names if names.count(n) > 1})]
    found += [f"{r['label']}: find not in the RFP text: {r['find']!r}"
              for r in labels["requirements"] if fold(r["find"]) not in text]
    vendors = vendor_names((where / labels["proposals"]).resolve())
    for vendor, pairs in (labels.get("compliance") or {}).items():
        if vendor not in vendors:
            found.append(f"{vendor}: not a proposal in {labels['proposals']}")
        found += [f"{vendor} {label}: no such requirement" for label in pairs if label not in names]
        found += [f"{vendor} {label}: unknown status {status!r}" for label, status in pairs.items()
                  if status not in STATUSES]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", nargs="*", type=Path, default=sorted(HERE.glob("*.yaml")))
    args = parser.parse_args()
    failed = False
    for path in args.labels:
        path = path if path.is_absolute() or path.exists() else HERE / path
        labels = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not Path(path.parent / labels["rfp"]).exists():
            print(f"{path.name}: skipped, RFP not here ({labels['rfp']})")
            continue
        found = problems(labels, path.parent)
        failed |= bool(found)
        print(f"{path.name}: {len(labels['requirements'])} requirements, "
              f"{sum(len(p) for p in (labels.get('compliance') or {}).values())} pairs, "
              + ("ok" if not found else f"{len(found)} problem(s)"))
        for line in found:
            print(f"  {line}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

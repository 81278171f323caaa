"""Ledger precision on real solicitations against the hand labels in precision/ (one file per RFP).

    .venv/bin/python benchmarks/requirements/precision.py            # every labels file in precision/

Each label names a ledger entry by a fragment of its text (case, spaces and quotes folded) and says what it is:
requirement, instruction (how to write or deliver the proposal) or boilerplate. A labelled entry no longer in the
ledger was left out. Printed per file:
- precision: of the labelled entries the ledger keeps, the share that belong in it (requirement or instruction);
- kind agreement: of those kept, the share with the right kind (an instruction is `submission`, a requirement is
  any other kind); boilerplate kept counts as wrong;
- recall: of the labelled requirements and instructions, the share the ledger keeps.
The labels were written from one reading of the ledger; entries that appear only after a change are not labelled,
so the figure is read with the ledger's size, printed beside it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from rfp_analyzer.rfp.ledger import read_ledger
from rfp_analyzer.text import canonical

HERE = Path(__file__).resolve().parent / "precision"


def figures(labels: dict, where: Path) -> dict:
    ledger = read_ledger((where / labels["rfp"]).resolve())
    texts = [(canonical(r.text), r.kind) for r in ledger.requirements]
    kept, belongs, right, wanted, found, wrong = 0, 0, 0, 0, 0, []
    for label in labels["entries"]:
        kind = next((k for t, k in texts if canonical(label["find"]) in t), None)
        useful = label["label"] != "boilerplate"
        wanted += useful
        if kind is None:
            if useful:
                wrong.append(f"left out: {label['find']}")
            continue
        kept += 1
        found += useful
        belongs += useful
        ok = useful and (kind == "submission") == (label["label"] == "instruction")
        right += ok
        if not ok:
            wrong.append(f"kept as {kind} ({label['label']}): {label['find']}")
    return {"entries": len(ledger.requirements), "labelled": len(labels["entries"]), "kept": kept,
            "precision": round(belongs / max(1, kept), 3), "kind_agreement": round(right / max(1, kept), 3),
            "recall": round(found / max(1, wanted), 3), "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", nargs="*", type=Path, default=sorted(HERE.glob("*.yaml")))
    parser.add_argument("--verbose", action="store_true", help="list the entries scored wrong")
    args = parser.parse_args()
    for path in args.labels:
        result = figures(yaml.safe_load(path.read_text(encoding="utf-8")), path.parent)
        print(f"{path.stem}: {result['entries']} ledger entries; of {result['labelled']} labelled, {result['kept']} "
              f"kept: precision {result['precision']}, kind agreement {result['kind_agreement']}, recall of "
              f"requirements and instructions {result['recall']}")
        if args.verbose:
            for line in result["wrong"]:
                print(f"  {line}")


if __name__ == "__main__":
    main()

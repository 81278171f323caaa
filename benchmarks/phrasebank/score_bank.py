"""Scores the rules judge on a phrasing bank: one single-passage proposal per passage.

    python benchmarks/phrasebank/score_bank.py [--criteria] [WORK_DIR]

`bank.yaml` (the default) holds fee clauses: each is compared with the finding for its own fee item (waived;
present; lapsing, which counts as present; absent for a decoy). `criteria_bank.yaml` (`--criteria`) holds passages
for the selection criteria: each is compared with the finding for its own criterion (met; partial; missing for a
decoy on a nearby topic or a passage that declines the service). Every passage becomes a one-vendor proposal (a
cover page and the passage), all of them analysed in one run with the default rules judge. Prints, per item, the
share right and the kinds of misses, then the totals. WORK_DIR (default: a temporary folder) keeps the PDFs and the
index, so a second run reads only what changed.
"""

from __future__ import annotations

import collections
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # for tests: the test suite's PDF writer

from rfp_analyzer.pipeline import AnalysisOptions, analyze  # noqa: E402
from tests.conftest import write_pdf  # noqa: E402


@dataclass(frozen=True)
class Bank:
    path: Path
    findings: str  # the vendor's list of findings the passages test ("fees" or "criteria")
    expected: dict[str, str]  # the bank's kind of passage -> the status it should get


FEES = Bank(Path(__file__).with_name("bank.yaml"), "fees",
            {"waived": "waived", "present": "present", "lapsing": "present", "absent": "absent"})
CRITERIA = Bank(Path(__file__).with_name("criteria_bank.yaml"), "criteria",
                {"met": "met", "partial": "partial", "missing": "missing", "declined": "missing"})


def bank_proposals(bank: dict, folder: Path) -> dict[str, tuple[str, str]]:
    """Writes one proposal per passage (once); returns vendor -> (item, kind)."""
    folder.mkdir(parents=True, exist_ok=True)
    vendors = {}
    for item, kinds in bank.items():
        for kind, passages in kinds.items():
            for n, passage in enumerate(passages):
                vendor = f"{item.replace('_', '-')}-{kind}-{n}"
                if not (folder / f"{vendor}.pdf").exists():
                    write_pdf(folder / f"{vendor}.pdf", ["Acme Services Ltd\nProposal for contact centre services",
                                                         passage])
                vendors[vendor] = (item, kind)
    return vendors


def main(bank: Bank, work: Path) -> None:
    vendors = bank_proposals(yaml.safe_load(bank.path.read_text(encoding="utf-8")), work / "proposals")
    run = analyze(AnalysisOptions(work / "proposals", out_dir=work / "out", index_dir=work / "index", formats=()))
    by_item: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for vendor in run.results["vendors"]:
        item, kind = vendors[vendor["vendor"]]
        status = next(f["status"] for f in vendor[bank.findings] if f["id"] == item)
        by_item[item][(kind, status)] += 1
    total = collections.Counter()
    for item, counts in sorted(by_item.items()):
        right = sum(n for (kind, status), n in counts.items() if bank.expected[kind] == status)
        misses = ", ".join(f"{kind}>{status}:{n}" for (kind, status), n in counts.items()
                           if bank.expected[kind] != status)
        print(f"{item:26s} {right}/{sum(counts.values())}  {misses}")
        total.update(counts)
    right = sum(n for (kind, status), n in total.items() if bank.expected[kind] == status)
    misses = collections.Counter()
    for (kind, status), n in total.items():
        if bank.expected[kind] != status:
            misses[f"{kind} read as {status}"] += n
    print(f"total {right}/{sum(total.values())}  " + ", ".join(f"{k} {n}" for k, n in misses.most_common()))


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = CRITERIA if "--criteria" in args else FEES
    folders = [a for a in args if a != "--criteria"]
    main(chosen, Path(folders[0]) if folders else Path(tempfile.mkdtemp(prefix="phrasebank-")))

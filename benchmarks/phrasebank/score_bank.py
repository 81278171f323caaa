"""Scores the judge's fee readings on the phrasing bank: one single-clause proposal per sentence of bank.yaml.

    python benchmarks/phrasebank/score_bank.py [WORK_DIR]

Each sentence becomes a one-vendor proposal (a cover page and the sentence), all of them analysed in one run with the
default rules judge; the finding for the sentence's own item is compared with what the sentence says (waived;
present; lapsing, which counts as present; absent for a decoy). Prints, per item, the share right and the kinds of
misses, then the totals and the waivers shown as charges. WORK_DIR (default: a temporary folder) keeps the PDFs and
the index, so a second run reads only what changed.
"""

from __future__ import annotations

import collections
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # for tests: the test suite's PDF writer

from rfp_analyzer.pipeline import AnalysisOptions, analyze  # noqa: E402
from tests.conftest import write_pdf  # noqa: E402

BANK = Path(__file__).with_name("bank.yaml")
EXPECTED = {"waived": "waived", "present": "present", "lapsing": "present", "absent": "absent"}


def bank_proposals(bank: dict, folder: Path) -> dict[str, tuple[str, str]]:
    """Writes one proposal per sentence (once); returns vendor -> (item, kind)."""
    folder.mkdir(parents=True, exist_ok=True)
    vendors = {}
    for item, kinds in bank.items():
        for kind, sentences in kinds.items():
            for n, sentence in enumerate(sentences):
                vendor = f"{item.replace('_', '-')}-{kind}-{n}"
                if not (folder / f"{vendor}.pdf").exists():
                    write_pdf(folder / f"{vendor}.pdf", ["Acme Services Ltd\nProposal for contact centre services",
                                                         sentence])
                vendors[vendor] = (item, kind)
    return vendors


def main(work: Path) -> None:
    bank = yaml.safe_load(BANK.read_text(encoding="utf-8"))
    vendors = bank_proposals(bank, work / "proposals")
    run = analyze(AnalysisOptions(work / "proposals", out_dir=work / "out", index_dir=work / "index", formats=()))
    by_item: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for vendor in run.results["vendors"]:
        item, kind = vendors[vendor["vendor"]]
        status = next(f["status"] for f in vendor["fees"] if f["id"] == item)
        by_item[item][(kind, status)] += 1
    total = collections.Counter()
    for item, counts in sorted(by_item.items()):
        right = sum(n for (kind, status), n in counts.items() if EXPECTED[kind] == status)
        misses = ", ".join(f"{kind}>{status}:{n}" for (kind, status), n in counts.items() if EXPECTED[kind] != status)
        print(f"{item:24s} {right}/{sum(counts.values())}  {misses}")
        total.update(counts)
    right = sum(n for (kind, status), n in total.items() if EXPECTED[kind] == status)
    print(f"total {right}/{sum(total.values())}  waived shown as present {total[('waived', 'present')]}  "
          f"present read as absent {total[('present', 'absent')] + total[('lapsing', 'absent')]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="phrasebank-")))

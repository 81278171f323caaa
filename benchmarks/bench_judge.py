"""How long the rules judge takes beyond embedding (issue 12's target: <= 3 s per 100 pages on 2 cores).

usage: python benchmarks/bench_judge.py [PROPOSALS_DIR]     (default: ../shared/benchmark/dev/proposals)

The proposals are read and indexed into a temporary folder first. The judge then reads every vendor twice: the first
pass also embeds each sentence once (the meaning layer), the second is the judging alone. Printed: pages, both
times, the judging per 100 pages, and judging / first pass (the share of the stage that is not embedding).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from rfp_analyzer.judge.checklists import load_criteria, load_fees
from rfp_analyzer.judge.protocol import VendorEvidence
from rfp_analyzer.judge.rules import RulesJudge
from rfp_analyzer.pipeline import AnalysisOptions, read_and_index
from rfp_analyzer.progress import NullProgress
from rfp_analyzer.threads import one_blas_thread
from rfp_analyzer.verify import CitationVerifier

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmark" / "dev" / "proposals"


def judge_all(judge: RulesJudge, evidence: list[VendorEvidence]) -> float:
    start = time.perf_counter()
    for vendor in evidence:
        for criterion in judge.criteria.criteria:
            judge.assess_criterion(vendor, criterion)
        judge.assess_fees(vendor, judge.fees.fees)
    return time.perf_counter() - start


def main(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as index, one_blas_thread():  # as the pipeline runs it
        read = read_and_index(AnalysisOptions(proposals_dir=folder, index_dir=Path(index)), NullProgress())
        judge = RulesJudge(load_criteria(), load_fees())
        evidence = [VendorEvidence(v.slug, read.sentences[v.slug], read.retriever, CitationVerifier(v.files))
                    for v in read.vendors]
        pages = sum(v.page_count for v in read.vendors)
        first, alone = judge_all(judge, evidence), judge_all(judge, evidence)
    print(f"{pages} pages, {len(evidence)} vendors")
    print(f"first pass (embeds each sentence once): {first:.2f} s")
    print(f"judging alone: {alone:.2f} s = {100 * alone / pages:.2f} s per 100 pages  [target <= 3]")
    print(f"judging / first pass: {alone / first:.2f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)

"""What a re-run costs against a cold run, in one run on this machine (issue 16's targets in brackets):

    unchanged re-run / cold run                        [<= 0.10]
    one vendor added to three / cold run of all four   [<= 0.35]
    a weight changed / cold run                        [<= 0.10]

usage: python benchmarks/bench_rerun.py [PROPOSALS_DIR]     (default: ../shared/benchmark/dev/proposals, 4+ PDFs)

Every run is the real command line in a subprocess (start-up and imports included), on a copy of the proposals in
a temporary folder. Each re-run's outputs are compared with a cold run's (benchmarks/same_outputs.py): the report
folders must be the same, and after a weight change every finding must be.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from same_outputs import differences

from rfp_analyzer.config import DEFAULT_CRITERIA

CLI = Path(sys.executable).with_name("rfp-analyze")
DEFAULT_SET = Path(__file__).resolve().parents[2] / "shared" / "benchmark" / "dev" / "proposals"


def run(proposals: Path, index: Path, out: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(CLI), str(proposals), "--index", str(index), "--out", str(out), "-q", *extra], check=True)
    return time.perf_counter() - start


def findings(out: Path) -> list:
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return [(v["vendor"], v["criteria"], v["fees"]) for v in data["vendors"]]


def reweighted(criteria: Path, target: Path) -> Path:
    """The criteria with the first weight doubled (text edit: the file stays as the team wrote it)."""
    lines = criteria.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("weight:"))
    key, value = lines[at].split(":", 1)
    lines[at] = f"{key}: {float(value.split('#')[0]) * 2:g}\n"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def verdict(label: str, found: list[str]) -> str:
    return f"{label}: {'the same' if not found else f'{len(found)} differences: ' + '; '.join(found[:3])}"


def main(source: Path) -> None:
    pdfs = sorted(source.glob("*.pdf"))
    if len(pdfs) < 4:
        sys.exit(f"{source}: needs at least 4 proposal PDFs")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        proposals = work / "proposals"
        proposals.mkdir()
        for pdf in pdfs[:-1]:
            shutil.copy(pdf, proposals)
        run(proposals, work / "idx-incremental", work / "three")
        shutil.copy(pdfs[-1], proposals)
        added = run(proposals, work / "idx-incremental", work / "added")
        cold = run(proposals, work / "idx", work / "cold")
        unchanged = run(proposals, work / "idx", work / "unchanged")
        criteria = reweighted(DEFAULT_CRITERIA, work / "criteria.yaml")
        weight = run(proposals, work / "idx", work / "weight", "--criteria", str(criteria))
        checks = [verdict("unchanged re-run vs cold", differences(work / "cold", work / "unchanged")),
                  verdict("one vendor added vs cold", differences(work / "cold", work / "added")),
                  verdict("weight changed, findings vs cold", [] if findings(work / "weight") == findings(work / "cold")
                          else ["findings differ"])]
    print(f"{len(pdfs)} proposals from {source}; cold run of all {len(pdfs)}: {cold:.2f} s")
    print(f"unchanged re-run:  {unchanged:6.2f} s = {unchanged / cold:.3f} of cold   [target <= 0.10]")
    print(f"one vendor added:  {added:6.2f} s = {added / cold:.3f} of cold   [target <= 0.35]")
    print(f"weight changed:    {weight:6.2f} s = {weight / cold:.3f} of cold   [target <= 0.10]")
    print("\n".join(checks))

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SET)

"""Print the wall time of a run over every crafted file of tests/test_hostile.py (hostile names and text, 5,000
pages, a shared 70 MB content stream, a 40000 x 40000 image, decompression and recursion bombs) next to a good
proposal, and its ratio to a run over the good proposal alone. Issue 13's target: under 4 minutes on 2 cores,
with the good proposal's report intact.

usage: python benchmarks/bench_hostile.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests: the same crafted proposals as the test suite

from tests.conftest import write_pdf  # noqa: E402
from tests.test_hostile import hostile_folder, runaway_files  # noqa: E402
from tests.test_pipeline import NORTHSTAR  # noqa: E402


def run(folder: Path, base: Path) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", str(folder), "--out", str(base / "out"),
                           "--index", str(base / "idx")], capture_output=True)
    return time.perf_counter() - started, proc.returncode


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        write_pdf(base / "good" / "northstar.pdf", NORTHSTAR)
        runaway_files(hostile_folder(base / "all"))
        good_s, _ = run(base / "good", base / "good-run")
        all_s, code = run(base / "all", base / "all-run")
        intact = (base / "all-run" / "out" / "northstar.md").is_file()
        print(f"good proposal alone: {good_s:.1f} s; with every hostile and runaway file: {all_s:.1f} s "
              f"({all_s / good_s:.1f}x), exit {code}, good proposal's report {'intact' if intact else 'MISSING'}")


if __name__ == "__main__":
    main()

"""Time to the first answer of `rfp-analyze ask` in a fresh process, offline: grounded in the analysis (--out) and
from the passages alone, against the bare start of the CLI (`--help`), as medians of a few runs in one session.

usage: python benchmarks/ask/bench_first_answer.py INDEX_DIR OUT_DIR [RUNS]
Target (issue 14): the grounded first answer under 1.5 s on 2 cores. The machine is shared, so the ratios to the
bare CLI start are printed too: they stay comparable when the load changes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUESTIONS = ["Which vendors charge a setup or transition fee?", "Which vendor is cheapest over 3 years?",
             "Compare the service credits across vendors"]


def seconds(args: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}  # offline
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main(index: Path, out: Path, runs: int) -> None:
    bare = statistics.median(seconds(["--help"]) for _ in range(runs))
    print(f"CLI start (--help):         {bare:.2f} s")
    for question in QUESTIONS:
        grounded = statistics.median(seconds(["ask", question, "--index", str(index), "--out", str(out), "--offline"])
                                     for _ in range(runs))
        passages = statistics.median(seconds(["ask", question, "--index", str(index), "--out", str(out / "none"),
                                              "--offline"]) for _ in range(runs))
        print(f"{question[:45]:<45} grounded {grounded:.2f} s ({grounded / bare:.1f}x start), "
              f"passages only {passages:.2f} s ({passages / bare:.1f}x start)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 3)

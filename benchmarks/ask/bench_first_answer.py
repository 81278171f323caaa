"""Time to the first answer of `rfp-analyze ask` in a fresh process, offline: grounded in the analysis (--out) and
from the passages alone, against the bare start of the CLI (`--help`), as medians of a few runs in one session.

usage: python benchmarks/ask/bench_first_answer.py INDEX_DIR OUT_DIR [RUNS]
Target (issue 14): the grounded first answer under 1.5 s on 2 cores. The machine is shared, so the ratios to the
bare CLI start are printed too, and the CPU seconds of the process (user + system): they stay comparable when the
load changes, where wall time on a loaded machine mostly measures the wait for a core.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUESTIONS = ["Which vendors charge a setup or transition fee?", "Which vendor is cheapest over 3 years?",
             "Compare the service credits across vendors"]


def seconds(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one fresh `rfp-analyze ARGS` process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}  # offline
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", *args], env=env, check=True, capture_output=True)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(args: list[str], runs: int) -> tuple[float, float]:
    timings = [seconds(args) for _ in range(runs)]
    return statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings)


def main(index: Path, out: Path, runs: int) -> None:
    bare, bare_cpu = medians(["--help"], runs)
    print(f"CLI start (--help):         {bare:.2f} s, CPU {bare_cpu:.2f} s")
    for question in QUESTIONS:
        grounded, grounded_cpu = medians(["ask", question, "--index", str(index), "--out", str(out), "--offline"], runs)
        passages, passages_cpu = medians(["ask", question, "--index", str(index), "--out", str(out / "none"),
                                          "--offline"], runs)
        print(f"{question[:45]:<45} grounded {grounded:.2f} s ({grounded / bare:.1f}x start; CPU {grounded_cpu:.2f} s, "
              f"{grounded_cpu / bare_cpu:.1f}x), passages only {passages:.2f} s ({passages / bare:.1f}x start; "
              f"CPU {passages_cpu:.2f} s, {passages_cpu / bare_cpu:.1f}x)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 3)

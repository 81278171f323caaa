"""Scale benchmark: N synthetic proposals of P pages through the whole pipeline, from an empty index.

usage: python benchmarks/bench_scale.py [--vendors 50] [--pages 40] [--queries 200] [--workdir DIR]
       python benchmarks/bench_scale.py --ratio-of INDEX_DIR      (the embedding ratio alone, on a built index)

Prints pages/s (reading), chunks/s (embedding and storing), peak RSS, index size on disk, retrieval latency
for a criterion (p50/p95), the wall time of a warm re-run, and the embedding stage against the embedder's own rate:
the pipeline's indexing step (ProposalIndex.add: embed and store in Chroma, into a scratch index) and the embedder
alone (LocalMiniLM.embed) on the same chunk texts, taking turns (A B B A ...) so that load from elsewhere falls on
both. Rates measured minutes apart on a shared machine are not comparable (one run printed a ratio of 3.9); the
turns are. Shared machines: the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.conftest: the same synthetic proposals as the test suite

from rfp_analyzer.index.chroma import ProposalIndex, embedding_text  # noqa: E402
from rfp_analyzer.index.embed import shared_embedder  # noqa: E402
from rfp_analyzer.index.retrieve import Retriever  # noqa: E402
from rfp_analyzer.judge.checklists import load_criteria  # noqa: E402
from rfp_analyzer.pipeline import AnalysisOptions, analyze  # noqa: E402
from tests.conftest import synthetic_pages, write_pdf  # noqa: E402


class StageTimer:
    """A Progress that records how long each stage (Reading PDFs, Embedding chunks, Assessing) took."""

    def __init__(self) -> None:
        self.started: dict[int, tuple[str, float]] = {}
        self.seconds: dict[str, float] = {}

    def start(self, label: str, total: int) -> int:
        self.started[len(self.started)] = (label, time.perf_counter())
        return len(self.started) - 1

    def advance(self, task: int, n: int = 1) -> None:
        pass

    def finish(self, task: int) -> None:
        label, started = self.started[task]
        self.seconds[label] = time.perf_counter() - started

    def note(self, message: str) -> None:
        print(message)


def generate(folder: Path, vendors: int, pages: int) -> None:
    for n in range(vendors):
        write_pdf(folder / f"vendor-{n:03d}.pdf", synthetic_pages(f"vendor{n:03d}", pages))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def query_latencies(index_dir: Path, samples: int) -> list[float]:
    """Seconds per hybrid retrieval of one criterion (its queries, BM25 + vectors) for one vendor."""
    index = ProposalIndex(index_dir)
    retriever = Retriever(index, index.chunks())
    criteria = load_criteria().criteria
    retriever.prepare([q for c in criteria for q in c.queries])  # query vectors are computed once per run
    vendors = sorted({c.vendor for c in retriever.by_id.values()})
    rng = random.Random(0)
    latencies = []
    for _ in range(samples):
        vendor, criterion = rng.choice(vendors), rng.choice(criteria)
        started = time.perf_counter()
        retriever.search(vendor, criterion.queries, k=8)
        latencies.append(time.perf_counter() - started)
    return latencies


def embedding_ratio(index_dir: Path, per_turn: int = 48, turns: int = 4) -> tuple[float, float, float]:
    """(pipeline chunks/s, embedder chunks/s, ratio): ProposalIndex.add into a scratch index against
    LocalMiniLM.embed, on the same `per_turn` chunks each turn (different chunks every turn), A B B A ..."""
    chunks = ProposalIndex(index_dir).chunks()
    picked = random.Random(1).sample(chunks, min(len(chunks), per_turn * turns))
    embedder = shared_embedder()
    embedder.embed([embedding_text(c) for c in picked[:8]])  # warm-up
    spent = {"pipeline": 0.0, "embedder": 0.0}
    with tempfile.TemporaryDirectory() as scratch:
        index = ProposalIndex(Path(scratch), embedder=embedder)
        for turn in range(turns):
            batch = picked[turn * per_turn:(turn + 1) * per_turn]
            steps = {"pipeline": lambda: index.add(batch),
                     "embedder": lambda: embedder.embed([embedding_text(c) for c in batch])}
            for name in (("pipeline", "embedder") if turn % 2 == 0 else ("embedder", "pipeline")):
                spent[name] += timed(steps[name])
    done = len(picked)
    return done / spent["pipeline"], done / spent["embedder"], spent["embedder"] / spent["pipeline"]


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vendors", type=int, default=50)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--queries", type=int, default=200, help="retrievals timed for the latency figures")
    parser.add_argument("--workdir", type=Path, default=None, help="keep proposals, index and reports here")
    parser.add_argument("--ratio-of", type=Path, default=None, metavar="INDEX_DIR",
                        help="only measure the embedding ratio, on the chunks of an index a run built")
    args = parser.parse_args()
    if args.ratio_of:
        print(f"load average before: {load()}")
        print_ratio(args.ratio_of)
        print(f"load average after: {load()}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        proposals, index_dir = work / "proposals", work / "index"
        print(f"load average before: {load()} ({os.cpu_count()} cores)")
        # Generated in a child process, so the peak RSS below is the analyzer's alone.
        child = multiprocessing.Process(target=generate, args=(proposals, args.vendors, args.pages))
        child.start()
        child.join()
        options = AnalysisOptions(proposals_dir=proposals, out_dir=work / "reports", index_dir=index_dir)
        stages, warm_stages = StageTimer(), StageTimer()
        started = time.perf_counter()
        summary = analyze(options, stages).results["summary"]
        cold = time.perf_counter() - started
        started = time.perf_counter()
        warm_summary = analyze(options, warm_stages).results["summary"]
        warm = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        latencies = query_latencies(index_dir, args.queries)
        pages, chunks = summary["pages"], summary["chunks"]
        read_s, embed_s = stages.seconds["Reading PDFs"], stages.seconds["Embedding chunks"]
        pipeline_rate = chunks / embed_s
        print(f"corpus: {args.vendors} proposals x {args.pages} pages = {pages} pages, {chunks} chunks")
        print(f"cold run: {cold:.1f} s (read {read_s:.1f} s, embed+store {embed_s:.1f} s, "
              f"assess {stages.seconds['Assessing']:.1f} s)")
        print(f"reading: {pages / read_s:.1f} pages/s; whole cold run: {pages / cold:.1f} pages/s")
        print(f"embedding: {pipeline_rate:.1f} chunks/s (tokenize, embed, store in Chroma)")
        print(f"vectors reused (identical text): {summary['vectors_reused']}")
        print(f"warm re-run: {warm:.1f} s ({warm_summary['embedded']} chunks embedded; "
              f"assess {warm_stages.seconds['Assessing']:.1f} s)")
        print(f"peak RSS: {peak_mb:.0f} MB; index on disk: {folder_size(index_dir) / 2**20:.1f} MB")
        print(f"retrieval for a criterion: p50 {statistics.median(latencies) * 1000:.1f} ms, "
              f"p95 {percentile(latencies, 0.95) * 1000:.1f} ms ({len(latencies)} queries)")
        print_ratio(index_dir)
        print(f"load average after: {load()}")


def print_ratio(index_dir: Path) -> None:
    pipeline, embedder, ratio = embedding_ratio(index_dir)
    print(f"embedding stage (embed and store) {pipeline:.1f} chunks/s, embedder alone {embedder:.1f} chunks/s, "
          f"taking turns on the same chunks: pipeline / embedder = {ratio:.2f}")


if __name__ == "__main__":
    main()

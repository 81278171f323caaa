"""Scale benchmark: N synthetic proposals of P pages through the whole pipeline, from an empty index.

usage: python benchmarks/bench_scale.py [--vendors 50] [--pages 40] [--queries 200] [--workdir DIR]

Prints pages/s (reading), chunks/s (embedding and storing), peak RSS, index size on disk, retrieval latency
for a criterion (p50/p95), the wall time of a warm re-run, and two yardsticks for the embedding stage:
- the embedder's own rate: `LocalMiniLM.embed` alone on a sample of the same chunk texts (same length mix, same
  batching), so pipeline / embedder is what indexing adds to embedding (storing in Chroma, bookkeeping);
- the model's compute-bound ceiling: one batch of 128 copies of a chunk of mean length (no padding at all), which
  a mix of lengths cannot reach: longer chunks cost more than in proportion.
Shared machines: the load average is printed before and after; run it twice and compare.
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
    """A Progress that records how long each stage (Reading PDFs, Embedding chunks, Assessing) took, and runs
    `after[label]()` as soon as that stage ends (a yardstick measured next to the stage, under the same load)."""

    def __init__(self, after: dict | None = None) -> None:
        self.started: dict[int, tuple[str, float]] = {}
        self.seconds: dict[str, float] = {}
        self.after = after or {}

    def start(self, label: str, total: int) -> int:
        self.started[len(self.started)] = (label, time.perf_counter())
        return len(self.started) - 1

    def advance(self, task: int, n: int = 1) -> None:
        pass

    def finish(self, task: int) -> None:
        label, started = self.started[task]
        self.seconds[label] = time.perf_counter() - started
        if label in self.after:
            self.after[label]()

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


def model_rate(index_dir: Path, batch: int = 128) -> tuple[float, int]:
    """(chunks/s, word pieces) of one session run on `batch` copies of a chunk of mean length: no padding,
    no tokenizer or storage cost, the compute-bound ceiling of the embedding stage."""
    embedder = shared_embedder()
    texts = [embedding_text(c) for c in ProposalIndex(index_dir).chunks()]
    lengths = [embedder.word_pieces(t) for t in texts]
    mean = sum(lengths) / len(lengths)
    typical = texts[min(range(len(texts)), key=lambda i: abs(lengths[i] - mean))]
    embedder._embed_batch([typical] * 8)  # warm-up
    best = min(timed(lambda: embedder._embed_batch([typical] * batch)) for _ in range(2))
    return batch / best, embedder.word_pieces(typical)


def embedder_rate(index_dir: Path, sample: int = 384) -> float:
    """chunks/s of the embedder alone on a random sample of the indexed chunk texts, as the pipeline embeds them."""
    texts = [embedding_text(c) for c in ProposalIndex(index_dir).chunks()]
    chosen = random.Random(1).sample(texts, min(sample, len(texts)))
    return len(chosen) / timed(lambda: shared_embedder().embed(chosen))


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        proposals, index_dir = work / "proposals", work / "index"
        print(f"load average before: {load()} ({os.cpu_count()} cores)")
        # Generated in a child process, so the peak RSS below is the analyzer's alone.
        child = multiprocessing.Process(target=generate, args=(proposals, args.vendors, args.pages))
        child.start()
        child.join()
        options = AnalysisOptions(proposals_dir=proposals, out_dir=work / "reports", index_dir=index_dir)
        yardsticks: dict = {}

        def measure_embedder() -> None:  # right after the pipeline embedded, so that both see the same load
            started = time.perf_counter()
            yardsticks["load"] = load()
            yardsticks["own"] = embedder_rate(index_dir)
            yardsticks["ceiling"] = model_rate(index_dir)
            yardsticks["seconds"] = time.perf_counter() - started

        stages, warm_stages = StageTimer({"Embedding chunks": measure_embedder}), StageTimer()
        started = time.perf_counter()
        summary = analyze(options, stages).results["summary"]
        cold = time.perf_counter() - started
        started = time.perf_counter()
        warm_summary = analyze(options, warm_stages).results["summary"]
        warm = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        latencies = query_latencies(index_dir, args.queries)
        own_rate, (rate, pieces) = yardsticks["own"], yardsticks["ceiling"]
        pages, chunks = summary["pages"], summary["chunks"]
        read_s, embed_s = stages.seconds["Reading PDFs"], stages.seconds["Embedding chunks"]
        pipeline_rate = chunks / embed_s
        print(f"corpus: {args.vendors} proposals x {args.pages} pages = {pages} pages, {chunks} chunks")
        print(f"cold run: {cold - yardsticks['seconds']:.1f} s (read {read_s:.1f} s, embed+store {embed_s:.1f} s, "
              f"assess {stages.seconds['Assessing']:.1f} s; the yardsticks measured within it left out)")
        print(f"reading: {pages / read_s:.1f} pages/s; whole cold run: {pages / (cold - yardsticks['seconds']):.1f} "
              "pages/s")
        print(f"embedding: {pipeline_rate:.1f} chunks/s (tokenize, embed, store in Chroma)")
        print(f"right after it (load average {yardsticks['load']}):")
        print(f"embedder alone on a sample of the same chunks: {own_rate:.1f} chunks/s; "
              f"pipeline / embedder = {pipeline_rate / own_rate:.2f}")
        print(f"model on one batch of 128 chunks of {pieces} word pieces (ceiling): {rate:.1f} chunks/s; "
              f"pipeline / ceiling = {pipeline_rate / rate:.2f}")
        print(f"vectors reused (identical text): {summary['vectors_reused']}")
        print(f"warm re-run: {warm:.1f} s ({warm_summary['embedded']} chunks embedded; "
              f"assess {warm_stages.seconds['Assessing']:.1f} s)")
        print(f"peak RSS: {peak_mb:.0f} MB; index on disk: {folder_size(index_dir) / 2**20:.1f} MB")
        print(f"retrieval for a criterion: p50 {statistics.median(latencies) * 1000:.1f} ms, "
              f"p95 {percentile(latencies, 0.95) * 1000:.1f} ms ({len(latencies)} queries)")
        print(f"load average after: {load()}")


if __name__ == "__main__":
    main()

"""One BLAS thread for the similarity products.

Every matrix product of a run is small (a few hundred sentences against a few dozen example phrasings, or one query
against the chunks of a file). OpenBLAS splits each across all cores anyway, and the threads then wait for each other:
on a 2-core machine that something else keeps busy, the criteria's topic products took 0.67 s on one proposal set with
two threads and 0.007 s with one (benchmarks/bench_judge.py prints the judging time). The embedder (ONNX Runtime)
and Chroma have thread pools of their own, which this does not touch.
"""

from __future__ import annotations

from threadpoolctl import threadpool_limits


def one_blas_thread() -> threadpool_limits:
    """A context manager that runs numpy's BLAS on one thread, restoring the count after. The limit applies as soon
    as it is made (threadpoolctl), so make it where it is entered."""
    return threadpool_limits(limits=1, user_api="blas")

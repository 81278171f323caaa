"""Runs of the real CLI killed while embedding (SIGINT, SIGKILL) and two runs on one index at once.

A killed run keeps what it stored; the next run embeds only the rest and gives the same findings as a run that
was never interrupted. A second run on a busy index waits for the first, saying so, instead of racing it.
"""

import json
import os
import signal
import subprocess
import sys

import pytest
from click.testing import CliRunner

from rfp_analyzer.cli import main

from .conftest import synthetic_pages, write_pdf

pytestmark = pytest.mark.slow  # real subprocesses killed mid-run and run again

STORED_LINE = "stored "  # index/chroma.py logs "stored N of M chunks" at DEBUG (--verbose) after each committed batch


@pytest.fixture(scope="module")
def proposals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many-pages") / "proposals"
    for vendor in ("alder", "birch"):
        write_pdf(folder / f"{vendor}.pdf", synthetic_pages(vendor, 40))
    return folder


def _start(proposals, idx, out):
    """The real CLI in a subprocess, with SIGINT at its default (a background shell would have it ignored)."""
    return subprocess.Popen(
        [sys.executable, "-m", "rfp_analyzer.cli", str(proposals), "--index", str(idx), "--out", str(out),
         "--format", "json", "--verbose"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_line(process, marker):
    for line in process.stderr:
        if marker in line:
            return line
    pytest.fail(f"the run ended (exit {process.wait()}) before printing {marker!r}")


def _results(out):
    return json.loads((out / "results.json").read_text())


@pytest.fixture(scope="module")
def uninterrupted(proposals, tmp_path_factory):
    """A cold run, and a second run started on the same index while the first is still embedding."""
    tmp = tmp_path_factory.mktemp("reference")
    first = _start(proposals, tmp / "idx", tmp / "first")
    _wait_for_line(first, STORED_LINE)
    second = _start(proposals, tmp / "idx", tmp / "second")
    waiting = _wait_for_line(second, "waiting for another run")
    _, first_err = first.communicate(timeout=300)
    second.communicate(timeout=300)
    assert first.returncode == second.returncode == 0, first_err[-2000:]
    return {"waiting": waiting, "first_pid": first.pid, "first": _results(tmp / "first"),
            "second": _results(tmp / "second")}


def test_second_run_on_a_busy_index_waits_then_reuses_everything(uninterrupted, tmp_path):
    assert f"(pid {uninterrupted['first_pid']})" in uninterrupted["waiting"]
    first, second = uninterrupted["first"], uninterrupted["second"]
    assert first["summary"]["embedded"] == first["summary"]["chunks"] > 0
    assert second["summary"]["embedded"] == 0
    assert second["vendors"] == first["vendors"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_killed_run_resumes_with_the_same_results(sig, proposals, uninterrupted, tmp_path):
    idx = tmp_path / "idx"
    run = _start(proposals, idx, tmp_path / "killed")
    _wait_for_line(run, STORED_LINE)
    os.kill(run.pid, sig)
    _, err = run.communicate(timeout=120)
    if sig == signal.SIGINT:
        assert run.returncode == 130
        assert "interrupted; " in err and "chunks embedded in this run kept, re-run to resume" in err
        assert "Traceback" not in err
    else:
        assert run.returncode == -signal.SIGKILL
        # Its lock file still names it; the kernel released the flock, so the next run takes over without waiting.
        assert (idx / "run.lock").read_text().strip() == str(run.pid)
    resumed = CliRunner().invoke(main, [str(a) for a in (proposals, "--index", idx, "--out", tmp_path / "resumed",
                                                         "--format", "json", "-q")])
    assert resumed.exit_code == 0, resumed.output
    results, reference = _results(tmp_path / "resumed"), uninterrupted["first"]
    assert 0 < results["summary"]["embedded"] < reference["summary"]["embedded"]
    assert results["vendors"] == reference["vendors"]

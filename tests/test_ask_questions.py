"""The question set of issue 14 (benchmarks/ask/questions.yaml) through `ask`, over whole analyzed proposal sets:
vendor recall and precision, verbatim and whole-clause quotes, time per answer (printed, `pytest -s` shows them).

dev and finserv were tuned on and meet the target: their fee and coverage recall must stay >= 0.9. itsd was tuned
on after its blind run and is at 0.89 for fees; the benefits set is held out (never tuned on, 0.77 for fees). Both
are measured and reported, their quotes must be verbatim, and no recall is asserted for them.
"""

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from rfp_analyzer.cli import main

from .conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
SETS = {"dev": SHARED / "benchmark" / "dev", "finserv": SHARED / "benchmark" / "finserv",
        "itsd": ROOT / "benchmarks" / "corpus" / "itsd", "benefits": ROOT / "benchmarks" / "corpus" / "benefits"}
RECALL_ASSERTED = {"dev", "finserv"}
RECALL_TARGET = 0.9


def _runner():
    spec = importlib.util.spec_from_file_location("run_questions", ROOT / "benchmarks" / "ask" / "run_questions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_question_set(name, tmp_path):
    folder = SETS[name]
    if not (folder / "proposals").is_dir():
        pytest.skip(f"{folder} is not here")
    index, out = tmp_path / "idx", tmp_path / "out"
    result = CliRunner().invoke(main, [str(folder / "proposals"), "--rfp", str(folder / "rfp.pdf"), "--index",
                                       str(index), "--out", str(out), "-q"])
    assert result.exit_code in (0, 1), result.output
    questions = _runner()
    outcome = questions.run(name, index, out)
    print("\n" + questions.report(name, outcome))
    assert outcome["verbatim"] == 1.0
    if name in RECALL_ASSERTED:
        for kind in ("fee", "coverage"):
            assert outcome["kinds"][kind]["recall"] >= RECALL_TARGET, questions.report(name, outcome)

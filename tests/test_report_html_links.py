"""report.html read away from the analyst's machine: links that survive a move (--pdf-base, --bundle), tables that
scroll on a phone, badges that need no emoji font, a contents list."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from rfp_analyzer.report import write_reports

EMOJI = re.compile("[\u2705\u274c\u26a0\U0001f300-\U0001faff]")


def _hrefs(html: str) -> list[str]:
    return re.findall(r'<a href="([^"#]+\.pdf)#page=\d+"', html)


def test_bundle_copies_the_pdfs_beside_the_reports_and_links_survive_a_zip(workspace, tmp_path):
    out = tmp_path / "bundled"
    results = json.loads((workspace / "out" / "results.json").read_text())
    write_reports(results | {"links": {"bundle": True}}, out, {"json", "html"})
    links = set(_hrefs((out / "report.html").read_text()))
    assert links == {"proposals/northstar.pdf", "proposals/solano.pdf"}
    assert json.loads((out / "results.json").read_text())["links"] == {"bundle": True}
    archive = tmp_path / "sent.zip"  # e-mailed: unpacked elsewhere, the proposals folder gone
    with zipfile.ZipFile(archive, "w") as z:
        for path in out.rglob("*"):
            z.write(path, path.relative_to(out))
    moved = tmp_path / "elsewhere"
    zipfile.ZipFile(archive).extractall(moved)
    assert all((moved / link).is_file() for link in links)


def test_pdf_base_url_and_folder(workspace):
    results = json.loads((workspace / "out" / "results.json").read_text())
    out = workspace / "out"
    write_reports(results | {"links": {"pdf_base": "https://dms.example/rfp-2026/"}}, out, {"html"})
    assert set(_hrefs((out / "report.html").read_text())) == {"https://dms.example/rfp-2026/northstar.pdf",
                                                                "https://dms.example/rfp-2026/solano.pdf"}
    write_reports(results | {"links": {"pdf_base": "/srv/share/rfp"}}, out, {"html"})
    assert set(_hrefs((out / "report.html").read_text())) == {Path("/srv/share/rfp/northstar.pdf").as_uri(),
                                                                Path("/srv/share/rfp/solano.pdf").as_uri()}


def test_tables_scroll_badges_need_no_emoji_and_there_is_a_contents_list(workspace):
    html = (workspace / "out" / "report.html").read_text()
    assert html.count("<table") == html.count('<div class=scroll><table') > 0
    assert not EMOJI.search(html)
    contents = re.search(r'<nav class=toc aria-label="Contents">(.*?)</nav>', html).group(1)
    anchors = re.findall(r'href="#([^"]+)"', contents)
    assert {"ranking", "criteria", "fees", "vendor-1", "vendor-2"} <= set(anchors)
    assert all(f'id="{a}"' in html for a in anchors)

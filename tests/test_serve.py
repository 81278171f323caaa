"""The review workspace's server, through its HTTP interface (starlette's TestClient runs the real app in-process):
views, evidence pages with the quote located on the rendered page, the API, and the guard (host, token, CSRF,
analyzed files only, escaping)."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from rfp_analyzer.serve.app import create_app
from rfp_analyzer.serve.evidence import quote_spans

from .conftest import LLM_API_KEY

HOSTILE_NAME = 'Evil <script>alert("x")</script> Corp'


@pytest.fixture
def client(workspace):
    app = create_app(workspace / "idx", workspace / "out")
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        yield c


def _csrf(client) -> str:
    return client.get("/api/session").json()["csrf"]


def _missing_criterion(client, vendor="northstar") -> str:
    entry = next(v for v in client.get("/api/results").json()["vendors"] if v["vendor"] == vendor)
    return next(c["id"] for c in entry["criteria"] if c["status"] == "missing")


def test_dashboard_vendor_and_warnings_pages_render_with_every_vendor(client):
    page = client.get("/")
    assert page.status_code == 200 and "Northstar Contact Services, Inc." in page.text and "Hidden fees" in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert "https://" not in page.text  # nothing from elsewhere: every asset is served from the package
    assert client.get("/static/app.js").status_code == 200
    vendor = client.get("/vendor/northstar")
    assert vendor.status_code == 200 and "Accept or override" in vendor.text and "/evidence?vendor=northstar" in vendor.text
    assert client.get("/warnings").status_code == 200
    assert client.get("/vendor/nobody").status_code == 404


def test_a_citation_opens_its_page_with_the_quote_located(client):
    vendor = next(v for v in client.get("/api/results").json()["vendors"] if v["vendor"] == "northstar")
    evidence = next(e for f in vendor["fees"] for e in f["evidence"])
    page = client.get("/evidence", params={"vendor": "northstar", "file": evidence["file"], "page": evidence["page"],
                                           "quote": evidence["quote"]})
    assert page.status_code == 200 and 'class="hl"' in page.text and "Highlighted on the page" in page.text
    image = client.get("/page.png", params={"vendor": "northstar", "file": evidence["file"], "page": evidence["page"]})
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    absent = client.get("/evidence", params={"vendor": "northstar", "file": evidence["file"], "page": 1,
                                             "quote": "words that are on no page at all"})
    assert 'class="hl"' not in absent.text and "not located" in absent.text


def test_quotes_are_found_across_pdfium_and_pypdf_spacing_and_abridged_with_dots():
    page = "Rates increase by 5%\r\non each anniversary of go\u2011live; credits are capped."
    [(first, last)] = quote_spans(page, "rates increase by 5% on each anniversary of go-live")
    assert page[first:last + 1] == "Rates increase by 5%\r\non each anniversary of go\u2011live"
    assert len(quote_spans(page, "Rates increase ... credits are capped.")) == 2
    assert quote_spans(page, "credits are capped ... Rates increase") == []  # pieces must come in order


@pytest.mark.parametrize("params", [
    {"vendor": "northstar", "file": "../solano.pdf", "page": 1},
    {"vendor": "northstar", "file": "/etc/passwd", "page": 1},
    {"vendor": "northstar", "file": "solano.pdf", "page": 1},  # another vendor's file
    {"vendor": "../..", "file": "northstar.pdf", "page": 1},
])
def test_only_analyzed_files_are_served(client, params):
    assert client.get("/page.png", params=params).status_code == 404
    assert client.get("/file", params=params).status_code == 404
    assert client.get("/evidence", params=params).status_code == 404


def test_an_analyzed_file_is_served_whole_and_by_its_pages_only(client):
    own = {"vendor": "northstar", "file": "northstar.pdf"}
    assert client.get("/file", params=own).content.startswith(b"%PDF")
    assert client.get("/page.png", params=own | {"page": 3}).status_code == 200
    assert client.get("/page.png", params=own | {"page": 99}).status_code == 404
    assert client.get("/evidence", params=own | {"page": 99}).status_code == 404


def test_a_review_posted_changes_the_score_and_the_exports(client, workspace):
    item = _missing_criterion(client)
    before = next(v for v in client.get("/api/results").json()["vendors"] if v["vendor"] == "northstar")["score"]
    body = {"vendor": "northstar", "item": item, "status": "met", "note": "see annex", "reviewer": "Ana"}
    made = client.post("/api/reviews", json=body, headers={"X-CSRF-Token": _csrf(client)})
    assert made.status_code == 201, made.text
    assert made.json()["score"]["weighted"] > before["weighted"] and made.json()["score"]["machine"] == before["weighted"]
    assert [d["to"] for d in client.get("/api/reviews").json()["log"]] == ["met"]
    on_disk = json.loads((workspace / "out" / "results.json").read_text())
    assert next(v for v in on_disk["vendors"] if v["vendor"] == "northstar")["score"]["weighted"] == \
        made.json()["score"]["weighted"]
    refused = client.post("/api/reviews", json=body | {"status": "waived"}, headers={"X-CSRF-Token": _csrf(client)})
    assert refused.status_code == 400 and "its status is one of" in refused.json()["error"]


def test_posts_need_the_csrf_header_json_and_the_same_origin(client):
    body = {"vendor": "northstar", "item": _missing_criterion(client), "status": "met", "note": "n", "reviewer": "x"}
    assert client.post("/api/reviews", json=body).status_code == 403
    assert client.post("/api/reviews", json=body, headers={"X-CSRF-Token": "guess"}).status_code == 403
    token = _csrf(client)
    assert client.post("/api/reviews", json=body, headers={"X-CSRF-Token": token,
                                                           "Origin": "http://evil.example"}).status_code == 403
    assert client.post("/api/reviews", content="vendor=northstar", headers={
        "X-CSRF-Token": token, "Content-Type": "application/x-www-form-urlencoded"}).status_code == 415
    assert client.get("/api/reviews").json()["log"] == []


def test_without_a_token_only_the_loopback_host_is_answered(client):
    assert client.get("/", headers={"Host": "rebound.example:8765"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_with_a_token_every_request_carries_it(workspace):
    app = create_app(workspace / "idx", workspace / "out", token="s3cret")
    with TestClient(app, base_url="http://10.0.0.5:8765") as client:
        assert client.get("/").status_code == 401
        assert client.get("/api/results").status_code == 401
        assert client.get("/api/results", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/api/results", headers={"Authorization": "Bearer s3cret"}).status_code == 200
        opened = client.get("/?token=s3cret", follow_redirects=False)
        assert opened.status_code == 303 and opened.headers["location"] == "/"  # the token leaves the address bar
        assert "httponly" in opened.headers["set-cookie"].lower() and "samesite=strict" in opened.headers["set-cookie"].lower()
        assert client.get("/").status_code == 200  # the cookie now carries it
        made = client.post("/api/reviews", headers={"Authorization": "Bearer s3cret"}, json={
            "vendor": "northstar", "item": "setup_fee", "status": "accept", "reviewer": "pipeline"})
        assert made.status_code == 201, made.text


def test_everything_from_a_proposal_is_escaped(workspace):
    path = workspace / "out" / "results.json"
    results = json.loads(path.read_text())
    results["vendors"][0]["name"] = HOSTILE_NAME
    results["vendors"][0]["warnings"].append({"file": "<img src=x onerror=alert(1)>.pdf", "page": 1,
                                              "kind": "prompt_injection", "message": "</div><script>x()</script>"})
    path.write_text(json.dumps(results))
    with TestClient(create_app(workspace / "idx", workspace / "out"), base_url="http://127.0.0.1:8765") as client:
        for url in ("/", f"/vendor/{results['vendors'][0]['vendor']}", "/warnings"):
            text = client.get(url).text
            assert "<script>alert" not in text and "<img src=x" not in text and "<script>x()" not in text
            assert "&lt;script&gt;" in text


def test_the_ask_api_returns_the_ask_json_shape_with_follow_ups(client):
    token = _csrf(client)
    first = client.post("/api/ask", json={"question": "Which vendors charge a transition fee?", "conversation": "c1"},
                        headers={"X-CSRF-Token": token})
    assert first.status_code == 200, first.text
    answer = first.json()
    assert set(answer) >= {"question", "answer", "mode", "citations", "vendors"}
    assert any(c["vendor"] == "northstar" and "60,000" in c["quote"] for c in answer["citations"])
    follow = client.post("/api/ask", json={"question": "why?", "conversation": "c1"}, headers={"X-CSRF-Token": token})
    assert follow.status_code == 200 and follow.json()["answer"]
    assert client.post("/api/ask", json={"question": " "}, headers={"X-CSRF-Token": token}).status_code == 400


@pytest.mark.slow  # loads the OCR models
def test_an_ocr_citation_shows_the_page_image_with_the_ocr_boxes_of_the_quote(tmp_path):
    from rfp_analyzer.ingest.ocr import rapidocr_available
    from rfp_analyzer.serve.evidence import find_quote

    from .conftest import write_pdf

    if not rapidocr_available():
        pytest.skip("RapidOCR has no wheel for this Python")
    scanned = write_pdf(tmp_path / "scan.pdf", ["Cover page", None])  # page 2: an image with no text layer
    match = find_quote(scanned, 2, "Signed: Jane Doe, Chief Executive Officer", ocr=True)
    assert match.method == "ocr" and len(match.boxes) == 1 and "read by OCR" in match.note
    box = match.boxes[0]
    assert 0 < box.left < 0.5 and 0 < box.top < 0.5 and box.width > 0.3  # the signature line, top left of the page
    assert find_quote(scanned, 2, "words never written", ocr=True).boxes == []


def test_recommendation_gates_and_compliance_render_when_the_analysis_has_them(workspace):
    path = workspace / "out" / "results.json"
    results = json.loads(path.read_text())
    results["rfp"] = {"file": "rfp.pdf", "requirements": [{"id": "R1", "title": "PCI DSS <attested>"}]}
    results["summary"]["recommendation"] = {"vendor": "northstar", "why": "meets every gate", "gates": ["R1 met"]}
    quote = results["vendors"][0]["fees"][0]["evidence"] or [{"file": "northstar.pdf", "page": 1, "quote": "Proposal"}]
    results["vendors"][0]["compliance"] = [{"id": "R1", "status": "met", "confidence": 0.8, "gap": "",
                                            "question": "", "evidence": quote[:1]}]
    path.write_text(json.dumps(results))
    with TestClient(create_app(workspace / "idx", workspace / "out"), base_url="http://127.0.0.1:8765") as client:
        page = client.get("/").text
        assert 'id="recommendation"' in page and "meets every gate" in page
        assert 'id="compliance"' in page and "PCI DSS &lt;attested&gt;" in page
        vendor = client.get(f"/vendor/{results['vendors'][0]['vendor']}").text
        assert 'id="compliance-R1"' in vendor and "/evidence?vendor=" in vendor


def _stages(response) -> list[dict]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


def test_offline_the_answer_comes_in_one_verified_stage(client):
    stages = _stages(client.post("/api/ask", json={"question": "Which vendors charge a transition fee?", "stream": True},
                                 headers={"X-CSRF-Token": _csrf(client)}))
    assert [(s["mode"], s["final"]) for s in stages] == [("extractive", True)]


def test_with_an_llm_endpoint_the_extract_comes_first_then_the_verified_llm_answer(server, workspace, monkeypatch):
    for key, value in {"OPENAI_BASE_URL": server, "OPENAI_API_KEY": LLM_API_KEY, "RFP_ANALYZER_MODEL": "smollm2",
                       "RFP_ANALYZER_MAX_TOKENS": "300"}.items():
        monkeypatch.setenv(key, value)
    with TestClient(create_app(workspace / "idx", workspace / "out"), base_url="http://127.0.0.1:8765") as client:
        stages = _stages(client.post("/api/ask", json={"question": "Which vendors charge a transition fee?",
                                                       "stream": True}, headers={"X-CSRF-Token": _csrf(client)}))
    assert [s["final"] for s in stages] == [False, True], stages
    assert stages[0]["mode"] == "extractive" and "60,000" in stages[0]["answer"]
    # the model's answer, or the extract with a note when the small model cited nothing verifiable
    assert stages[1]["mode"] == "llm" or "LLM" in stages[1]["answer"]
    assert any((workspace / "idx" / "llm-cache").glob("*.json")) or "no LLM answer" in stages[1]["answer"]


def test_a_decision_to_review_again_is_listed_on_the_dashboard(client, workspace):
    from rfp_analyzer.review import ReviewStore

    # decided on evidence the analysis no longer has (a fingerprint of earlier quotes)
    ReviewStore(workspace / "idx").record("northstar", "setup_fee", "waived", "BAFO", "ana", "present", "earlier")
    page = client.get("/").text
    assert "Review again:" in page and "ana set waived on earlier evidence" in page and "1 to review again" in page

"""`rfp-analyze serve`: the review workspace, a local web app over an analyzed set of proposals.

Why this stack: Starlette (ASGI, small, well kept, no code generation) served by uvicorn, pages rendered on the
server with Jinja2 (autoescaping on: every string from a proposal is escaped by the template engine, not by hand),
and one small script of our own (static/app.js: the review form, the ask panel) instead of a front-end framework:
nothing to build, nothing from a CDN, and a Content-Security-Policy that allows scripts from this server only.
Pages work as plain links: every citation is a link to the page rendered on the server with the quote highlighted.

What it reads: results.json in --out (re-read on each request, so a re-run shows at once) with the reviewers'
decisions from --index applied (review/), the index for questions (ask/), and the proposal PDFs the results name,
found from the results' proposals folder and nowhere else (`analyzed_file`). A decision posted here is recorded as
`rfp-analyze review` records it, and the reports in --out are written again.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..ask.library import NoIndex
from ..config import load_settings
from ..report.links import proposal_relpath
from ..report.markup import ocr_summary
from ..report.pricing import money
from ..report.view import findings, machine_score, ranking, review_note, score, score_caveat, shown_amount, unit_price
from ..review import ReviewError, ReviewStore, apply_reviews
from ..review.apply import ACCEPT, FINDING_KINDS, record_decision
from .evidence import find_quote, render_png
from .security import Guard, is_loopback, new_secret

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
MAX_CONVERSATIONS = 200  # ask-panel conversations kept in memory (oldest dropped)
MAX_QUESTION_CHARS = 2000


class ServeError(Exception):
    pass


class NotAnalyzed(Exception):
    """A file, vendor or page the analysis does not name: never served."""


class Workspace:
    """The analyzed set behind the app: results with decisions applied, the proposal files, the ask library."""

    def __init__(self, index_dir: Path, out_dir: Path, offline: bool) -> None:
        self.index_dir, self.out_dir, self.offline = Path(index_dir), Path(out_dir), offline
        self.store = ReviewStore(self.index_dir)
        self._write_lock = threading.Lock()
        self._ask_lock = threading.Lock()
        self._library = None
        self._library_key: float | None = None
        self._settings = None
        self.conversations: OrderedDict[str, object] = OrderedDict()

    @property
    def results_path(self) -> Path:
        return self.out_dir / "results.json"

    def raw_results(self) -> dict:
        return json.loads(self.results_path.read_text(encoding="utf-8"))

    def results(self) -> dict:
        return apply_reviews(self.raw_results(), self.store)

    def vendor(self, results: dict, slug: str) -> dict:
        found = next((v for v in results["vendors"] if v["vendor"] == slug), None)
        if found is None:
            raise NotAnalyzed(f"no vendor {slug!r} in the analysis")
        return found

    def analyzed_file(self, results: dict, slug: str, file: str) -> Path:
        """The path of a file the analysis read, from the results' proposals folder; anything else is refused."""
        vendor = self.vendor(results, slug)
        if file not in vendor["files"]:
            raise NotAnalyzed(f"{file!r} is not a file of {slug}")
        base = Path(results["proposals_dir"]).resolve()
        path = (base / proposal_relpath(results, vendor, file)).resolve()
        if not path.is_relative_to(base) or not path.is_file():
            raise NotAnalyzed(f"{file} is no longer in {base}")
        return path

    def decide(self, payload: dict) -> dict:
        """Record a decision (as `rfp-analyze review`) and write the reports again; returns the vendor's entry."""
        from ..pipeline import refresh_reports  # the orchestrator: applies decisions, writes every format

        fields = {k: str(payload.get(k) or "") for k in ("vendor", "item", "status", "note", "reviewer")}
        with self._write_lock:
            decision = record_decision(self.raw_results(), self.store, fields["vendor"], fields["item"],
                                       fields["status"], fields["note"], fields["reviewer"])
            results = refresh_reports(self.out_dir, self.index_dir)
        vendor = self.vendor(results, fields["vendor"])
        return {"decision": decision.as_dict(), "score": vendor["score"]}

    def ask(self, question: str, vendor: str | None, conversation: str | None) -> dict:
        """The answer `rfp-analyze ask --json` gives (the LLM's when an endpoint is configured)."""
        *_, last = self.ask_in_stages(question, vendor, conversation)
        return {k: v for k, v in last.items() if k != "final"}

    def ask_in_stages(self, question: str, vendor: str | None, conversation: str | None) -> Iterator[dict]:
        """The grounded extractive answer at once (a second), then, with an LLM endpoint, the model's answer once its
        quotes are verified. Tokens are not streamed as they come: a sentence is shown only after its quotes were
        found on their pages, so the answer arrives in these two verified stages. A conversation id keeps
        follow-ups ("and the others?", "why?") as `chat` does. The lock is never held across a yield: a reader
        that goes away mid-answer blocks nobody."""
        from ..ask.chat import ChatSession, Turn, explain
        from ..ask.llm import answer_with_llm

        with self._ask_lock:  # one question at a time: retrieval and the embedder are shared
            library, settings = self._open_library()
            session = self.conversations.get(conversation or "")
            if session is None or session.library is not library:
                session = ChatSession(library, library.ask)
                if conversation:
                    self.conversations[conversation] = session
                    while len(self.conversations) > MAX_CONVERSATIONS:
                        self.conversations.popitem(last=False)
            why = bool(session.turns) and session._asks_why(question)
            if why:
                first = {"question": question, "answer": explain(session.turns[-1].answer), "citations": []}
            else:
                asked, vendors = (question, [vendor]) if vendor else session.resolve(question)
                answer = library.ask(asked, vendors)
                session.turns.append(Turn(question, asked, vendors, answer))
                restated = {"asked": f"{asked} ({', '.join(vendors)})"} if asked != question else {}
                first = answer.as_dict() | restated
        use_llm = not why and not self.offline and settings.effective_judge == "llm"
        yield first | {"final": not use_llm}
        if use_llm:
            with self._ask_lock:
                final = answer_with_llm(answer, library, settings).as_dict()
            yield final | restated | {"final": True}

    def _open_library(self):
        """The ask library and settings, opened again when the analysis was re-run or reviewed (results.json
        changed)."""
        from ..ask.library import ProposalLibrary

        key = self.results_path.stat().st_mtime if self.results_path.exists() else None
        if self._library is None or key != self._library_key:
            self._settings = load_settings()
            self._library = ProposalLibrary(self.index_dir, self._settings.chroma_url, self.out_dir)
            self._library_key = key
        return self._library, self._settings


def evidence_url(vendor: str, evidence: dict) -> str:
    query = {"vendor": vendor, "file": evidence["file"], "page": int(evidence["page"]), "quote": evidence["quote"]}
    return "/evidence?" + urlencode(query | ({"ocr": 1} if evidence.get("ocr") else {}))


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(evidence_url=evidence_url, review_note=review_note, score=score, machine_score=machine_score,
                       score_caveat=score_caveat, shown_amount=shown_amount, money=money, unit_price=unit_price,
                       findings=findings, ocr_summary=ocr_summary, statuses=FINDING_KINDS, accept=ACCEPT)
    return env


def _matrix(results: dict, key: str, set_key: str) -> list[tuple[dict, list[dict]]]:
    rows = []
    for item in results[set_key]["items"]:
        cells = [next((f for f in v[key] if f["id"] == item["id"]), {"status": "missing", "evidence": []})
                 for v in results["vendors"]]
        rows.append((item, cells))
    return rows


def _compliance(results: dict) -> list[tuple[dict, list[dict | None]]]:
    """The RFP compliance matrix, when the analysis has one (requirement ids in first-seen order)."""
    titles = {r.get("id"): r for r in ((results.get("rfp") or {}).get("requirements") or []) if isinstance(r, dict)}
    ids = list(dict.fromkeys(c["id"] for v in results["vendors"] for c in v.get("compliance") or []))
    return [(titles.get(i, {"id": i, "title": i}),
             [next((c for c in v.get("compliance") or [] if c["id"] == i), None) for v in results["vendors"]])
            for i in ids]


def _warnings(results: dict) -> list[tuple[dict, dict]]:
    """(vendor, warning), attempts to steer an AI evaluator and hidden text first."""
    first = {"prompt_injection": 0, "hidden_text": 1}
    pairs = [(v, w) for v in results["vendors"] for w in v["warnings"]]
    return sorted(pairs, key=lambda p: first.get(p[1]["kind"], 2))


def create_app(index_dir: Path, out_dir: Path, token: str | None = None, offline: bool = False) -> Starlette:
    workspace = Workspace(index_dir, out_dir, offline)
    if not workspace.results_path.exists():
        raise ServeError(f"{workspace.results_path}: no analysis here; run 'rfp-analyze PROPOSALS_DIR --out {out_dir}' "
                         "first")
    env = _environment()
    csrf = new_secret()

    def page(name: str, status: int = 200, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(csrf=csrf, **context), status_code=status)

    def refused(exc: Exception) -> HTMLResponse:
        return page("error.html", 404, title="Not found", message=str(exc))

    async def dashboard(request: Request) -> Response:
        results = await run_in_threadpool(workspace.results)
        return page("dashboard.html", title="Dashboard", results=results, ranking=ranking(results),
                    criteria=_matrix(results, "criteria", "criteria_set"), fees=_matrix(results, "fees", "fee_set"),
                    compliance=_compliance(results), warnings=_warnings(results))

    async def vendor_page(request: Request) -> Response:
        results = await run_in_threadpool(workspace.results)
        try:
            vendor = workspace.vendor(results, request.path_params["slug"])
        except NotAnalyzed as exc:
            return refused(exc)
        return page("vendor.html", title=vendor["name"], results=results, vendor=vendor)

    async def warnings_page(request: Request) -> Response:
        results = await run_in_threadpool(workspace.results)
        return page("warnings.html", title="Warnings", results=results, warnings=_warnings(results))

    def _cited(request: Request, whole_file: bool = False) -> tuple[dict, dict, str, int, Path]:
        results = workspace.results()
        q = request.query_params
        vendor, file = q.get("vendor", ""), q.get("file", "")
        try:
            number = 1 if whole_file else int(q.get("page", ""))
        except ValueError:
            raise NotAnalyzed("the page must be a number") from None
        return results, workspace.vendor(results, vendor), file, number, workspace.analyzed_file(results, vendor, file)

    async def evidence_page(request: Request) -> Response:
        try:
            results, vendor, file, number, path = await run_in_threadpool(_cited, request)
        except NotAnalyzed as exc:
            return refused(exc)
        quote = request.query_params.get("quote", "")[:MAX_QUESTION_CHARS * 4]
        match = await run_in_threadpool(find_quote, path, number, quote, request.query_params.get("ocr") == "1")
        if not 1 <= number <= match.pages:
            return refused(NotAnalyzed(match.note))
        nav = {"vendor": vendor["vendor"], "file": file}
        return page("evidence.html", title=f"{file} p. {number}", vendor=vendor, file=file, number=number,
                    quote=quote, match=match, image="/page.png?" + urlencode(nav | {"page": number}),
                    pdf="/file?" + urlencode(nav) + f"#page={number}",
                    prev="/evidence?" + urlencode(nav | {"page": number - 1}) if number > 1 else None,
                    next="/evidence?" + urlencode(nav | {"page": number + 1}) if number < match.pages else None)

    async def page_image(request: Request) -> Response:
        try:
            _, _, _, number, path = await run_in_threadpool(_cited, request)
            png = await run_in_threadpool(render_png, path, number)
        except (NotAnalyzed, IndexError) as exc:
            return Response(str(exc), 404, media_type="text/plain")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})

    async def analyzed_pdf(request: Request) -> Response:
        try:
            _, _, _, _, path = await run_in_threadpool(_cited, request, True)
        except NotAnalyzed as exc:
            return refused(exc)
        return FileResponse(path, media_type="application/pdf",
                            headers={"Content-Disposition": "inline", "Cache-Control": "private, no-store"})

    async def api_results(request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(workspace.results))

    async def api_session(request: Request) -> Response:
        return JSONResponse({"csrf": csrf})

    async def api_reviews(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse({"log": [d.as_dict() for d in await run_in_threadpool(workspace.store.log)]})
        try:
            payload = await request.json()
            if not isinstance(payload, dict):
                raise ValueError("send a JSON object")
            return JSONResponse(await run_in_threadpool(workspace.decide, payload), 201)
        except (ValueError, ReviewError) as exc:
            return JSONResponse({"error": str(exc)}, 400)

    async def api_ask(request: Request) -> Response:
        """The `ask --json` answer; with {"stream": true}, the verified stages as they come, one JSON object a
        line (application/x-ndjson), the last with "final": true."""
        try:
            payload = await request.json()
            question = " ".join(str(payload.get("question") or "").split())[:MAX_QUESTION_CHARS]
            if not question:
                raise ValueError("ask a question: {\"question\": \"...\"}")
            vendor = payload.get("vendor") or None
            conversation = str(payload.get("conversation") or "")[:64] or None
            if not payload.get("stream"):
                return JSONResponse(await run_in_threadpool(workspace.ask, question, vendor, conversation))
            stages = workspace.ask_in_stages(question, vendor, conversation)
            first = await run_in_threadpool(next, stages)  # errors in the question are a 400, not a broken stream
        except (ValueError, AttributeError, NoIndex) as exc:
            return JSONResponse({"error": str(exc)}, 400)
        except Exception as exc:  # noqa: BLE001 - the panel shows one line; the log has the traceback
            log.exception("ask failed")
            return JSONResponse({"error": f"{exc.__class__.__name__}: {exc}"}, 500)

        async def lines():
            yield json.dumps(first) + "\n"
            while (stage := await run_in_threadpool(next, stages, None)) is not None:
                yield json.dumps(stage) + "\n"
        return StreamingResponse(lines(), media_type="application/x-ndjson")

    routes = [
        Route("/", dashboard),
        Route("/vendor/{slug:path}", vendor_page),
        Route("/warnings", warnings_page),
        Route("/evidence", evidence_page),
        Route("/page.png", page_image),
        Route("/file", analyzed_pdf),
        Route("/api/results", api_results),
        Route("/api/session", api_session),
        Route("/api/reviews", api_reviews, methods=["GET", "POST"]),
        Route("/api/ask", api_ask, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(Guard, token=token, csrf=csrf)])


def run_server(index_dir: Path, out_dir: Path, host: str, port: int, token: str | None, offline: bool,
               echo=print) -> None:
    import uvicorn

    if not is_loopback(host) and not token:
        token = secrets.token_urlsafe(18)
    app = create_app(index_dir, out_dir, token, offline)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    echo(f"Review workspace for {out_dir} (index {index_dir}): {url}")
    if not is_loopback(host):
        echo("Listening beyond this machine: every request needs the token above. Proposals are under NDA: use a "
             "private network, and TLS in front of it (see the README).")
    uvicorn.run(app, host=host, port=port, log_level="warning")

"""The workspace's guard: proposals are under NDA, and the browser is an attack surface.

- **Where it listens.** 127.0.0.1 by default. On any other address a token is required (generated and printed at
  start when not given) and every request must carry it: `Authorization: Bearer T`, or the HttpOnly, SameSite=Strict
  cookie set when the printed link (`/?token=T`) is opened once.
- **DNS rebinding.** Without a token, only a loopback Host header is answered: a web page whose domain was made to
  resolve to 127.0.0.1 gets a 400, not the proposals.
- **Cross-site requests.** A POST must carry the page's CSRF token in `X-CSRF-Token` (a header a cross-site form
  cannot set, and a cross-site script cannot send without a CORS preflight, which is never granted), its Origin,
  when sent, must be this server, and its body must be JSON. A request authenticated by a bearer token is not
  cross-site (browsers do not attach that header on their own). Pipelines read the CSRF token from
  GET /api/session.
- **What the browser may do.** Every response forbids framing, sniffing, referrers and any script, style or image
  from elsewhere (Content-Security-Policy `default-src 'self'`), so even text that slipped past escaping runs nothing.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlencode

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response

TOKEN_COOKIE = "rfp_token"
CSRF_HEADER = "x-csrf-token"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def hostname(host_header: str) -> str:
    """'127.0.0.1' of '127.0.0.1:8765', '[::1]' of '[::1]:8765'."""
    if host_header.startswith("["):
        return host_header[:host_header.find("]") + 1]
    return host_header.rsplit(":", 1)[0]


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def _same(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


class Guard(BaseHTTPMiddleware):
    def __init__(self, app, token: str | None, csrf: str) -> None:
        super().__init__(app)
        self.token = token
        self.csrf = csrf

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        refused = self._refusal(request)
        if refused is not None:
            return self._secured(refused)
        if self.token and _same(request.query_params.get("token"), self.token) and request.method == "GET":
            # The printed link: keep the token in a cookie and take it out of the address bar and history.
            rest = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
            response = RedirectResponse(request.url.path + (f"?{rest}" if rest else ""), status_code=303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict", path="/")
            return self._secured(response)
        return self._secured(await call_next(request))

    def _refusal(self, request: Request) -> Response | None:
        if not self.token and not is_loopback(hostname(request.headers.get("host", ""))):
            return PlainTextResponse("unexpected Host header: this workspace answers on 127.0.0.1 only", 400)
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        by_bearer = bool(self.token) and _same(bearer, self.token)
        if self.token and not (by_bearer or _same(request.cookies.get(TOKEN_COOKIE), self.token)
                               or _same(request.query_params.get("token"), self.token)):
            return PlainTextResponse("token needed: open the link printed by 'rfp-analyze serve', or send "
                                     "'Authorization: Bearer TOKEN'", 401)
        if request.method not in ("GET", "HEAD") and not by_bearer:
            return self._cross_site(request)
        return None

    def _cross_site(self, request: Request) -> Response | None:
        origin = request.headers.get("origin")
        own = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin and origin != own:
            return JSONResponse({"error": "cross-site request refused"}, 403)
        if not _same(request.headers.get(CSRF_HEADER), self.csrf):
            return JSONResponse({"error": "missing or wrong X-CSRF-Token (GET /api/session gives it)"}, 403)
        if not request.headers.get("content-type", "").startswith("application/json"):
            return JSONResponse({"error": "send JSON (Content-Type: application/json)"}, 415)
        return None

    @staticmethod
    def _secured(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

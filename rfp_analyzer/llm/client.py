"""One door to an OpenAI-compatible endpoint through LangChain: structured output, a disk cache, token accounting
and errors that name the endpoint (never the key).

Structured-output method per endpoint (`structured_output` setting):
- json_schema: OpenAI's strict schema mode (OpenAI, Azure OpenAI);
- function_calling: a forced tool call (most hosted APIs, vLLM with tool parsing);
- json_mode: `response_format: json_object` carrying the schema, which llama.cpp's server enforces as a grammar
  and other servers ignore (the schema is also described in the prompt);
- auto (default): json_schema for api.openai.com and Azure, json_mode for any other (self-hosted) endpoint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from ..config import Settings, redact_url
from ..errors import EndpointError
from ..tokens import count_tokens

log = logging.getLogger(__name__)


class EndpointDown(Exception):
    """The endpoint stopped answering (connection refused, timeouts, 5xx after retries): fall back."""


class BadAnswer(Exception):
    """The model answered, but not with the requested structure (truncated, invalid JSON)."""

    def __init__(self, message: str, repeatable: bool = False, truncated: bool = False) -> None:
        super().__init__(message)
        self.repeatable = repeatable  # the model's own output: at temperature 0 asking again gives it again
        self.truncated = truncated  # cut off at max_tokens: a shorter answer (fewer items) may fit


@dataclass
class Usage:
    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    failures: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


class EstimatingClient:
    """Stands in for LLMClient in --dry-run: counts the tokens each call would send, and keeps each prompt (`eval`
    measures which evidence reaches them), calls nothing."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.usage = Usage()
        self.prompts: list[str] = []  # the user prompts, in order

    def ask(self, schema: type[BaseModel], system: str, user: str) -> BaseModel:
        self.prompts.append(user)
        self.usage.calls += 1
        self.usage.prompt_tokens += count_tokens(system + user + json.dumps(schema.model_json_schema()))
        self.usage.completion_tokens += self.settings.max_tokens // 2  # a rough half of the cap
        raise BadAnswer("dry run: nothing was sent")


def structured_method(settings: Settings) -> str:
    if settings.structured_output != "auto":
        return settings.structured_output
    url = (settings.base_url or "https://api.openai.com/v1").lower()
    return "json_schema" if ("api.openai.com" in url or ".azure." in url or "azure.com" in url) else "json_mode"


class LLMClient:
    def __init__(self, settings: Settings, cache_dir: Path | None) -> None:
        self.settings = settings
        self.method = structured_method(settings)
        self.cache_dir = cache_dir
        self.usage = Usage()
        self._lock = threading.Lock()
        if cache_dir:
            cache_dir.mkdir(parents=True, exist_ok=True)

    @property
    def endpoint(self) -> str:
        return redact_url(self.settings.base_url or "https://api.openai.com/v1")

    def _chat(self, schema: type[BaseModel]):
        from langchain_openai import ChatOpenAI

        extra_body = {"max_tokens": self.settings.max_tokens}  # some servers ignore max_completion_tokens
        if self.method == "json_mode":
            extra_body["response_format"] = {"type": "json_object", "schema": schema.model_json_schema()}
        llm = ChatOpenAI(model=self.settings.model, base_url=self.settings.base_url,
                         api_key=self.settings.api_key or "not-needed", temperature=self.settings.temperature,
                         timeout=self.settings.timeout, max_retries=3, extra_body=extra_body)
        return llm.with_structured_output(schema, method=self.method, include_raw=True)

    def cache_key(self, schema: type[BaseModel], system: str, user: str) -> str:
        payload = json.dumps([self.settings.model, self.method, self.settings.temperature, schema.__name__,
                              schema.model_json_schema(), system, user], sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()

    def ask(self, schema: type[BaseModel], system: str, user: str) -> BaseModel:
        """The model's structured answer, from the cache when this exact prompt was answered before."""
        key = self.cache_key(schema, system, user)
        cached = self._cache_get(key)
        if cached is not None and self._replays_failure(cached):
            with self._lock:
                self.usage.cache_hits += 1
            raise BadAnswer(f"{cached['failed']} (an earlier run got this answer; a higher max_tokens, "
                            "RFP_ANALYZER_MAX_TOKENS, asks again)", repeatable=True, truncated=cached.get("truncated", False))
        if cached is not None:
            try:
                answer = schema.model_validate(cached)
                with self._lock:
                    self.usage.cache_hits += 1
                return answer
            except ValidationError:
                pass
        try:
            answer = self._answer(schema, system, user)
        except BadAnswer as exc:
            if exc.repeatable and self.settings.temperature == 0:
                self._cache_put(key, {"failed": str(exc), "max_tokens": self.settings.max_tokens,
                                      "truncated": exc.truncated})
            raise
        self._cache_put(key, answer.model_dump())
        return answer

    def _replays_failure(self, cached: dict) -> bool:
        """A failed answer (only kept at temperature 0, which is in the key) is served from the cache unless this
        run allows the model more tokens than the run that got it."""
        return "failed" in cached and self.settings.max_tokens <= cached.get("max_tokens", 0)

    def _answer(self, schema: type[BaseModel], system: str, user: str) -> BaseModel:
        if self.method == "json_mode":
            system = f"{system}\n\nAnswer with one JSON object that matches this JSON schema:\n" \
                     f"{json.dumps(schema.model_json_schema())}"
        result = self._invoke(schema, system, user)
        raw, parsed = result.get("raw"), result.get("parsed")
        usage = getattr(raw, "usage_metadata", None) or {}
        with self._lock:
            self.usage.calls += 1
            self.usage.prompt_tokens += usage.get("input_tokens") or count_tokens(system + user)
            self.usage.completion_tokens += usage.get("output_tokens") or 0
        if parsed is None:
            with self._lock:
                self.usage.failures += 1
            raise BadAnswer(f"the model did not return the requested structure ({result.get('parsing_error')})",
                            repeatable=True)
        return parsed

    def _invoke(self, schema: type[BaseModel], system: str, user: str) -> dict:
        import openai

        try:
            return self._chat(schema).invoke([("system", system), ("user", user)])
        except openai.AuthenticationError as exc:
            raise EndpointError(f"{self.endpoint} rejected the API key (HTTP 401): check OPENAI_API_KEY") from exc
        except openai.NotFoundError as exc:
            raise EndpointError(f"{self.endpoint} does not know the model {self.settings.model!r} (HTTP 404): "
                                "set --model or RFP_ANALYZER_MODEL") from exc
        except openai.PermissionDeniedError as exc:
            raise EndpointError(f"{self.endpoint} refused access to model {self.settings.model!r} (HTTP 403)") from exc
        except (openai.APIConnectionError, openai.APITimeoutError, openai.InternalServerError,
                openai.RateLimitError) as exc:
            raise EndpointDown(f"{self.endpoint} is not answering ({exc.__class__.__name__})") from exc
        except (openai.LengthFinishReasonError, openai.BadRequestError, ValueError) as exc:
            self._count_failure(exc, system + user)
            # A rejected request (HTTP 400, e.g. a prompt over the server's context) depends on the server's
            # settings, not only on the prompt: it is not remembered.
            raise BadAnswer(f"the model's answer could not be used ({exc.__class__.__name__}: {exc})",
                            repeatable=not hasattr(exc, "status_code"),
                            truncated=isinstance(exc, openai.LengthFinishReasonError)) from exc

    def _count_failure(self, exc: Exception, prompt: str) -> None:
        """A failed answer still cost its tokens: the server's figures when the error carries them, else the
        prompt estimate (a request the server rejected outright, HTTP 400, generated nothing)."""
        completion = getattr(exc, "completion", None)
        usage = getattr(completion, "usage", None)
        with self._lock:
            self.usage.calls += 1
            self.usage.failures += 1
            if usage is not None:
                self.usage.prompt_tokens += usage.prompt_tokens
                self.usage.completion_tokens += usage.completion_tokens
            elif not hasattr(exc, "status_code"):  # an HTTP error status: the server generated nothing
                self.usage.prompt_tokens += count_tokens(prompt)

    def _cache_get(self, key: str) -> dict | None:
        if not self.cache_dir:
            return None
        path = self.cache_dir / f"{key}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None

    def _cache_put(self, key: str, value: dict) -> None:
        if not self.cache_dir:
            return
        path = self.cache_dir / f"{key}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(value), encoding="utf-8")
        tmp.replace(path)  # atomic: an interrupted run never leaves a half-written answer

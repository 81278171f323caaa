"""Effective settings with the usual precedence: command-line flags > environment > config file > defaults.

`Settings` is a pydantic model and the one place a setting is typed and checked: every value, whichever of the
four places it comes from, goes through the same field validation (`_set`), and a bad one is a ConfigError that
names where it came from and the key: "<source>: <name>: invalid value <value!r> (<reason>)". `sources` records
where each non-default value came from, for `rfp-analyze config`.

The config file is `rfp-analyzer.toml` in the working directory, or the `[tool.rfp-analyzer]` table of its
pyproject.toml. Secrets never come from a config file (an `api_key` there is an error): the key is read from
OPENAI_API_KEY only, and `describe()` never shows it.

`pricing` (the pricing vocabulary and fee treatments) defaults to the shipped criteria/pricing.yaml
(DEFAULT_PRICING) and can be overridden like any other setting: `--pricing`, RFP_ANALYZER_PRICING, or `pricing =`
in the config file.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError


def data_dir(name: str) -> Path:
    """The shipped `criteria/` or `prompts/` folder: the copy a wheel install carries inside the package, else the
    top-level folder of the source checkout, where a team edits them."""
    package = Path(__file__).resolve().parent
    packaged = package / name
    return packaged if packaged.is_dir() else package.parent / name


CRITERIA_DIR, PROMPTS_DIR = data_dir("criteria"), data_dir("prompts")
DEFAULT_CRITERIA = CRITERIA_DIR / "bpo_selection.yaml"
DEFAULT_FEES = CRITERIA_DIR / "hidden_fees.yaml"
DEFAULT_PRICING = CRITERIA_DIR / "pricing.yaml"

JUDGES = ("auto", "rules", "llm")
STRUCTURED_METHODS = ("auto", "function_calling", "json_schema", "json_mode")
OCR_ENGINES = ("auto", "rapidocr", "tesseract")
ENV = {  # setting -> environment variable
    "base_url": "OPENAI_BASE_URL",
    "model": "RFP_ANALYZER_MODEL",
    "judge": "RFP_ANALYZER_JUDGE",
    "prompts_dir": "RFP_ANALYZER_PROMPTS",
    "pricing": "RFP_ANALYZER_PRICING",
    "chroma_url": "RFP_ANALYZER_CHROMA_URL",
    "max_tokens": "RFP_ANALYZER_MAX_TOKENS",
    "ocr": "RFP_ANALYZER_OCR",
    "max_pages": "RFP_ANALYZER_MAX_PAGES",
    "max_seconds_per_file": "RFP_ANALYZER_MAX_SECONDS_PER_FILE",
    "max_decompressed_mb": "RFP_ANALYZER_MAX_DECOMPRESSED_MB",
    "max_image_megapixels": "RFP_ANALYZER_MAX_IMAGE_MEGAPIXELS",
    "ocr_engine": "RFP_ANALYZER_OCR_ENGINE",
    "rfp": "RFP_ANALYZER_RFP",
}
SECRET_KEYS = {"api_key", "openai_api_key", "key", "token", "password"}
URL_SETTINGS = {"base_url", "chroma_url"}  # shown and quoted in errors with their secrets redacted (redact_url)
_SECRET_PARAM = re.compile(r"key|token|secret|password|passwd|sig|auth", re.IGNORECASE)
NOT_SETTINGS = {"sources"}  # fields of Settings that are bookkeeping, not settings


class Settings(BaseModel):
    """Every setting with its type and default; assigning a field validates it (validate_assignment)."""

    model_config = ConfigDict(validate_assignment=True, extra="forbid")

    judge: str = "auto"
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    temperature: float = 0.0
    max_concurrency: int = Field(4, ge=1)
    timeout: float = 120.0
    max_tokens: int = Field(1024, ge=1)
    structured_output: str = "auto"
    prompts_dir: Path | None = None
    pricing: Path | None = None  # None: the shipped criteria/pricing.yaml (DEFAULT_PRICING)
    rfp: Path | None = None  # the buyer's RFP: proposals are checked against its requirement ledger (--rfp)
    ocr: bool = True  # read pages without a text layer by OCR (when the OCR engine is installed)
    ocr_engine: str = "auto"  # rapidocr, tesseract (when the system has it), or auto: Tesseract, else RapidOCR
    chroma_url: str | None = None  # a Chroma server (http://host:port) instead of the embedded index
    # Per-file limits: proposals are hostile input, and one file must not starve the others. A file past a limit is
    # cut there (or the page is not OCR'd) with a warning that names the limit; see ingest/pdf.py FileLimits.
    max_pages: int = Field(1500, ge=1)  # pages read per file
    max_seconds_per_file: float = Field(120.0, gt=0)  # reading and OCR of one file
    max_decompressed_mb: float = Field(50.0, gt=0)  # page content (decompressed) parsed per file
    max_image_megapixels: float = Field(60.0, gt=0)  # a page with a larger image is not rendered for OCR
    api_key: str | None = Field(None, repr=False)
    sources: dict[str, str] = Field(default_factory=dict, repr=False)

    @field_validator("judge")
    @classmethod
    def _judge(cls, value: str) -> str:
        return _one_of(value, JUDGES)

    @field_validator("structured_output")
    @classmethod
    def _structured_output(cls, value: str) -> str:
        return _one_of(value, STRUCTURED_METHODS)

    @field_validator("ocr", mode="before")
    @classmethod
    def _ocr(cls, value) -> bool:
        return _boolean(value)

    @field_validator("ocr_engine")
    @classmethod
    def _ocr_engine(cls, value: str) -> str:
        return _one_of(value, OCR_ENGINES)

    @field_validator("chroma_url")
    @classmethod
    def _chroma_url(cls, value: str | None) -> str | None:
        if value is not None:
            parse_chroma_url(value)
        return value

    @property
    def endpoint_configured(self) -> bool:
        return bool(self.base_url or self.api_key)

    @property
    def effective_judge(self) -> str:
        """auto means the LLM judge when an endpoint is configured, else the offline rules judge."""
        if self.judge == "auto":
            return "llm" if self.endpoint_configured else "rules"
        return self.judge

    def describe(self) -> list[tuple[str, str, str]]:
        """(setting, value, where it came from) for display; the API key is shown only as set or not."""
        rows = []
        for name in setting_names():
            value = getattr(self, name)
            if name == "api_key":
                value = "(set)" if value else "(not set)"
            elif name in URL_SETTINGS and value:
                value = redact_url(value)
            rows.append((name, "" if value is None else str(value), self.sources.get(name, "default")))
        rows.append(("judge in effect", self.effective_judge, "judge=auto resolves by endpoint" if self.judge == "auto"
                     else self.sources.get("judge", "default")))
        return rows


def setting_names() -> list[str]:
    """The settings, in declaration order (the order `rfp-analyze config` shows them)."""
    return [name for name in Settings.model_fields if name not in NOT_SETTINGS]


def _one_of(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"use one of {', '.join(allowed)}")
    return value


def _boolean(value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError("use true or false")


def redact_url(url: str) -> str:
    """A URL fit to print: the password of https://user:secret@host and the values of query parameters that look
    like secrets (?api-key=...) replaced by ***."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return "(unparseable URL, not shown)"
    netloc = parts.netloc
    if password is not None:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}:***@{host}"
    query = urlencode([(k, "***" if _SECRET_PARAM.search(k) else v) for k, v in parse_qsl(parts.query,
                                                                                          keep_blank_values=True)],
                      safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """(host, port, ssl) of http(s)://host:port; a ValueError says what is wrong."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("expected http://host:port or https://host:port")
    if parts.path.strip("/") or parts.query:
        raise ValueError("give only scheme, host and port (no path)")
    ssl = parts.scheme == "https"
    return parts.hostname, parts.port or (443 if ssl else 8000), ssl


def find_config_file(cwd: Path) -> tuple[Path, dict] | None:
    own = cwd / "rfp-analyzer.toml"
    if own.is_file():
        return own, _read_toml(own)
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        table = _read_toml(pyproject).get("tool", {}).get("rfp-analyzer")
        if table is not None:
            return pyproject, table
    return None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def load_settings(flags: dict | None = None, env: dict | None = None, cwd: Path | None = None) -> Settings:
    """Defaults, then the config file, then the environment, then the flags (a None flag was not given)."""
    env = os.environ if env is None else env
    settings = Settings()
    known = set(setting_names()) - {"api_key"}
    found = find_config_file(cwd or Path.cwd())
    if found:
        path, table = found
        for key, value in table.items():
            name = key.replace("-", "_")
            if name in SECRET_KEYS:
                raise ConfigError(f"{path}: {key}: secrets do not belong in config files; set OPENAI_API_KEY instead")
            if name not in known:
                raise ConfigError(f"{path}: {key}: unknown setting (known: {', '.join(sorted(known))})")
            _set(settings, name, value, path.name)
    for name, variable in ENV.items():
        if env.get(variable):
            _set(settings, name, env[variable], f"env {variable}")
    if env.get("OPENAI_API_KEY"):
        _set(settings, "api_key", env["OPENAI_API_KEY"], "env OPENAI_API_KEY")
    for name, value in (flags or {}).items():
        if value is not None:
            _set(settings, name, value, "flag --" + name.replace("_", "-"))
    return settings


def _set(settings: Settings, name: str, value, source: str) -> None:
    """Validate `value` as the field `name` (the model's own validation, on assignment) and record its source."""
    if name not in setting_names():
        raise ConfigError(f"{source}: {name}: unknown setting (known: {', '.join(sorted(setting_names()))})")
    try:
        setattr(settings, name, value)
    except ValidationError as exc:
        shown = redact_url(str(value)) if name in URL_SETTINGS else value
        raise ConfigError(f"{source}: {name}: invalid value {shown!r} ({_reason(exc)})") from exc
    settings.sources[name] = source


def _reason(exc: ValidationError) -> str:
    """The validator's own words: a ValueError's message as raised, else pydantic's message."""
    reasons = []
    for err in exc.errors():
        error = err.get("ctx", {}).get("error")
        reasons.append(str(error) if err["type"] == "value_error" and error is not None else err["msg"])
    return "; ".join(dict.fromkeys(reasons))

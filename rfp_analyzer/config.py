"""Effective settings with the usual precedence: command-line flags > environment > config file > defaults.

The config file is `rfp-analyzer.toml` in the working directory, or the `[tool.rfp-analyzer]` table of its
pyproject.toml. Secrets never come from a config file (an `api_key` there is an error): the key is read from
OPENAI_API_KEY only, and `describe()` never shows it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit


def data_dir(name: str) -> Path:
    """The shipped `criteria/` or `prompts/` folder: the copy a wheel install carries inside the package, else the
    top-level folder of the source checkout, where a team edits them."""
    package = Path(__file__).resolve().parent
    packaged = package / name
    return packaged if packaged.is_dir() else package.parent / name


CRITERIA_DIR, PROMPTS_DIR = data_dir("criteria"), data_dir("prompts")
DEFAULT_CRITERIA = CRITERIA_DIR / "bpo_selection.yaml"
DEFAULT_FEES = CRITERIA_DIR / "hidden_fees.yaml"

JUDGES = ("auto", "rules", "llm")
STRUCTURED_METHODS = ("auto", "function_calling", "json_schema", "json_mode")
ENV = {  # setting -> environment variable
    "base_url": "OPENAI_BASE_URL",
    "model": "RFP_ANALYZER_MODEL",
    "judge": "RFP_ANALYZER_JUDGE",
    "prompts_dir": "RFP_ANALYZER_PROMPTS",
    "chroma_url": "RFP_ANALYZER_CHROMA_URL",
    "max_tokens": "RFP_ANALYZER_MAX_TOKENS",
    "ocr": "RFP_ANALYZER_OCR",
}
SECRET_KEYS = {"api_key", "openai_api_key", "key", "token", "password"}


class ConfigError(Exception):
    """A configuration file is wrong; the message names the file and the key."""


class EndpointError(Exception):
    """The configured LLM endpoint cannot be used at all (bad key, unknown model, never reachable): stop and tell
    the user what to fix."""


@dataclass
class Settings:
    judge: str = "auto"
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    temperature: float = 0.0
    max_concurrency: int = 4
    timeout: float = 120.0
    max_tokens: int = 1024
    structured_output: str = "auto"
    prompts_dir: Path | None = None
    ocr: bool = True  # read pages without a text layer by OCR (when the OCR engine is installed)
    chroma_url: str | None = None  # a Chroma server (http://host:port) instead of the embedded index
    api_key: str | None = field(default=None, repr=False)
    sources: dict[str, str] = field(default_factory=dict, repr=False)

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
        for f in fields(self):
            if f.name in ("sources",):
                continue
            value = getattr(self, f.name)
            if f.name == "api_key":
                value = "(set)" if value else "(not set)"
            rows.append((f.name, "" if value is None else str(value), self.sources.get(f.name, "default")))
        rows.append(("judge in effect", self.effective_judge, "judge=auto resolves by endpoint" if self.judge == "auto"
                     else self.sources.get("judge", "default")))
        return rows


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
    env = os.environ if env is None else env
    settings = Settings()
    known = {f.name for f in fields(Settings)} - {"sources", "api_key"}
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
        settings.api_key = env["OPENAI_API_KEY"]
        settings.sources["api_key"] = "env OPENAI_API_KEY"
    for name, value in (flags or {}).items():
        if value is not None:
            _set(settings, name, value, "flag --" + name.replace("_", "-"))
    return settings


def _set(settings: Settings, name: str, value, source: str) -> None:
    try:
        if name in ("temperature", "timeout"):
            value = float(value)
        elif name in ("max_concurrency", "max_tokens"):
            value = int(value)
            if value < 1:
                raise ValueError("must be at least 1")
        elif name == "prompts_dir":
            value = Path(value)
        elif name == "ocr":
            value = _boolean(value)
        elif name == "chroma_url":
            parse_chroma_url(value)
        elif name == "judge" and value not in JUDGES:
            raise ValueError(f"use one of {', '.join(JUDGES)}")
        elif name == "structured_output" and value not in STRUCTURED_METHODS:
            raise ValueError(f"use one of {', '.join(STRUCTURED_METHODS)}")
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: {name}: invalid value {value!r} ({exc})") from exc
    setattr(settings, name, value)
    settings.sources[name] = source


def _boolean(value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError("use true or false")

"""Load and validate the criteria and fee checklists (`criteria/*.yaml`), which procurement teams edit.

Validation errors name the file and the key (e.g. `criteria/bpo_selection.yaml: criteria[3].topic[2]: bad
regular expression ...`) so a typo is fixed in seconds, not debugged.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .amounts import AMOUNT_PATTERNS
from .config import DEFAULT_CRITERIA, DEFAULT_FEES, ConfigError

# `{N}` in a pattern stands for a number written in digits or words ("30", "1,150", "thirty", "twelve").
NUMBER = (r"(?:\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
          r"twenty|thirty|forty|fifty|sixty|ninety|hundred)")


def expand(pattern: str) -> str:
    return pattern.replace("{N}", NUMBER)


def _compile(patterns: list[str]) -> list[re.Pattern]:
    return [re.compile(expand(p), re.IGNORECASE) for p in patterns]


def _compiled(field_name: str) -> cached_property:
    """A cached list of the compiled patterns of `field_name` (compiled once, on first use)."""
    return cached_property(lambda self: _compile(getattr(self, field_name)))


def check_patterns(patterns: list[str]) -> list[str]:
    for i, pattern in enumerate(patterns):
        try:
            re.compile(expand(pattern))
        except re.error as exc:
            raise ValueError(f"item {i}: bad regular expression {pattern!r}: {exc}") from exc
    return patterns


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Criterion(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    weight: float = Field(gt=0)
    means: str
    met_requires: str
    queries: list[str] = Field(min_length=1)
    topic: list[str] = Field(min_length=1)
    specifics: list[str] = Field(min_length=1)
    exclude: list[str] = []  # a sentence matching one of these is not about the criterion (another sense)
    consequences: list[str] = []  # when given, "met" also needs one of these (e.g. service credits for SLAs)
    shortfalls: list[str] = []
    gap: str
    question: str

    _check = field_validator("topic", "exclude", "specifics", "consequences", "shortfalls")(check_patterns)

    exclude_re = _compiled("exclude")
    topic_re = _compiled("topic")
    specifics_re = _compiled("specifics")
    consequences_re = _compiled("consequences")
    shortfalls_re = _compiled("shortfalls")


class CriteriaSet(_Strict):
    version: int = 1
    vague_phrases: list[str] = []
    hedges: list[str] = []
    criteria: list[Criterion] = Field(min_length=1)

    _check = field_validator("vague_phrases", "hedges")(check_patterns)

    @model_validator(mode="after")
    def _unique_ids(self):
        _require_unique([c.id for c in self.criteria])
        return self

    vague_re = _compiled("vague_phrases")
    hedges_re = _compiled("hedges")


class FeeItem(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    means: str
    terms: list[str] = Field(min_length=1)
    context: list[str] = []
    charge: list[str] = []
    self_imposing: bool = False
    amount: tuple[str, ...] = ()  # which kind of amount to report first (default: money, percent, multiplier...)
    gap: str
    question: str

    _check = field_validator("terms", "context", "charge")(check_patterns)

    @field_validator("amount")
    @classmethod
    def _known_amount_kinds(cls, kinds: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [k for k in kinds if k not in AMOUNT_PATTERNS]
        if unknown:
            raise ValueError(f"unknown amount kind {unknown[0]!r}; use: {', '.join(AMOUNT_PATTERNS)}")
        return kinds

    terms_re = _compiled("terms")
    context_re = _compiled("context")
    charge_re = _compiled("charge")


class FeeChecklist(_Strict):
    version: int = 1
    waiver_patterns: list[str] = Field(min_length=1)
    lapse_patterns: list[str] = Field(min_length=1)
    charge_patterns: list[str] = Field(min_length=1)
    fees: list[FeeItem] = Field(min_length=1)

    _check = field_validator("waiver_patterns", "lapse_patterns", "charge_patterns")(check_patterns)

    @model_validator(mode="after")
    def _unique_ids(self):
        _require_unique([f.id for f in self.fees])
        return self

    waiver_re = _compiled("waiver_patterns")
    lapse_re = _compiled("lapse_patterns")
    charge_re = _compiled("charge_patterns")


def _require_unique(ids: list[str]) -> None:
    seen = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"duplicate id {item_id!r}")
        seen.add(item_id)


def _load(path: Path, model: type[BaseModel]):
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
            lines.append(f"{path}: {where or '(top level)'}: {err['msg']}")
        raise ConfigError("\n".join(lines)) from exc


def load_criteria(path: Path = DEFAULT_CRITERIA) -> CriteriaSet:
    return _load(Path(path), CriteriaSet)


def load_fees(path: Path = DEFAULT_FEES) -> FeeChecklist:
    return _load(Path(path), FeeChecklist)

"""The buyer's scenario for the total cost of ownership: term, volumes, growth, peaks and the assumptions that turn
each vendor's pricing model into money (`scenario.yaml`; every key is documented in sample_rfps/scenario.yaml).

Defaults come from the RFP when one is given (`--rfp rfp.pdf`: term, FTE, growth, peak months, go-live month,
currency), then from the scenario file, whose keys win.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ConfigError
from ..ingest.pdf import UnreadableFile, read_pdf
from ..numbers import number
from ..patterns import first_match, group_of
from ..rfp.ledger import VolumeColumns, build_ledger, layout_pages, load_requirement_vocab
from ..text import collapse
from .rates import PricingVocab

log = logging.getLogger(__name__)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


class VolumeLine(BaseModel):
    """A monthly volume of one channel (and optionally one service line), split by language."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = ""  # the service line, matched against rate-card labels too ("FNOL", "Claims status")
    channel: str  # a channel of criteria/pricing.yaml: phone, chat, email, back_office
    contacts: float = Field(ge=0)  # per month, before growth and seasonality
    languages: dict[str, float] = Field(default_factory=dict)  # share of contacts by language (sums to 1)
    handle_minutes: float | None = None  # average handle time, for prices per recorded minute

    @field_validator("languages")
    @classmethod
    def _shares(cls, shares: dict[str, float]) -> dict[str, float]:
        if shares and abs(sum(shares.values()) - 1) > 0.02:
            raise ValueError(f"language shares must add up to 1 (they add up to {sum(shares.values()):.2f})")
        return shares


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    term_months: int = Field(36, gt=0)
    currency: str = "USD"
    fx: dict[str, float] = Field(default_factory=dict)  # units of `currency` per unit of another currency
    fte: float | None = Field(None, ge=0)  # agents at steady state, for per-FTE prices and seats
    productive_hours_per_fte: float = Field(140, gt=0)  # billable hours per FTE per month, for hourly prices
    volumes: list[VolumeLine] = Field(default_factory=list)
    growth_per_year: float = 0.0  # volume (and FTE) growth, compounding at each contract anniversary
    start_month: int = Field(1, ge=1, le=12)  # calendar month of go-live: puts seasonality on contract months
    seasonality: dict[int, float] = Field(default_factory=dict)  # calendar month -> volume factor (peaks, lows)
    attrition_per_year: float = Field(0.3, ge=0)  # share of agents replaced each year (replacement training)
    seats_per_fte: float = Field(1.0, gt=0)  # licences per FTE, for per-seat pass-through charges
    index_rate: float = 0.03  # assumed yearly index (CPI, wages) for escalation linked to an index
    index_high: float = 0.06  # the index in the high-escalation case when a clause states no cap
    premium_share: dict[str, float] = Field(default_factory=lambda: {
        "holiday": 0.03, "night": 0.2, "weekend": 0.2, "overtime": 0.02})  # share of volume in premium hours
    recording_retention_months: int = Field(12, ge=0)  # how long recordings are kept, for storage charges
    usage: dict[str, float] = Field(default_factory=dict)  # fee id -> units per month (hours, requests, ...)

    @field_validator("seasonality")
    @classmethod
    def _months(cls, factors: dict[int, float]) -> dict[int, float]:
        bad = [m for m in factors if not 1 <= int(m) <= 12]
        if bad:
            raise ValueError(f"month {bad[0]} is not 1-12")
        return factors

    @property
    def contacts_per_month(self) -> float:
        return sum(v.contacts for v in self.volumes)


def load_scenario(path: Path | None, rfp_defaults: dict | None = None) -> Scenario:
    """The scenario of `path` over the RFP's defaults over the built-in defaults."""
    data = dict(rfp_defaults or {})
    if path is not None:
        path = Path(path)
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except FileNotFoundError as exc:
            raise ConfigError(f"{path}: file not found") from exc
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(loaded, dict):
            raise ConfigError(f"{path}: expected a mapping of scenario keys")
        data.update(loaded)
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        where = str(path) if path else "scenario"
        raise ConfigError("\n".join(
            f"{where}: {'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}" for err in exc.errors()
        )) from exc


def rfp_defaults(rfp_text: str, vocab: PricingVocab, name: str = "the RFP") -> dict:
    """Scenario keys stated in the RFP's text (term, FTE, growth, peak months, go-live month, currency), read with
    the `rfp` patterns of criteria/pricing.yaml; a key the RFP does not state is left to the defaults."""
    text = collapse(rfp_text)
    patterns = vocab.rfp.compiled
    found: dict = {}

    def captured(key: str) -> str | None:
        match = first_match(patterns.get(key, []), text)
        return next((g for g in match.groups() if g), match.group(0)) if match else None

    def numeric(scale: Callable[[str, float], float]) -> Callable[[str], float | None]:
        return lambda s: None if (n := number(s)) is None else scale(s, n)

    converters = {"term_months": numeric(lambda s, n: int(n * (12 if "year" in s.casefold() else 1))),
                  "fte": number, "growth_per_year": numeric(lambda s, n: n / 100),
                  "currency": lambda s: group_of(vocab.group("currencies"), s) or None}
    for key, convert in converters.items():
        value = captured(key)
        if not value:
            continue
        converted = convert(value)
        if converted is None:  # the RFP's wording is kept as a warning, never a crash
            log.warning("%s: %s is stated as %r, which could not be read as a value; the scenario's default is used",
                        name, key, value)
        else:
            found[key] = converted
    peaks = captured("peak_months")
    if peaks:
        months = re.findall("|".join(MONTHS), peaks, re.IGNORECASE)
        found["seasonality"] = {MONTHS.index(m.casefold()) + 1: vocab.rfp.peak_factor for m in months}
    start = captured("start_month")
    if start and start.casefold() in MONTHS:
        found["start_month"] = MONTHS.index(start.casefold()) + 1
    return found


def read_rfp_defaults(path: Path, vocab: PricingVocab) -> dict:
    """Scenario defaults from an RFP PDF, volumes from its volume tables included; a PDF that cannot be read is a
    configuration error naming it."""
    try:
        source, _ = read_pdf(Path(path), Path(path).name)
    except UnreadableFile as exc:
        raise ConfigError(f"--rfp {exc.message}") from exc
    found = rfp_defaults("\n".join(p.text for p in source.pages), vocab, Path(path).name)
    requirement_vocab = load_requirement_vocab()
    ledger = build_ledger(source, layout_pages(Path(path), source), requirement_vocab)
    volumes = volumes_from_tables(ledger.volume_tables, vocab, requirement_vocab.volume_columns)
    return found | ({"volumes": volumes} if volumes else {})


def volumes_from_tables(tables: list[dict], vocab: PricingVocab, columns: VolumeColumns) -> list[dict]:
    """The scenario's monthly volumes from the RFP's volume tables: one line per row that names a channel of
    criteria/pricing.yaml (before its count) and a count, yearly counts divided by 12, language shares from a
    "Share EN / DE" column or "English 78%, Spanish 17%" cells. Totals and rows without a channel are left out."""
    channels, languages = vocab.group("channels"), vocab.group("languages")
    lines = []
    for table in tables:
        header = table["header"]
        count_col = next((i for i, h in enumerate(header) if first_match(columns.count_re, h)
                          and not first_match(columns.shares_re, h)), None)
        if count_col is None:
            continue
        yearly = bool(first_match(columns.yearly_re, header[count_col])) and not first_match(
            columns.monthly_re, header[count_col])
        share_col = next((i for i, h in enumerate(header) if i != count_col and first_match(columns.shares_re, h)),
                         None)
        for row in table["rows"]:
            cells = row + [""] * (len(header) - len(row))
            count = number(cells[count_col])
            # The channel is named before the count (service line, channel); later columns are notes.
            channel = next((group_of(channels, c) for c in cells[:count_col] if group_of(channels, c)), "")
            if not count or not channel or re.match(r"(?i)(?:total|sum)\b", cells[0]):
                continue
            shares = _shares(cells[share_col], header[share_col], languages) if share_col is not None else {}
            name = "" if group_of(channels, cells[0]) else cells[0]
            lines.append({"name": name, "channel": channel, "contacts": round(count / 12 if yearly else count, 1)}
                         | ({"languages": shares} if shares else {}))
    return lines


def _shares(cell: str, header: str, languages: dict) -> dict[str, float]:
    """Language shares summing to 1: "50% / 22% / 13% / 15%" under "Share EN / DE / FR / JA", or "English 78%,
    Spanish 17%, French 5%"; {} when they cannot be read."""
    percents = [float(p) for p in re.findall(r"(\d+(?:\.\d+)?)\s*%", cell)]
    named = [(group_of(languages, word), float(p)) for word, p in re.findall(r"([A-Za-z]+)\s*(\d+(?:\.\d+)?)\s*%", cell)]
    if named and all(lang for lang, _ in named):
        pairs = named
    else:
        order = [group_of(languages, part) for part in re.split(r"[/,]", header)]
        order = [lang for lang in order if lang]
        pairs = list(zip(order, percents)) if len(order) == len(percents) else []
    total = sum(p for _, p in pairs)
    if not pairs or not 95 <= total <= 105:
        return {}
    return {lang: round(p / total, 4) for lang, p in pairs}

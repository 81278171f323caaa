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
    occupancy: float = Field(0.8, gt=0, le=1)  # share of a productive hour spent handling contacts, to turn the
    # volumes' handle times into billable hours (and FTE) when the RFP states volumes but no FTE
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

    @property
    def workload_hours(self) -> float | None:
        """Handling hours a month (contacts x handle time), when every volume states its handle time."""
        if not self.volumes or any(v.handle_minutes is None for v in self.volumes):
            return None
        return sum(v.contacts * v.handle_minutes for v in self.volumes) / 60

    def staffing(self) -> tuple[float, str] | None:
        """The FTE the per-FTE and per-hour prices apply to, and how it was found: stated, or derived from the
        volumes' handle times at the scenario's occupancy and productive hours; None when neither is known."""
        if self.fte is not None:
            return self.fte, f"{self.fte:g} FTE"
        hours = self.workload_hours
        if hours is None:
            return None
        fte = hours / self.occupancy / self.productive_hours_per_fte
        return fte, (f"{fte:,.1f} FTE derived from the volumes: {hours:,.0f} handling hours a month (contacts x "
                     f"handle time) / {self.occupancy:.0%} occupancy / {self.productive_hours_per_fte:g} productive "
                     "hours per FTE")


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
    """Scenario defaults from an RFP PDF, volumes from its volume tables (or, without one, from its sentences)
    included; a PDF that cannot be read is a configuration error naming it."""
    try:
        source, _ = read_pdf(Path(path), Path(path).name)
    except UnreadableFile as exc:
        raise ConfigError(f"--rfp {exc.message}") from exc
    text = "\n".join(p.text for p in source.pages)
    found = rfp_defaults(text, vocab, Path(path).name)
    requirement_vocab = load_requirement_vocab()
    ledger = build_ledger(source, layout_pages(Path(path), source), requirement_vocab)
    volumes = (volumes_from_tables(ledger.volume_tables, vocab, requirement_vocab.volume_columns)
               or volumes_from_text(text, vocab))
    shares = language_shares(text, vocab.group("languages"))
    if shares:  # the RFP's language mix, for volumes whose table gives none
        volumes = [v if v.get("languages") else v | {"languages": shares} for v in volumes]
    return found | ({"volumes": volumes} if volumes else {})


_HANDLE_TIME = re.compile(r"(\d+(?:\.\d+)?)\s*min(?:ute)?s?\b\.?(?:\s*(\d+)\s*s(?:ec(?:ond)?s?)?\b)?", re.I)
_TOTAL_LABEL = re.compile(r"(?i)^(?:total|sum)\b|\s+total$")


def volumes_from_tables(tables: list[dict], vocab: PricingVocab, columns: VolumeColumns) -> list[dict]:
    """The scenario's monthly volumes from the RFP's volume tables: one line per row with a count, named by its
    first cell (the service line), its channel the first channel of criteria/pricing.yaml named before the count,
    else after it ("Inbound voice" in a later column), else none (rates then match the line by its name). Yearly
    counts are divided by 12; handle times ("7.5 minutes", "9 min 40 s") are kept; language shares come from a
    "Share EN / DE" column or "English 78%, Spanish 17%" cells. Total rows are left out."""
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
            if not count or re.match(r"(?i)(?:total|sum)\b", cells[0]) or cells[:len(header)] == header:
                continue  # no count, a total, or the header repeated after a page break
            # a total row run into the last row ("Appeals scheduling Total" / "5,000 approx. 90,000"): its first
            # label and number are the row's
            name = _TOTAL_LABEL.sub("", cells[0])
            channel = next((c for c in (group_of(channels, cell) for cell in cells[:count_col] + cells[count_col + 1:])
                            if c), "")
            shares = _shares(cells[share_col], header[share_col], languages) if share_col is not None else {}
            handle = next((m for i, c in enumerate(cells) if i != count_col and (m := _handle_minutes(c))), None)
            line = {"name": "" if _only_channels(name, channels) else name, "channel": channel,
                    "contacts": round(count / 12 if yearly else count, 1)}
            lines.append(line | ({"languages": shares} if shares else {})
                         | ({"handle_minutes": handle} if handle else {}))
    return lines


def _only_channels(label: str, channels: dict) -> bool:
    """Whether a row names only its channel ("Phone", "Email / web form"), not a service line ("Telephone FNOL")."""
    for patterns in channels.values():
        for pattern in patterns:
            label = pattern.sub(" ", label)
    return not re.search(r"\w", label)


def _handle_minutes(cell: str) -> float | None:
    match = _HANDLE_TIME.search(cell)
    if not match:
        return None
    return round(float(match.group(1)) + (float(match.group(2)) / 60 if match.group(2) else 0.0), 2)


def volumes_from_text(text: str, vocab: PricingVocab) -> list[dict]:
    """Monthly volumes stated in sentences, for an RFP without a volume table: the counts of work (`volume_count`
    in pricing.yaml) in a sentence that says "per month" and the sentence after it ("approximately 14,000 tickets
    per month. The mix is: telephone 52% (about 7,300 calls), live chat ..."). A count that is the sum of the
    others is their total, and is left out. The channel is the nearest one named just before or in the count."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", collapse(text))
    per_month = vocab.rfp.compiled.get("per_month", [])
    counts = vocab.rfp.compiled.get("volume_count", [])
    channels = vocab.group("channels")
    for i, sentence in enumerate(sentences):
        if not first_match(per_month, sentence):
            continue
        found = []
        for part in sentences[i:i + 2]:
            for pattern in counts:
                for match in pattern.finditer(part):
                    count = number(match.group(1))
                    before = part[max(0, match.start() - 40):match.start()]
                    channel = group_of(channels, match.group(0)) or _last_channel(before, channels)
                    if count:
                        found.append({"name": "", "channel": channel, "contacts": count})
        found = [line for line in found if not _is_total(line["contacts"], found)]
        if found:
            return found
    return []


def _last_channel(text: str, channels: dict) -> str:
    """The channel named last in `text`."""
    hits = [(m.start(), name) for name, patterns in channels.items() for p in patterns for m in p.finditer(text)]
    return max(hits)[1] if hits else ""


def _is_total(count: float, lines: list[dict]) -> bool:
    others = [line["contacts"] for line in lines if line["contacts"] != count]
    return len(others) >= 2 and abs(sum(others) - count) <= 0.05 * count


def language_shares(text: str, languages: dict) -> dict[str, float]:
    """The language mix an RFP states in a sentence ("English (approximately 74% of contacts), Spanish (19%) and
    Vietnamese (7%)", "45% of contacts are in English, 35% in German and 20% in French"): languages and percents
    paired in order, when there are as many of each (two or more) and they add up to about 100%."""
    for sentence in re.split(r"(?<=[.;])\s+", collapse(text)):
        named = sorted((m.start(), name) for name, patterns in languages.items() for p in patterns
                       for m in p.finditer(sentence) if m.group(0)[0].isupper())
        names = list(dict.fromkeys(name for _, name in named))
        percents = [float(p) for p in re.findall(r"(\d+(?:\.\d+)?)\s?%", sentence)]
        if len(names) >= 2 and len(names) == len(percents) and 95 <= sum(percents) <= 105:
            return {name: round(p / sum(percents), 4) for name, p in zip(names, percents)}
    return {}


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

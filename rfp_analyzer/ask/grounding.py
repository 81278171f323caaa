"""What the analysis already found, for `ask` and `chat`: the findings and the cost model of results.json (the
typed contract in results.py), and the route from a question to the checklist item or criterion it is about.

Routing is by meaning, the way the judge's semantic layer reads fees: every fee item and criterion is embedded from
its title and definition (`means`), its title alone, and a criterion also from the search queries its file gives the
judge (when the criteria file named in results.json is still there), with the same local model as the passages. A
question goes to the topic with the closest of these texts when it is close enough (ROUTE_MIN). The cost ranking is
one more topic (prompts/ask_answers.yaml), answered from the TCO of each vendor with the scenario it was computed
for. Nothing here matches words of a question.

The topics' vectors are kept in the index folder (ROUTES_FILE, keyed by the texts and the model), written by the
analysis itself (`warm_routes`), so the first question of a fresh `ask` embeds only the question.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from ..config import PROMPTS_DIR
from ..index.embed import MODEL_NAME
from ..results import Results
from ..units import MODEL_NAMES, SERVICE_UNITS, UNIT_WORDS

ROUTE_MIN = 0.45  # cosine similarity of a question to an item's title and definition for the item to answer it
ROUTE_MARGIN = 0.02  # items this close to the best one answer too: "prices adjusted over the years" is escalation
#                      or an exchange-rate adjustment, and the model cannot tell them apart that finely
ROUTE_FLOOR, ROUTE_LEAD = 0.30, 0.15  # a short question is far from every definition ("Who is 24/7 in Spanish?":
#                      0.37 to coverage hours and languages) but much closer to one than to any other (0.16 next):
#                      a topic this close (FLOOR) that leads every other topic by LEAD answers too
MODEL_KINDS = ("cost", "rates")  # topics answered from the cost model (ranking, rate cards), not from a finding
RATES_SHOWN = 4  # rates per vendor in a rate-card answer; the rest are counted
ANSWERS_FILE = PROMPTS_DIR / "ask_answers.yaml"
ROUTES_FILE = "ask-routes.npz"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser: the criteria file in 20 ms, not 200
_YEARS = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\b", re.IGNORECASE)
_NUMBER_WORDS = "one two three four five six seven eight nine ten".split()
_HYPHENATED = re.compile(r"\b(\w+)-(\w+)\b")


@dataclass(frozen=True)
class Topic:
    id: str
    kind: str  # fee | criterion | cost
    title: str
    means: str
    queries: tuple[str, ...] = ()  # more ways to say it: a criterion's search queries

    @property
    def texts(self) -> list[str]:
        """What the topic is embedded from: title and definition, the title alone with its hyphenated words joined
        (the model reads "set-up" far from "setup", and a short question is closest to a short name), the queries."""
        title = _HYPHENATED.sub(r"\1\2", self.title)
        return [f"{self.title}: {self.means}", *([title] if self.kind not in MODEL_KINDS else []), *self.queries]

    @property
    def label(self) -> str:
        return {"fee": "fee checklist", "criterion": "criteria", "cost": "cost model",
                "rates": "rate cards"}[self.kind] + f": {self.title}"

    @property
    def from_model(self) -> bool:
        """Answered from the cost model (the ranking, the rate cards) rather than from one finding per vendor."""
        return self.kind in MODEL_KINDS


@dataclass
class VendorFinding:
    """One vendor's finding on the topic, as results.json has it (its quotes were verified when it was written)."""

    vendor: str
    status: str
    verdict: str  # the status in words: "charges it", "waives it", "silent: ..."
    amount: str = ""
    gap: str = ""
    judge: str = ""
    confidence: float = 0.0
    evidence: list[dict] = field(default_factory=list)

    @property
    def silent(self) -> bool:
        return self.status in ("absent", "missing")

    @property
    def value(self) -> str:
        """What a comparison table shows: the amount a fee is charged at, else the verdict."""
        amount = self.amount if self.amount and not self.amount.startswith("none") else ""
        return f"{self.verdict} ({amount})" if amount and self.status == "present" else self.verdict


class Analysis:
    """results.json of the analysis that built the index, with its topics embedded for routing."""

    def __init__(self, results: Results, embed, cache_dir: Path | None = None) -> None:
        self.results = results
        wording = yaml.load(ANSWERS_FILE.read_text(encoding="utf-8"), Loader=_LOADER)
        self.verdicts: dict[str, str] = wording["verdicts"]
        queries = checklist_texts(Path(results["criteria_set"]["file"]), "criteria", "queries")
        self.topics = ([Topic(i["id"], "fee", i["title"], i["means"]) for i in results["fee_set"]["items"]]
                       + [Topic(i["id"], "criterion", i["title"], i["means"], tuple(queries.get(i["id"], ())))
                          for i in results["criteria_set"]["items"]]
                       + [Topic(t["id"], t["kind"], t["title"], " ".join(t["means"].split()), tuple(t.get("queries", ())))
                          for t in wording["topics"]])
        self._embed = embed
        self._cache = Path(cache_dir) / ROUTES_FILE if cache_dir else None
        self._owners = [n for n, t in enumerate(self.topics) for _ in t.texts]  # topic of each embedded text
        self._vectors: np.ndarray | None = None  # embedded on the first question
        self.vendors = {v["vendor"]: v for v in results["vendors"]}

    @classmethod
    def load(cls, folder: Path, embed, cache_dir: Path | None = None) -> Analysis | None:
        path = Path(folder) / "results.json"
        if not path.is_file():
            return None
        return cls(json.loads(path.read_text(encoding="utf-8")), embed, cache_dir)

    def topic_vectors(self) -> np.ndarray:
        """The vectors of every topic text: from the cache when it holds these texts, else embedded and cached."""
        if self._vectors is not None:
            return self._vectors
        texts = [text for t in self.topics for text in t.texts]
        key = hashlib.sha256(json.dumps([MODEL_NAME, texts]).encode()).hexdigest()
        if self._cache is not None and self._cache.is_file():
            with np.load(self._cache, allow_pickle=False) as cached:
                if str(cached["key"]) == key:
                    self._vectors = cached["vectors"]
                    return self._vectors
        self._vectors = self._embed(texts)
        if self._cache is not None and self._cache.parent.is_dir():
            try:
                tmp = self._cache.with_suffix(".tmp.npz")
                np.savez(tmp, key=np.array(key), vectors=self._vectors)
                tmp.replace(self._cache)
            except OSError:
                pass  # a read-only index: the next question embeds them again
        return self._vectors

    def vector_of(self, topic: Topic) -> np.ndarray:
        """The vector of the topic's title and definition (its first text)."""
        return self.topic_vectors()[self._owners.index(self.topics.index(topic))]

    def route(self, question_vector: np.ndarray) -> list[Topic]:
        """The topics closest in meaning to the question, best first: the closest if it is close enough (ROUTE_MIN,
        or ROUTE_FLOOR when it leads every other topic by ROUTE_LEAD), and those within ROUTE_MARGIN of it (never a
        second cost ranking for a checklist question, or the reverse)."""
        scores = self.topic_vectors() @ question_vector
        per_topic = np.full(len(self.topics), -1.0)
        np.maximum.at(per_topic, np.asarray(self._owners), scores)  # each topic's closest text
        second, first = np.sort(per_topic)[-2:] if len(per_topic) > 1 else (-1.0, per_topic.max())
        least = ROUTE_FLOOR if first - second >= ROUTE_LEAD else ROUTE_MIN
        best: dict[int, float] = {}
        for row in np.argsort(-scores):
            if scores[row] < max(least, scores.max() - ROUTE_MARGIN):
                break
            best.setdefault(self._owners[row], float(scores[row]))
        topics = [self.topics[n] for n in best]
        return [t for t in topics if t.from_model == topics[0].from_model]

    def finding(self, vendor: str, topic: Topic) -> VendorFinding | None:
        doc = self.vendors.get(vendor)
        if doc is None or topic.from_model:
            return None
        found = next((f for f in doc["fees" if topic.kind == "fee" else "criteria"] if f["id"] == topic.id), None)
        if found is None:
            return None
        return VendorFinding(vendor, found["status"], self.verdicts.get(found["status"], found["status"]),
                             found.get("amount", ""), found["gap"], found["judge"], found["confidence"],
                             found["evidence"])

    def cost_ranking(self, question: str, vendors: list[str]) -> tuple[str, list[dict]]:
        """(what the cost model says, a row per vendor cheapest first) for the vendors asked about."""
        scenario = self.results.get("scenario")
        priced = {v: self.vendors[v]["pricing"]["tco"] for v in vendors
                  if v in self.vendors and "pricing" in self.vendors[v]}
        if not scenario or not priced:
            return ("The analysis has no cost scenario, so it cannot rank the vendors on cost; run the analysis with "
                    "--scenario FILE or --rfp RFP.pdf.", [])
        wanted = years_asked(question)
        term_years = max(t["years"] for t in priced.values())
        years = min(wanted or term_years, term_years)
        rows = []
        for vendor, tco in priced.items():
            total = round(sum(tco["yearly"][:years]), 2)
            checks = tco.get("checks") or []
            if checks or tco["model"] == "none" or not math.isfinite(total) or total <= 0:
                rows.append(self._unranked(vendor, tco, checks))
                continue
            evidence = next((e for line in sorted(tco["lines"], key=lambda x: -x["total"]) for e in line["evidence"]),
                            None)
            unpriced = sum(r["title"].startswith("Service charge") for r in tco["risks"])  # volumes not priced
            rows.append({"vendor": vendor, "total": total, "currency": tco["currency"],
                         "value": f"{tco['currency']} {total:,.0f}" + ("" if tco["binding"] else " (indicative prices)")
                         + (f" (excludes {unpriced} service item{'s' if unpriced > 1 else ''} it could not price)"
                            if unpriced else ""),
                         "binding": tco["binding"], "citation": evidence, "basis": _basis(tco)})
        rows.sort(key=lambda r: (r["total"] is None, r["total"] or 0.0))
        over = f"over {years} year{'s' if years != 1 else ''}"
        if len(rows) == 1:  # "what about X?" after a ranking: X's total, not "cheapest"
            lead = f"{rows[0]['vendor']} {over}: {rows[0]['value']}, from the cost model ({describe_scenario(scenario)})."
        else:
            of = "" if len(rows) == len(self.vendors) else f"Of {', '.join(r['vendor'] for r in rows)}: "
            lead = f"{of}Cheapest {over}: {rows[0]['vendor']}, from the cost model ({describe_scenario(scenario)})."
        if wanted and wanted > term_years:
            lead += f" The scenario covers {term_years} years, not {wanted}."
        if rows[0]["total"] is None and len(rows) > 1:
            lead = f"No vendor could be priced by the cost model ({describe_scenario(scenario)})."
        unranked = [r["vendor"] for r in rows if r["total"] is None]
        if unranked and rows[0]["total"] is not None:
            lead += f" Not ranked: {', '.join(unranked)} (see why in the table)."
        return lead, rows

    def _unranked(self, vendor: str, tco: dict, checks: list[str]) -> dict:
        """A vendor the cost model could not rank: why (its sanity check, or the service charge it could not
        price), cited from the prices it does state, so the team sees what the proposal charges."""
        service = next((r for r in tco["risks"] if r["title"].startswith("Service charge")), None)
        why = service["reason"] if service else (checks[0] if checks else "no price the cost model could use")
        rates = self.vendors[vendor]["pricing"].get("rates") or []
        stated = next((r for r in rates if not r.get("fee") and r.get("unit") in ("fte_month", "hour", "contact",
                                                                                  "month")), None)
        evidence = (service["evidence"][0] if service and service["evidence"] else None) or (
            {"file": stated["file"], "page": stated["page"], "quote": stated["quote"]} if stated else None)
        return {"vendor": vendor, "total": None, "currency": tco["currency"], "value": f"not ranked: {why}",
                "binding": tco["binding"], "citation": evidence, "basis": _basis(tco)}


    def rate_cards(self, vendors: list[str]) -> tuple[str, list[dict]]:
        """(what the rate extraction found, a row per vendor) for the vendors asked about: each vendor's service
        rates (per hour, FTE, contact or month; fees are the fee checklist's), those of its pricing model first,
        the first cited; a vendor without one is said to be silent."""
        rows = []
        for vendor in vendors:
            pricing = (self.vendors.get(vendor) or {}).get("pricing") or {}
            rates = [r for r in pricing.get("rates", []) if not r.get("fee") and r.get("unit") in SERVICE_UNITS]
            if not rates:
                rows.append({"vendor": vendor, "value": "silent: no rate per hour, FTE, contact or month was found "
                             "in the proposal", "citation": None})
                continue
            model = (pricing.get("tco") or {}).get("model")
            shown = sorted(rates, key=lambda r: r["unit"] != model)[:RATES_SHOWN]
            value = "; ".join(f"{r['currency']} {r['amount']:,.2f} {UNIT_WORDS[r['unit']]} ({_short(r['item'])})"
                              for r in shown)
            more = len(rates) - len(shown)
            value += (f"; and {more} more" if more else "") + (
                "" if all(r.get("binding", True) for r in shown) else " (indicative prices)")
            first = shown[0]
            rows.append({"vendor": vendor, "value": value,
                         "citation": {"file": first["file"], "page": first["page"], "quote": first["quote"]}})
        lead = ("Rates per unit from each proposal's rate card, as the cost model read them (fees are answered by the "
                "fee checklist; totals by the cost ranking).")
        return lead, rows


def _basis(tco: dict) -> str:
    """How a vendor's total was reached, for "why?": its pricing model, how the service charge follows from the
    scenario, its largest other lines and what the total leaves out."""
    service = [line for line in tco["lines"] if line["kind"] == "service"]
    others = sorted((line for line in tco["lines"] if line["kind"] != "service" and line["total"]),
                    key=lambda x: -x["total"])[:3]
    model = MODEL_NAMES.get(tco["model"], tco["model"])
    parts = [model if tco["model"] == "none" else f"priced {model}"]
    parts += [f"{line['label']}: {line['unit_price'][0]:,.2f} per {line['unit']}, {line['basis']}" for line in service[:2]]
    parts += [f"{line['label']}: {tco['currency']} {line['total']:,.0f}" for line in others]
    if tco["risks"]:
        parts.append(f"{len(tco['risks'])} item(s) not in the total: "
                     + "; ".join(f"{r['title']} ({r['reason']})" for r in tco["risks"][:3]))
    return ". ".join(parts)


def _short(label: str, words: int = 8) -> str:
    parts = label.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def warm_routes(results: Results, index_dir: Path, embed) -> None:
    """Embed the topics of a fresh analysis into the index folder, for the first `ask` to find them there."""
    Analysis(results, embed, index_dir).topic_vectors()


def checklist_texts(path: Path, section: str, key: str) -> dict[str, list[str]]:
    """id -> more texts of each item of a checklist file (a criterion's search queries); none when the file is
    gone or unreadable."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        texts = ((item["id"], item.get(key) or []) for item in data.get(section, []))
        return {i: [str(t) for t in (value if isinstance(value, list) else [value])] for i, value in texts}
    except (OSError, yaml.YAMLError, AttributeError, KeyError, TypeError):
        return {}


def years_asked(question: str) -> int | None:
    match = _YEARS.search(question)
    if not match:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.index(word) + 1


def describe_scenario(scenario: dict) -> str:
    """The scenario in one line: term, volume, growth and where the values came from."""
    parts = [f"term {scenario.get('term_months', '?')} months"]
    if scenario.get("fte"):
        parts.append(f"{scenario['fte']:g} FTE")
    volumes = scenario.get("volumes") or []
    if volumes:
        parts.append(f"{len(volumes)} volume line{'s' if len(volumes) != 1 else ''}")
    if scenario.get("growth_per_year"):
        parts.append(f"growth {scenario['growth_per_year']:.0%} a year")
    sources = scenario.get("sources") or {}
    origin = " and ".join(f"{k} {Path(v).name}" for k, v in (("scenario", sources.get("file")),
                                                              ("RFP", sources.get("rfp"))) if v)
    return "scenario: " + ", ".join(parts) + (f"; values from the {origin}" if origin else "; default values")

"""Prices asked to stay firm, against the price rise a proposal writes in (judge/compliance.py).

An RFP bounds price rises two ways: by when they may start ("firm for the first twenty-four (24) months", "no
indexation before month 25", "not before the second contract year", "firm for the initial term") and by how much
they may be ("capped at three percent (3%) per year", "may not exceed the Dutch CPI"). The fee judge finds the
vendor's escalation clause (`price_escalation`); this module reads from it when the rise starts and how large it
may be, and says whether it breaks either bound:

- a rise starts at the first year or month the clause names ("on each anniversary": month 12; "from the second
  year": month 12; "from month 13": month 12; "not indexed during the first twenty-four (24) months; thereafter":
  month 24); a yearly rise that names none starts within the first year (month 12);
- a rise is too large when it states a share above the cap asked ("capped at six percent (6%)" against 3%), adds to
  an index ("the Dutch CPI plus one per cent"), takes the greater of two measures, or follows an index with no cap
  of its own where the RFP caps it at a share ("by the change in the euro-area HICP" against "capped at 3%").

The words are data (`price_firmness` of criteria/requirements.yaml); what a rise is compared with is here.
"""

from __future__ import annotations

import math
import re

from ..numbers import number
from ..patterns import first_text

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5}
MONTHS_IN = {"month": 1, "year": 12}


def _months(match: re.Match) -> float | None:
    """The months a match names: math.inf for its `term` (firm for the initial term, a rise only in a renewal), its
    `n` and `unit` ("twenty-four (24) months", "two years"), its `month` (the month
    a rise may start in: "month 25", 24 months firm) or its `ordinal` year ("the second contract year": 12)."""
    groups = match.groupdict()
    if groups.get("term") is not None:
        return math.inf
    if groups.get("ordinal"):
        return 12.0 * (ORDINALS[groups["ordinal"].lower()] - 1)
    if groups.get("month"):
        value = number(groups["month"])
        return None if value is None else value - 1
    if groups.get("year"):
        value = number(groups["year"])
        return None if value is None else 12.0 * (value - 1)
    value = number(groups.get("n") or "one")
    unit = (groups.get("unit") or "year").lower().rstrip("s")
    return None if value is None else value * MONTHS_IN.get(unit, 12)


def _all_months(patterns: list[re.Pattern], text: str) -> list[float]:
    return [m for p in patterns for match in p.finditer(text) if (m := _months(match)) is not None]


def firm_months(vocab, text: str) -> float | None:
    """The months the requirement keeps prices firm: the period it names ("no earlier than 12 months after go-live"
    wins over "firm for the whole initial term" beside it), else math.inf for its whole term; None when it says
    nothing of when they may rise."""
    found = _all_months(vocab.patterns("firm_for"), text)
    if found:
        return max(found)
    return math.inf if first_text(vocab.patterns("whole_term"), text) else None


def share_cap(vocab, text: str) -> float | None:
    """The largest yearly rise, in per cent, a text allows ("capped at three percent (3%)"); None when it states
    no share as a cap."""
    found = [number(m.group("pct")) for p in vocab.patterns("cap") for m in p.finditer(text)]
    found = [v for v in found if v is not None]
    return max(found) if found else None


def rise_start(vocab, quote: str) -> float:
    """The month from which the vendor's prices rise: the latest first period the clause keeps them firm for, or
    the first year or month it names, else within the first year (12)."""
    found = _all_months(vocab.patterns("rise_from"), quote)
    return max(found) if found else 12.0


def breaks_firmness(vocab, requirement: str, quote: str) -> str:
    """Why the vendor's price rise (`quote`) breaks what the requirement asks, or "" when it does not."""
    firm = firm_months(vocab, requirement)
    start = rise_start(vocab, quote)
    if firm is not None and start < firm:
        asked = "for the whole term" if math.isinf(firm) else f"for {firm:g} months"
        return f"prices rise from month {start:g}, where the RFP keeps them firm {asked}"
    cap = share_cap(vocab, requirement)
    capped_by_index = bool(first_text(vocab.patterns("index_cap"), requirement))
    if cap is None and not capped_by_index:
        return ""
    if first_text(vocab.patterns("beyond_index"), quote):
        return "the rise goes beyond the index or cap the RFP allows"
    rise = share_cap(vocab, quote) if first_text(vocab.patterns("cap"), quote) else None
    stated = [number(m.group("pct")) for p in vocab.patterns("rise") for m in p.finditer(quote)]
    stated = [v for v in stated + [rise] if v is not None]
    if cap is not None and stated and max(stated) > cap:
        return f"prices may rise by {max(stated):g}% a year, above the {cap:g}% the RFP allows"
    if cap is not None and not stated and first_text(vocab.patterns("index"), quote):
        return f"prices follow an index with no cap, where the RFP caps a rise at {cap:g}%"
    return ""

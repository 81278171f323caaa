"""Capacity: how far a sentence says the work can grow above its normal level for a peak or a surge ("Peak +30%
seats from the bench", "additional capacity of up to fifty per cent (50%) of the October-May establishment", "180%
of the normal monthly volume", "twice (2x) the normal daily contact volume").

Each figure is read as a level, a multiple of the normal volume: a share below 100% said as growth adds to it
("+35%", "increase the team by 35%", "30% more agents" are 1.35 or 1.3), a share of 100% or more of a volume is the
level itself ("130% of baseline" is 1.3) unless it is added ("add up to 120% of the team" is 2.2), and a multiple is
one ("three times (3x)", "twice", "double"). A figure counts only in a sentence about peaks, surges or a baseline, and not when
it is a price ("add 15% to every price above"), a frequency ("twice a year") or growth over years ("25% a year").

The RFP's capacity requirements are read the same way. A vendor whose largest stated capacity falls short of the
least level the RFP asks offers less than asked, a stated limit (rules.py, for a criterion `short_capacity_limit`).
A clause of the vendor's that gives the RFP's figure ("Requirement: at least 175% ...", "in the RFP you expect 150%")
offers nothing. The largest offered, since vendors state several ("+30% on 10 days' notice, +60% on 30 days"); the least asked,
since an RFP may ask different levels for different windows and a vendor may answer only one: the safe reading
reports only a plain shortfall, and a vendor that states no figure is judged on its words as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import trailing_number
from .patterns import clauses

_TOPIC = re.compile(r"\b(?:surges?|peaks?|season\w*|capacity|spikes?|uplift|absorb\w*|ramp\w*|launch\w*|incidents?|"
                    r"storms?|outages?|disruptions?|rush|flex\w*|bench|reserve|baseline|"
                    r"(?:additional|extra|more) (?:agents|staff|FTEs?|seats|capacity|people|headcount)"
                    r"|(?:grow|increase|expand)\w* (?:the|our|your) (?:team|crew|staff))\b",
                    re.IGNORECASE)
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercent\b", re.IGNORECASE)
# what follows a figure before its words, the figure written again in brackets: "fifty per cent (50%) of ..."
_AGAIN = r"^\s*(?:\(\s*\d[\d.,]*\s*%?\s*\)\s*)?\)?\s*"
# a share of the volume itself: "180% of the normal monthly volume", "two hundred fifty percent (250%) of the baseline"
_OF_VOLUME = re.compile(_AGAIN + r"(?:of|over)\b", re.IGNORECASE)
# growth said before the figure ("+30%", "increase the team by 35%", "add fifty percent") or after it ("30% more")
_GROWTH_BEFORE = re.compile(r"(?:\+\s*|\b(?:add|adds|adding|increase[sd]?|increasing|grow|grows|growing|uplift|"
                            r"extra|additional|surge|flex|expand\w*|raise[sd]?)\b[^.;%]{0,40}?)$", re.IGNORECASE)
# added, whatever its size: "add up to 120% of the team", "an increase of 111%" (not "surge capacity of 140% of ...")
_ADDED = re.compile(r"(?:\+\s*|\b(?:add|adds|adding|increase[sd]? (?:\w+ ){0,4}by|(?:an? )?(?:increase|uplift|growth|rise) "
                    r"of|grow[sn]? (?:\w+ ){0,4}by)\b[^.;%]{0,20}?)$", re.IGNORECASE)
_GROWTH_AFTER = re.compile(_AGAIN + r"(?:more|additional|extra|above|over|uplift|increase|capacity|headroom|surge)\b",
                           re.IGNORECASE)
_PRICE = re.compile(r"\b(?:prices?|rates?|fees?|charged?|charges|invoiced?|billed|surcharges?|premium|costs?|"
                    r"tariffs?|amount)\b|[$\u20ac\u00a3\u00a5\u20b9]|\b(?-i:[A-Z]{3}) ?\d", re.IGNORECASE)
_YEARLY = re.compile(_AGAIN + r"(?:(?:a|per|each|every) year|annual|annually|year[- ]on[- ]year|yoy)\b",
                     re.IGNORECASE)
_MULTIPLE = re.compile(
    r"\b(?P<figure>\d(?:[.,]\d)?)\s?(?:x|\u00d7)(?![\w/])|\b(?P<times>\d(?:[.,]\d)?|two|three|four|five)"
    r"(?P<half> and (?:a|one)[- ]half)? times\b|\b(?P<word>twice|double[sd]?|triple[sd]?|treble[sd]?)\b(?!-)",
    re.IGNORECASE)
_FREQUENCY = re.compile(r"^\s*(?:\(\s*\d\s*x\s*\)\s*)?(?:a|per|each|every|daily|weekly|monthly|yearly|annually|"
                        r"over|in a row)\b", re.IGNORECASE)
_WORD_LEVELS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "twice": 2.0, "double": 2.0, "triple": 3.0,
                "treble": 3.0}
# the figure again in brackets after its words, "fifteen percent (15%)": read once, as the words
_REPEATED = re.compile(r"(?:%|\bper ?cent|\bpercent)\s*\(\s*\d[\d.,]*\s*$", re.IGNORECASE)
_NEAR = 60  # characters either side of a figure in which a price word makes it a price ("Rates ... apply with an uplift of 15%")
_MOST = 10.0  # a "level" above this is some other figure


@dataclass(frozen=True)
class Level:
    """A capacity level (a multiple of the normal volume) and the words that state it."""

    level: float
    text: str

    def describe(self) -> str:
        return f"{self.level:g}x the normal volume (\u201c{self.text}\u201d)"


def capacity_levels(text: str) -> list[Level]:
    """The capacity levels a sentence about peaks or surges states; none in a sentence on another topic."""
    return _levels(text) if _TOPIC.search(text) else []


def _levels(text: str) -> list[Level]:
    found = [_percent_level(text, m) for m in _PERCENT.finditer(text)]
    found += [_multiple_level(text, m) for m in _MULTIPLE.finditer(text)]
    return [level for level in found if level is not None and 1 < level.level <= _MOST]


def _percent_level(text: str, mark: re.Match) -> Level | None:
    before, after = text[:mark.start()], text[mark.end():]
    figure = trailing_number(before)
    if figure is None or _YEARLY.match(after) or _REPEATED.search(before) or _priced(text, mark.start(), mark.end()):
        return None
    share, start = figure
    lead, stated = before[:start], text[start:mark.end()].strip()
    stated = (lead[-1] + stated) if lead.endswith("+") else stated
    if _ADDED.search(lead) or (share < 100 and (_GROWTH_BEFORE.search(lead) or _GROWTH_AFTER.match(after))):
        return Level(1 + share / 100, stated)
    if share >= 100 and _OF_VOLUME.match(after):
        return Level(share / 100, stated)
    return None


def _multiple_level(text: str, match: re.Match) -> Level | None:
    if _FREQUENCY.match(text[match.end():]) or _priced(text, match.start(), match.end()):
        return None
    said = (match.group("figure") or match.group("times") or match.group("word")).casefold()
    level = float(said.replace(",", ".")) if said[0].isdigit() else _WORD_LEVELS.get(said.rstrip("sd"))  # "doubles"
    if level is None:
        return None
    return Level(level + (0.5 if match.group("half") else 0), match.group(0))


def _priced(text: str, start: int, end: int) -> bool:
    return bool(_PRICE.search(text[max(0, start - _NEAR):end + _NEAR]))


# A clause that gives the buyer's figure, not the vendor's: "Requirement: at least 175% of the baseline weekly volume",
# "RFP requirement restated: ...", "In RFP Gabelgut expects 150% of volume in January".
# (not one that only points at the RFP's baseline: "150% of the baseline volume stated in section 3 of the RFP").
_RESTATING = re.compile(r"\b(?:requirements?\s*:|(?:RFP|RFQ|tender) requirements?|(?:RFP|RFQ|tender) (?:asks|requires|expects|"
                        r"states|calls for)|(?:in|per) (?:the |your )?(?:RFP|RFQ|tender)\b(?! section)|you (?:ask|expect|"
                        r"require)|asks for|asked for|expects?|requested)", re.IGNORECASE)


def offered_levels(text: str) -> list[Level]:
    """The capacity levels a vendor's sentence offers: its levels less those of the clauses that give the RFP's."""
    if not _TOPIC.search(text):
        return []
    return [level for clause in clauses(text) if not _RESTATING.search(clause) for level in _levels(clause)]


def least_asked(texts: list[str]) -> Level | None:
    """The smallest capacity level the RFP's requirements ask, if any."""
    return min((level for text in texts for level in capacity_levels(text)), key=lambda found: found.level, default=None)

"""Amounts stated in proposal text: money with its unit, percentages, multipliers, 'at cost', periods.

Each fee item of the checklist says which kind of amount matters most for it (a percentage for escalation,
a multiplier for premium hours); money comes first otherwise.
"""

from __future__ import annotations

import re

from .patterns import expand

_NUM = r"(?:\w+ \(\d+\)|\d+(?:[.,]\d+)*|one|two|three|four|six|twelve|eighteen|twenty-four|thirty-six)"
# Words that may follow an amount as its unit ("per recorded minute per month"), stopping at the next verb.
_UNIT_WORDS = r"(?:\s+(?!(?:is|are|was|will|shall|and|or|which|that|if|when|for|payable|invoiced|billed|includes?)\b)" \
              r"[\w-]+){0,4}"
# "50% at signature", "30% upfront": the share of a fee paid at a milestone, not the fee's rate.
_NOT_INSTALMENT = r"(?!\s+(?:(?:is|are|will be)\s+)?(?:payable\s+|due\s+|invoiced\s+|paid\s+)?(?:up-?\s?front\b|" \
                  r"(?:at|on|upon|in|before|after|within)\s+(?:the\s+)?(?:contract\s+|agreement\s+)?" \
                  r"(?:signature|signing|execution|go-live|launch|completion|acceptance|advance|kick-?off|award)\b))"
AMOUNT_PATTERNS = {
    # "1 200 CZK", "890 000 Kč": thousands grouped by spaces, as much of Europe writes them, before the currency
    "money": re.compile(expand(r"(?:{CUR}\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|million|thousand)\b)?"
                               r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?\s?{CUR}"
                               r"|(?:\d[\d,]*(?:\.\d+)?|{N})\s?{CUR})")
                        + rf"(?:\s+(?:per|a|each|/)\s+[\w-]+{_UNIT_WORDS})?", re.IGNORECASE),
    "percent": re.compile(rf"\d+(?:\.\d+)?\s?%{_NOT_INSTALMENT}(?:\s+(?:of|per|a|on|above)\s+[\w-]+{_UNIT_WORDS})?",
                          re.IGNORECASE),
    "multiplier": re.compile(r"\b\d+(?:\.\d+)?\s?(?:x|times)\b(?:\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2})?",
                             re.IGNORECASE),
    "at_cost": re.compile(r"\bat (?:actual |carrier |prevailing )?cost(?: plus \d+(?:\.\d+)?\s?%)?", re.IGNORECASE),
    "fee_equal": re.compile(r"\b(?:fee|charge|amount|payment)s? (?:equal|equivalent) to ([^,;.]{3,70})", re.IGNORECASE),
    "payment": re.compile(r"\b(?:shall|will|must) (?:then )?pay ([^,;.]{3,80})", re.IGNORECASE),
    "renewal": re.compile(rf"\bfor (?:successive |further |additional |subsequent )?(?:periods? of )?{_NUM}[- ]"
                          r"(?:months?|years?)(?: periods?)?", re.IGNORECASE),
    "period": re.compile(rf"\b{_NUM} (?:months?|days|years?)'?s?\b(?: (?:of )?(?:fees|charges|billing|notice))?",
                         re.IGNORECASE),
}
_TRAILING = re.compile(r"(?:\s+(?:as|the|of|and|or|a|an|to|applies|apply))+\s*$", re.IGNORECASE)
DEFAULT_AMOUNT_ORDER = ("money", "percent", "multiplier", "at_cost", "fee_equal", "period")


def fee_amount(clauses: list[str], order: tuple[str, ...] = DEFAULT_AMOUNT_ORDER) -> str:
    """The stated amount of a fee: the first kind in `order` found in any clause (money before a percentage...)."""
    for kind in order:
        for clause in clauses:
            match = AMOUNT_PATTERNS[kind].search(clause)
            if match:
                return _TRAILING.sub("", match.group(match.lastindex or 0)).strip(" ,.;")
    return ""

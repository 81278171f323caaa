"""Reading the results document: findings and the questions they raise, status counts, scores and ranking, the
amounts and prices worth showing, and the file name of each vendor's report."""

from __future__ import annotations

import hashlib
import re
from collections import Counter

ASK_STATUSES = frozenset({"partial", "missing", "present"})  # findings that raise a question for the vendor

UNVERIFIED = "unverified: the model's quotes were not found in the proposal; check by hand"


def items_by_id(results: dict, key: str) -> dict[str, dict]:
    return {item["id"]: item for item in results[key]["items"]}


def findings(results: dict, vendor: dict) -> list[tuple[str, dict]]:
    """(title, finding) for every criterion, then every fee, in criteria/fee set order."""
    crit, fees = items_by_id(results, "criteria_set"), items_by_id(results, "fee_set")
    return ([(crit[c["id"]]["title"], c) for c in vendor["criteria"]]
            + [(fees[f["id"]]["title"], f) for f in vendor["fees"]])


def questions(results: dict, vendor: dict) -> list[tuple[str, dict]]:
    """Every point to raise with the vendor: unmet criteria and present fees."""
    return [(title, item) for title, item in findings(results, vendor) if item["status"] in ASK_STATUSES]


def status_counts(vendor: dict) -> Counter:
    return Counter(item["status"] for item in vendor["criteria"] + vendor["fees"])


def find_item(items: list[dict], item_id: str) -> dict:
    return next(i for i in items if i["id"] == item_id)


def score(vendor: dict) -> str:
    weighted = vendor.get("score", {}).get("weighted")
    return "n/a" if weighted is None else f"{weighted:.1f}"


def score_caveat(vendor: dict) -> str:
    """Unverified LLM verdicts keep the model's status and so count in the score: say how many do. A vendor failing
    the RFP's mandatory requirements says so wherever its score is shown."""
    n = vendor.get("score", {}).get("unverified", 0)
    caveat = f" (counts {n} unverified verdict{'s' if n > 1 else ''}: check by hand)" if n else ""
    failed = (vendor.get("gate") or {}).get("failed") or []
    return caveat + (f" — fails mandatory {', '.join(failed)}" if failed else "")


def machine_score(vendor: dict) -> str:
    """' (analysis: 50.0)' when reviewers' decisions changed the vendor's score, else ''."""
    machine = vendor.get("score", {}).get("machine")
    return "" if machine is None else f" (analysis: {machine:.1f})"


def review_note(item: dict) -> str:
    """What a reviewer decided on a finding, for every report: '' when nobody did."""
    review = item.get("review")
    if not review:
        return ""
    who, why = review["reviewer"], f": {review['note']}" if review["note"] else ""
    if review["state"] == "review_again":
        return (f"review again: {who} set {review['status']} on earlier evidence; the analysis now says "
                f"{review['machine_status']}{why}")
    if review["status"] == review["machine_status"]:
        return f"accepted by {who}{why}"
    return f"{who} overrode the analysis ({review['machine_status']} -> {review['status']}){why}"


def ranking(results: dict) -> list[dict]:
    """By weighted score; vendors failing a mandatory requirement of the RFP come after all others (ranked apart)."""
    return sorted(results["vendors"], key=lambda v: (bool((v.get("gate") or {}).get("failed")),
                                                     -(v.get("score", {}).get("weighted") or 0.0)))


def shown_amount(item: dict) -> str:
    """The amount worth showing: only for a fee that is present."""
    return (item.get("amount") or "") if item["status"] == "present" else ""


def vendor_entry(results: dict, vendor: dict | str) -> dict:
    """A vendor entry of results["vendors"], given the entry itself or its slug."""
    return vendor if isinstance(vendor, dict) else next(v for v in results["vendors"] if v["vendor"] == vendor)


def unit_price(line: dict) -> str:
    """'4,388.00 per FTE-month', '6.00% of the service charge', '185,000.00 once': the price as a reviewer reads it."""
    if line["kind"] == "escalation":
        return line["label"].split(": ", 1)[-1]
    price = max(line["unit_price"], key=abs) if line["unit_price"] else 0.0
    if line["unit"] == "shortfall":
        return "the shortfall"
    if line["unit"].startswith("of "):
        return f"{price:.2%} {line['unit']}"
    amount = f"{price:,.2f}" if abs(price) >= 1 else f"{price:.4g}"
    return f"{amount} {line['unit']}" if line["unit"] == "once" else f"{amount} per {line['unit']}"


_RESERVED = {"comparison"}  # comparison.md
# Names Windows refuses for a file, whatever the extension.
_DEVICE_NAMES = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", re.IGNORECASE)
# A report's file name stays far below the 255 bytes most file systems allow, with room for "-2.md": a longer
# slug is cut and keeps a hash of the whole, so two long names that differ only at the end still differ.
MAX_STEM_CHARS = 80


def safe_stem(slug: str) -> str:
    """A file name stem any OS accepts, from a vendor's file or folder name: no path separators, reserved or control
    characters, leading dots or trailing dots and spaces, device names, or length past MAX_STEM_CHARS."""
    stem = re.sub(r"[\\/:*?\"<>|\x00-\x1f\x7f-\x9f]", "_", slug).lstrip(".").rstrip(". ") or "vendor"
    if _DEVICE_NAMES.fullmatch(stem):
        stem = f"_{stem}"
    if len(stem) > MAX_STEM_CHARS:
        digest = hashlib.sha256(slug.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        stem = f"{stem[:MAX_STEM_CHARS - 9].rstrip('. ')}-{digest}"
    return stem


def vendor_report_names(results: dict) -> list[str]:
    """<vendor>.md for each vendor, in order; a slug that would clash with another report gets a suffix."""
    names, taken = [], set()
    for vendor in results["vendors"]:
        stem = safe_stem(vendor["vendor"])
        candidate, n = stem, 1
        while candidate.lower() in _RESERVED or candidate.lower() in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate.lower())
        names.append(f"{candidate}.md")
    return names

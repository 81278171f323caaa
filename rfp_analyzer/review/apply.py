"""Reviewer decisions applied to the results document, and new decisions checked against it.

A finding a reviewer decided on gets a `review` object and, when the decision is in force, the reviewer's status as
its `status` (`review.machine_status` keeps the analysis's), so every reader of results.json (the reports, the
workbook, the letters, `ask`) goes by the reviewer. Scores are recomputed from those statuses; `score.machine` keeps
the analysis's own score beside it when the two differ.

A decision is tied to the evidence the reviewer saw (a fingerprint of the finding's machine status, amount and
quotes). When a re-run finds other evidence (a revised proposal, a changed checklist), the decision is kept in the
log and shown, but marked `review_again` and not applied: the reviewer decided about something that is no longer
what the analysis says, and a silent carry-over could hide a changed offer.

`machine_results` undoes the application, so a results.json written with reviews can be reviewed again.
"""

from __future__ import annotations

import copy
import hashlib
import json

from ..results import CRITERION_STATUSES, FEE_STATUSES, weighted_score
from .store import Decision, ReviewError, ReviewStore

FINDING_KINDS = {"criteria": CRITERION_STATUSES, "fees": FEE_STATUSES}
ACCEPT = "accept"  # a status word meaning: the machine's status, confirmed by the reviewer
APPLIED, REVIEW_AGAIN = "applied", "review_again"


def evidence_fingerprint(finding: dict) -> str:
    """What a decision is about: the machine's status, the amount and every quote with its place."""
    machine = finding.get("review", {}).get("machine_status", finding["status"])
    seen = [machine, finding.get("amount", ""), [[e["file"], e["page"], e["quote"]] for e in finding["evidence"]]]
    return hashlib.sha256(json.dumps(seen, ensure_ascii=False).encode()).hexdigest()[:16]


def machine_results(results: dict) -> dict:
    """A copy of the document as the analysis wrote it: every review taken off, statuses and scores the machine's."""
    plain = copy.deepcopy(results)
    for vendor in plain["vendors"]:
        for kind in FINDING_KINDS:
            for finding in vendor[kind]:
                review = finding.pop("review", None)
                if review:
                    finding["status"] = review["machine_status"]
        vendor["score"] = weighted_score(plain["criteria_set"]["items"], vendor["criteria"])
    plain.pop("reviews", None)
    return plain


def apply_reviews(results: dict, store: ReviewStore) -> dict:
    """The document with the decisions in `store` applied (a new dict; `results` is left as it is)."""
    reviewed = machine_results(results)
    decisions = store.current()
    log = store.log()
    counts = {APPLIED: 0, REVIEW_AGAIN: 0}
    for vendor in reviewed["vendors"]:
        machine_score = vendor["score"]["weighted"]
        for kind in FINDING_KINDS:
            for finding in vendor[kind]:
                decision = decisions.get((vendor["vendor"], finding["id"]))
                if decision:
                    state = _apply(finding, decision)
                    counts[state] += 1
        vendor["score"] = weighted_score(reviewed["criteria_set"]["items"], vendor["criteria"])
        if vendor["score"]["weighted"] != machine_score:
            vendor["score"]["machine"] = machine_score
    if log:
        reviewed["reviews"] = {"file": str(store.path), "applied": counts[APPLIED],
                               "review_again": counts[REVIEW_AGAIN], "log": [d.as_dict() for d in log]}
    return reviewed


def _apply(finding: dict, decision: Decision) -> str:
    current = decision.evidence == evidence_fingerprint(finding)
    state = APPLIED if current else REVIEW_AGAIN
    finding["review"] = {"status": decision.to_status, "machine_status": finding["status"], "state": state,
                         "reviewer": decision.reviewer, "note": decision.note, "at": decision.at}
    if current:
        finding["status"] = decision.to_status
    return state


def find_finding(results: dict, vendor: str, item: str) -> tuple[str, dict]:
    """(kind, finding) of a vendor's criterion or fee item, or a ReviewError naming what exists."""
    entry = next((v for v in results["vendors"] if v["vendor"] == vendor), None)
    if entry is None:
        raise ReviewError(f"no vendor {vendor!r} in the analysis (vendors: "
                          f"{', '.join(v['vendor'] for v in results['vendors'])})")
    for kind in FINDING_KINDS:
        for finding in entry[kind]:
            if finding["id"] == item:
                return kind, finding
    ids = [f["id"] for kind in FINDING_KINDS for f in entry[kind]]
    raise ReviewError(f"no criterion or fee item {item!r} for {vendor} (items: {', '.join(ids)})")


def record_decision(results: dict, store: ReviewStore, vendor: str, item: str, status: str, note: str,
                    reviewer: str) -> Decision:
    """Check a decision against the analysis and append it to the log. `status` is one the item can have, or
    "accept" (the machine's status, confirmed); an override needs a note saying why."""
    plain = machine_results(results)
    kind, finding = find_finding(plain, vendor, item)
    allowed = FINDING_KINDS[kind]
    status = status.strip().lower()
    if status == ACCEPT:
        status = finding["status"]
    if status not in allowed:
        raise ReviewError(f"{item} is a {'criterion' if kind == 'criteria' else 'fee item'}: its status is one of "
                          f"{', '.join(allowed)} (or {ACCEPT})")
    note, reviewer = " ".join(note.split()), " ".join(reviewer.split())
    if not reviewer:
        raise ReviewError("say who decides: a reviewer name is needed")
    if status != finding["status"] and not note:
        raise ReviewError(f"overriding the analysis ({finding['status']} -> {status}) needs a note saying why")
    return store.record(vendor, item, status, note, reviewer, finding["status"], evidence_fingerprint(finding))

"""`rfp-analyze eval`: how right an analysis is against a team's own labels, and where the misses come from.

The metrics are those of the benchmark's `score.py` (`../shared/benchmark/score.py`), computed by the same rules:
quote normalization, verbatim check, fee precision/recall counting, page hits. They are ported here so a team
that labels its own set needs nothing beside the tool; `tests/test_evaluate.py` runs both on the same results
and fails when they disagree, so the port cannot drift silently.

Beyond the metrics, eval says where each miss comes from, which is what tells you where to work:
- `not read`: the labelled quote is not in the text the tool read for the vendor (a page OCR missed, a file not
  found in the vendor's folder);
- `not retrieved`: read, but not among the passages the judge was given for the criterion;
- `retrieved, not matched`: the judge saw the clause and did not recognize it;
- `wrong polarity` / `wrong degree`: recognized, but waived read as charged (or back), met read as partial;
- `false alarm`: a finding where the labels say the proposal is silent.

And, for the LLM judge, the share of labelled evidence that reaches its prompts: the LLM judge runs with the
`--dry-run` client, which sends nothing and keeps every prompt it would have sent. No model can judge a clause
it never sees, so that share bounds the LLM judge's accuracy.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .judge.checklists import CriteriaSet, FeeChecklist
from .judge.protocol import RETRIEVE_K
from .progress import NullProgress, Progress

FOUND_STATUSES = {"met", "partial", "present", "waived"}
MIN_WORDS_SHARED = 0.8  # a quote read by OCR counts as seen when this share of its word triples is in the text


# ---- the benchmark's rules (score.py) ----------------------------------------------------------------------------
def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u200b", "").replace("\u00ad", "")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()


def quote_on_page(quote: str, page_text: str) -> bool:
    """The quote's parts (split at "...") appear in order on the normalized page."""
    parts = [p.strip() for p in re.split(r"\.\.\.|\u2026|\[\.\.\.\]", norm(quote)) if p.strip()]
    if not parts:
        return False
    pos = 0
    for part in parts:
        found = page_text.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return True


@dataclass
class LabelledItem:
    vendor: str
    kind: str  # "criterion" or "fee"
    id: str
    want: str
    got: str
    label: dict  # the label: status, pages, quote, maybe file
    finding: dict  # the analysis' finding, {} when it has none

    @property
    def quote(self) -> str:
        return str(self.label.get("quote") or "")


@dataclass
class Evaluation:
    metrics: dict
    items: list[LabelledItem]
    reasons: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (vendor, kind, id) -> why missed
    llm_share: dict | None = None

    def confusion(self, kind: str) -> dict[str, dict[str, int]]:
        """Per criterion or fee item: 'label->finding' counts over the vendors."""
        table: dict[str, Counter] = {}
        for item in self.items:
            if item.kind == kind:
                table.setdefault(item.id, Counter())[f"{item.want}->{item.got}"] += 1
        return {item_id: dict(sorted(counts.items())) for item_id, counts in table.items()}

    def misses(self) -> list[dict]:
        return [{"vendor": i.vendor, "kind": i.kind, "id": i.id, "label": i.want, "finding": i.got,
                 "reason": self.reasons.get((i.vendor, i.kind, i.id), miss_kind(i)),
                 "label_quote": i.quote, "label_pages": i.label.get("pages", []),
                 "cited": [f"{e.get('file')} p.{e.get('page')}: {e.get('quote')}" for e in
                           i.finding.get("evidence", []) or []][:2]}
                for i in self.items if i.want != i.got]

    def as_dict(self) -> dict:
        return {**self.metrics, "confusion": {"criteria": self.confusion("criterion"), "fees": self.confusion("fee")},
                "reasons": dict(Counter(m["reason"] for m in self.misses())), "misses": self.misses(),
                **({"llm_evidence_share": self.llm_share} if self.llm_share is not None else {})}


def miss_kind(item: LabelledItem) -> str:
    """Why a finding differs from its label, as far as the two documents tell."""
    if item.want in ("absent", "missing"):
        return "false alarm"
    if item.got in ("absent", "missing", "<none>"):
        return "not found"
    return "wrong polarity" if item.kind == "fee" else "wrong degree"


def _vendor_lookup(results: dict) -> dict[str, dict]:
    by_vendor = {}
    for vendor in results.get("vendors", []):
        for key in {str(vendor.get("vendor", ""))} | {Path(f).stem for f in vendor.get("files", [])}:
            by_vendor[key] = vendor
    return by_vendor


def _cites_page(finding: dict, label: dict, vendor_label: dict) -> bool:
    stem = Path(label.get("file") or vendor_label["file"]).stem
    return any(Path(str(e.get("file", ""))).stem == stem and e.get("page") in label["pages"]
               for e in finding.get("evidence", []) or [])


def score(labels_path: Path, results: dict) -> Evaluation:
    """The benchmark's metrics, plus every labelled item with its finding."""
    from pypdf import PdfReader

    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    root = labels_path.parent
    page_cache: dict[str, list[str] | None] = {}

    def pages_of(name: str) -> list[str] | None:
        base = Path(name).name
        if base not in page_cache:
            hits = list(root.rglob(base))
            page_cache[base] = [norm(p.extract_text() or "") for p in PdfReader(str(hits[0])).pages] if hits else None
        return page_cache[base]

    by_vendor = _vendor_lookup(results)
    items: list[LabelledItem] = []
    crit_ok = crit_total = fee_tp = fee_fp = fee_fn = fee_ok = fee_total = waived_as_present = 0
    page_total = page_hit = cites = cites_ok = ocr_cites = 0
    confusion: Counter = Counter()
    missing_vendors = []
    for slug, vendor_label in labels["vendors"].items():
        out = by_vendor.get(slug) or by_vendor.get(Path(vendor_label["file"]).stem)
        if out is None:
            missing_vendors.append(slug)
        findings = {("criterion", f.get("id")): f for f in (out or {}).get("criteria", [])}
        findings |= {("fee", f.get("id")): f for f in (out or {}).get("fees", [])}
        for kind, labelled in (("criterion", vendor_label["criteria"]), ("fee", vendor_label["fees"])):
            for item_id, label in labelled.items():
                finding = findings.get((kind, item_id), {})
                got = finding.get("status", "<none>")
                items.append(LabelledItem(slug, kind, item_id, label["status"], got, label, finding))
                if kind == "criterion":
                    crit_total += 1
                    crit_ok += got == label["status"]
                    confusion[(label["status"], got)] += 1
                else:
                    fee_total += 1
                    fee_ok += got == label["status"]
                    if got == "present" and label["status"] == "present":
                        fee_tp += 1
                    elif got == "present":
                        fee_fp += 1
                        waived_as_present += label["status"] == "waived"
                    elif label["status"] == "present":
                        fee_fn += 1
                if label["pages"] and (kind == "criterion" or label["status"] == "present"):
                    page_total += 1
                    page_hit += _cites_page(finding, label, vendor_label)
        for finding in findings.values():
            for evidence in finding.get("evidence", []) or []:
                pages = pages_of(str(evidence.get("file", "")))
                page = evidence.get("page")
                if pages and isinstance(page, int) and 1 <= page <= len(pages):
                    if evidence.get("ocr") and not pages[page - 1].strip():
                        ocr_cites += 1
                        continue
                    cites += 1
                    cites_ok += quote_on_page(str(evidence.get("quote", "")), pages[page - 1])
                else:
                    cites += 1
    precision = fee_tp / (fee_tp + fee_fp) if fee_tp + fee_fp else 0.0
    recall = fee_tp / (fee_tp + fee_fn) if fee_tp + fee_fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metrics = {
        "criteria_accuracy": round(crit_ok / crit_total, 3) if crit_total else 0.0,
        "fee_precision": round(precision, 3),
        "fee_recall": round(recall, 3),
        "fee_f1": round(f1, 3),
        "fee_accuracy": round(fee_ok / fee_total, 3) if fee_total else 0.0,
        "waived_reported_as_present": waived_as_present,
        "evidence_page_hit": round(page_hit / page_total, 3) if page_total else 0.0,
        "citations": cites,
        "citations_verbatim": round(cites_ok / cites, 3) if cites else 0.0,
        "ocr_citations": ocr_cites,
        "missing_vendors": missing_vendors,
        "criteria_confusion": {f"{a}->{b}": n for (a, b), n in sorted(confusion.items())},
    }
    return Evaluation(metrics, items)


# ---- why the misses happen ---------------------------------------------------------------------------------------
def seen_in(quote: str, text: str) -> bool:
    """The labelled quote is in `text` (both normalized): verbatim, or, for OCR'd pages whose text differs in a few
    characters, by most of its word triples."""
    if quote_on_page(quote, text):
        return True
    words = norm(quote).split()
    triples = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    return bool(words) and sum(t in text for t in triples) >= MIN_WORDS_SHARED * len(triples)


def explain_misses(evaluation: Evaluation, read, criteria: CriteriaSet) -> None:
    """Fill `evaluation.reasons` for the misses where the label's clause was not found: not read, not retrieved,
    or retrieved and not matched. `read` is the pipeline's ReadProposals over the same proposals and index."""
    vendors = {v.slug: v for v in read.vendors}
    by_id = {c.id: c for c in criteria.criteria}
    for item in evaluation.items:
        if item.want == item.got or miss_kind(item) != "not found" or item.vendor not in vendors:
            continue
        evidence = read.evidence(vendors[item.vendor])
        text = norm(" ".join(s.text for s in evidence.sentences))
        if not item.quote or not seen_in(item.quote, text):
            reason = "not read"
        elif item.kind == "criterion" and item.id in by_id and not seen_in(
                item.quote, norm(" ".join(c.text for c in evidence.retrieve(by_id[item.id].queries, RETRIEVE_K)))):
            reason = "not retrieved"
        else:
            reason = "retrieved, not matched"
        evaluation.reasons[(item.vendor, item.kind, item.id)] = reason


def llm_evidence_share(evaluation: Evaluation, read, criteria: CriteriaSet, fees: FeeChecklist,
                       settings: Settings) -> dict:
    """The share of labelled evidence (met/partial criteria, present/waived fees) whose quote is in a prompt the LLM
    judge would send about that item, per kind. Runs the LLM judge with the dry-run client: nothing is sent."""
    from .judge.llm import LLMJudge, Prompts
    from .judge.protocol import assess_vendor
    from .judge.rules import RulesJudge
    from .llm.client import EstimatingClient

    client = EstimatingClient(settings)
    judge = LLMJudge(client, Prompts.load(settings.prompts_dir), RulesJudge(criteria, fees))
    prompts_about: dict[tuple[str, str], list[str]] = {}
    ids = [("criterion", c.id) for c in criteria.criteria] + [("fee", f.id) for f in fees.fees]
    for vendor in read.vendors:
        start = len(client.prompts)
        assess_vendor(judge, read.evidence(vendor), criteria, fees)
        for prompt in client.prompts[start:]:
            header = prompt.split("<<<EVIDENCE", 1)[0]
            for kind, item_id in ids:
                if re.search(rf"(?<![\w-]){re.escape(item_id)}(?![\w-])", header):
                    prompts_about.setdefault((vendor.slug, item_id), []).append(norm(prompt))
    reached: Counter = Counter()
    total: Counter = Counter()
    for item in evaluation.items:
        if item.want not in FOUND_STATUSES or not item.quote:
            continue
        total[item.kind] += 1
        reached[item.kind] += any(seen_in(item.quote, p) for p in prompts_about.get((item.vendor, item.id), []))
    share = {kind: round(reached[kind] / total[kind], 3) for kind in total}
    all_total = sum(total.values())
    return share | {"all": round(sum(reached.values()) / all_total, 3) if all_total else 0.0}


def evaluate(labels_path: Path, results_path: Path, proposals_dir: Path | None = None, index_dir: Path | None = None,
             settings: Settings | None = None, llm_share: bool = False,
             progress: Progress | None = None) -> Evaluation:
    """Score `results_path` against `labels_path`; with an index, also say why each miss happened (and, when asked,
    measure the LLM judge's evidence share). The proposals folder defaults to the one the results name."""
    from .judge.checklists import load_criteria, load_fees
    from .pipeline import AnalysisOptions, read_and_index

    results = json.loads(results_path.read_text(encoding="utf-8"))
    evaluation = score(labels_path, results)
    if index_dir is None:
        return evaluation
    criteria = load_criteria(Path(results["criteria_set"]["file"]))
    fees = load_fees(Path(results["fee_set"]["file"]))
    settings = settings or Settings()
    options = AnalysisOptions(proposals_dir=Path(proposals_dir or results["proposals_dir"]), index_dir=index_dir,
                              settings=settings)
    read = read_and_index(options, progress or NullProgress())
    explain_misses(evaluation, read, criteria)
    if llm_share:
        evaluation.llm_share = llm_evidence_share(evaluation, read, criteria, fees, settings)
    return evaluation

#!/usr/bin/env python3
"""Verify labels.json against the PDFs of this set (Yarran Creek utilities contact centre, 'utilities').

Usage:  python check_labels.py [SET_DIR]   (default: the folder of this script)

Checks (any failure -> non-zero exit):
  * labels.json shape: scenario, rfp, vendors; each vendor has name, file, all 12 criteria ids, all 15 fee ids,
    rates, image_only_pages (and, for multi-file vendors, `files` listing existing PDFs that include `file`);
  * statuses are valid; missing/absent items have pages [] and quote "";
  * every other quote is 8-40 words and appears verbatim on at least one of its stated pages of its file
    (the label's `file` basename if given, else the vendor's `file`) in pypdf's extract_text() output after
    collapsing whitespace (and, as score.py does, NFKC / quote / dash normalisation and casefolding);
  * a label marked "ocr": true must cite only image-only pages, and its quote must appear in the text that
    gen/build.py drew onto that scanned page (gen/scanned_text.json); unmarked labels may not cite such pages;
  * image_only_pages really yield no text;
  * rates entries have item/amount(numeric)/currency/unit;
  * page counts (RFP 3-6, main proposal file 8-20, extra files 1-16) and total set size (< 5 MB).
Prints a per-vendor summary and the label balance rules as warnings.  Requires: pypdf.
"""
import json
import os
import re
import sys
import unicodedata

from pypdf import PdfReader

CRITERIA = ["industry_experience", "scalability", "training_onboarding", "quality_assurance", "compliance_security",
            "reporting_transparency", "communication_governance", "technology_infrastructure", "service_levels",
            "coverage_availability", "references_track_record", "pricing_clarity"]
FEES = ["setup_fee", "training_fee", "minimum_commitment", "price_escalation", "premium_hours", "technology_passthrough",
        "termination_fee", "change_request_fee", "travel_expenses", "currency_adjustment", "reporting_fee",
        "management_fee", "auto_renewal", "nonbinding_pricing", "data_storage_fee"]
CRIT_STATUS = {"met", "partial", "missing"}
FEE_STATUS = {"present", "waived", "absent"}


def collapse(text):
    return re.sub(r"\s+", " ", text or "").strip()


def norm(text):
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u200b", "").replace("\u00ad", "")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return collapse(text).casefold()


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    failures, warnings, summary = [], [], []
    checked = 0
    fail = failures.append
    try:
        labels = json.load(open(os.path.join(root, "labels.json")))
    except Exception as exc:  # noqa: BLE001
        print("FAIL: cannot read labels.json: %s" % exc)
        return 2
    try:
        scanned = json.load(open(os.path.join(root, "gen", "scanned_text.json")))
    except Exception:  # noqa: BLE001
        scanned = {}

    for key in ("scenario", "rfp", "vendors"):
        if key not in labels:
            fail("labels.json: missing top-level key %r" % key)
    rfp = os.path.join(root, labels.get("rfp", "rfp.pdf"))
    if not os.path.exists(rfp):
        fail("RFP missing: %s" % rfp)
    elif not 3 <= len(PdfReader(rfp).pages) <= 6:
        fail("RFP has %d pages (expected 3-6)" % len(PdfReader(rfp).pages))

    for slug, v in labels.get("vendors", {}).items():
        for key in ("name", "file", "criteria", "fees", "rates", "image_only_pages"):
            if key not in v:
                fail("%s: missing key %r" % (slug, key))
        main_rel = v.get("file", "")
        files = v.get("files", [main_rel])
        if main_rel not in files:
            fail("%s: 'file' %s not listed in 'files'" % (slug, main_rel))
        texts, raw = {}, {}
        for rel in files:
            path = os.path.join(root, rel)
            if not os.path.exists(path):
                fail("%s: file not found: %s" % (slug, rel))
                continue
            pages = [p.extract_text() or "" for p in PdfReader(path).pages]
            raw[os.path.basename(rel)] = pages
            texts[os.path.basename(rel)] = [norm(t) for t in pages]
            lo, hi = (8, 20) if rel == main_rel else (1, 16)
            if not lo <= len(pages) <= hi:
                fail("%s: %s has %d pages (expected %d-%d)" % (slug, rel, len(pages), lo, hi))
        mainb = os.path.basename(main_rel)
        if mainb not in texts:
            continue
        npages = len(texts[mainb])
        image_pages = v.get("image_only_pages", [])
        for p in image_pages:
            if not 1 <= p <= npages:
                fail("%s: image_only_page %d out of range" % (slug, p))
            elif collapse(raw[mainb][p - 1]):
                fail("%s: image_only_page %d yields text: %r" % (slug, p, raw[mainb][p - 1][:60]))

        def check(kind, ids, statuses, empty, block):
            nonlocal checked
            counts = {s: 0 for s in sorted(statuses)}
            if set(block) != set(ids):
                fail("%s %s: ids differ: missing %s, extra %s" % (slug, kind, sorted(set(ids) - set(block)),
                                                                  sorted(set(block) - set(ids))))
            for key in ids:
                item = block.get(key)
                if item is None:
                    continue
                st = item.get("status")
                if st not in statuses:
                    fail("%s %s.%s: bad status %r" % (slug, kind, key, st))
                    continue
                counts[st] += 1
                if "why" not in item:
                    fail("%s %s.%s: no 'why'" % (slug, kind, key))
                if kind == "fees" and "amount" not in item:
                    fail("%s %s.%s: no 'amount'" % (slug, kind, key))
                pages, quote = item.get("pages"), item.get("quote")
                if st == empty:
                    if pages != [] or quote != "":
                        fail("%s %s.%s: status %s must have pages [] and quote \"\"" % (slug, kind, key, st))
                    continue
                if not pages or not quote:
                    fail("%s %s.%s: status %s needs pages and a quote" % (slug, kind, key, st))
                    continue
                words = len(collapse(quote).split(" "))
                if not 8 <= words <= 40:
                    fail("%s %s.%s: quote has %d words (expected 8-40)" % (slug, kind, key, words))
                fb = os.path.basename(item.get("file") or main_rel)
                if fb not in texts:
                    fail("%s %s.%s: file %s is not one of the vendor's files" % (slug, kind, key, fb))
                    continue
                ft = texts[fb]
                bad = [p for p in pages if not isinstance(p, int) or not 1 <= p <= len(ft)]
                if bad:
                    fail("%s %s.%s: pages out of range %s" % (slug, kind, key, bad))
                    continue
                q = norm(quote)
                img = set(image_pages) if fb == mainb else set()
                if item.get("ocr"):
                    if not set(pages) <= img:
                        fail("%s %s.%s: ocr label cites pages %s that are not image-only" % (slug, kind, key, pages))
                        continue
                    src = scanned.get(main_rel, {})
                    if not any(q in norm(src.get(str(p), "")) for p in pages):
                        fail("%s %s.%s: ocr quote not in scanned page source text: %r" % (slug, kind, key, q[:80]))
                else:
                    if set(pages) & img:
                        fail("%s %s.%s: cites image-only page(s) %s without \"ocr\": true" % (slug, kind, key,
                                                                                          sorted(set(pages) & img)))
                        continue
                    if not [p for p in pages if q in ft[p - 1]]:
                        elsewhere = [i + 1 for i, t in enumerate(ft) if q in t]
                        fail("%s %s.%s: quote not on stated pages %s of %s%s: %r" % (
                            slug, kind, key, pages, fb,
                            (" (found on %s)" % elsewhere) if elsewhere else " (not found anywhere)", q[:80]))
                checked += 1
            return counts

        cc = check("criteria", CRITERIA, CRIT_STATUS, "missing", v.get("criteria", {}))
        fc = check("fees", FEES, FEE_STATUS, "absent", v.get("fees", {}))
        for r in v.get("rates", []):
            if not {"item", "amount", "currency", "unit"} <= set(r):
                fail("%s: rate entry incomplete: %r" % (slug, r))
            elif not isinstance(r["amount"], (int, float)):
                fail("%s: rate amount not numeric: %r" % (slug, r))
        if not v.get("rates"):
            fail("%s: no rates" % slug)
        if not 3 <= fc["present"] <= 8:
            warnings.append("%s: %d present fees (spec: 3-8)" % (slug, fc["present"]))
        if not 1 <= fc["waived"] <= 4:
            warnings.append("%s: %d waived fees (spec: 1-4)" % (slug, fc["waived"]))
        if not 1 <= cc["missing"] <= 4:
            warnings.append("%s: %d missing criteria (spec: 1-4)" % (slug, cc["missing"]))
        if not 2 <= cc["partial"] <= 5:
            warnings.append("%s: %d partial criteria (spec: 2-5)" % (slug, cc["partial"]))
        summary.append((slug, "+".join(str(len(texts.get(os.path.basename(f), []))) for f in files), cc, fc,
                        image_pages))

    total = 0
    for dirpath, _, fnames in os.walk(root):
        if "__pycache__" in dirpath:
            continue
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in fnames)
    if total >= 5 * 1024 * 1024:
        fail("set is %.2f MB (limit 5 MB)" % (total / 1048576.0))

    print("Set: %s" % root)
    print("%-16s %6s | %4s %7s %7s | %7s %6s %6s | %s" % ("vendor", "pages", "met", "partial", "missing",
                                                        "present", "waived", "absent", "image-only"))
    tot = {}
    for slug, np_, cc, fc, img in summary:
        print("%-16s %6s | %4d %7d %7d | %7d %6d %6d | %s" % (slug, np_, cc["met"], cc["partial"], cc["missing"],
                                                             fc["present"], fc["waived"], fc["absent"], img))
        for d in (cc, fc):
            for k, n in d.items():
                tot[k] = tot.get(k, 0) + n
    print("%-16s %6s | %4d %7d %7d | %7d %6d %6d |" % ("TOTAL", "", tot.get("met", 0), tot.get("partial", 0),
                                                      tot.get("missing", 0), tot.get("present", 0),
                                                      tot.get("waived", 0), tot.get("absent", 0)))
    print("quotes checked: %d; set size: %.2f MB" % (checked, total / 1048576.0))
    for w in warnings:
        print("WARN: " + w)
    if failures:
        print("\n%d FAILURE(S):" % len(failures))
        for f in failures:
            print("  FAIL: " + f)
        return 1
    print("OK: every quote found on its stated page(s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

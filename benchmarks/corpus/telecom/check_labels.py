#!/usr/bin/env python3
"""Verify labels.json against the PDFs of this corpus.

Usage:  python check_labels.py [CORPUS_DIR]   (default: the folder of this script)

Checks (any failure -> non-zero exit):
  * labels.json has the expected shape: scenario, rfp, vendors; each vendor has name,
    file, all 12 criteria ids, all 15 fee ids, rates, image_only_pages;
  * statuses are valid; missing/absent items have pages [] and quote "";
  * every other quote is 8-40 words and appears verbatim on at least one of its stated
    pages in pypdf's PageObject.extract_text() output after collapsing every run of
    whitespace to a single space (and the stated pages exist);
  * labels may carry `file` (basename of another PDF of a multi-file vendor): the quote is checked there;
    every PDF in a vendor's `files` must exist;
  * image_only_pages really yield no text; a label may cite an image-only page only when it is marked
    `"ocr": true`, and then its quote must appear in the text drawn into that scanned page
    (gen/scan_content.py, the source of the raster image) instead of in pypdf output;
  * rates entries have item/amount/currency/unit;
  * page counts (RFP 3-6, proposals 6-16) and total corpus size (< 5 MB).
Prints a per-vendor summary of statuses and the label balance rules as warnings.
Requires: pypdf.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

CRITERIA = ["industry_experience", "scalability", "training_onboarding", "quality_assurance", "compliance_security",
            "reporting_transparency", "communication_governance", "technology_infrastructure", "service_levels",
            "coverage_availability", "references_track_record", "pricing_clarity"]
FEES = ["setup_fee", "training_fee", "minimum_commitment", "price_escalation", "premium_hours", "technology_passthrough",
        "termination_fee", "change_request_fee", "travel_expenses", "currency_adjustment", "reporting_fee",
        "management_fee", "auto_renewal", "nonbinding_pricing", "data_storage_fee"]
CRIT_STATUS = {"met", "partial", "missing"}
FEE_STATUS = {"present", "waived", "absent"}


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


def scanned_text(root):
    """Text drawn into the scanned page (the image has no text layer, so it is checked against its source)."""
    sys.path.insert(0, os.path.join(root, "gen"))
    try:
        import scan_content as sc
    except ImportError:
        return ""
    return norm(" ".join([sc.TITLE] + [h + " " + t for h, t in sc.CLAUSES]))


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    failures, warnings = [], []
    checked = 0

    def fail(msg):
        failures.append(msg)

    lab_path = os.path.join(root, "labels.json")
    try:
        with open(lab_path) as fh:
            labels = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        print("FAIL: cannot read %s: %s" % (lab_path, exc))
        return 2

    for key in ("scenario", "rfp", "vendors"):
        if key not in labels:
            fail("labels.json: missing top-level key %r" % key)
    rfp_path = os.path.join(root, labels.get("rfp", "rfp.pdf"))
    if not os.path.exists(rfp_path):
        fail("RFP file missing: %s" % rfp_path)
    else:
        n = len(PdfReader(rfp_path).pages)
        if not 3 <= n <= 6:
            fail("RFP has %d pages (expected 3-6)" % n)

    summary = []
    scan_text = scanned_text(root)
    for slug, v in labels.get("vendors", {}).items():
        for key in ("name", "file", "criteria", "fees", "rates", "image_only_pages"):
            if key not in v:
                fail("%s: missing key %r" % (slug, key))
        path = os.path.join(root, v.get("file", ""))
        if not os.path.exists(path):
            fail("%s: file not found: %s" % (slug, path))
            continue
        texts = [norm(p.extract_text()) for p in PdfReader(path).pages]
        npages = len(texts)
        if not 6 <= npages <= 16:
            fail("%s: %d pages (expected 6-16)" % (slug, npages))
        vdir = os.path.dirname(path)
        file_texts = {os.path.basename(path): texts}
        for f in v.get("files", []):
            fp = os.path.join(root, f)
            if not os.path.exists(fp):
                fail("%s: listed file not found: %s" % (slug, fp))
        image_pages = v.get("image_only_pages", [])
        for p in image_pages:
            if not 1 <= p <= npages:
                fail("%s: image_only_page %d out of range" % (slug, p))
            elif texts[p - 1]:
                fail("%s: image_only_page %d yields text: %r" % (slug, p, texts[p - 1][:60]))

        def check(kind, ids, statuses, empty_status, block):
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
                pages, quote = item.get("pages"), item.get("quote")
                if "why" not in item:
                    fail("%s %s.%s: no 'why'" % (slug, kind, key))
                if kind == "fees" and "amount" not in item:
                    fail("%s %s.%s: no 'amount'" % (slug, kind, key))
                if st == empty_status:
                    if pages != [] or quote != "":
                        fail("%s %s.%s: status %s must have pages [] and quote \"\"" % (slug, kind, key, st))
                    continue
                if not pages or not quote:
                    fail("%s %s.%s: status %s needs pages and a quote" % (slug, kind, key, st))
                    continue
                words = len(norm(quote).split(" "))
                if not 8 <= words <= 40:
                    fail("%s %s.%s: quote has %d words (expected 8-40)" % (slug, kind, key, words))
                fname = item.get("file") or os.path.basename(path)
                if fname not in file_texts:
                    fp = os.path.join(vdir, fname)
                    if not os.path.exists(fp):
                        fail("%s %s.%s: file not found: %s" % (slug, kind, key, fp))
                        continue
                    file_texts[fname] = [norm(p.extract_text()) for p in PdfReader(fp).pages]
                ftexts = file_texts[fname]
                bad = [p for p in pages if not isinstance(p, int) or not 1 <= p <= len(ftexts)]
                if bad:
                    fail("%s %s.%s: pages out of range %s" % (slug, kind, key, bad))
                    continue
                q = norm(quote)
                on_image = fname == os.path.basename(path) and set(pages) & set(image_pages)
                if on_image:
                    if not item.get("ocr"):
                        fail("%s %s.%s: cites an image-only page %s without ocr: true" % (
                            slug, kind, key, sorted(set(pages) & set(image_pages))))
                    elif q not in scan_text:
                        fail("%s %s.%s: quote not in the scanned page's source text: %r" % (slug, kind, key, q[:80]))
                    nonlocal_counter[0] += 1
                    continue
                found_on = [p for p in pages if q in ftexts[p - 1]]
                if not found_on:
                    elsewhere = [i + 1 for i, t in enumerate(ftexts) if q in t]
                    fail("%s %s.%s: quote not on stated pages %s%s: %r" % (
                        slug, kind, key, pages, (" (found on %s)" % elsewhere) if elsewhere else " (not found anywhere)",
                        q[:80]))
                nonlocal_counter[0] += 1
            return counts

        nonlocal_counter = [0]
        cc = check("criteria", CRITERIA, CRIT_STATUS, "missing", v.get("criteria", {}))
        fc = check("fees", FEES, FEE_STATUS, "absent", v.get("fees", {}))
        checked += nonlocal_counter[0]
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
        summary.append((slug, npages, cc, fc, image_pages))

    total = 0
    for dirpath, _, files in os.walk(root):
        if "__pycache__" in dirpath:
            continue
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    if total >= 5 * 1024 * 1024:
        fail("corpus is %.2f MB (limit 5 MB)" % (total / 1048576.0))

    print("Corpus: %s" % root)
    print("%-20s %5s | %4s %7s %7s | %7s %6s %6s | %s" % ("vendor", "pages", "met", "partial", "missing",
                                                          "present", "waived", "absent", "image-only"))
    for slug, npages, cc, fc, img in summary:
        print("%-20s %5d | %4d %7d %7d | %7d %6d %6d | %s" % (slug, npages, cc["met"], cc["partial"], cc["missing"],
                                                             fc["present"], fc["waived"], fc["absent"], img))
    print("quotes checked: %d; corpus size: %.2f MB" % (checked, total / 1048576.0))
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

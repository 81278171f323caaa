"""The label checks shared by every corpus set: each set's check_labels.py states its page limits (and, where its
build keeps the text of its scanned pages elsewhere, the reader of that text) and calls check_set().

  * multi-file vendors: a vendor may list `files`; a label may name the file its quote is in (`file`, a basename of
    one of the vendor's files); the quote is then checked on that file's pages;
  * scanned pages: a label may cite an image-only page of the vendor's main file when it is marked `"ocr": true`;
    its quote is then checked against the text the page image was drawn from. Sets keep that text in one of three
    ways, so check_set() takes the set's reader (scan_source): scans_folder(), the default, reads gen/scans/*.txt
    (written by gen/build.py before it rasterised the page; pages in gen/scan_map.json); scanned_text_json() reads
    gen/scanned_text.json ({file: {page: text}}, itsd, utilities, travel); telecom reads its gen/scan_content.py.

Checks (any failure -> non-zero exit):
  * shape: scenario, rfp, vendors; each vendor has name, file, all 12 criteria, all 15 fees, rates,
    image_only_pages; statuses valid; missing/absent items have pages [] and quote "";
  * every other quote is 8-40 words and appears verbatim on at least one of its stated pages in pypdf's
    extract_text() output after collapsing whitespace (and, as a second check, after the scorer's norm());
  * image_only_pages really yield no text; only "ocr" labels cite them and their quote is in the scan source;
  * rates entries have item/amount(numeric)/currency/unit;
  * page counts (RFP 3-6; a vendor's main file and all its files together within the set's limits) and size < 5 MB.
Prints a per-vendor summary and the label-balance rules as warnings. Requires: pypdf.

write_labels() is the other half, called by a set's gen/make_labels.py through make_labels(): it turns the
hand-written ground truth (gen/labels_src.py) into labels.json, finding each quote's page(s) in the built PDFs.
write_build_labels() does the same for itsd and utilities, whose gen/labels_src.py writes each label as a dict and
whose gen/build.py also keeps the scanned page's drawn text (gen/scanned_text.json).
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


def ws(text):
    return re.sub(r"\s+", " ", text or "").strip()


def snorm(text):  # the normalisation of benchmark/score.py
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u200b", "").replace("\u00ad", "")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()


def scan_source_text(src):
    out = []
    for line in src.splitlines():
        if line.startswith("!"):
            continue
        out.append(line[3:] if line.startswith(("#H ", "#S ")) else line)
    return "\n".join(out)


def scans_folder(root):
    """The scan source of a set whose build wrote each scanned page's source to gen/scans/NAME.txt and the page
    it became to gen/scan_map.json ({file: {NAME: page}}): a reader (file, page) -> that page's text, "" if none."""
    scan_map_path = os.path.join(root, "gen", "scan_map.json")
    scan_map = json.load(open(scan_map_path)) if os.path.exists(scan_map_path) else {}

    def read(file, page):
        name = {pg: name for name, pg in scan_map.get(file, {}).items()}.get(page)
        return scan_source_text(open(os.path.join(root, "gen", "scans", name + ".txt")).read()) if name else ""
    return read


def scanned_text_json(root):
    """The scan source of a set whose build wrote the text drawn onto each scanned page to gen/scanned_text.json
    ({file: {"page": text}}): a reader (file, page) -> that page's text, "" if none."""
    path = os.path.join(root, "gen", "scanned_text.json")
    drawn = json.load(open(path)) if os.path.exists(path) else {}
    return lambda file, page: drawn.get(file, {}).get(str(page), "")


def check_set(root, main_pages, max_total, scan_source=scans_folder):
    """Check the set in folder `root`; a vendor's main file has main_pages (low, high) pages, all its files at most
    max_total; scan_source(root) gives the reader (file, page) -> text drawn onto that scanned page. Returns the
    exit code."""
    root = os.path.abspath(root)
    low, high = main_pages
    failures, warnings = [], []
    fail = failures.append
    checked = 0

    try:
        labels = json.load(open(os.path.join(root, "labels.json")))
    except Exception as exc:  # noqa: BLE001
        print("FAIL: cannot read labels.json: %s" % exc)
        return 2
    scan_text = scan_source(root)

    for key in ("scenario", "rfp", "vendors"):
        if key not in labels:
            fail("labels.json: missing top-level key %r" % key)
    rfp = os.path.join(root, labels.get("rfp", "rfp.pdf"))
    if not os.path.exists(rfp):
        fail("RFP missing: %s" % rfp)
    else:
        n = len(PdfReader(rfp).pages)
        if not 3 <= n <= 6:
            fail("RFP has %d pages (expected 3-6)" % n)

    summary = []
    for slug, v in labels.get("vendors", {}).items():
        for key in ("name", "file", "criteria", "fees", "rates", "image_only_pages"):
            if key not in v:
                fail("%s: missing key %r" % (slug, key))
        files = v.get("files") or [v.get("file", "")]
        if v.get("file") not in files:
            fail("%s: 'file' is not among 'files'" % slug)
        texts = {}
        for f in files:
            path = os.path.join(root, f)
            if not os.path.exists(path):
                fail("%s: file not found: %s" % (slug, path))
                continue
            texts[os.path.basename(f)] = [p.extract_text() or "" for p in PdfReader(path).pages]
        main_base = os.path.basename(v.get("file", ""))
        if main_base not in texts:
            continue
        npages = len(texts[main_base])
        total_pages = sum(len(t) for t in texts.values())
        if not low <= npages <= high:
            fail("%s: main file has %d pages (expected %d-%d)" % (slug, npages, low, high))
        if total_pages > max_total:
            fail("%s: %d pages over all files (expected at most %d)" % (slug, total_pages, max_total))
        image_pages = v.get("image_only_pages", [])
        for p in image_pages:
            if not 1 <= p <= npages:
                fail("%s: image_only_page %d out of range" % (slug, p))
            elif ws(texts[main_base][p - 1]):
                fail("%s: image_only_page %d yields text" % (slug, p))
        really_empty = [i + 1 for i, t in enumerate(texts[main_base]) if not ws(t)]
        if sorted(really_empty) != sorted(image_pages):
            fail("%s: pages without text %s differ from image_only_pages %s" % (slug, really_empty, image_pages))

        def check(kind, ids, statuses, empty_status, block):
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
                words = len(ws(quote).split(" "))
                if not 8 <= words <= 40:
                    fail("%s %s.%s: quote has %d words (expected 8-40)" % (slug, kind, key, words))
                base = item.get("file") or main_base
                if base not in texts:
                    fail("%s %s.%s: file %r is not one of the vendor's files" % (slug, kind, key, base))
                    continue
                ptexts = texts[base]
                bad = [p for p in pages if not isinstance(p, int) or not 1 <= p <= len(ptexts)]
                if bad:
                    fail("%s %s.%s: pages out of range %s" % (slug, kind, key, bad))
                    continue
                checked += 1
                img_cited = set(pages) & set(image_pages) if base == main_base else set()
                if img_cited:
                    if not item.get("ocr"):
                        fail("%s %s.%s: cites image-only page(s) %s without \"ocr\": true" % (slug, kind, key, sorted(img_cited)))
                        continue
                    if not any(ws(quote) in ws(scan_text(v.get("file", ""), p)) for p in img_cited):
                        fail("%s %s.%s: ocr quote not in the scan source of page(s) %s" % (slug, kind, key, sorted(img_cited)))
                    continue
                q = ws(quote)
                found = [p for p in pages if q in ws(ptexts[p - 1])]
                if not found:
                    elsewhere = [i + 1 for i, t in enumerate(ptexts) if q in ws(t)]
                    fail("%s %s.%s: quote not on stated pages %s of %s%s: %r" % (
                        slug, kind, key, pages, base,
                        (" (found on %s)" % elsewhere) if elsewhere else " (not found anywhere)", q[:80]))
                elif not any(snorm(quote) in snorm(ptexts[p - 1]) for p in pages):
                    fail("%s %s.%s: quote fails the scorer's normalisation" % (slug, kind, key))
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
        summary.append((slug, "+".join(str(len(t)) for t in texts.values()), cc, fc, image_pages))

    total = 0
    for dirpath, _, fnames in os.walk(root):
        if "__pycache__" in dirpath:
            continue
        for f in fnames:
            total += os.path.getsize(os.path.join(dirpath, f))
    if total >= 5 * 1024 * 1024:
        fail("set is %.2f MB (limit 5 MB)" % (total / 1048576.0))

    print("Set: %s" % root)
    print("%-14s %6s | %4s %7s %7s | %7s %6s %6s | %s" % ("vendor", "pages", "met", "partial", "missing",
                                                          "present", "waived", "absent", "image-only"))
    tot = {}
    for slug, pg, cc, fc, img in summary:
        print("%-14s %6s | %4d %7d %7d | %7d %6d %6d | %s" % (slug, pg, cc["met"], cc["partial"], cc["missing"],
                                                             fc["present"], fc["waived"], fc["absent"], img))
        for d in (cc, fc):
            for k, n in d.items():
                tot[k] = tot.get(k, 0) + n
    print("%-14s %6s | %4d %7d %7d | %7d %6d %6d |" % ("TOTAL", "", tot.get("met", 0), tot.get("partial", 0),
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


def write_labels(root, scenario, vendors):
    """Write ROOT/labels.json from hand-written ground truth, finding each quote's page(s) in the built PDFs.

    vendors: {slug: dict(name, file, [files], rates, criteria={id: (status, quote, why[, file[, ocr]])},
    fees={id: (status, quote, amount, why[, file[, ocr]])})}. A quote written with " | " between table cells is
    stored with plain spaces, as pypdf reads a table row. An "ocr" quote (on a scanned page) takes its page from
    gen/scan_map.json and must be in the scan's source text. Returns a list of errors (quotes on no page); nothing
    is written when there is one, so a content edit cannot silently break the labels."""
    root = os.path.abspath(root)
    gen = os.path.join(root, "gen")
    scan_map_path = os.path.join(gen, "scan_map.json")
    scan_map = json.load(open(scan_map_path)) if os.path.exists(scan_map_path) else {}
    errors = []
    out = {"scenario": scenario, "rfp": "rfp.pdf", "vendors": {}}
    for slug, v in vendors.items():
        files = v.get("files") or [v["file"]]
        pages = {os.path.basename(f): [ws(p.extract_text()) for p in PdfReader(os.path.join(root, f)).pages]
                 for f in files}
        main = os.path.basename(v["file"])
        image_only = [i + 1 for i, t in enumerate(pages[main]) if not t]
        scans = {pg: name for name, pg in scan_map.get(v["file"], {}).items()}
        entry = {"name": v["name"], "file": v["file"]}
        if v.get("files"):
            entry["files"] = v["files"]
        entry.update(rates=v["rates"], image_only_pages=image_only, criteria={}, fees={})

        def place(kind, key, status, quote, why, amount, file=None, ocr=False):
            quote = quote.replace(" | ", " ")
            item = {"status": status, "pages": [], "quote": quote}
            if quote:
                base = file or main
                if ocr:
                    hits = [pg for pg, name in scans.items()
                            if ws(quote) in ws(open(os.path.join(gen, "scans", name + ".txt")).read())]
                else:
                    hits = [i + 1 for i, t in enumerate(pages[base]) if ws(quote) in t]
                if not hits:
                    errors.append("%s %s.%s: quote not found in %s: %r" % (slug, kind, key, base, quote[:70]))
                item["pages"] = hits
                if file:
                    item["file"] = file
                if ocr:
                    item["ocr"] = True
            if kind == "fees":
                item["amount"] = amount
            item["why"] = why
            entry[kind][key] = item

        for key, t in v["criteria"].items():
            status, quote, why, *rest = t
            place("criteria", key, status, quote, why, None, *rest)
        for key, t in v["fees"].items():
            status, quote, amount, why, *rest = t
            place("fees", key, status, quote, why, amount, *rest)
        out["vendors"][slug] = entry
    if not errors:
        with open(os.path.join(root, "labels.json"), "w") as fh:
            fh.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return errors


def make_labels(gen_dir, scenario, vendors):
    """A set's gen/make_labels.py: write_labels() for the set above gen_dir, print the errors or "labels.json
    written", and return the exit status (1 if any quote is on no page)."""
    errors = write_labels(os.path.dirname(os.path.abspath(gen_dir)), scenario, vendors)
    print("\n".join(errors) if errors else "labels.json written")
    return 1 if errors else 0


def write_build_labels(root, scenario, vendors, scanned, scan):
    """The labels.json of a set whose gen/labels_src.py gives each label as a dict (itsd, utilities: status, quote,
    why[, amount, file, ocr]), and its gen/scanned_text.json; called by their gen/build.py. Each quote's pages are
    found in the built PDFs (after the scorer's normalisation, snorm); an "ocr" quote must be in the text drawn
    onto the scanned page (scanned[the vendor's scan_key]) and takes the image-only pages. scan = (file, vendor
    slug, key of scanned): the scanned page whose drawn text scanned_text.json keeps. When a quote is found
    nowhere, prints the errors and exits 1 before writing anything."""
    root = os.path.abspath(root)
    out = {'scenario': scenario, 'rfp': 'rfp.pdf', 'vendors': {}}
    errors = []
    for slug, v in vendors.items():
        main = v['file']
        files = v.get('files', [main])
        texts = {os.path.basename(f): [snorm(pg.extract_text() or '') for pg in PdfReader(os.path.join(root, f)).pages]
                 for f in files}
        mainb = os.path.basename(main)
        image_pages = [i + 1 for i, t in enumerate(texts[mainb]) if not t]
        if image_pages != v.get('image_only_pages', []):
            errors.append('%s: image-only pages are %s, expected %s' % (slug, image_pages, v.get('image_only_pages')))
        scan_text = snorm(scanned.get(v.get('scan_key', ''), ''))
        ent = {'name': v['name'], 'file': main}
        if 'files' in v:
            ent['files'] = v['files']
        ent['image_only_pages'] = image_pages
        for kind in ('criteria', 'fees'):
            ent[kind] = {}
            for key, lab in v[kind].items():
                status, quote = lab['status'], lab.get('quote', '')
                item = {'status': status, 'pages': [], 'quote': ''}
                if status not in ('missing', 'absent'):
                    q = snorm(quote)
                    fb = lab.get('file', mainb)
                    if lab.get('ocr'):
                        if q not in scan_text:
                            errors.append('%s %s.%s: quote not in scanned page text: %r' % (slug, kind, key, quote[:70]))
                        pages = list(image_pages)
                    else:
                        pages = [i + 1 for i, t in enumerate(texts[fb]) if q in t]
                        if not pages:
                            errors.append('%s %s.%s: quote not found in %s: %r' % (slug, kind, key, fb, quote[:70]))
                    item = {'status': status, 'pages': pages, 'quote': quote}
                    if lab.get('file'):
                        item['file'] = lab['file']
                    if lab.get('ocr'):
                        item['ocr'] = True
                if kind == 'fees':
                    item['amount'] = lab.get('amount', '')
                item['why'] = lab['why']
                ent[kind][key] = item
        ent['rates'] = v['rates']
        out['vendors'][slug] = ent
    if errors:
        print('\n'.join('ERROR: ' + e for e in errors))
        sys.exit(1)
    with open(os.path.join(root, 'labels.json'), 'w') as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
    scan_file, scan_slug, scan_key = scan
    with open(os.path.join(root, 'gen', 'scanned_text.json'), 'w') as fh:
        json.dump({scan_file: {str(p): scanned[scan_key] for p in out['vendors'][scan_slug]['image_only_pages']}}, fh,
                  indent=1)
    print('  labels.json written')


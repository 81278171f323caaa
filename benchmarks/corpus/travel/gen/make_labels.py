"""Find every label quote in the pypdf text of the rendered PDFs and write ../labels.json with the pages.

Quotes on an image-only page are matched against the text drawn into that page (gen/scanned_text.json).
The build stops if a quote is not found, or if the image-only pages differ from the expectation.
"""
import json
import os
import re
import sys
import unicodedata

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_src  # noqa: E402

CRITERIA = ["industry_experience", "scalability", "training_onboarding", "quality_assurance", "compliance_security",
            "reporting_transparency", "communication_governance", "technology_infrastructure", "service_levels",
            "coverage_availability", "references_track_record", "pricing_clarity"]
FEES = ["setup_fee", "training_fee", "minimum_commitment", "price_escalation", "premium_hours", "technology_passthrough",
        "termination_fee", "change_request_fee", "travel_expenses", "currency_adjustment", "reporting_fee",
        "management_fee", "auto_renewal", "nonbinding_pricing", "data_storage_fee"]


def ws(text):
    return re.sub(r"\s+", " ", text or "").strip()


def score_norm(text):  # as score.py's norm
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u200b", "").replace("\u00ad", "")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()


def main(root, expected_image_pages=None):
    expected_image_pages = expected_image_pages or {}
    with open(os.path.join(HERE, 'scanned_text.json'), encoding='utf-8') as fh:
        scanned = json.load(fh)
    cache = {}

    def texts_of(relpath):
        if relpath not in cache:
            pages = [ws(p.extract_text()) for p in PdfReader(os.path.join(root, relpath)).pages]
            img = [i + 1 for i, t in enumerate(pages) if not t]
            for p, t in scanned.get(relpath, {}).items():
                pages[int(p) - 1] = ws(t)
            cache[relpath] = (pages, img)
        return cache[relpath]

    errors = []
    out = {'scenario': labels_src.SCENARIO, 'rfp': 'rfp.pdf', 'vendors': {}}
    for slug, v in labels_src.VENDORS.items():
        files = v.get('files') or [v['file']]
        by_base = {os.path.basename(f): f for f in files}
        main_pages, main_img = texts_of(v['file'])
        if main_img != expected_image_pages.get(slug, []):
            errors.append('%s: image-only pages %s, expected %s' % (slug, main_img, expected_image_pages.get(slug, [])))
        for f in files:
            if f != v['file'] and texts_of(f)[1]:
                errors.append('%s: unexpected image-only pages in %s' % (slug, f))
        rec = {'name': v['name'], 'file': v['file']}
        if v.get('files'):
            rec['files'] = v['files']
        rec['image_only_pages'] = main_img
        for kind, ids, empty in (('criteria', CRITERIA, 'missing'), ('fees', FEES, 'absent')):
            block = {}
            assert set(v[kind]) == set(ids), (slug, kind, set(ids) ^ set(v[kind]))
            for key in ids:
                t = v[kind][key]
                if kind == 'criteria':
                    status, quote, why = t[:3]
                    fname = t[3] if len(t) > 3 else None
                    item = {'status': status}
                else:
                    status, quote, amount, why = t[:4]
                    fname = t[4] if len(t) > 4 else None
                    item = {'status': status}
                if status == empty:
                    item.update(pages=[], quote='')
                else:
                    rel = by_base[fname] if fname else v['file']
                    pages, img = texts_of(rel)
                    q = ws(quote)
                    found = [i + 1 for i, t2 in enumerate(pages) if q in t2]
                    if not found:
                        errors.append('%s %s.%s: quote not found in %s: %r' % (slug, kind, key, rel, q[:90]))
                        continue
                    sfound = [i + 1 for i, t2 in enumerate(pages) if score_norm(q) in score_norm(t2)]
                    if not set(found) <= set(sfound):
                        errors.append('%s %s.%s: quote fails score.py normalisation' % (slug, kind, key))
                    nw = len(q.split(' '))
                    if not 8 <= nw <= 40:
                        errors.append('%s %s.%s: quote has %d words' % (slug, kind, key, nw))
                    item.update(pages=found, quote=quote)
                    if set(found) & set(img):
                        item['ocr'] = True
                if kind == 'fees':
                    item['amount'] = amount
                item['why'] = why
                if fname and status != empty:
                    item['file'] = fname
                block[key] = item
            rec[kind] = block
        rec['rates'] = v['rates']
        out['vendors'][slug] = rec
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        raise SystemExit('make_labels: %d error(s)' % len(errors))
    with open(os.path.join(root, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
    print('  labels.json written (%d vendors)' % len(out['vendors']))


if __name__ == '__main__':
    main(os.path.dirname(HERE))

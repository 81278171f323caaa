"""Fill page numbers of every label by searching its quote in pypdf text, then write labels.json.

Quotes marked scan=True live on the vendor's image-only page: they are checked against the text drawn into
the scanned image (scan_content.py) and get the number of the page that has no text layer."""
import json
import os
import re
import unicodedata

from pypdf import PdfReader

import labels_src as L
import scan_content as sc


def norm(text):
    text = unicodedata.normalize('NFKC', text or '')
    text = text.replace('\u200b', '').replace('\u00ad', '')
    for a, b in (('\u2018', "'"), ('\u2019', "'"), ('\u201c', '"'), ('\u201d', '"'), ('\u2013', '-'), ('\u2014', '-')):
        text = text.replace(a, b)
    return re.sub(r'\s+', ' ', text).strip()


def main(root):
    scan_text = norm(' '.join([sc.TITLE] + [h + ' ' + t for h, t in sc.CLAUSES]))
    cache = {}

    def pages(path):
        if path not in cache:
            cache[path] = [norm(p.extract_text() or '') for p in PdfReader(path).pages]
        return cache[path]

    errors = []
    out = {'scenario': L.SCENARIO, 'rfp': 'rfp.pdf', 'vendors': {}}
    for slug, v in L.VENDORS.items():
        main_file = v['file']
        main_pages = pages(os.path.join(root, main_file))
        image_only = [i + 1 for i, t in enumerate(main_pages) if not t]
        vo = {'name': v['name'], 'file': main_file}
        if 'files' in v:
            vo['files'] = v['files']
        vo['image_only_pages'] = image_only
        for kind, empty in (('criteria', 'missing'), ('fees', 'absent')):
            block = {}
            for key, item in v[kind].items():
                item = dict(item)
                st = item['status']
                scan_flag = item.pop('scan', False)
                rec = {'status': st}
                if st == empty:
                    rec.update(pages=[], quote='')
                else:
                    q = item['quote']
                    if scan_flag:
                        if norm(q) not in scan_text:
                            errors.append('%s %s: quote not in scanned text: %r' % (slug, key, q[:70]))
                        if len(image_only) != 1:
                            errors.append('%s: expected exactly one image-only page, got %s' % (slug, image_only))
                        rec.update(pages=image_only[:1], quote=q, ocr=True)
                    else:
                        fname = item.get('file')
                        path = os.path.join(root, os.path.dirname(main_file), fname) if fname else \
                            os.path.join(root, main_file)
                        found = [i + 1 for i, t in enumerate(pages(path)) if norm(q) in t]
                        if not found:
                            errors.append('%s %s: quote not found in %s: %r' % (slug, key, os.path.basename(path),
                                                                                 q[:70]))
                        nw = len(norm(q).split(' '))
                        if not 8 <= nw <= 40:
                            errors.append('%s %s: quote has %d words' % (slug, key, nw))
                        rec.update(pages=found, quote=q)
                        if fname:
                            rec['file'] = fname
                if kind == 'fees':
                    rec['amount'] = item.get('amount', '')
                rec['why'] = item['why']
                block[key] = rec
            vo[kind] = block
        vo['rates'] = v['rates']
        out['vendors'][slug] = vo
    if errors:
        for e in errors:
            print('LABEL ERROR: ' + e)
        raise SystemExit(1)
    with open(os.path.join(root, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
    print('labels.json written')

#!/usr/bin/env python3
"""Write a results.json that restates labels.json (format sanity check for score.py).
Usage: python gen/self_results.py OUT.json ; then python /work/shared/benchmark/score.py labels.json OUT.json"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lab = json.load(open(os.path.join(ROOT, 'labels.json')))
out = {'vendors': []}
for slug, v in lab['vendors'].items():
    def items(block):
        res = []
        for k, l in block.items():
            ev = []
            fname = os.path.basename(l.get('file') or v['file'])
            for p in l['pages']:
                e = {'file': fname, 'page': p, 'quote': l['quote']}
                if l.get('ocr'):
                    e['ocr'] = True
                ev.append(e)
            res.append({'id': k, 'status': l['status'], 'evidence': ev})
        return res
    out['vendors'].append({'vendor': slug, 'files': v.get('files', [v['file']]),
                           'criteria': items(v['criteria']), 'fees': items(v['fees'])})
json.dump(out, open(sys.argv[1], 'w'), indent=1)

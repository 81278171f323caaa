"""Write a results.json that repeats the labels (sanity check of the format with score.py)."""
import json, os, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lab = json.load(open(os.path.join(root, 'labels.json')))
out = {'vendors': []}
for slug, v in lab['vendors'].items():
    def ev(x):
        if not x['pages']:
            return []
        e = {'file': x.get('file') or os.path.basename(v['file']), 'page': x['pages'][0], 'quote': x['quote']}
        if x.get('ocr'):
            e['ocr'] = True
        return [e]
    out['vendors'].append({'vendor': slug, 'files': v.get('files', [v['file']]),
                           'criteria': [{'id': k, 'status': x['status'], 'evidence': ev(x)} for k, x in v['criteria'].items()],
                           'fees': [{'id': k, 'status': x['status'], 'evidence': ev(x)} for k, x in v['fees'].items()]})
json.dump(out, open(sys.argv[1], 'w'), indent=1)

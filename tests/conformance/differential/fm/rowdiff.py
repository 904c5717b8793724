# usage: rowdiff.py PLAIN.json MODE.json CASES.json SHOWN: as cmp.py, row lists compared as
# multisets (no order given), with the case and the rows only one side has.
import json, sys
from collections import Counter
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2])); c = json.load(open(sys.argv[3]))
n = 0
for k in a:
    x, y = a[k], b.get(k)
    if isinstance(x, list) and isinstance(y, list):
        cx = Counter(json.dumps(r, sort_keys=True) for r in x); cy = Counter(json.dumps(r, sort_keys=True) for r in y)
        if cx == cy: continue
        n += 1
        if n <= int(sys.argv[4]):
            print('==', k, json.dumps(c[k])[:600]); print('  only plain:', list((cx - cy).elements())[:3]); print('  only mode :', list((cy - cx).elements())[:3])
    elif x != y:
        n += 1
        if n <= int(sys.argv[4]):
            print('==', k, json.dumps(c[k])[:600]); print('  plain:', json.dumps(x)[:300]); print('  mode :', json.dumps(y)[:300])
print(n, 'differ as multisets')

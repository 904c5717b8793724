import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def nv(v):
    if isinstance(v, bool): return float(v)
    if isinstance(v, (int, float)): return round(float(v), 6)
    if isinstance(v, str):
        try: return round(float(v), 6)
        except: return v
    return v
def nrows(rs, ordered):
    x = [json.dumps({k: nv(v) for k, v in sorted(r.items())}, sort_keys=True) for r in rs]
    return x if ordered else sorted(x)
n = 0; cat = {}
for k, c in C.items():
    s, o = S[k], O[k]
    if isinstance(s, str) or isinstance(o, str):
        same = isinstance(s, str) and isinstance(o, str)
    else:
        ordered = bool(c.get('order')) and len(c.get('order')) == len(c['group'])
        same = nrows(s, ordered) == nrows(o, ordered)
        if not same and c.get('limit') and not ordered: same = None
    if not same:
        n += 1
        print(k, json.dumps(c)[:300], '\n   seq:', json.dumps(s)[:300], '\n   our:', json.dumps(o)[:300])
print(d, 'diffs', n, 'of', len(C))

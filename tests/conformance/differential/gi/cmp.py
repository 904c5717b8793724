import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def num(x):
    if isinstance(x, bool): return float(x)
    if isinstance(x, (int, float)): return round(float(x), 6)
    if isinstance(x, str):
        try: return round(float(x), 6)
        except: return x
    return x
def canon(v, ordered):
    if isinstance(v, str) and v.startswith('ERROR'): return 'ERROR'
    if isinstance(v, list):
        rows = [json.dumps({k: num(x) for k, x in r.items()}, sort_keys=True) if isinstance(r, dict) else json.dumps(num(r)) for r in v]
        return rows if ordered else sorted(rows)
    if isinstance(v, dict): return {k: canon(x, True) for k, x in v.items()}
    return num(v)
n = 0
for k, c in C.items():
    ordered = 'order' in c
    if canon(S.get(k), ordered) != canon(O.get(k), ordered):
        n += 1
        print(k, json.dumps(c)[:300], '\n   seq:', json.dumps(S.get(k))[:300], '\n   our:', json.dumps(O.get(k), ensure_ascii=False)[:300])
print(d, 'diffs', n, 'of', len(C))

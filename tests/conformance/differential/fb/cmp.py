import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def num(x):
    if isinstance(x, bool): return float(x)
    if isinstance(x, (int, float)): return round(float(x), 6)
    if isinstance(x, dict): return {k: num(v) for k, v in x.items()}
    if isinstance(x, list): return [num(v) for v in x]
    return x
def canon(v, ordered):
    if isinstance(v, str) and v.startswith('ERROR'): return 'ERROR'
    if isinstance(v, list):
        r = [json.dumps(num(e), sort_keys=True) for e in v]
        return r if ordered else sorted(r)
    return json.dumps(num(v), sort_keys=True)
n = 0
for k, c in C.items():
    ordered = True
    if canon(S.get(k), ordered) != canon(O.get(k), ordered):
        n += 1
        print(k, json.dumps(c)[:300], '\n   seq:', json.dumps(S.get(k))[:400], '\n   our:', json.dumps(O.get(k))[:400])
print(d, 'diffs', n, 'of', len(C))

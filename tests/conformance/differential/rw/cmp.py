import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def num(x):
    if isinstance(x, bool): return float(x)
    if isinstance(x, (int, float)): return round(float(x), 6)
    if isinstance(x, str):
        try: return round(float(x), 6)
        except: return x
    if isinstance(x, dict): return {k: num(v) for k, v in x.items()}
    return x
def canon(v):
    if isinstance(v, str) and v.startswith('ERROR'): return 'ERROR'
    if isinstance(v, list): return sorted(json.dumps(num(r), sort_keys=True) for r in v)
    return v
n = 0
for k, c in C.items():
    if canon(S.get(k)) != canon(O.get(k)):
        n += 1
        s, o = canon(S.get(k)), canon(O.get(k))
        print(k, json.dumps(c)[:400])
        if isinstance(s, list) and isinstance(o, list):
            print('   rows seq', len(s), 'our', len(o))
            print('   seq-only:', [x for x in s if x not in o][:2])
            print('   our-only:', [x for x in o if x not in s][:2])
        else:
            print('   seq:', json.dumps(S.get(k))[:300], '\n   our:', json.dumps(O.get(k))[:300])
print(d, 'diffs', n, 'of', len(C))

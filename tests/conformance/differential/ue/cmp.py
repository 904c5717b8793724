import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def canon(v):
    return {k: ('ERROR' if isinstance(x, str) and x.startswith('ERROR') else x) for k, x in v.items()}
n = 0
for k, c in C.items():
    s, o = canon(S.get(k, {})), canon(O.get(k, {}))
    if s != o:
        n += 1
        print(k, json.dumps(c), '\n   seq:', json.dumps(S.get(k)), '\n   our:', json.dumps(O.get(k))[:300])
print(d, 'diffs', n, 'of', len(C))

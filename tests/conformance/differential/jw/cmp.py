import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
n = 0
def canon(v): return 'ERROR' if isinstance(v, str) else [int(x) for x in v]
for k, c in C.items():
    if canon(S.get(k)) != canon(O.get(k)):
        n += 1
        print(k, json.dumps(c), '\n   seq:', json.dumps(S.get(k))[:200], '\n   our:', json.dumps(O.get(k))[:200])
print(d, 'diffs', n, 'of', len(C))

import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
lim = int(sys.argv[2]) if len(sys.argv) > 2 else 5
def norm(x):
    if isinstance(x, str) and x.startswith('ERROR'): return 'ERROR'
    return x
n = 0
for k in C:
    if norm(S[k]) != norm(O[k]):
        n += 1
        if n <= lim: print(k, json.dumps(C[k])[:700], '\n  seq', json.dumps(S[k])[:500], '\n  our', json.dumps(O[k])[:500])
print(d, 'diffs', n, 'of', len(C))

import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def norm(x):
    if isinstance(x, list) and len(x) == 3 and x[0] == 'staticUpdateIndiv': return [x[0], norm(x[1]), sorted(x[2])]
    if isinstance(x, str) and x.startswith('ERROR'): return 'ERROR'
    if isinstance(x, float) and x == int(x): return int(x)
    if isinstance(x, list): return [norm(y) for y in x]
    if isinstance(x, dict): return {k: norm(v) for k, v in x.items()}
    return x
n = 0
for k in C:
    s, o = S[k], O[k]
    skip = False
    if norm(s) != norm(o) and not skip:
        n += 1
        if n <= int(sys.argv[2] if len(sys.argv) > 2 else 15):
            print(k, json.dumps(C[k]), '\n   seq:', json.dumps(s), '\n   our:', json.dumps(o))
print(d, 'diffs', n, 'of', len(C))

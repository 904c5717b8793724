import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
lim = int(sys.argv[2]) if len(sys.argv) > 2 else 5
n = 0
for k in C:
    s, o = S[k], O[k]
    sr = 'ERROR' if s['r'].startswith('ERROR') else s['r']; orr = 'ERROR' if o['r'].startswith('ERROR') else o['r']
    if sr != orr or s['state'] != o['state']:
        n += 1
        if n <= lim: print(k, json.dumps(C[k])[:500], '\n  seq', json.dumps(s)[:600], '\n  our', json.dumps(o)[:600])
print(d, 'diffs', n, 'of', len(C))

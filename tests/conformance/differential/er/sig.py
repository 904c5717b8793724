import json, sys, collections
d = sys.argv[1]
a = json.load(open(f'seq_{d}.json')); b = json.load(open(f'our_{d}.json'))
cases = json.load(open('cases.json'))
sig = collections.Counter(); ex = {}
for k in a:
    if a[k] == b.get(k): continue
    ra, rb = a[k]['res'], b[k]['res']
    diffs = tuple(sorted(set((x if isinstance(x, str) else 'n', y if isinstance(y, str) else 'n', cases[k]['steps'][i]['op'] if i < len(cases[k]['steps']) else '-') for i, (x, y) in enumerate(zip(ra, rb)) if x != y)))
    if not diffs: diffs = ('state only',)
    sig[diffs] += 1; ex.setdefault(diffs, k)
for s, n in sig.most_common(): print(n, ex[s], s)

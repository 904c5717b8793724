import json, sys, re, collections
d = sys.argv[1]; show = int(sys.argv[2]) if len(sys.argv) > 2 else 20
a = json.load(open(f'seq_{d}.json')); b = json.load(open(f'our_{d}.json')); cases = json.load(open('cases.json'))
def norm(r):
    if isinstance(r, str) and r.startswith('ERROR'):
        r = r.split(':')[0]
        r = r.replace('SequelizeBaseError', 'Error')
    return r
n = 0; sig = collections.Counter(); ex = {}
for k in a:
    x = a[k]; y = b.get(k)
    xr = [[o, norm(r), l] for o, r, l in x['res']]; yr = [[o, norm(r), l] for o, r, l in y['res']]
    if xr != yr or x['state'] != y['state']:
        n += 1
        s = (cases[k]['throwAt'], tuple(o for o, *_ in x['res']), 'res' if xr != yr else 'state')
        sig[s] += 1; ex.setdefault(s, k)
for s, c in sig.most_common(show):
    k = ex[s]; print(c, k, s); print('   seq', json.dumps(a[k])[:400]); print('   our', json.dumps(b[k])[:400])
print(d, 'differ', n, 'of', len(a))

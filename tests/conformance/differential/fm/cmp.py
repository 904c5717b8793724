# usage: cmp.py PLAIN.json MODE.json [SHOWN]: the cases whose outputs differ (errors compared by
# class only), the first SHOWN of them printed.
import json, sys, re
def norm(v):
    if isinstance(v, str) and v.startswith('ERROR'):
        return ' '.join(v.replace(':', ' ').split()[:2])
    if isinstance(v, list): return [norm(x) for x in v]
    if isinstance(v, dict): return {k: norm(x) for k, x in v.items()}
    return v
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
n = 0
for k in a:
    if norm(a.get(k)) != norm(b.get(k)):
        n += 1
        if n <= int(sys.argv[3] if len(sys.argv) > 3 else 15):
            print('==', k); print('  plain:', json.dumps(a.get(k))[:400]); print('  mode :', json.dumps(b.get(k))[:400])
print(f'{n} of {len(a)} differ', file=sys.stderr)

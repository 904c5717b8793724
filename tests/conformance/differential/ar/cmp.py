import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def eq(a, b):
    if isinstance(a, str) and isinstance(b, str) and a.startswith('ERROR') and b.startswith('ERROR'): return True
    if isinstance(a, list) and isinstance(b, list): return len(a) == len(b) and all(eq(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    return a == b
n = 0
for k in C:
    if k not in S and k not in O: continue
    s, o = S.get(k, {}), O.get(k, {})
    bad = [f for f in ('res', 'back', 'found') if not eq(s.get(f), o.get(f))]
    if bad:
        n += 1
        print(k, json.dumps(C[k])[:200], '\n   seq:', json.dumps(s)[:200], '\n   our:', json.dumps(o, ensure_ascii=False)[:400])
print(d, 'diffs', n)

import json, sys, math
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json')); C = json.load(open('cases.json'))
def eq(a, b):
    if isinstance(a, str) and isinstance(b, str) and a.startswith('ERROR') and b.startswith('ERROR'): return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))
    if isinstance(a, str) and isinstance(b, (int, float)) and not isinstance(b, bool):
        try: return float(a) == float(b)
        except: return False
    if isinstance(b, str) and isinstance(a, (int, float)) and not isinstance(a, bool): return eq(b, a)
    if isinstance(a, str) and isinstance(b, str):
        try: return float(a) == float(b)
        except: pass
    return a == b
n = 0
for k in C:
    s, o = S.get(k, {}), O.get(k, {})
    bad = [f for f in ('res', 'back', 'found') if not eq(s.get(f), o.get(f))]
    if bad:
        n += 1
        print(k, json.dumps(C[k]['v'])[:60], '\n   seq:', json.dumps(s)[:200], '\n   our:', json.dumps(o, ensure_ascii=False)[:300])
print(d, 'diffs', n, 'of', len(C))

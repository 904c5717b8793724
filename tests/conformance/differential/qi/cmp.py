import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json'))
SD = json.load(open(f'seqdump_{d}.json')); OD = json.load(open(f'ourdump_{d}.json')); C = json.load(open('cases.json'))
lim = int(sys.argv[2]) if len(sys.argv) > 2 else 5
def nres(x): return ['ERROR' if r.startswith('ERROR') else r for r in x]
def nrows(rs):
    out = []
    for r in rs:
        row = []
        for c, v in r:
            if v is not None:
                try: v = str(float(v))
                except: pass
            row.append([c, v])
        out.append(row)
    return out
n = 0
for k in C:
    diffs = []
    if nres(S[k]) != nres(O[k]): diffs.append(('res', S[k], O[k]))
    sd, od = SD[k], OD[k]
    if isinstance(sd, str) or isinstance(od, str):
        if sd != od: diffs.append(('dump', sd, od))
    else:
        for part in ('cols', 'idx'):
            if sd[part] != od[part]: diffs.append((part, sd[part], od[part]))
        if nrows(sd['rows']) != nrows(od['rows']): diffs.append(('rows', sd['rows'], od['rows']))
    if diffs:
        n += 1
        if n <= lim:
            print(k, json.dumps(C[k])[:600])
            for w, a, b in diffs: print('  ', w, '\n     seq:', json.dumps(a)[:400], '\n     our:', json.dumps(b)[:400])
print(d, 'diffs', n, 'of', len(C))

import json, sys
d = sys.argv[1]
S = json.load(open(f'seq_{d}.json')); O = json.load(open(f'our_{d}.json'))
SD = json.load(open(f'seqdump_{d}.json')); OD = json.load(open(f'ourdump_{d}.json'))
C = json.load(open('cases.json'))
lim = int(sys.argv[2]) if len(sys.argv) > 2 else 10
def res(x):
    return {k: ('ERROR' if isinstance(v, str) and v.startswith('ERROR') else v) for k, v in x.items()}
def nrow(r):
    out = {}
    for k, v in r.items():
        if isinstance(v, bool): v = int(v)
        if isinstance(v, str):
            try: v = float(v)
            except: pass
        if isinstance(v, (int, float)) and not isinstance(v, bool): v = float(v)
        out[k] = v
    return out
n = 0
for k in C:
    diffs = []
    if res(S[k]) != res(O[k]): diffs.append(('result', S[k], O[k]))
    sd, od = SD[k], OD[k]
    if isinstance(sd, str) or isinstance(od, str):
        if sd != od: diffs.append(('dump', sd, od))
    else:
        if sd['cols'] != od['cols']: diffs.append(('cols', sd['cols'], od['cols']))
        if [nrow(r) for r in sd['rows']] != [nrow(r) for r in od['rows']]: diffs.append(('rows', sd['rows'], od['rows']))
    if diffs:
        n += 1
        if n <= lim:
            print(k, json.dumps(C[k]))
            for w, a, b in diffs: print('  ', w, '\n     seq:', json.dumps(a)[:400], '\n     our:', json.dumps(b)[:400])
print(d, 'diffs', n, 'of', len(C))

import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def where():
    r = R.random()
    if r < 0.3: return {}
    if r < 0.6: return {'name': R.choice(['a', 'b', 'c', 'd', 'x'])}
    if r < 0.8: return {'n': {R.choice(['gt', 'lt']): R.randint(0, 4)}}
    return {'name': {'in': R.sample(['a', 'b', 'c', 'd'], 2)}}
cases = {}
for k in range(n):
    steps = []
    for _ in range(R.randint(2, 6)):
        op = R.choice(['destroy', 'destroy', 'restore', 'update', 'count', 'find', 'find', 'idestroy', 'irestore', 'increment'])
        st = {'op': op}
        if op in ('destroy', 'restore', 'update', 'count', 'find', 'increment'): st['where'] = where()
        if op in ('destroy', 'idestroy') and R.random() < 0.25: st['force'] = True
        if op in ('update', 'count', 'find') and R.random() < 0.3: st['paranoid'] = False
        if op == 'update': st['n'] = R.randint(5, 9)
        if op in ('idestroy', 'irestore'): st['name'] = R.choice(['a', 'b', 'c', 'd'])
        steps.append(st)
    cases[f'p{seed}_{k}'] = steps
print(json.dumps(cases, indent=0))

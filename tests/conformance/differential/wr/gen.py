import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
F = {'name': 's', 'n': 'i', 'f': 'f', 'ok': 'b', 'd': 'd', 'price': 'p'}
V = {'s': ['a', 'b', 'zz', '', "o'k", '5'], 'i': [0, 1, 2, 40, -5, 7, '3', 2.0], 'f': [0, 1.5, -3.25, 2.5, 1e10, '2.5'], 'b': [True, False, 1, 0], 'd': ['2020-01-01', '1999-12-31', '2024-02-29'], 'p': ['1.00', 2.5, '99.99', 0, '-0.01', 3]}
def val(t): return None if R.random() < 0.1 else R.choice(V[t])
def cond():
    f = R.choice(list(F)); t = F[f]; r = R.random()
    if r < 0.3: return {f: val(t)}
    if r < 0.5 and t != 'b': return {f: {R.choice(['gt', 'gte', 'lt', 'lte', 'ne']): val(t) if R.random() < 0.8 else val(t)}}
    if r < 0.65: return {f: {R.choice(['in', 'notIn']): [val(t) for _ in range(R.randint(0, 3))]}}
    if r < 0.75: return {f: {R.choice(['is', 'not']): None}}
    if r < 0.85: return {f: {R.choice(['between', 'notBetween']): sorted([R.choice(V[t]) for _ in range(2)], key=str)}}
    if r < 0.93: return {R.choice(['or', 'and']): [cond(), cond()]}
    return {'not': cond()}
cases = {}
for k in range(n):
    op = R.choice(['update', 'update', 'destroy', 'increment', 'decrement', 'create', 'count', 'max', 'min', 'sum'])
    c = {'op': op}
    if op != 'create' and R.random() < 0.9: c['where'] = cond()
    if op in ('update', 'create'):
        c['values'] = {f: val(F[f]) for f in R.sample(list(F), R.randint(1, 3))}
    if op in ('increment', 'decrement'):
        c['values'] = {f: R.choice([1, 2, -1, 0.5, '3', 10]) for f in R.sample(['n', 'f', 'price'], R.randint(1, 2))}
    if op in ('max', 'min', 'sum'):
        c['field'] = R.choice(['n', 'f', 'price'] + (['d', 'name'] if op != 'sum' else []))
    cases[f'w{seed}_{k}'] = c
print(json.dumps(cases, indent=0))

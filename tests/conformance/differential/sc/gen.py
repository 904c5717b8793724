import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def cond():
    f = R.choice(['age', 'city', 'score', 'name'])
    v = {'age': [22, 25, 30, 35, None], 'city': ['Paris', 'London', None, 'Rome'], 'score': [5.5, 7.75, 9.0], 'name': ['Alice', 'bob', 'Eve']}[f]
    r = R.random()
    if r < 0.4: return {f: R.choice(v)}
    if r < 0.7 and f in ('age', 'score'): return {f: {R.choice(['gt', 'lt', 'gte', 'ne']): R.choice([x for x in v if x is not None])}}
    if r < 0.85: return {f: {'in': [R.choice(v) for _ in range(2)]}}
    return {'or': [cond(), cond()]}
def where():
    w = {}
    for _ in range(R.randint(1, 2)): w.update(cond())
    return w
def scope():
    s = {}
    if R.random() < 0.8: s['where'] = where()
    if R.random() < 0.15: s['limit'] = R.randint(1, 4)
    return s
cases = {}
for k in range(n):
    c = {'scopes': {f's{i}': scope() for i in range(R.randint(1, 3))}}
    if R.random() < 0.5: c['defaultScope'] = scope()
    r = R.random()
    names = list(c['scopes'])
    if r < 0.15: c['unscoped'] = True
    elif r < 0.85: c['use'] = R.sample(names + (['defaultScope'] if 'defaultScope' in c else []), R.randint(1, min(3, len(names))))
    if R.random() < 0.6: c['query'] = {'where': where()}
    if R.random() < 0.2: c['count'] = True
    cases[f'c{seed}_{k}'] = c
print(json.dumps(cases, indent=0))

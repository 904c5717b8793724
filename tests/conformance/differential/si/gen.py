import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def pub():
    p = {}
    if R.random() < 0.5: p['where'] = {'name': R.choice(['p1', 'p2'])}
    if R.random() < 0.4: p['required'] = R.choice([True, False])
    return p
def books():
    b = {}
    if R.random() < 0.5: b['where'] = R.choice([{'year': {'gt': R.choice([2000, 2010])}}, {'title': R.choice(['a', 'b', 'c'])}])
    if R.random() < 0.4: b['required'] = R.choice([True, False])
    if R.random() < 0.3: b['attributes'] = R.choice([['id', 'title'], ['id', 'year']])
    if R.random() < 0.4: b['publisher'] = pub()
    return b
def scope():
    s = {}
    if R.random() < 0.5: s['where'] = R.choice([{'age': {'gt': R.choice([20, 30])}}, {'name': R.choice(['ann', 'bob', 'cy', 'dee'])}, {'age': {'lt': 40}}])
    if R.random() < 0.5: s['books'] = books()
    if R.random() < 0.3: s['attributes'] = R.choice([['id', 'name'], ['id', 'age'], {'exclude': ['age']}])
    if R.random() < 0.3: s['order'] = [[R.choice(['age', 'name']), R.choice(['ASC', 'DESC'])]]
    return s
cases = {}
for k in range(n):
    c = {'scopes': {f's{i}': scope() for i in range(R.randint(1, 3))}}
    if R.random() < 0.4: c['defaultScope'] = scope()
    names = list(c['scopes'])
    if R.random() < 0.85: c['use'] = R.sample(names + (['defaultScope'] if 'defaultScope' in c else []), R.randint(1, min(3, len(names))))
    if R.random() < 0.5: c['query'] = scope()
    cases[f'i{seed}_{k}'] = c
print(json.dumps(cases))

# usage: python3 gen.py SEED COUNT > cases.json  (seeded random findAll/count queries with include trees)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
S = json.load(open('/tmp/diff/ri/schema.json'))
VALS = {'s': ['ann', 'ben', 'p1', 'p3', 'c2', 'red', 'blue', 'b-ann', 'zzz', 'p%', 'c%', 'b%'], 'i': [0, 1, 3, 5, 7, 12, 25, 30, None]}
def cond(model):
    attrs = S[model]['attrs']
    a = R.choice(list(attrs)); t = attrs[a]
    r = R.random()
    v = R.choice(VALS[t])
    if r < 0.3: return {a: v}
    if r < 0.55 and t == 'i': return {a: {R.choice(['gt', 'gte', 'lt', 'lte', 'ne']): v if v is not None else 3}}
    if r < 0.55: return {a: {'like': R.choice(['p%', 'c%', 'b%', '%n%', 'r%'])}}
    if r < 0.7: return {a: {'in': [R.choice(VALS[t]) for _ in range(R.randint(1, 3))]}}
    if r < 0.8: return {a: {'ne': None}}
    if r < 0.9: return {'or': [cond(model), cond(model)]}
    return {'not': cond(model)}
def include(model, depth):
    out = []
    assocs = list(S['assoc'][model].items())
    R.shuffle(assocs)
    for name, (target, kind) in assocs[:R.randint(1, min(2, len(assocs)))]:
        if depth > 0 and target in ('User',) and model != 'Tag' and R.random() < 0.7: continue
        i = {'as': name}
        if R.random() < 0.4: i['where'] = cond(target)
        if R.random() < 0.3: i['required'] = R.random() < 0.5
        if kind == 'hasMany' and R.random() < 0.2 and not i.get('required'): i['separate'] = True
        if kind == 'belongsToMany' and R.random() < 0.2: i['through'] = {'weight': {R.choice(['gt', 'lt', 'ne']): R.choice([1, 3, 5])}}
        if depth < 1 and R.random() < 0.4:
            nested = include(target, depth + 1)
            if nested: i['include'] = nested
        out.append(i)
    return out
cases = {}
for k in range(n):
    model = R.choice(['User', 'User', 'Post', 'Post', 'Tag', 'Comment', 'Profile'])
    c = {'model': model}
    if R.random() < 0.85: c['include'] = include(model, 0)
    if R.random() < 0.4: c['where'] = cond(model)
    if R.random() < 0.35: c['limit'] = R.randint(1, 4)
    if R.random() < 0.2: c['offset'] = R.randint(0, 3)
    if R.random() < 0.3: c['desc'] = True
    if R.random() < 0.1: c['count'] = True
    cases[f'i{seed}_{k}'] = c
print(json.dumps(cases, indent=0))

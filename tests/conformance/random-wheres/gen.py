# usage: python3 gen.py SEED COUNT > cases.json  (seeded random where conditions in the map form)
import json, random, sys
seed = int(sys.argv[1]); n = int(sys.argv[2]); dialect = sys.argv[3] if len(sys.argv) > 3 else ''
R = random.Random(seed)
FIELDS = {'name': 's', 'age': 'i', 'city': 's', 'email': 's', 'score': 'f', 'born': 'd', 'seen': 't', 'ok': 'b', 'price': 'n', 'id': 'i'}
def val(t, loose=False):
    if loose and R.random() < 0.25:
        t = R.choice('sifdtbn')
    r = R.random()
    if r < 0.07: return None
    if t == 's': return R.choice(['Alice', 'bob', 'Paris', 'paris', 'London', 'a%', '%a%', 'A', '', 'x', '30', 'Al_bert', '100%Grace', 'dave@example.net', "o'k", 'Ro', 'é'])
    if t == 'i': return R.choice([0, 22, 25, 28, 30, 35, 40, -1, 1, 30.0, 29.5, 2**40])
    if t == 'f': return R.choice([4.0, 5.5, 6, 7.75, 8.5, 9, 9.25, 0.1, -1.5, 1e10])
    if t == 'd': return R.choice(['1990-01-02', '1995-05-05', '2000-12-31', '1970-01-01', '1999-12-31', '2001-09-11', '1988-02-29'])
    if t == 't': return R.choice(['2020-01-01T10:00:00.000Z', '2021-06-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '2001-09-11T12:00:00.000Z', '2019-12-31T23:59:59.000Z', '2000-01-01'])
    if t == 'b': return R.choice([True, False, 1, 0])
    if t == 'n': return R.choice(['10.50', '0.99', 10.5, 100, '-5.25', 0, '7.77', 3])
CMP = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte']
STR = ['like', 'notLike', 'iLike', 'notILike', 'startsWith', 'endsWith', 'substring']
def cond(f, t, depth):
    if R.random() < 0.3:
        q = R.random()
        if q < 0.15: return [val(t) for _ in range(R.randint(0, 3))]
        if q < 0.3: return {R.choice(['eq', 'ne', 'not']): [val(t) for _ in range(R.randint(0, 3))]}
        if q < 0.45: return {R.choice(CMP + (STR if t == 's' else [])): {R.choice(['any', 'all']): [val(t) for _ in range(R.randint(0, 3))]}}
        if q < 0.55 and t == 's': return {R.choice(['regexp', 'notRegexp']): R.choice(['^A', 'a$', '[0-9]', '^(bob|dave)$', '.', ''])}
        if q < 0.65: return {'not': {R.choice(CMP + ['in', 'notIn']): val(t) if R.random() < 0.5 else [val(t)]}}
        if q < 0.75: return {R.choice(['notIn', 'in']): [], R.choice(CMP): val(t)}
        if q < 1: return {R.choice(['or', 'and']): {R.choice(CMP): val(t), R.choice(['in', 'notIn']): [val(t) for _ in range(R.randint(0, 2))]}}
    r = R.random()
    if r < 0.15: return val(t, True)
    if r < 0.45:
        return {R.choice(CMP): val(t, True)}
    if r < 0.55:
        return {R.choice(['in', 'notIn']): [val(t, True) for _ in range(R.randint(0, 4))]}
    if r < 0.62:
        a, b = sorted([x for x in [val(t), val(t)] if x is not None] or [val(t)], key=lambda x: str(x)) if False else (val(t), val(t))
        return {R.choice(['between', 'notBetween']): [a, b]}
    if r < 0.72 and t == 's':
        return {R.choice(STR): val('s')}
    if r < 0.78:
        return {R.choice(['is', 'not']): R.choice([None, True, False])}
    if r < 0.85:
        other = R.choice([k for k, v in FIELDS.items() if v == t] or [f])
        return {R.choice(CMP): {'$col': other}}
    if r < 0.92 and depth < 2:
        # several ops on one field
        return {R.choice(CMP): val(t), R.choice(CMP): val(t)}
    if depth < 2:
        return {R.choice(['or', 'and']): [cond(f, t, depth + 1) for _ in range(R.randint(1, 3))]}
    return val(t)
def where(depth=0):
    r = R.random()
    if r < 0.08:
        p = R.choice(['meta.kind', 'meta.n', 'meta.deep.v', 'meta.tags'])
        return {p: cond(p, 's' if p != 'meta.n' else 'f', depth + 1)}
    if r < 0.7 or depth >= 2:
        out = {}
        for _ in range(R.randint(1, 2)):
            f = R.choice(list(FIELDS))
            out[f] = cond(f, FIELDS[f], depth)
        return out
    if r < 0.85:
        return {R.choice(['or', 'and']): [where(depth + 1) for _ in range(R.randint(0, 3))]}
    return {'not': where(depth + 1)}
cases = {}
for i in range(n):
    cases[f'r{seed}_{i}'] = where()
print(json.dumps(cases, indent=0))

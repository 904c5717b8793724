# usage: python3 gen.py SEED COUNT > cases.json  (where conditions on JSON paths: operators, nested object form, whole-column)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
V = [1, '1', 2.5, '3', 3, True, False, None, 'x', 'y', 0, -1, 'X']
def cond():
    r = R.random()
    path = R.choice(['meta.a', 'meta.b', 'meta.c.d', 'meta.a', 'meta.a'])
    if r < 0.25: return {path: R.choice(V)}
    if r < 0.5: return {path: {R.choice(['gt', 'gte', 'lt', 'lte', 'ne']): R.choice([v for v in V if v is not None])}}
    if r < 0.58: return {path: {R.choice(['in', 'notIn']): R.sample([1, 2.5, '3', 'x', 10, True], R.randint(1, 3))}}
    if r < 0.64: return {path: {R.choice(['like', 'notLike']): R.choice(['x%', '%1%', 'X', '3'])}}
    if r < 0.68: return {path: {R.choice(['is', 'not']): None}}
    if r < 0.72: return {path: {'between': sorted(R.sample([-1, 0, 1, 2.5, 3, 10], 2))}}
    if r < 0.8: return {'meta': R.choice([{'a': R.choice(V)}, {'c': {'d': R.choice([1, '1', 2])}}, {'a': {R.choice(['gt', 'lt', 'ne']): R.choice([1, 2, 'x'])}}, {'a': 1, 'b': 'x'}])}
    if r < 0.85: return {'meta': R.choice([None, {'ne': None}])}
    if r < 0.92: return {R.choice(['or', 'and']): [cond(), cond()]}
    return {'not': cond()}
cases = {f'w{seed}_{k}': cond() for k in range(n)}
print(json.dumps(cases))

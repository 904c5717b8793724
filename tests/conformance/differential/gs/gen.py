import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
S = ['Ann', '  Bob ', 'cat', '', None, 'Dee Dee', 'x y z']
def vals():
    v = {}
    keys = R.sample(['first', 'last', 'age', 'full', 'tag'], R.randint(1, 3))
    if 'full' in keys: keys = [k for k in keys if k not in ('first', 'last')]
    for k in keys:
        v[k] = R.choice([2, 5, None]) if k == 'age' else R.choice(S)
    return v
def op():
    k = R.choice(['create', 'set', 'set', 'get', 'toJSON', 'save', 'reload', 'dataValue', 'raw', 'findWhere', 'staticUpdate', 'instUpdate', 'virtualOnly', 'build'])
    o = {'op': k}
    if k in ('create', 'staticUpdate', 'instUpdate', 'build'): o['v'] = vals()
    if k == 'set': o['k'], o['v'] = R.choice([('first', R.choice(S)), ('full', R.choice(S)), ('age', R.choice([3, None])), ('tag', R.choice(S)), ('last', R.choice(S))])
    if k == 'findWhere': o['k'], o['v'] = R.choice([('first', R.choice(S)), ('last', R.choice(S)), ('age', R.choice([4, 10, 3])), ('tag', R.choice(S))])
    return o
print(json.dumps({f'g{seed}_{i}': [op() for _ in range(R.randint(2, 6))] for i in range(n)}))

import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
VALS = [1, 0, -2.5, 'x', '', 'it\'s', True, False, None, [1, 2], [], {'k': 1}, {}, {'a': {'b': 3}}, [{'c': 1}], '5', 10**15]
PATHS = ['meta', 'meta.a', 'meta.a.b', 'meta.list', 'meta.k', 'meta.x.y.z']
def op():
    k = R.choice(['set', 'set', 'setPath', 'setPath', 'save', 'save', 'changed', 'reload', 'staticUpdate', 'find', 'find', 'createNew'])
    o = {'op': k}
    if k == 'set': o['v'] = R.choice([{'a': R.choice(VALS)}, {'a': {'b': R.choice(VALS)}, 'list': [1, 'x']}, R.choice(VALS), {'k': R.choice(VALS), 'a': R.choice(VALS)}])
    if k == 'setPath': o['path'] = R.choice(PATHS[1:]); o['v'] = R.choice(VALS)
    if k == 'staticUpdate': o['v'] = R.choice([{'a': R.choice(VALS)}, R.choice(VALS)])
    if k == 'find': o['path'] = R.choice(PATHS[1:]); o['v'] = R.choice([1, 'x', 3, True, None, 0, '5'])
    if k == 'createNew': o['v'] = R.choice([{'a': R.choice(VALS)}, R.choice(VALS)])
    return o
print(json.dumps({f'j{seed}_{i}': [op() for _ in range(R.randint(2, 6))] for i in range(n)}))

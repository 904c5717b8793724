import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
V = {'title': ['ok', '', None, 'x' * 12, 'ab', ' '], 'qty': [0, 5, -1, 101, None, '7', 100], 'code': ['A1', '', None, 'a-1', 'ZZ'], 'note': ['n', None, '']}
def vals():
    return {k: R.choice(V[k]) for k in R.sample(list(V), R.randint(1, 4))}
def op():
    k = R.choice(['create', 'create', 'build', 'instUpdate', 'staticUpdate', 'bulkCreate', 'bulkCreateValidate', 'saveFields', 'upsert', 'createNoValidate', 'setSave'])
    o = {'op': k, 'v': vals()}
    if k in ('bulkCreate', 'bulkCreateValidate'): o['rows'] = [vals() for _ in range(R.randint(1, 3))]
    if k == 'saveFields': o['fields'] = R.sample(list(V), R.randint(1, 2))
    return o
print(json.dumps({f'v{seed}_{i}': [op() for _ in range(R.randint(1, 3))] for i in range(n)}))

import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def where():
    return R.choice([{}, {'id': R.randint(1, 6)}, {'n': {'gt': R.randint(0, 4)}}, {'title': R.choice(['a', 'b', 'c'])},
                     {'id': {'in': [R.randint(1, 6), R.randint(1, 6)]}}, {'or': [{'n': R.randint(0, 5)}, {'title': 'b'}]},
                     {'deletedAt': None}, {'deletedAt': {'ne': None}}])
def op():
    k = R.choice(['create', 'destroy', 'destroy', 'destroyForce', 'restore', 'restore', 'instDestroy', 'instRestore', 'instForce',
                  'update', 'updateAll', 'count', 'countAll', 'findAll', 'findAllAll', 'findByPk', 'findByPkAll', 'include', 'increment',
                  'childDestroy', 'childRestore', 'instUpdate', 'reload', 'findOne'])
    o = {'op': k}
    if k == 'create': o['values'] = {'title': R.choice(['a', 'b', 'c']), 'n': R.randint(0, 5)}
    if k in ('destroy', 'destroyForce', 'restore', 'update', 'updateAll', 'count', 'countAll', 'findAll', 'findAllAll', 'increment', 'findOne'): o['where'] = where()
    if k in ('update', 'updateAll', 'instUpdate'): o['values'] = {'n': R.randint(0, 9)}
    if k in ('instDestroy', 'instRestore', 'instForce', 'findByPk', 'findByPkAll', 'instUpdate', 'reload'): o['id'] = R.randint(1, 6)
    if k == 'include': o['paranoid'] = R.choice([True, False]); o['required'] = R.choice([True, False]); o['outer'] = R.choice([True, False])
    if k in ('childDestroy', 'childRestore'): o['where'] = R.choice([{}, {'id': R.randint(1, 6)}, {'docId': R.randint(1, 4)}])
    return o
cases = {f'p{seed}_{i}': [op() for _ in range(R.randint(2, 7))] for i in range(n)}
print(json.dumps(cases))

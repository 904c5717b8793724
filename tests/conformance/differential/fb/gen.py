# usage: python3 gen.py SEED COUNT > cases.json  (findByPk, findOne and reload with options on a paranoid model with a default scope)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
cases = {}
for k in range(n):
    op = R.choice(['findByPk', 'findByPk', 'findOne', 'findOne', 'reload'])
    o = {}
    if R.random() < 0.3: o['attributes'] = R.sample(['id', 'name', 'city'], R.randint(1, 2))
    if R.random() < 0.3:
        inc = {'as': 'books'}
        if R.random() < 0.5: inc['where'] = {'pages': {'gt': R.choice([50, 100, 200])}}
        if R.random() < 0.3: inc['required'] = R.random() < 0.5
        o['include'] = inc
    if R.random() < 0.25: o['paranoid'] = False
    if R.random() < 0.2: o['scope'] = R.choice([False, 'paris'])
    if op != 'reload' and R.random() < 0.35: o['where'] = R.choice([{'city': 'Rome'}, {'name': {'ne': 'ann'}}, {'id': {'gt': 2}}])
    if op == 'findOne':
        if R.random() < 0.5: o['order'] = [[R.choice(['name', 'city', 'id']), R.choice(['ASC', 'DESC'])]]
        if R.random() < 0.2: o['offset'] = R.randint(0, 2)
    c = {'op': op, 'o': o}
    if op in ('findByPk', 'reload'): c['id'] = R.randint(1, 7)
    cases[f'b{seed}_{k}'] = c
print(json.dumps(cases))

# usage: python3 gen.py SEED COUNT > cases.json  (random find options for the consistency check:
# findAll against Cursor, findAllAsync, InstanceListModel, findAndCountAll, findOne, count)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def cond():
    return R.choice([{'n': {'gt': R.randint(0, 8)}}, {'name': {'like': R.choice(['a%', '%b%', 'c%'])}}, {'n': None},
                     {'or': [{'n': {'lt': 3}}, {'name': 'bb'}]}, {'score': {'gte': R.choice([1.5, 4])}}, {'flag': R.choice([True, False])},
                     {'$notes.body$': R.choice(['x', 'y'])}, {'id': {'in': R.sample(range(1, 13), 4)}}])
cases = {}
for k in range(n):
    c = {}
    if R.random() < 0.7: c['where'] = cond()
    if R.random() < 0.6:
        c['order'] = [[R.choice(['n', 'name', 'score', 'id', 'flag']), R.choice(['ASC', 'DESC'])] for _ in range(R.randint(1, 2))]
        c['order'].append(['id', 'ASC'])
    if R.random() < 0.4: c['limit'] = R.randint(1, 6)
    if R.random() < 0.3: c['offset'] = R.randint(0, 4)
    if R.random() < 0.4 or '$notes.body$' in json.dumps(c.get('where')):
        i = {}
        if R.random() < 0.4: i['where'] = {'body': R.choice(['x', 'y', 'z'])}
        if R.random() < 0.3: i['required'] = R.random() < 0.5
        c['include'] = i
    if R.random() < 0.3: c['attributes'] = ['id'] + R.sample(['name', 'n', 'score', 'flag'], 2)
    if R.random() < 0.2: c['paranoid'] = False
    if R.random() < 0.3: c['scope'] = R.choice(['big', 'named', 'top'])
    c['batch'] = R.randint(1, 4)
    cases[f'c{seed}_{k}'] = c
print(json.dumps(cases))

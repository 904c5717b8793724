# usage: python3 gen.py SEED COUNT > cases.json  (static and instance updates with SQL expression values)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
EXPR = [
 {'n': ['lit', 'n + 1']}, {'n': ['fn', 'ABS', ['col', 'm']]}, {'name': ['fn', 'UPPER', ['col', 'name']]},
 {'name': ['col', 'other']}, {'n': ['col', 'm']}, {'n': ['fn', 'COALESCE', ['col', 'n'], 7]},
 {'name': ['fn', 'LOWER', 'MiXeD']}, {'n': ['cast', '42', 'INTEGER']}, {'n': ['fn', 'LENGTH', ['col', 'name']]},
 {'name': ['fn', 'REPLACE', ['col', 'name'], 'a', 'o']},
]
cases = {}
for k in range(n):
    v = {}
    for _ in range(R.randint(1, 2)): v.update(R.choice(EXPR))
    if R.random() < 0.4: v[R.choice(['m', 'other'])] = R.choice([3, -4, 'zz', None]) if True else None
    if 'm' in v and isinstance(v['m'], str): v['m'] = 9
    c = {'op': R.choice(['static', 'static', 'instance']), 'v': v}
    if c['op'] == 'static': c['where'] = R.choice([{}, {'id': {'gt': 2}}, {'name': 'ann'}, {'n': None}])
    else: c['id'] = R.randint(1, 4)
    cases[f'u{seed}_{k}'] = c
print(json.dumps(cases))

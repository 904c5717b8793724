import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def vals():
    v = {}
    if R.random() < 0.9: v['code'] = R.choice(['a', 'b', 'c'])
    if R.random() < 0.6: v['n'] = R.choice([0, 2, 5, None])
    if R.random() < 0.5: v['label'] = R.choice(['x', 'y', None])
    return v
cases = {}
for k in range(n):
    steps = []
    for _ in range(R.randint(1, 4)):
        op = R.choice(['findOrCreate', 'findOrCreate', 'findOrBuild', 'upsert', 'upsert', 'findCreateFind'])
        st = {'op': op}
        if op == 'upsert':
            st['values'] = vals()
            if R.random() < 0.2: st['fields'] = R.sample(['code', 'n', 'label'], R.randint(1, 3))
        else:
            w = {}
            r = R.random()
            if r < 0.6: w['code'] = R.choice(['a', 'b', 'c'])
            elif r < 0.8: w['code'] = R.choice(['a', 'b']); w['label'] = R.choice(['x', 'y'])
            else: w['n'] = {'gt': 0}
            st['where'] = w
            if R.random() < 0.6: st['defaults'] = vals()
        steps.append(st)
    cases[f'f{seed}_{k}'] = steps
print(json.dumps(cases, indent=0))

import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
cases = {}
for k in range(n):
    rows = []
    for _ in range(R.randint(0, 4)):
        r = {}
        if R.random() < 0.95: r['code'] = R.choice(['a', 'b', 'c', 'd', 'c', None])
        if R.random() < 0.8: r['n'] = R.choice([0, 5, 7, None])
        if R.random() < 0.6: r['label'] = R.choice(['p', 'q', 'toolong', None])
        rows.append(r)
    c = {'rows': rows}
    x = R.random()
    if x < 0.3: c['ignoreDuplicates'] = True
    elif x < 0.6: c['updateOnDuplicate'] = R.sample(['n', 'label'], R.randint(1, 2))
    if R.random() < 0.3: c['validate'] = True
    if R.random() < 0.15: c['fields'] = R.sample(['code', 'n', 'label'], R.randint(1, 3))
    cases[f'b{seed}_{k}'] = c
print(json.dumps(cases, indent=0))

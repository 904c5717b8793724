import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
TYPES = ['INTEGER', 'BIGINT', 'STRING(10)', 'STRING(50)', 'TEXT', 'BOOLEAN', 'DOUBLE', 'DATEONLY', 'DECIMAL(10,2)']
VAL = {'INTEGER': [0, 7, -3, 123456], 'BIGINT': [0, 9, 1234567890123], 'STRING(10)': ['a', 'hello', '42', 'x y'], 'STRING(50)': ['a', 'a rather long text of 30 chars', '7', 'true'],
       'TEXT': ['t', 'long ' * 5, '12'], 'BOOLEAN': [True, False], 'DOUBLE': [1.5, -2.25, 0.0, 3.0], 'DATEONLY': ['2024-01-02', '1999-12-31'], 'DECIMAL(10,2)': ['1.50', '99.99', '0.00']}
def spec(t=None):
    t = t or R.choice(TYPES)
    s = {'type': t, 'allowNull': R.random() < 0.7}
    if R.random() < 0.3: s['default'] = R.choice(VAL[t])
    if R.random() < 0.15: s['unique'] = True
    return s
cases = {}
for k in range(n):
    names = ['a', 'b', 'c', 'd']
    v1 = {x: spec() for x in R.sample(names, R.randint(1, 3))}
    v2 = {x: dict(s) for x, s in v1.items()}
    for _ in range(R.randint(1, 2)):
        m = R.choice(['add', 'drop', 'type', 'null', 'default', 'unique'])
        if m == 'add':
            free = [x for x in names if x not in v2]
            if free: v2[R.choice(free)] = spec()
        elif m == 'drop' and len(v2) > 1:
            del v2[R.choice(list(v2))]
        elif m == 'type':
            x = R.choice(list(v2)); v2[x]['type'] = R.choice(TYPES); v2[x].pop('default', None)
        elif m == 'null':
            x = R.choice(list(v2)); v2[x]['allowNull'] = not v2[x]['allowNull']
        elif m == 'default':
            x = R.choice(list(v2))
            if R.random() < 0.5: v2[x].pop('default', None)
            else: v2[x]['default'] = R.choice(VAL[v2[x]['type']])
        elif m == 'unique':
            x = R.choice(list(v2)); v2[x]['unique'] = not v2[x].get('unique', False)
    rows = []
    for i in range(R.randint(0, 3)):
        r = {}
        for x, s in v1.items():
            if R.random() < 0.2 and s['allowNull']: r[x] = None
            elif R.random() < 0.8: r[x] = R.choice(VAL[s['type']])
        rows.append(r)
    cases[f'al{seed}_{k}'] = {'v1': list(v1.items()), 'v2': list(v2.items()), 'rows': rows}
print(json.dumps(cases))

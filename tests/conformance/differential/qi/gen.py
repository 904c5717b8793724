import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
TYPES = ['INTEGER', 'STRING(20)', 'TEXT', 'BOOLEAN', 'DOUBLE', 'DATEONLY']
VAL = {'INTEGER': [0, 5, 12], 'STRING(20)': ['p', 'q', '7'], 'TEXT': ['t', 'u'], 'BOOLEAN': [True, False], 'DOUBLE': [1.5, 2.0], 'DATEONLY': ['2024-01-02', '2020-05-05']}
cases = {}
for k in range(n):
    cols = {'a': 'INTEGER', 'b': 'STRING(20)', 'c': 'STRING(20)'}
    ops = []
    fresh = iter(['d', 'e', 'f', 'g', 'h'])
    for _ in range(R.randint(2, 6)):
        m = R.choice(['addColumn', 'removeColumn', 'renameColumn', 'changeColumn', 'addIndex', 'removeIndex', 'bulkInsert', 'bulkUpdate', 'bulkDelete'])
        if m == 'addColumn':
            name = next(fresh, None)
            if not name: continue
            t = R.choice(TYPES); spec = {'type': t, 'allowNull': R.random() < 0.7}
            if R.random() < 0.5 or not spec['allowNull']: spec['default'] = R.choice(VAL[t])
            ops.append({'op': m, 'col': name, 'spec': spec}); cols[name] = t
        elif m == 'removeColumn' and len(cols) > 1:
            c = R.choice(list(cols)); ops.append({'op': m, 'col': c}); del cols[c]
        elif m == 'renameColumn':
            c = R.choice(list(cols)); name = next(fresh, None)
            if not name: continue
            ops.append({'op': m, 'col': c, 'to': name}); cols[name] = cols.pop(c)
        elif m == 'changeColumn':
            c = R.choice(list(cols)); t = R.choice([cols[c], cols[c], R.choice(TYPES)])
            spec = {'type': t, 'allowNull': R.random() < 0.7}
            if R.random() < 0.4: spec['default'] = R.choice(VAL[t])
            ops.append({'op': m, 'col': c, 'spec': spec}); cols[c] = t
        elif m == 'addIndex':
            f = R.sample(list(cols), min(len(cols), R.randint(1, 2))); ops.append({'op': m, 'fields': f, 'unique': R.random() < 0.4})
        elif m == 'removeIndex':
            f = R.sample(list(cols), min(len(cols), R.randint(1, 2))); ops.append({'op': m, 'fields': f})
        elif m == 'bulkInsert':
            rows = [{c: (None if R.random() < 0.15 else R.choice(VAL[t])) for c, t in cols.items() if R.random() < 0.8} for _ in range(R.randint(1, 3))]
            ops.append({'op': m, 'rows': rows})
        elif m == 'bulkUpdate':
            c = R.choice(list(cols)); w = R.choice(list(cols))
            ops.append({'op': m, 'values': {c: R.choice(VAL[cols[c]])}, 'where': {w: R.choice(VAL[cols[w]] + [None])}})
        elif m == 'bulkDelete':
            w = R.choice(list(cols)); ops.append({'op': m, 'where': {w: R.choice(VAL[cols[w]] + [None])}})
    cases[f'q{seed}_{k}'] = ops
print(json.dumps(cases))

import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def vals():
    v = {}
    if R.random() < 0.7: v['n'] = R.choice([1, 2, 5])
    if R.random() < 0.4: v['name'] = R.choice(['a', 'b', 'z'])
    return v
def op():
    k = R.choice(['save', 'saveSilent', 'saveNoChange', 'instUpdate', 'instUpdateSilent', 'staticUpdate', 'staticUpdateSilent',
                  'increment', 'instIncrement', 'instIncrementSilent', 'bulkUpsert', 'upsert', 'changedSave', 'setUpdatedAt', 'setCreatedAt',
                  'createWithStamps', 'saveFields', 'reloadSave'])
    o = {'op': k, 'id': R.randint(1, 3), 'values': vals()}
    return o
cases = {f't{seed}_{i}': [op() for _ in range(R.randint(1, 4))] for i in range(n)}
print(json.dumps(cases))

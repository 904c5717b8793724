import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def op():
    k = R.choice(['setSave', 'setSave', 'saveUnchanged', 'update', 'increment', 'destroy', 'reload', 'staticUpdate', 'staticIncrement', 'restore', 'saveSilent', 'version'])
    return {'op': k, 'who': R.choice(['A', 'B']), 'n': R.randint(1, 9)}
print(json.dumps({f'o{seed}_{i}': [op() for _ in range(R.randint(2, 6))] for i in range(n)}))

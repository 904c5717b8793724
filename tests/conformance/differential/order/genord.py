import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
A = ['name', 'age', 'city', 'email', 'score', 'born', 'seen', 'ok', 'price']
cases = {}
for k in range(n):
    c = {}
    c['order'] = [[a, R.choice(['ASC', 'DESC', 'ASC NULLS FIRST', 'DESC NULLS LAST', 'NULLS FIRST'])] for a in R.sample(A, R.randint(1, 3))]
    if R.random() < 0.5: c['limit'] = R.randint(0, 5)
    if R.random() < 0.3: c['offset'] = R.randint(0, 4)
    if R.random() < 0.3: c['where'] = {'age': {'ne': None}} if R.random() < 0.5 else {'city': {'ne': 'Paris'}}
    cases[f'o{seed}_{k}'] = c
print(json.dumps(cases, indent=0))

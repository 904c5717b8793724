import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
A = {'name': ['one', 'two', None, ''], 'qty': [0, 1, 5, None], 'note': ['n1', 'n2', None], 'flag': [True, False, None]}
def vals():
    return {a: R.choice(A[a]) for a in R.sample(list(A), R.randint(1, 3))}
cases = {}
for k in range(n):
    steps = [{'op': 'load'} if R.random() < 0.7 else {'op': 'build', 'values': vals()}]
    for _ in range(R.randint(2, 7)):
        op = R.choice(['set', 'set', 'save', 'update', 'reload', 'increment', 'decrement', 'destroy', 'changed', 'changed', 'previous', 'isNew'])
        st = {'op': op}
        if op == 'set': a = R.choice(list(A)); st['attr'] = a; st['value'] = R.choice(A[a])
        if op in ('save', 'update') and R.random() < 0.3: st['fields'] = R.sample(list(A), R.randint(1, 2))
        if op == 'update': st['values'] = vals()
        if op in ('increment', 'decrement'): st['attr'] = 'qty'; st['by'] = R.choice([1, 2, -1])
        if op == 'previous': st['attr'] = R.choice(list(A))
        steps.append(st)
    cases[f's{seed}_{k}'] = steps
print(json.dumps(cases, indent=0))

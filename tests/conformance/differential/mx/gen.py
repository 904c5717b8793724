import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def ids(maxid):
    k = R.random()
    if k < 0.1: return []
    l = [R.choice(list(range(1, maxid + 1)) + [99]) for _ in range(R.randint(1, 3))]
    return l
def step():
    a = R.choice(['posts', 'posts', 'tags', 'tags', 'profile', 'author'])
    if a == 'author':
        return {'on': 'post', 'id': R.randint(1, 5), 'assoc': 'author', 'op': R.choice(['get', 'set']), 'targets': R.choice([1, 2, 3, None, 99])}
    if a == 'profile':
        op = R.choice(['get', 'set', 'create'])
        st = {'on': 'user', 'id': R.randint(1, 3), 'assoc': 'profile', 'op': op, 'targets': R.choice([1, 2, None, 99])}
        if op == 'create': st['values'] = {'bio': 'new'}
        return st
    op = R.choice(['get', 'set', 'add', 'remove', 'has', 'count', 'create'])
    st = {'on': 'user', 'id': R.randint(1, 3), 'assoc': a, 'op': op}
    mx = 5 if a == 'posts' else 3
    if op in ('set', 'add', 'remove', 'has'): st['targets'] = ids(mx)
    if op in ('get', 'count') and R.random() < 0.5:
        st['where'] = {'likes': {R.choice(['gt', 'lt', 'ne']): R.choice([0, 3, 5])}} if a == 'posts' else {'label': {R.choice(['ne', 'like']): R.choice(['red', 'b%'])}}
    if op == 'add' and a == 'tags' and R.random() < 0.4: st['through'] = {'weight': R.choice([7, None])}
    if op == 'create': st['values'] = {'title': 'new', 'likes': 1} if a == 'posts' else {'label': 'new'}
    return st
cases = {f'm{seed}_{k}': [step() for _ in range(R.randint(1, 4))] for k in range(n)}
print(json.dumps(cases, indent=0))

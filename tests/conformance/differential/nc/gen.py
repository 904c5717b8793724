import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def rec(k):
    v = {'name': R.choice(['u', 'v', None]) if R.random() < 0.1 else f'u{k}'}
    inc = []
    if R.random() < 0.5:
        v['profile'] = {'bio': R.choice(['b', None])}
        if R.random() < 0.8: inc.append('profile')
    if R.random() < 0.5:
        v['tasks'] = [{'title': R.choice(['t1', 't2', None if R.random() < 0.2 else 't3'])} for _ in range(R.randint(0, 3))]
        if R.random() < 0.8: inc.append('tasks')
    if R.random() < 0.5:
        v['group'] = {'name': R.choice(['g1', 'g2'])}
        if R.random() < 0.8: inc.append('group')
    if R.random() < 0.5:
        v['tags'] = [dict({'label': R.choice(['x', 'y', 'z'])}, **({'NcUserTag': {'role': R.choice(['a', 'b'])}} if R.random() < 0.6 else {})) for _ in range(R.randint(0, 2))]
        if R.random() < 0.8: inc.append('tags')
    return v, inc
cases = {}
for k in range(n):
    if R.random() < 0.6:
        v, inc = rec(k); cases[f'n{seed}_{k}'] = {'op': R.choice(['create', 'build']), 'v': v, 'inc': inc}
    else:
        recs = [rec(k * 10 + i) for i in range(R.randint(1, 3))]
        inc = sorted(set(x for _, i in recs for x in i))
        cases[f'n{seed}_{k}'] = {'op': 'bulk', 'v': [r for r, _ in recs], 'inc': inc}
print(json.dumps(cases))

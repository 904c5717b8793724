# usage: python3 gen.py SEED COUNT > cases.json  (raw: true finds with include trees: joined rows, keys, nest)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
ATTRS = {'Author': ['id', 'name', 'city'], 'Book': ['id', 'title', 'pages', 'price', 'published', 'authorId'], 'Tag': ['id', 'label']}
ASSOC = {'Author': [('books', 'Book')], 'Book': [('author', 'Author'), ('tags', 'Tag')], 'Tag': [('books', 'Book')]}
COND = {'Author': [{'city': 'Paris'}, {'name': {'ne': 'ann'}}, {'city': None}], 'Book': [{'pages': {'gt': 100}}, {'published': True}, {'title': {'like': 'b%'}}],
        'Tag': [{'label': 'red'}, {'label': {'ne': 'green'}}]}
def attrs(m):
    r = R.random()
    if r < 0.5: return None
    if r < 0.7: return {'exclude': R.sample(ATTRS[m][1:], 1)}
    if r < 0.8: return []
    return R.sample(ATTRS[m], R.randint(1, 2))
def inc(m, depth):
    out = []
    for name, t in R.sample(ASSOC[m], R.randint(1, len(ASSOC[m]))):
        i = {'as': name, 'model': t}
        a = attrs(t)
        if a is not None: i['attributes'] = a
        if R.random() < 0.3: i['where'] = R.choice(COND[t])
        if R.random() < 0.3: i['required'] = R.random() < 0.5
        if depth == 0 and R.random() < 0.3: i['include'] = inc(t, 1)
        out.append(i)
    return out
cases = {}
for k in range(n):
    m = R.choice(['Author', 'Book', 'Tag'])
    c = {'model': m, 'include': inc(m, 0)}
    a = attrs(m)
    if a: c['attributes'] = a
    if R.random() < 0.3: c['where'] = R.choice(COND[m])
    if R.random() < 0.3: c['nest'] = True
    cases[f'r{seed}_{k}'] = c
print(json.dumps(cases))

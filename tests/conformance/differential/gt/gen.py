# usage: python3 gen.py SEED COUNT > cases.json  (association getters, counts and has with options:
# where, order, limit/offset, attributes, scopes, includes, junction where and attributes)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def order(attrs):
    return [[R.choice(attrs), R.choice(['ASC', 'DESC'])], ['id', R.choice(['ASC', 'DESC'])]]
cases = {}
for k in range(n):
    op = R.choice(['getBooks', 'getBooks', 'getTags', 'getTags', 'countBooks', 'countTags', 'hasBooks', 'hasTags', 'getAuthor', 'getProfile'])
    c = {'op': op, 'on': R.randint(1, 4)}
    o = {}
    if op in ('getBooks', 'countBooks', 'hasBooks'):
        if R.random() < 0.5: o['where'] = R.choice([{'pages': {'gt': R.choice([50, 100, 200])}}, {'title': {'like': R.choice(['b%', '%1%'])}}, {'published': R.choice([True, False])}, {'pages': None}])
        if op == 'getBooks':
            if R.random() < 0.6: o['order'] = order(['pages', 'title', 'published'])
            if R.random() < 0.3: o['limit'] = R.randint(1, 3)
            if R.random() < 0.2: o['offset'] = R.randint(0, 2)
            if R.random() < 0.3: o['attributes'] = ['id', R.choice(['title', 'pages'])]
            if R.random() < 0.2: o['include'] = 'tags'
        if R.random() < 0.3: o['scope'] = R.choice(['pub', False])
        if op == 'hasBooks': c['ids'] = R.sample(range(1, 9), R.randint(0, 2))
    elif op in ('getTags', 'countTags', 'hasTags'):
        if R.random() < 0.4: o['where'] = R.choice([{'label': {'ne': 'red'}}, {'label': {'like': 'b%'}}, {'id': {'gt': 1}}])
        if R.random() < 0.4: o['through'] = {'weight': {R.choice(['gt', 'lt', 'ne']): R.choice([1, 2, 3])}}
        if op == 'getTags':
            if R.random() < 0.5: o['order'] = order(['label'])
            if R.random() < 0.3: o['limit'] = R.randint(1, 2)
            if R.random() < 0.3: o['joinTableAttributes'] = R.choice([[], ['weight']])
            if R.random() < 0.3: o['attributes'] = ['id', 'label']
        if R.random() < 0.3: o['scope'] = False
        if op == 'hasTags': c['ids'] = R.sample(range(1, 6), R.randint(0, 2))
        c['on'] = R.randint(1, 6)
    elif op == 'getAuthor':
        c['on'] = R.randint(1, 7)
        if R.random() < 0.4: o['attributes'] = ['id', 'name']
        if R.random() < 0.3: o['where'] = {'city': R.choice(['Paris', 'Rome'])}
    else:
        if R.random() < 0.4: o['where'] = {'bio': {'ne': R.choice(['x', 'y'])}}
        if R.random() < 0.3: o['attributes'] = ['id', 'bio']
    c['o'] = o
    cases[f't{seed}_{k}'] = c
print(json.dumps(cases))

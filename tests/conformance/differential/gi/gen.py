# usage: python3 gen.py SEED COUNT > cases.json  (aggregates over included associations: grouped findAll
# with include attributes [], count/countGrouped/findAndCountAll with includes, distinct and col)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
AGG = ['COUNT', 'SUM', 'MAX', 'MIN', 'AVG', 'COUNT_DISTINCT']
def bookCond():
    return R.choice([{'pages': {'gt': R.choice([50, 100, 300])}}, {'published': R.choice([True, False])},
                     {'price': {'lte': R.choice(['5.00', '12.50', 30])}}, {'title': {'like': R.choice(['b%', '%1', '%x%'])}},
                     {'pages': None}, {'or': [{'pages': {'lt': 100}}, {'published': True}]}])
def authorCond():
    return R.choice([{'city': R.choice(['Paris', 'Rome', None])}, {'name': {'ne': 'ann'}}, {'id': {'in': [1, 2, 3]}}, {'city': {'ne': None}}])
def tagCond():
    return R.choice([{'label': R.choice(['red', 'blue'])}, {'label': {'ne': 'green'}}])
cases = {}
for k in range(n):
    kind = R.choice(['agg', 'agg', 'agg', 'aggBelongs', 'count', 'countGrouped', 'findAndCountAll', 'aggTags', 'fn', 'fn'])
    c = {'kind': kind}
    if kind in ('agg', 'aggTags'):
        c['model'] = 'Author' if kind == 'agg' else 'Book'
        assoc = 'books' if kind == 'agg' else 'tags'
        cols = ['pages', 'price', 'id'] if kind == 'agg' else ['id', 'label']
        g = R.choice([['id'], ['id', 'name'], ['city']] if kind == 'agg' else [['id'], ['published'], ['authorId']])
        c['plain'] = list(g)
        c['group'] = [f"{c['model']}.{x}" for x in g] if R.random() < 0.7 else list(g)
        aggs = []
        for i in range(R.randint(1, 2)):
            a = R.choice(AGG if kind == 'agg' else ['COUNT', 'COUNT_DISTINCT', 'MAX', 'MIN'])
            col = R.choice(cols)
            if a in ('SUM', 'AVG') and col == 'id': a = 'COUNT'
            aggs.append([a, f'{assoc}.{col}', f'v{i}'])
        c['aggs'] = aggs
        inc = {'as': assoc}
        if R.random() < 0.4: inc['where'] = bookCond() if kind == 'agg' else tagCond()
        if R.random() < 0.4: inc['required'] = R.random() < 0.5
        c['include'] = inc
        if R.random() < 0.3: c['where'] = authorCond() if kind == 'agg' else {'pages': {'gt': 60}}
        if R.random() < 0.3:
            a, col, al = R.choice(aggs)
            c['having'] = {'agg': a, 'col': col, 'op': R.choice(['gt', 'gte', 'lt', 'eq']), 'val': R.choice([0, 1, 2, 100, 10.5])}
        if R.random() < 0.4: c['order'] = [[g[0], R.choice(['ASC', 'DESC'])]]
    elif kind == 'aggBelongs':
        c['model'] = 'Book'
        c['gcol'] = R.choice(['author.city', 'author.name'])
        c['aggs'] = [[R.choice(['COUNT', 'SUM', 'MAX', 'AVG']), R.choice(['Book.pages', 'Book.price']), 'v0']]
        inc = {'as': 'author'}
        if R.random() < 0.4: inc['where'] = authorCond()
        if R.random() < 0.3: inc['required'] = R.random() < 0.5
        c['include'] = inc
        if R.random() < 0.4: c['where'] = bookCond()
        if R.random() < 0.3: c['limit'] = R.randint(1, 3); c['order'] = [['gcol', 'ASC']]
    elif kind == 'fn':
        c['model'] = R.choice(['Author', 'Book', 'Book'])
        c['fn'] = R.choice(['max', 'min', 'sum'])
        c['col'] = R.choice(['id']) if c['model'] == 'Author' else R.choice(['pages', 'price', 'id'])
        assoc = 'books' if c['model'] == 'Author' else R.choice(['author', 'tags'])
        if R.random() < 0.8:
            inc = {'as': assoc}
            cond = {'books': bookCond, 'author': authorCond, 'tags': tagCond}[assoc]
            if R.random() < 0.6: inc['where'] = cond()
            if R.random() < 0.4: inc['required'] = R.random() < 0.5
            c['include'] = inc
        if R.random() < 0.3: c['where'] = authorCond() if c['model'] == 'Author' else {'pages': {'gt': 60}}
    else:
        c['model'] = R.choice(['Author', 'Author', 'Book'])
        assoc = R.choice(['books']) if c['model'] == 'Author' else R.choice(['author', 'tags'])
        inc = {'as': assoc}
        cond = {'books': bookCond, 'author': authorCond, 'tags': tagCond}[assoc]
        if R.random() < 0.5: inc['where'] = cond()
        if R.random() < 0.4: inc['required'] = R.random() < 0.5
        c['include'] = inc
        if R.random() < 0.3: c['where'] = authorCond() if c['model'] == 'Author' else {'pages': {'gt': 60}}
        if R.random() < 0.5: c['distinct'] = True
        if R.random() < 0.2: c['col'] = R.choice(['id', 'city'] if c['model'] == 'Author' else ['id', 'authorId'])
        if kind == 'countGrouped': c['group'] = R.choice([['Author.city'], ['city']] if c['model'] == 'Author' else [['Book.authorId'], ['published']])
        if kind == 'findAndCountAll':
            if R.random() < 0.5: c['limit'] = R.randint(1, 3)
            if R.random() < 0.3: c['offset'] = R.randint(0, 2)
    cases[f'g{seed}_{k}'] = c
print(json.dumps(cases))

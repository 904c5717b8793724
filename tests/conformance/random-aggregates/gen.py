import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
GROUPABLE = ['region', 'product', 'ok', 'd']
NUM = ['qty', 'price', 'f']
AGG = ['COUNT', 'SUM', 'MAX', 'MIN', 'AVG', 'COUNT_DISTINCT']
def where():
    r = R.random()
    if r < 0.4: return {}
    c = R.choice([{'qty': {'gt': R.choice([0, 2, 5])}}, {'region': R.choice(['n', 's', 'e'])}, {'ok': R.choice([True, False])},
                  {'price': {'lte': R.choice(['5.00', '10.50', 20])}}, {'product': {'in': ['a', 'b']}}, {'f': {'ne': None}}])
    return c
cases = {}
for k in range(n):
    g = R.sample(GROUPABLE, R.randint(0, 2))
    aggs = []
    for i in range(R.randint(1, 3)):
        a = R.choice(AGG)
        c = R.choice(NUM + (['region', 'id'] if a in ('COUNT', 'COUNT_DISTINCT', 'MAX', 'MIN') else []))
        aggs.append([a, c, f'v{i}'])
    c = {'group': g, 'plain': list(g), 'aggs': aggs, 'where': where()}
    if g and R.random() < 0.5:
        a, col, al = R.choice(aggs)
        c['having'] = {'kind': R.choice(['alias', 'fn']), 'agg': a, 'col': col, 'alias': al,
                       'op': R.choice(['gt', 'gte', 'lt', 'lte', 'eq', 'ne']), 'val': R.choice([0, 1, 2, 3, 5, 10, 2.5])}
    if g and R.random() < 0.6:
        c['order'] = [[x, R.choice(['ASC', 'DESC'])] for x in R.sample(g, len(g))]
        if R.random() < 0.3: c['limit'] = R.randint(1, 3)
    cases[f'a{seed}_{k}'] = c
print(json.dumps(cases))

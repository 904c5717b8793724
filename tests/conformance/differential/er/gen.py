import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def pick(xs): return R.choice(xs)
def pvals(k=None):
    v = {}
    if R.random() < 0.8: v['code'] = pick(['a', 'b', 'c', 'd', None, 'toolongcode'])
    if R.random() < 0.8: v['name'] = pick(['x', 'y', None, 'elevenchars', ''])
    if R.random() < 0.6: v['n'] = pick([1, 5, None, 2147483648, -2147483649, 0])
    if R.random() < 0.15: v['id'] = pick([1, 2, 3, 7])
    return v
def cvals():
    v = {}
    if R.random() < 0.8: v['pid'] = pick([1, 2, 3, 99, None])
    if R.random() < 0.7: v['a'] = pick([1, 2, 3, None])
    if R.random() < 0.7: v['b'] = pick([1, 2, None])
    if R.random() < 0.5: v['label'] = pick(['l', 'toolong7', None])
    return v
def pwhere():
    r = R.random()
    if r < 0.5: return {'id': pick([1, 2, 3, 4])}
    if r < 0.8: return {'code': pick(['a', 'b', 'c', None])}
    return {'n': {'gte': pick([0, 1, 2])}}
def step():
    op = pick(['P.create', 'P.create', 'P.bulkCreate', 'P.update', 'P.save', 'P.destroy', 'P.instDestroy',
               'P.upsert', 'P.increment', 'P.setId', 'C.create', 'C.bulkCreate', 'C.update', 'C.save', 'P.findOrCreate',
               'P.createKid', 'P.truncate', 'P.createWithKids'])
    st = {'op': op}
    if op in ('P.create', 'P.upsert'): st['values'] = pvals()
    if op == 'P.create' and R.random() < 0.25: st['validate'] = False
    if op == 'P.bulkCreate':
        st['records'] = [pvals() for _ in range(R.randint(1, 3))]
        if R.random() < 0.3: st['ignoreDuplicates'] = True
        if R.random() < 0.2: st['validate'] = True
    if op == 'C.bulkCreate':
        st['records'] = [cvals() for _ in range(R.randint(1, 3))]
        if R.random() < 0.3: st['ignoreDuplicates'] = True
    if op in ('P.update',): st['values'] = {k: v for k, v in pvals().items() if k != 'id'} or {'name': 'z'}; st['where'] = pwhere()
    if op == 'P.save': st['id'] = pick([1, 2, 3]); st['values'] = {k: v for k, v in pvals().items() if k != 'id'} or {'n': 9}
    if op in ('P.destroy',): st['where'] = pwhere()
    if op == 'P.instDestroy': st['id'] = pick([1, 2, 3])
    if op == 'P.increment': st['by'] = pick([1, 2147483647, -5, 2147483000]); st['where'] = pwhere()
    if op == 'P.setId': st['id'] = pick([1, 2, 3]); st['to'] = pick([2, 10, 11])
    if op == 'C.create': st['values'] = cvals()
    if op == 'C.update': st['values'] = cvals() or {'a': 3}; st['where'] = {'id': pick([1, 2, 3, 4])}
    if op == 'C.save': st['id'] = pick([1, 2, 3, 4]); st['values'] = cvals() or {'b': 2}
    if op == 'P.findOrCreate':
        st['where'] = {'code': pick(['a', 'b', 'e', 'f'])}
        if R.random() < 0.7: st['defaults'] = {k: v for k, v in pvals().items() if k not in ('id',)}
    if op == 'P.createKid': st['id'] = pick([1, 2, 3]); st['values'] = {k: v for k, v in cvals().items() if k != 'pid'}
    if op == 'P.truncate' and R.random() < 0.5: st['cascade'] = True
    if op == 'P.createWithKids':
        st['values'] = {k: v for k, v in pvals().items() if k != 'id'}
        st['kids'] = [{k: v for k, v in cvals().items() if k != 'pid'} for _ in range(R.randint(1, 2))]
    return st
cases = {}
for k in range(n):
    c = {'steps': [step() for _ in range(R.randint(1, 3))]}
    if R.random() < 0.25: c['tx'] = True
    cases[f'e{seed}_{k}'] = c
print(json.dumps(cases, indent=0))

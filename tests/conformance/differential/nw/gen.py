import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
def nested():
    return R.choice([{'$books.title$': R.choice(['a', 'b', 'c'])}, {'$books.year$': {'gt': R.choice([2000, 2010, 2016])}},
                     {'$books.publisher.name$': R.choice(['p1', 'p2'])}, {'$books.id$': None}, {'$books.publisherId$': {'ne': None}}])
def top():
    r = R.random()
    if r < 0.5: return nested()
    if r < 0.8: return {'or': [{'name': R.choice(['ann', 'bob', 'cy', 'dee'])}, nested()]}
    return {'and': [nested(), {'age': {'gt': R.choice([20, 30, 40])}}]}
cases = {}
for k in range(n):
    c = {'where': top(), 'required': R.choice([None, True, False]), 'pub': R.random() < 0.6, 'pubRequired': R.choice([None, True, False])}
    if R.random() < 0.3: c['bookWhere'] = {'year': {'lt': R.choice([2012, 2030])}}
    if R.random() < 0.25: c['limit'] = R.randint(1, 3)
    cases[f'w{seed}_{k}'] = c
print(json.dumps(cases))

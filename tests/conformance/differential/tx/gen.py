import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
cnt = [0]
def prog(depth):
    out = []
    for _ in range(R.randint(1, 4)):
        r = R.random()
        if r < 0.35: cnt[0] += 1; out.append({'op': 'create', 'name': f'r{cnt[0]}'})
        elif r < 0.5: out.append({'op': 'update', 'n': R.randint(1, 9)})
        elif r < 0.6: out.append({'op': 'destroy', 'name': R.choice(['a', 'b', 'r1', 'r2'])})
        elif r < 0.85 and depth < 2: out.append({'op': 'nested', 'catch': R.random() < 0.6, 'body': prog(depth + 1)})
        elif r < 0.95: out.append({'op': 'throw'})
        else: out.append({'op': 'count'})
    return out
cases = {}
for k in range(n):
    cnt[0] = 0
    cases[f't{seed}_{k}'] = prog(0)
print(json.dumps(cases))

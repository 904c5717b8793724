# usage: python3 gen.py SEED COUNT > cases.json  (ARRAY values on PostgreSQL and BLOB values everywhere, written, read back and matched by where)
import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
V = {
 'ia': [[1, 2, 3], [], [None], [1, None], [[1, 2], [3, 4]], [2147483648], ["7"], ["x"], [1.5], "notarray", 5, [True], [-1, 0, 1], [3, 2, 1], [1, 1]],
 'sa': [["a", "b"], ["a,b", "c\"d"], ["{}", "NULL", "null"], ["", " x "], ["a\\b", "it's"], [None, "a"], [], ["abcdefghijk"], [1, 2], ["\u00e9", "\U0001F600"], "str", [["a"], ["b"]], [True]],
 'ta': [["x" * 300], ["a", "a"], ["{", "}"], ["NULL"], [], [None]],
 'ba': [[True, False], [None, True], [], ["t"], [1, 0], ["yes"]],
 'dba': [[1.5, -2.25], [1e308], ["NaN"], ["Infinity"], [0.1, 0.2], [], ["1.5"], ["abc"]],
 'dta': [["2024-01-01"], ["2024-01-01T10:00:00Z", "2024-02-30"], [], ["garbage"], [None]],
 'bl': [{'hex': '00ff10'}, {'hex': ''}, {'hex': '27225c00'}, "text", "", {'hex': 'e29c93'}, 5],
}
PICK = {'ia': [1, 2, 3, 4, None], 'sa': ["a", "b", "a,b", "NULL", "", "it's"], 'ta': ["a", "NULL", "{"], 'ba': [True, False], 'dba': [1.5, 0.1], 'dta': ["2024-01-01"]}
def cond(a, v):
    if a == 'bl':
        return R.choice([{'eq': v}, {'ne': v}, {'eq': R.choice(V['bl'])}, {'in': [v, R.choice(V['bl'])]}])
    op = R.choice(['eq', 'ne', 'contains', 'contained', 'overlap', 'contains', 'overlap', 'eq', 'is'])
    if op == 'is': return {'is': None} if R.random() < 0.5 else {'not': None}
    if op in ('eq', 'ne') and R.random() < 0.5: return {op: v}
    if R.random() < 0.1: return {op: R.choice(PICK[a])}
    return {op: [R.choice(PICK[a]) for _ in range(R.randint(0, 3))]}
cases = {}
for k in range(n):
    a = R.choice(list(V))
    v = R.choice(V[a])
    cases[f'a{seed}_{k}'] = {'a': a, 'v': v, 'w': [cond(a, v) for _ in range(R.randint(1, 4))]}
print(json.dumps(cases))

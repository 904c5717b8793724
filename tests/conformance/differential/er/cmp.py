import json, sys
d = sys.argv[1]
a = json.load(open(f'seq_{d}.json')); b = json.load(open(f'our_{d}.json'))
cases = json.load(open('cases.json'))
n = 0
for k in a:
    if a[k] != b.get(k):
        n += 1
        if n <= int(sys.argv[2]) if len(sys.argv) > 2 else 40:
            print('==', k, json.dumps(cases[k]))
            for f in ('res', 'ps', 'cs'):
                if a[k][f] != b[k][f]:
                    print('  seq', f, json.dumps(a[k][f])); print('  our', f, json.dumps(b[k][f]))
print(d, 'differ', n, 'of', len(a))

# Builds random-aggregates.json from gen.py's cases and ag.js's output per database:
#   python3 gen.py 1 300 > cases.json
#   for d in sqlite postgres mariadb; do node ag.js $d cases.json > seq_$d.json; done
#   python3 expected.py > random-aggregates.json
import json
C = json.load(open('cases.json'))
S = {d: json.load(open(f'seq_{d}.json')) for d in ['sqlite', 'postgres', 'mariadb']}
ROWS = [["n", "a", 1, "1.50", True, "2024-01-01", 0.5], ["n", "b", 2, "2.00", False, "2024-01-01", None],
        ["s", "a", 3, "10.50", True, "2024-01-02", 1.25], ["s", "a", None, "4.00", None, None, 2],
        ["e", "c", 5, None, False, "2024-01-03", -1], ["n", "a", 7, "20.00", True, "2024-01-02", 3.5],
        [None, "b", 2, "2.00", True, "2024-01-01", 0], ["e", None, 0, "0.00", False, "2024-01-03", None],
        ["s", "c", 10, "99.99", True, "2024-01-04", 10], ["n", "b", 4, "5.00", None, "2024-01-04", 4]]
def nv(v):
    if isinstance(v, bool): return float(v)
    if isinstance(v, (int, float)): return round(float(v), 6)
    if isinstance(v, str):
        try: return round(float(v), 6)
        except ValueError: return v
    return v
def nrows(rs): return [{k: nv(v) for k, v in r.items()} for r in rs]
out = {}
for k, c in C.items():
    ordered = bool(c.get('order')) and len(c['order']) == len(c['group'])
    if c.get('limit') and not ordered:
        continue
    e = {}
    for d in S:
        r = S[d][k]
        h = c.get('having', {})
        if isinstance(r, str) and d == 'postgres' and h.get('kind') == 'alias' and not isinstance(S['mariadb'][k], str):
            # Sequelize writes the alias into HAVING, which PostgreSQL cannot read; QtSequelize
            # writes what it names: MariaDB's rows stand in.
            e[d] = nrows(S['mariadb'][k])
            e['postgresNote'] = 'Sequelize fails: PostgreSQL reads no output alias in HAVING'
            if h.get('agg') in ('MAX', 'MIN') and h.get('col') == 'region':
                e[d] = 'error'
                e['postgresNote'] += '; the aggregate is text, compared with a number: PostgreSQL\'s error'
            elif c.get('limit'):
                e[d] = None
                e['postgresNote'] += '; with a limit, MariaDB\'s NULL order picks other rows: run, not compared'
        else:
            e[d] = 'error' if isinstance(r, str) else nrows(r)
    c = dict(c); c['ordered'] = ordered; c['expected'] = e
    out[k] = c
print(json.dumps({'about': 'gen.py 1 300; ag.js ran each case through Sequelize 6.37.8 on each database over the rows below (findAll raw with attributes, aggregates, group, having, order, limit). Values normalized: numbers and numeric text as numbers rounded to 6 places, booleans as 1/0. Cases with a limit but no full order are left out.',
                  'rows': ROWS, 'cases': out}, separators=(',', ':')))

import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
VALS = [0, 7, -3, 2.5, 'x', "it's", 'a?b', ':n', '$1', '--', '/*', "\\", '\\\'', None, True, False, '', 'é😀']
def piece(dialect, ph, named):
    r = R.random()
    if r < 0.35:
        if named:
            name = R.choice(['a', 'b', 'c', 'a_1', 'B'])
            return (':' + name, ('named', name))
        return ('?', ('pos',))
    choices = ["'?'", "':a'", "'$1'", "'it''s ?'", "'a'':b'", "'--?'", "'/*?*/'", "'\\?'"]
    if dialect == 'postgres': choices += ["$$?$$", "$t$:a$t$", "E'x\\'?'", "'1'::text", "CAST(':a' AS text)", "1::int"]
    if dialect == 'mariadb': choices += ["'a\\'?'", '"?"', '"x\\":a"']
    if dialect == 'sqlite': choices += ['"?"'] * 0
    return (R.choice(choices), None)
def case(dialect):
    named = R.random() < 0.5
    cols, reps_needed = [], []
    for i in range(R.randint(1, 4)):
        expr, need = piece(dialect, None, named)
        if need: reps_needed.append(need)
        sep = ''
        if R.random() < 0.15: sep = ' /* ? :a */ '
        if R.random() < 0.1: sep = ' -- ? :a\n '
        cols.append(f'{sep}{expr} AS c{i}')
    sql = 'SELECT ' + ', '.join(cols)
    if named:
        names = set(x[1] for x in reps_needed)
        reps = {nm: R.choice(VALS) for nm in names}
        if R.random() < 0.2: reps['extra'] = 1
        if R.random() < 0.1 and names: reps.pop(sorted(names)[0])
    else:
        reps = [R.choice(VALS) for _ in reps_needed]
        if R.random() < 0.1: reps.append(5)
        if R.random() < 0.1 and reps: reps.pop()
    return {'sql': sql, 'replacements': reps}
dialect = sys.argv[3]
cases = {f'q{seed}_{k}': case(dialect) for k in range(n)}
print(json.dumps(cases, indent=0))

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
    if R.random() < 0.5: return bcase(dialect)
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
def bcase(dialect):
    named = R.random() < 0.5
    cols, used = [], []
    for i in range(R.randint(1, 4)):
        if R.random() < 0.4:
            if named:
                nm = R.choice(['a', 'b', 'x1']); used.append(nm); e = '$' + nm
            else:
                k = R.randint(1, 3); used.append(k); e = '$' + str(k)
            if R.random() < 0.5: e = f'CAST({e} AS {"TEXT" if dialect != "mariadb" else "CHAR"})'
        else:
            choices = ["'$1'", "'$a'", "'?'", "':a'"]
            if dialect == 'postgres': choices += ["$$ $1 $$", "$t$ $a $t$"]
            e = R.choice(choices)
        sep = ''
        if R.random() < 0.15: sep = ' /* $1 :a ? */ '
        cols.append(f'{sep}{e} AS c{i}')
    sql = 'SELECT ' + ', '.join(cols)
    vals = ['x', "it's", '$1', ':a', '?', '']
    if named:
        bind = {nm: R.choice(vals) for nm in set(used)}
    else:
        mx = max(used) if used else 0
        bind = [R.choice(vals) for _ in range(mx)]
    return {'sql': sql, 'bind': bind}
dialect = sys.argv[3]
cases = {f'q{seed}_{k}': case(dialect) for k in range(n)}
print(json.dumps(cases, indent=0))

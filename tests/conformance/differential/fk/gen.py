import json, random, sys, itertools
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
cases = {}
for k in range(n):
    c = {'assoc': R.choice(['hasMany', 'belongsTo', 'hasOne', 'belongsToMany']),
         'onDelete': R.choice([None, 'CASCADE', 'SET NULL', 'RESTRICT', 'NO ACTION']),
         'onUpdate': R.choice([None, 'CASCADE', 'SET NULL', 'RESTRICT', 'NO ACTION']),
         'allowNull': R.choice([None, True, False]),
         'ops': [R.choice(['destroyParent', 'destroyParentStatic', 'updateParentPk', 'destroyChild', 'destroyAllParents']) for _ in range(R.randint(1, 2))]}
    cases[f'fk{seed}_{k}'] = c
print(json.dumps(cases))

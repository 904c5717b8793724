import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
OPS = ['create', 'createInvalid', 'createNull', 'build_save', 'saveChanged', 'saveUnchanged', 'saveInvalid', 'instUpdate', 'instUpdateSame',
       'instDestroy', 'instForce', 'instRestore', 'staticUpdate', 'staticUpdateIndiv', 'staticDestroy', 'staticDestroyIndiv',
       'staticRestore', 'staticRestoreIndiv', 'bulkCreate', 'bulkCreateIndiv', 'bulkCreateValidate', 'upsertNew', 'upsertOld',
       'findAll', 'findOne', 'findByPk', 'count', 'staticIncrement', 'instIncrement', 'findOrCreateOld', 'findOrCreateNew',
       'findAndCountAll', 'reload', 'hooksOff', 'max', 'staticUpdateNone', 'staticDestroyNone', 'staticUpdateEmpty', 'staticUpdateEmptyIndiv', 'staticUpdateSameIndiv', 'staticUpdateSameIndivSilent', 'staticUpdateSame']
cases = {f'h{seed}_{i}': [R.choice(OPS) for _ in range(R.randint(1, 3))] for i in range(n)}
print(json.dumps(cases))

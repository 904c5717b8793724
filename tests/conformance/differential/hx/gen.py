import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
OPS = ['create', 'createInvalid', 'build_save', 'saveChanged', 'saveUnchanged', 'instUpdate',
       'instDestroy', 'instForce', 'instRestore', 'staticUpdate', 'staticUpdateIndiv', 'staticDestroy', 'staticDestroyIndiv',
       'staticRestore', 'staticRestoreIndiv', 'bulkCreate', 'bulkCreateIndiv', 'bulkCreateValidate', 'upsertNew', 'upsertOld',
       'findAll', 'findOne', 'findByPk', 'count', 'staticIncrement', 'instIncrement', 'findOrCreateOld', 'findOrCreateNew',
       'findAndCountAll', 'reload', 'max']
HOOKS = ['beforeValidate', 'afterValidate', 'validationFailed', 'beforeCreate', 'afterCreate', 'beforeSave', 'afterSave', 'beforeUpdate', 'afterUpdate',
  'beforeDestroy', 'afterDestroy', 'beforeRestore', 'afterRestore', 'beforeUpsert', 'afterUpsert', 'beforeBulkCreate', 'afterBulkCreate',
  'beforeBulkUpdate', 'afterBulkUpdate', 'beforeBulkDestroy', 'afterBulkDestroy', 'beforeBulkRestore', 'afterBulkRestore',
  'beforeFind', 'beforeFindAfterExpandIncludeAll', 'beforeFindAfterOptions', 'afterFind', 'beforeCount']
cases = {f'x{seed}_{i}': {'seq': [R.choice(OPS) for _ in range(R.randint(1, 2))], 'throwAt': R.choice(HOOKS)} for i in range(n)}
print(json.dumps(cases))

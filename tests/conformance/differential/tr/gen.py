# usage: python3 gen.py > cases.json  (every combination: truncate and destroy options on plain and paranoid models)
import json, itertools
cases = {}
ops = [
 {'op': 'destroy', 'truncate': True}, {'op': 'destroy', 'truncate': True, 'force': True},
 {'op': 'truncate'}, {'op': 'truncate', 'force': True}, {'op': 'truncate', 'restartIdentity': True},
 {'op': 'truncate', 'restartIdentity': True, 'force': True}, {'op': 'destroy', 'truncate': True, 'restartIdentity': True},
 {'op': 'destroy', 'truncate': True, 'where': {'n': 1}}, {'op': 'destroy', 'where': {'n': 1}},
 {'op': 'destroy', 'where': {'n': 1}, 'force': True}, {'op': 'truncate', 'cascade': True}, {'op': 'truncate', 'cascade': True, 'force': True},
 {'op': 'destroy', 'truncate': True, 'individualHooks': True}, {'op': 'truncate', 'withChild': True},
 {'op': 'truncate', 'withChild': True, 'cascade': True, 'force': True},
]
k = 0
for paranoid in (False, True):
    for o in ops:
        cases[f'tr{k}'] = dict(o, paranoid=paranoid); k += 1
print(json.dumps(cases))

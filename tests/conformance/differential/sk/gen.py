import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
TEAMS = ['t1', 't2', 't3']
def op():
    k = R.choice(['incPlayers', 'incTeam', 'incCaptain', 'incSponsors', 'getPlayers', 'getTeam', 'getCaptain', 'getSponsors', 'setTeam', 'addPlayer', 'removePlayer',
                  'setPlayers', 'createPlayer', 'setCaptain', 'createCaptain', 'addSponsor', 'removeSponsor', 'setSponsors', 'hasSponsor', 'countPlayers', 'countSponsors', 'hasPlayer',
                  'destroyTeam', 'updateTeamCode'])
    o = {'op': k, 'team': R.randint(1, 3), 'other': R.randint(1, 4), 'required': R.choice([True, False]), 'where': R.choice([None, 'a', 'b'])}
    if k in ('setPlayers', 'setSponsors'): o['list'] = R.sample([1, 2, 3, 4], R.randint(0, 3))
    return o
print(json.dumps({f's{seed}_{i}': [op() for _ in range(R.randint(1, 4))] for i in range(n)}))

import json, random, sys
seed, n = int(sys.argv[1]), int(sys.argv[2])
R = random.Random(seed)
SEEDS = {
 'isEmail': ['a@b.co', 'john.doe@example.com', 'x+y@sub.domain.org', '"quoted"@example.com', 'a@localhost', 'user@[192.168.0.1]', 'ünï@exämple.de', 'a.b-c_d@e-f.gh'],
 'isUrl': ['http://example.com', 'https://a.b.c/path?q=1#f', 'ftp://x.org', 'example.com', 'http://localhost:8080', 'http://[::1]/', 'http://user:pw@host.com', 'http://1.2.3.4/x', 'mailto:a@b.c', 'http://ex_ample.com'],
 'isIP': ['1.2.3.4', '255.255.255.255', '::1', 'fe80::1%eth0', '2001:db8::ff00:42:8329', '::ffff:1.2.3.4', '01.2.3.4', '1.2.3'],
 'isIPv4': ['1.2.3.4', '0.0.0.0', '256.1.1.1', '1.2.3.04'],
 'isIPv6': ['::', '1::', '::1.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9'],
 'isAlpha': ['abc', 'ABCdef', 'é', 'a1', ''],
 'isAlphanumeric': ['abc123', 'A1', 'a_1', 'é1'],
 'isNumeric': ['123', '-1', '+1', '1.5', '٣', '1e5', ' 1', '0'],
 'isInt': ['0', '-0', '+1', '01', '1.0', '123456789012345678901', '-12'],
 'isFloat': ['1.5', '.5', '5.', '-1e-3', '1E5', 'Infinity', 'NaN', '1,5', '+.1'],
 'isDecimal': ['1.5', '.5', '5.', '-1', '1e5', '0.0', '+1.25'],
 'isLowercase': ['abc', 'aBc', 'abc1', 'é', 'ß'],
 'isUppercase': ['ABC', 'AbC', 'ABC1', 'É'],
 'isDate': ['2024-01-01', '2024-13-01', '01/02/2024', 'Jan 1 2024', '2024-02-30', 'yesterday', '2024-01-01T10:00:00Z', '20240101'],
 'isCreditCard': ['4111111111111111', '4111 1111 1111 1111', '4111-1111-1111-1111', '1234567812345678', '378282246310005'],
 'isUUID': ['123e4567-e89b-12d3-a456-426614174000', '123e4567-e89b-42d3-a456-426614174000', '123E4567-E89B-42D3-A456-426614174000', '00000000-0000-0000-0000-000000000000', '{123e4567-e89b-42d3-a456-426614174000}'],
}
ALPH = 'abcXYZ019.-_@:/[]%+ éß٣,e E#?=&\'"\\\t'
def mutate(s):
    s = list(s)
    for _ in range(R.randint(0, 3)):
        op = R.random()
        if op < 0.35 and s: s.pop(R.randrange(len(s)))
        elif op < 0.7: s.insert(R.randint(0, len(s)), R.choice(ALPH))
        elif s: s[R.randrange(len(s))] = R.choice(ALPH)
    return ''.join(s)
cases = []
for v, seeds in SEEDS.items():
    inputs = sorted(set(mutate(R.choice(seeds)) for _ in range(n)))
    arg = 4 if v == 'isUUID' else None
    cases.append([v, arg, inputs])
print(json.dumps(cases))

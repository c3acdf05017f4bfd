# Makes fresh mutants of the corpus's EC2/On-Premises AppSpecs, as editors, encodings and copy-paste change
# real files: lines deleted, duplicated or re-indented, values retyped, tags, anchors, merge keys, directives and
# document markers inserted, bytes flipped, whole files re-encoded as UTF-16.
# Usage: python3 mutate.py CORPUS_APPSPEC_DIR OUT_DIR SEED COUNT
import random, os, sys, glob
corpus, out, seed, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
random.seed(seed)
files = sorted(glob.glob(os.path.join(corpus, '*_ec2_*')))
srcs = [open(f, 'rb').read() for f in files]
VALUES = ['300', '0', '-5', '1:30', '1:30:00', '0x1F', '0o17', '017', '1_000', '1e3', '3.5', '.inf', '-.inf', '.nan', '~', 'null', 'true', 'yes', 'off', ':root', ':"a b"', '"quoted"', "'single'", '2024-01-01', '2024-01-01 10:00:00', '[a]', '[]', '{a: b}', '{}', '!!str 300', '!!float abc', '!!float 3', '!!int x', '!!null 500', '!!binary bGludXg=', '!ruby/sym root', '!ruby/object:Foo x', '!!set {a: 1}', '&a x', '*a', '|\n      text', '>-\n      folded', '"\\u00A0root"', '"tab\\there"', '"300"#c', 'a #c', '" spaced "', "\u3000root", "root\u00a0", '!!bool yes', '!foo bar', '!<tag:yaml.org,2002:str> 5', '0.0', '0', '"0.0"', 'linux', 'windows', 'Linux', '- x', '? x', 'x: y', '{:}', '[:]', '[a, b', '"unclosed']
INSERTS = ['%YAML 1.1\n---\n', '%YAML 1.2\n---\n', '%TAG ! tag:x,2002:\n---\n', '%FOO bar\n---\n', '---\n', '...\n', '--- |\n', '<<: {os: linux}\n', '<<: [{version: 0.0}, {os: windows}]\n', '!!str <<: {a: 1}\n', '# comment é\n', 'version: 0.0\n', 'os: linux\n', 'hooks:\n', 'files:\n', 'x: &a {b: 1}\ny: *a\n', '\t\n', '  \t# c\n', '[\n', ']\n']
BYTES = [b'\x00', b'\x01', b'\x7f', b'\xc2\x80', b'\xef\xbf\xbe', b'\xe9', b'\xc3', b'\xff', b'\xed\xa0\x80', b'\xc0\xaf', b'\xef\xbb\xbf', b'\r\n', b'\t', b'\xc2\x85', b'\xe2\x80\xa8', b'\xc2\xa0', b'\xe3\x80\x80', b'\x0b', b'\x1b']
def mutate(b):
    kind = random.random()
    lines = b.split(b'\n')
    if kind < 0.12 and len(lines) > 1:
        del lines[random.randrange(len(lines))]
    elif kind < 0.2:
        i = random.randrange(len(lines)); lines.insert(i, lines[i])
    elif kind < 0.32:
        i = random.randrange(len(lines)); d = random.choice([b' ', b'  ', b'\t', b' \t', b'\t ']); 
        lines[i] = (d + lines[i]) if random.random() < .6 else lines[i].lstrip(b' ')
    elif kind < 0.55:
        cand = [i for i, l in enumerate(lines) if b': ' in l]
        if cand:
            i = random.choice(cand); k = lines[i].index(b': ')
            lines[i] = lines[i][:k + 2] + random.choice(VALUES).encode()
    elif kind < 0.68:
        i = random.randrange(len(lines) + 1); ins = random.choice(INSERTS).encode()
        ind = b'' if i == 0 or random.random() < .5 else lines[min(i, len(lines)-1)][:len(lines[min(i, len(lines)-1)]) - len(lines[min(i, len(lines)-1)].lstrip(b' '))]
        lines.insert(i, ind + ins.rstrip(b'\n'))
    elif kind < 0.74:
        cand = [i for i, l in enumerate(lines) if b': ' in l]
        if cand:
            i = random.choice(cand); k = lines[i].index(b': ')
            tag = random.choice([b'!!str ', b'!ruby/sym ', b'!!int ', b'&x ', b'!!merge ', b'!ruby/struct:S ', b'!!float '])
            lines[i] = lines[i][:k + 2] + tag + lines[i][k + 2:] if random.random() < .7 else lines[i][:len(lines[i]) - len(lines[i].lstrip(b' '))] + tag + lines[i].lstrip(b' ')
    else:
        out = b'\n'.join(lines)
        r = random.random()
        if r < 0.08:
            return out.decode('utf-8', 'replace').encode('utf-16')
        if r < 0.12:
            return out.decode('utf-8', 'replace').encode('utf-16-le')
        p = random.randrange(len(out) + 1)
        return out[:p] + random.choice(BYTES) + out[p:]
    return b'\n'.join(lines)
os.makedirs(out, exist_ok=True)
for i in range(n):
    b = random.choice(srcs)
    for _ in range(random.choice([1, 1, 1, 2, 3])):
        b = mutate(b)
    open(os.path.join(out, f'f{i:05d}.yml'), 'wb').write(b)

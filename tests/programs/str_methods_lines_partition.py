# outcmp: exact
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "a\n".splitlines(), "\n".splitlines(), "x\ry".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
cfg = "host = example.org\nport=8080\n# comment\nempty=\n"
for line in cfg.splitlines():
    k, sep, v = line.partition("=")
    if not sep:
        print("skip", repr(line))
        continue
    print(repr(k.strip()), repr(v.strip()))
print("a.b.c".rpartition(".")[2], "path/to/file.txt".rpartition("/")[0])

# outcmp: exact
program = """
set n 10
set a 0
set b 1
label loop
print a
add t a b
set a b
set b t
sub n n 1
jnz n loop
print done
"""
def run(src):
    lines = [l.split() for l in src.strip().split("\n")]
    labels = {l[1]: i for i, l in enumerate(lines) if l[0] == "label"}
    env = {}
    def val(tok):
        return int(tok) if tok.lstrip("-").isdigit() else env[tok]
    pc = 0
    steps = 0
    while pc < len(lines):
        op, *args = lines[pc]
        pc += 1
        steps += 1
        if op == "set":
            env[args[0]] = val(args[1])
        elif op == "add":
            env[args[0]] = val(args[1]) + val(args[2])
        elif op == "sub":
            env[args[0]] = val(args[1]) - val(args[2])
        elif op == "print":
            print(env.get(args[0], args[0]))
        elif op == "jnz":
            if val(args[0]) != 0:
                pc = labels[args[1]]
        elif op == "label":
            pass
        else:
            raise RuntimeError("unknown op " + op)
    return env, steps
env, steps = run(program)
print(env, steps)
try:
    run("set x 1\nmul x x x")
except RuntimeError as e:
    print("error:", e)

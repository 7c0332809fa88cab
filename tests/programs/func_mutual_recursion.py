# outcmp: exact
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(8)], is_odd(301))
def expr(tokens, pos):
    val, pos = term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = term(tokens, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos
def term(tokens, pos):
    val, pos = factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = factor(tokens, pos + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, pos
def factor(tokens, pos):
    if tokens[pos] == "(":
        val, pos = expr(tokens, pos + 1)
        return val, pos + 1
    return int(tokens[pos]), pos + 1
for src in ["1+2*3", "(1+2)*3", "8/(3-1)-(2*2)", "2*(3+(4-1))*2"]:
    print(src, expr(list(src), 0)[0])

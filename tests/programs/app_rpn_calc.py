# outcmp: exact
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "//", "%", "**"):
            b = st.pop()
            a = st.pop()
            if tok == "+": st.append(a + b)
            elif tok == "-": st.append(a - b)
            elif tok == "*": st.append(a * b)
            elif tok == "/": st.append(a / b)
            elif tok == "//": st.append(a // b)
            elif tok == "%": st.append(a % b)
            else: st.append(a ** b)
        elif tok == "dup":
            st.append(st[-1])
        elif tok == "swap":
            st[-1], st[-2] = st[-2], st[-1]
        else:
            st.append(float(tok) if "." in tok else int(tok))
    if len(st) != 1:
        raise ValueError("stack: " + repr(st))
    return st[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 100 **", "7 2 /", "-7 2 //", "-7 2 %", "1.5 dup *", "1 2 swap -", "1 2", "4 0 /"]:
    try:
        print(f"{e!r:>22} => {rpn(e)!r}")
    except (ValueError, ZeroDivisionError, IndexError) as ex:
        print(f"{e!r:>22} => {type(ex).__name__}: {ex}")

# outcmp: exact
stack = []
for ch in "([{}])(":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print("match", top, ch)
print("left", stack)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    print("got", item)
    if item < 3:
        queue.append(item * 10)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))

# dict and set comprehensions get "<dictcomp>"/"<setcomp>" traceback entries;
# iter() of the first iterable stays in the enclosing frame.
def g(a):
    return {k: {a[k] for _ in range(3)} for k in range(1000)}


print(len(g(list(range(1000)))))
try:
    [x for x in 5]
except TypeError as e:
    print(e)
g(list(range(900)))

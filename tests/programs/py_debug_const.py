# __debug__ is a built-in constant (True without -O).
print(__debug__, type(__debug__).__name__)
if __debug__:
    print('debug on')
def f():
    return __debug__ and 'from f'
print(f())

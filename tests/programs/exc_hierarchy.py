# outcmp: exact
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (ValueError, Exception), (TypeError, Exception), (KeyError, Exception),
         (ValueError, LookupError), (Exception, BaseException), (RecursionError, RuntimeError),
         (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError), (StopIteration, Exception)]
for sub, sup in pairs:
    try:
        raise sub("x")
    except sup:
        print(sub.__name__, "is caught by", sup.__name__)
    except BaseException:
        print(sub.__name__, "is NOT caught by", sup.__name__)
def f():
    try:
        {}[1]
    except IndexError:
        print("wrong handler")
try:
    f()
except LookupError as e:
    print("propagated to outer:", type(e).__name__, e)

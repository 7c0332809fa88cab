VALUE = 42


def other():
    return "VALUE" in globals()

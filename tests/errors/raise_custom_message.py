def validate(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


validate(3)
validate(-7)

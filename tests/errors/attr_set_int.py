n = 41
n.denominator = 2

x = 10 ** 400
float(x)

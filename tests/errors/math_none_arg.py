import math
print(math.sqrt(2.25))
print(math.sqrt(None))

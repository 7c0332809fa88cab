# outcmp: exact
import sys
print(len(sys.argv), sys.argv[0].endswith(".py"), type(sys.argv).__name__)
print(type(sys.path).__name__, len(sys.path) > 0)
names = sys.argv[1:]
print("extra args:", names)
total = 0
for i in range(10):
    total += i
print("total", total)
print("still here")
print("about to exit")
sys.exit(0)
print("never printed")

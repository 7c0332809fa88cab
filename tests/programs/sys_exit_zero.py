# outcmp: exact
import sys
def helper(n):
    return n * n
print("squares", [helper(i) for i in range(4)])
def main():
    for i in range(3):
        print("step", i)
        if i == 1:
            sys.exit()
main()
print("unreachable")

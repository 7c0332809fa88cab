# outcmp: exact
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print("still running")

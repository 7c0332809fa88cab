# The standard streams name their encoding 'utf-8' (open() says 'UTF-8').
import sys
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, open(__file__).encoding)
print(sys.stdout)
print(sys.stdout.write('abc\n'), sys.stdout.name, sys.stderr.mode)

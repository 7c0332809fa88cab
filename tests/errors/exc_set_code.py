# oracle: differs -- SystemExit.code is computed from args in streak, so it cannot be set (a clear error instead)
s = SystemExit(3)
s.code = 4

s = "abc"
int(s)

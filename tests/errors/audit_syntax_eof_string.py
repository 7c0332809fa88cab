# A string continued by a backslash into the end of the file: the error is
# detected at the last line that has characters.
x = "unterminated\

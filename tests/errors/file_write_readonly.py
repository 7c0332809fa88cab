with open("file_write_readonly.py") as f:
    f.write("x")

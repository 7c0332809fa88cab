def main():
    return foo + 1
main()

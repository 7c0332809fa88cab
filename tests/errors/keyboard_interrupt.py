# an uncaught KeyboardInterrupt: traceback, then the process ends by SIGINT (status 130)
def work():
    raise KeyboardInterrupt


print("working")
work()

# outcmp: exact
accounts = {}
log = []
def open_account(name, deposit=0):
    if name in accounts:
        raise ValueError(f"account {name!r} exists")
    accounts[name] = deposit
    log.append(("open", name, deposit))
def deposit(name, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    accounts[name] += amount
    log.append(("dep", name, amount))
def withdraw(name, amount):
    if accounts[name] < amount:
        raise ValueError(f"insufficient funds: {accounts[name]} < {amount}")
    accounts[name] -= amount
    log.append(("wd", name, amount))
def transfer(a, b, amount):
    withdraw(a, amount)
    deposit(b, amount)
ops = [(open_account, "alice", 100), (open_account, "bob"), (deposit, "bob", 50), (transfer, "alice", "bob", 30),
       (withdraw, "bob", 500), (open_account, "alice"), (deposit, "carol", 5), (deposit, "alice", -1),
       (transfer, "bob", "alice", 80)]
for op in ops:
    fn, args = op[0], op[1:]
    try:
        fn(*args)
        print("ok  ", fn.__name__, args)
    except ValueError as e:
        print("fail", fn.__name__, args, "->", e)
    except KeyError as e:
        print("fail", fn.__name__, args, "-> no such account", e)
print(accounts, sum(accounts.values()))
print(len(log), log[-1])
rate = 0.05
for year in range(1, 4):
    for k in accounts:
        accounts[k] = round(accounts[k] * (1 + rate), 2)
    print(year, accounts)

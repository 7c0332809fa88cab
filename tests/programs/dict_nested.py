# outcmp: exact
db = {
    "alice": {"age": 30, "langs": ["python", "c"], "address": {"city": "Oslo"}},
    "bob": {"age": 25, "langs": ["rust"], "address": {"city": "Rome"}},
}
db["carol"] = {"age": 35, "langs": [], "address": {"city": "Oslo"}}
db["bob"]["langs"].append("go")
db["alice"]["address"]["zip"] = "0150"
for name, info in db.items():
    print(name, info["age"], ",".join(info["langs"]) or "-", info["address"])
by_city = {}
for name, info in db.items():
    by_city.setdefault(info["address"]["city"], []).append(name)
print(by_city)
print(sum(p["age"] for p in db.values()) / len(db))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)
print(depth(tree))

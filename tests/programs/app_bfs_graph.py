# outcmp: exact
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("e", "f"), ("c", "f"), ("g", "h")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
print(graph)
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    q = [start]
    while q:
        u = q.pop(0)
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                q.append(v)
    return dist, parent
dist, parent = bfs("a")
print(dist)
node, path = "f", []
while node is not None:
    path.append(node)
    node = parent[node]
print("->".join(reversed(path)))
def dfs(u, seen, order):
    seen.add(u)
    order.append(u)
    for v in sorted(graph[u]):
        if v not in seen:
            dfs(v, seen, order)
    return order
print(dfs("a", set(), []))
comps = []
seen = set()
for n in graph:
    if n not in seen:
        comps.append(sorted(dfs(n, seen, [])))
print(comps)

# outcmp: exact
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        lines = ["{"]
        items = list(v.items())
        for i, (k, x) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(pad + "  " + dump(k) + ": " + dump(x, indent + 1) + comma)
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + ", ".join(dump(x, indent + 1) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)
doc = {"name": "streak", "version": [0, 1], "tags": ("jit", "python"), "ok": True, "nothing": None,
       "nested": {"pi": 3.14159, "quote": 'say "hi"\n', "empty": {}, "list": []}, "big": 2 ** 70}
print(dump(doc))

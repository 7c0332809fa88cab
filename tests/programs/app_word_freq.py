# outcmp: exact
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = []
for raw in text.split():
    w = raw.strip(".,;:!?").lower()
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(f"{w:<12}{c:>3} {'#' * c}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
print(max(freq, key=lambda w: (len(w), w)))

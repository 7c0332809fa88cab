# Dicts: word counting with str keys, int-keyed memo tables, get/update,
# iteration over items.
def word_counts(n):
    words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
    counts = {}
    for i in range(n):
        w = words[(i * 7 + i // 3) % 8] + str(i % 50)
        counts[w] = counts.get(w, 0) + 1
    best = 0
    for k, v in counts.items():
        if v > best:
            best = v
    return len(counts), best


def collatz_memo(limit):
    memo = {1: 0}
    longest = 0
    for start in range(2, limit):
        n = start
        steps = 0
        while n not in memo:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        memo[start] = steps + memo[n]
        if memo[start] > longest:
            longest = memo[start]
    return len(memo), longest


print("words", word_counts(1250000))
print("collatz", collatz_memo(600000))

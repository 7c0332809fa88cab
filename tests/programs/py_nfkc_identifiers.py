# Identifiers are NFKC-normalised (PEP 3131): the micro sign and Greek mu,
# ligatures, fullwidth, mathematical and modifier letters name the same
# variable as their plain forms, in names, keywords, imports and f-strings.
ﬁx = 1
print(fix)
ℌ = 2
print(H)
µ = 1e-6
print(μ, sorted(k for k in globals() if not k.startswith('_') and len(k) == 1))


def f(xᵢ, **kw):
    return xi, sorted(kw)


print(f(xi=3, ｙ=4))
import ｍａｔｈ
print(ｍａｔｈ.pi, math.ｓｑｒｔ(4.0))
𝐀 = 5
print(A)
café = 'é'
print(café)
try:
    print(undefinedﬁ)
except NameError as e:
    print(e)
print(f"{ﬁx + H + 𝐀}")
ǆ = 7
print(dž)

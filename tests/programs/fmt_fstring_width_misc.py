# outcmp: exact
for n in [5, -5, 123, -123]:
    print(f"[{n:06}][{n:=6}][{n:+06}][{n:<06}][{n:^06}][{n:x^7}]")
for x in [1.5, -1.5]:
    print(f"[{x:08.2f}][{x:=8.2f}][{x:08}][{x:+08.3f}]")
print(f"[{'ab':0>5}][{'ab':0<5}][{7:02}][{123:02}]")
print(f"[{1234567.5:,.1f}][{-1234567:,}][{1234567.5:_.2f}][{0.5:,}]")
items = [("pen", 1.5, 10), ("notebook", 3.25, 2), ("eraser", 0.5, 100)]
total = 0
print(f"{'item':<10}{'price':>8}{'qty':>5}{'sum':>9}")
for name, price, qty in items:
    total += price * qty
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>9.2f}")
print(f"{'total':<23}{total:>9.2f}")

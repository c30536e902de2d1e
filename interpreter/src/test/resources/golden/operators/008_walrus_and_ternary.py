data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long", n)
while (x := data.pop()) != 8:
    print("popped", x)
print(data, [y for v in range(5) if (y := v * v) > 4])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C"
print([grade(s) for s in (95, 85, 50)])

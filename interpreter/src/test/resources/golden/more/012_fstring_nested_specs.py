width, prec = 10, 3
x = 3.14159265
print(f"[{x:{width}.{prec}f}]", f"[{x:<{width}.{prec}}]", f"[{'s':^{width}}]")
fill, align = "*", ">"
print(f"[{42:{fill}{align}{width}}]", f"[{42:{fill}^8d}]")
print(f"{1234567.891:,.2f} {1234567:_} {0.4567:.1%} {255:#x} {255:08b}")
name = "pi"
print(f"{name!r:>6}|{name!s:<5}|{name!a}")
val = 12
print(f"{val=} {val * 2 = } {x=:.2f}")
items = {"a": 1}
print(f"{items['a']:03d} {'{'}{val}{'}'} {{literal}}")
nested = [1.5, 2.25]
print(f"{', '.join(f'{v:.1f}' for v in nested)}")
print(f"{-3:+d} {3:+d} {3: d} {-0.0:.1f} {1e21:g} {1e-5:g} {123.456:e}")
print(f"{'abc':.2} {'abc':>{width - 5}.1}")
import datetime
print(f"{datetime.date(2024, 3, 5):%Y/%m/%d}")

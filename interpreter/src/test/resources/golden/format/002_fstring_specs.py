for value in (0, 7, 255, -42):
    print(f"{value:d}|{value:5d}|{value:<5d}|{value:^5d}|{value:x}|{value:X}|{value:o}|{value:b}|{value:#x}|{value:08b}")
print(f"{'ab':>6}|{'ab':<6}|{'ab':^6}|{'ab':*^7}|{'abcdef':.3}")
print(f"{1.5e-7:e}|{12345.678:.3e}|{0.000123:g}|{123456789.0:g}|{2.0:g}")
print(f"{1/3:.10f}|{2.5:.0f}|{3.5:.0f}|{-0.0:.1f}")
print(f"{1234.5:,.2f}|{0.5:%}|{1:.0%}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{True}|{None}|{[1, 'a']}|{(1,)}|{ {'k': 1} }")

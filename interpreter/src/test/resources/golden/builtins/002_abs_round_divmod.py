print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-1.5), round(1.2345, 2), round(15, -1), round(25, -1), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 9))
print(pow(2, 8), pow(2.0, 3), pow(10, -2), pow(5, 3, 7))

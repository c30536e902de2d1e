# Number literals: underscores only between digits, a number may end right at a keyword.
INVALID = ['0_', '42_', '1.4j_', '0x_', '0b1_', '0xf_', '0o5_', '0_7', '09_99', '4_______2', '0.1__4',
           '0.1__4j', '0b1001__0100', '0xffff__ffff', '0x___', '0o5__77', '1e1__0', '1e1__0j', '1_.4', '1_.4j',
           '1._4', '1._4j', '1.0e+_1', '1.0e+_1j', '1.4_j', '1.4e5_j', '1_e1', '1.4_e1', '1.4_e1j', '1e_1',
           '1.4e_1', '1.4e_1j', '(1+1.5_j)']
VALID = ['0_0_0', '4_2', '1_0000_0000', '0b1001_0100', '0xffff_ffff', '0o5_7_7', '1_00_00.5', '1_00_00.5e5',
         '1_00_00e5_1', '1e1_0', '.1_4', '.1_4e1', '0b_0', '0x_f', '0o_5', '1_00_00j', '1_00_00.5j', '1_00_00e5_1j',
         '.1_4j', '(1_2.5+3_3j)', '(.5_6j)']
for lit in INVALID:
    try:
        eval(lit)
        print("accepted", lit)
    except SyntaxError:
        pass
print("invalid ones refused")
print([eval(lit) for lit in VALID])
print(eval("1 if 1else 0"), eval("[0x1for x in (1, 2)]"), eval("0 if 1_0else 1"))

from .. import mod_a
B = "b sees " + mod_a.A

g = globals()
g["made_here"] = 42
print(made_here)
exec("late = 7", globals())
print(late)
import sys
sys.modules[__name__].__dict__.update(upd=1)
print(upd, "upd" in globals(), globals()["g"] is g)
del globals()["upd"]
print("upd" in globals())

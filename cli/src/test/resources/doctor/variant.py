# compare's variant convention: a script that offers a subinterpreters variant reads GILSPY_COMPARE_MODE.
# This one only reports which variant ran, as work done, so the test can see the variable arrive.
import os

mode = os.environ.get("GILSPY_COMPARE_MODE", "threads")
print("mode:", mode)
print("work:", 2 if mode == "subinterpreters" else 1)

# eval looks names up in locals, then globals, then builtins: the calling function's variables
# when no namespaces are passed, a locals mapping when one is.
import collections

G = "global"


def function_scope():
    local = 5
    for i in range(2):
        print(eval("local + i"), eval("G"), eval("len('abc')"))

    def nested():
        try:
            eval("local")  # not a free variable of nested: only its own names and the globals
        except NameError as e:
            print("NameError", e)
        return eval("G")
    print(nested())
    print(eval("x * 2", {}, {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}))
    print(eval("(z := 3) + local"), "z" in globals())
    print(eval("k", None, collections.ChainMap({"k": "from a mapping"})))


class Body:
    attr = 7
    print(eval("attr + 1"))


function_scope()
print(eval("G"), "local" in globals())

LANG = "en"
def greet(who):
    return "hello " + who

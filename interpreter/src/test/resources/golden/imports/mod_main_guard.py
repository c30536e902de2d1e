def describe():
    return "module name is " + __name__
if __name__ == "__main__":
    print("never printed when imported")

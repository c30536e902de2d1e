def parse(s):
    return int(s)
def main():
    print("parsing")
    return parse("not a number")
main()

import os


def helper():
    return "helper"


class C:
    def __del__(self):
        print("module object finalized", os.sep == "/", helper())


items = [C()]
items.append(items)

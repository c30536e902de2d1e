# a Latin-1 byte below, and no coding declaration
print("café")

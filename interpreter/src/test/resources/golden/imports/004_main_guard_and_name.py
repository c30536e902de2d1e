import mod_main_guard
print("importer __name__ =", __name__)
if __name__ == "__main__":
    print("running as main")
print(mod_main_guard.describe())

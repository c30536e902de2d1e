RUNS = globals().get("RUNS", 0) + 1

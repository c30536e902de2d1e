items = ["initial"]

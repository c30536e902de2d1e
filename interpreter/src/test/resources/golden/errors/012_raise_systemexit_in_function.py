def stop():
    raise SystemExit(5)
print("calling stop")
stop()

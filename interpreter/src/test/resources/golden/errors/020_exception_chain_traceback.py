def inner():
    raise KeyError("original")
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
outer()

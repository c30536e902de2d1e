# Two CPU-bound threads counting down: under the GIL they take turns instead of running in
# parallel, so together they are no faster than one. `gilspy demo` watches this with `top`.
import sys
import threading


def countdown(n):
    while n > 0:
        n -= 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000000
    threads = [threading.Thread(target=countdown, args=(n,), name="countdown-" + str(i)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("counted down", n, "twice")


main()

import multiprocessing as mp
import time


def sleeper(s):
    time.sleep(s)


if __name__ == "__main__":
    p = mp.Process(target=sleeper, args=(30,))
    print(p.exitcode, p.is_alive(), p.name)
    p.start()
    p.join(0.2)
    print("timeout join", p.exitcode, p.is_alive())
    p.terminate()
    p.join(10)
    print("terminated", p.exitcode, p.is_alive())
    p = mp.Process(target=sleeper, args=(30,), name="Napper")
    p.start()
    p.kill()
    p.join(10)
    print("killed", p.exitcode, p.name)
    # a daemon still running at exit is terminated, as CPython does
    d = mp.Process(target=sleeper, args=(60,), daemon=True)
    d.start()
    print(d in mp.active_children())

# A script that starts a pool at module level, without `if __name__ == "__main__":`. Its workers
# import it as __mp_main__ (a JVM cannot fork) and would start pools of their own, and they theirs.

from multiprocessing import Pool

def sq(n):
    return n * n

with Pool(2) as pool:
    print(pool.map(sq, [1, 2, 3]))

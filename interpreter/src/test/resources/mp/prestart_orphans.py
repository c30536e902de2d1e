# gilspy-specific (MultiprocessingTest): the parent is SIGKILLed while its pre-started workers warm up
import time
import multiprocessing
from multiprocessing import spawn

while len(spawn._idle) < 2:
    time.sleep(0.01)
print("ready", flush=True)
time.sleep(120)

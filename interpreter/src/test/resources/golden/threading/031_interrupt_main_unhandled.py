# _thread.interrupt_main() does nothing when SIGINT is set to SIG_IGN or SIG_DFL (it is then not
# handled by Python); with the default handler it raises KeyboardInterrupt, with a Python handler
# it runs the handler (test_threading's check_interrupt_main_noerror).
import _thread
import signal

default = signal.getsignal(signal.SIGINT)
for setting in [signal.SIG_IGN, signal.SIG_DFL]:
    signal.signal(signal.SIGINT, setting)
    _thread.interrupt_main()
    for i in range(20000):
        pass
    print('nothing happened with', setting)
signal.signal(signal.SIGINT, default)
try:
    _thread.interrupt_main()
    for i in range(10 ** 7):
        pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
seen = []
signal.signal(signal.SIGINT, lambda signum, frame: seen.append(signum))
_thread.interrupt_main()
for i in range(10 ** 6):
    if seen:
        break
print('handler ran:', seen)
signal.signal(signal.SIGINT, default)

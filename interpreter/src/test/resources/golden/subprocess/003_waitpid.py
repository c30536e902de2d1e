# os.waitpid and the wait-status macros over the pids subprocess starts
import os
import signal
import subprocess

p = subprocess.Popen(["sh", "-c", "exit 5"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(p.wait())  # already reaped: CPython's Popen then reports 0

p = subprocess.Popen(["sleep", "5"])
print(os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGKILL)
pid, status = os.waitpid(p.pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)

procs = [subprocess.Popen(["sh", "-c", "exit %d" % n]) for n in (1, 2, 3)]
codes = sorted(os.waitstatus_to_exitcode(os.waitpid(-1, 0)[1]) for _ in procs)
print(codes)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("no children left:", e.errno)

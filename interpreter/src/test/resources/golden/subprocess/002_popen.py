# Popen: streaming a child's output, with-blocks, communicate and wait with timeouts, signals
# (negative returncodes), files and descriptors as the child's streams, inherited stdout, sessions
import os
import signal
import subprocess
import sys
import tempfile

p = subprocess.Popen(["sh", "-c", "echo one; echo two; echo three"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print("line:", line.rstrip())
print(p.wait(), p.returncode, p.poll())

p = subprocess.Popen(["sleep", "5"])
print("running:", p.poll())
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, e.timeout)
# SIGUSR1, not SIGINT: a shell starts a background job with SIGINT ignored, the child inherits that,
# and then sleeps on (CPython prints 0 there too)
p.send_signal(signal.SIGUSR1)
print("SIGUSR1:", p.wait())
p = subprocess.Popen(["sleep", "5"])
p.kill()
print("kill:", p.wait())
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print("terminate:", p.wait())
print("self-kill:", subprocess.run(["sh", "-c", "kill -9 $$"]).returncode)

# the child waits for a file the parent makes only after the first communicate timed out (a child that
# slept instead could finish before a slow parent's first communicate began)
go = os.path.join(tempfile.mkdtemp(), "go")
p = subprocess.Popen(["sh", "-c", 'while [ ! -e "$1" ]; do sleep 0.02; done; echo late; echo warn >&2', "sh", go],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired:
    print("first communicate timed out")
open(go, "w").close()
print(p.communicate(), p.returncode)
os.remove(go)
os.rmdir(os.path.dirname(go))

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b"abc")
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)

with subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    out, _ = p.communicate("\n".join(["line %d" % i for i in range(2000)]))
print(len(out), out[:14], out[-9:])

d = tempfile.mkdtemp()
fn = os.path.join(d, "out.txt")
with open(fn, "w") as f:
    f.write("header\n")
    f.flush()
    subprocess.run(["echo", "from child"], stdout=f)
with open(fn) as f:
    print(repr(f.read()))
with open(fn) as f:
    print(subprocess.run(["wc", "-l"], stdin=f, capture_output=True, text=True).stdout.strip())
r, w = os.pipe()
subprocess.run(["echo", "via fd"], stdout=w)
os.close(w)
print(os.read(r, 100))
os.close(r)

print("before child", flush=True)
subprocess.run(["echo", "child writes to our stdout"])
subprocess.run(["sh", "-c", "echo child stderr >&2"], stderr=subprocess.STDOUT)
print("after child")

p = subprocess.Popen(["sh", "-c", "read a b c d e s rest < /proc/$$/stat; echo $s; read a b c d e s rest < /proc/$PPID/stat; echo $s"],
                     start_new_session=True, stdout=subprocess.PIPE, text=True)
sids = p.communicate()[0].split()
print("new session:", len(sids) == 2 and sids[0] != sids[1])

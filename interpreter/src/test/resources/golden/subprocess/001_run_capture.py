# subprocess.run and friends over _posixsubprocess: captured output, exit codes, input, shell,
# text mode, env, errors reported through the exec error pipe
import os
import subprocess
import tempfile

print(subprocess.run(["echo", "hi"], capture_output=True))
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
print(subprocess.check_output(["cat"], input=b"abc\n"))
print(repr(subprocess.run("echo $((1+2))", shell=True, stdout=subprocess.PIPE, text=True).stdout))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True)
print(r.stdout, r.stderr, r.returncode)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo x >&2; exit 255"], stderr=subprocess.DEVNULL).returncode)

d = tempfile.mkdtemp()
print(subprocess.run(["pwd"], cwd=d, capture_output=True, text=True).stdout == d + "\n")
print(repr(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar"}, capture_output=True, text=True).stdout))
os.environ["GILSPY_SUB_TEST"] = "qux"
print(repr(subprocess.run(["sh", "-c", "echo $GILSPY_SUB_TEST"], capture_output=True, text=True).stdout))
del os.environ["GILSPY_SUB_TEST"]
print(repr(subprocess.run(["sh", "-c", "echo ${GILSPY_SUB_TEST-unset}"], capture_output=True, text=True).stdout))
print(repr(subprocess.run(["printf", "a\\r\\nb\\rc"], capture_output=True, text=True).stdout))
print(subprocess.run(["printf", "caf\\303\\251"], capture_output=True, encoding="utf-8").stdout)

try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print("output kept:", e.stdout, e.returncode)
try:
    subprocess.run(["gilspy_no_such_program_xyz", "arg"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(["ls"], cwd=os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(d, "missing"))
try:
    subprocess.run([os.path.join(d)])
except PermissionError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, e.timeout == 0.3)
print(subprocess.getoutput("echo hi; exit 2"), subprocess.getstatusoutput("echo x; exit 2"))
print(subprocess.run(["python3", "-c", "import sys; print(sys.stdin.read().upper()); sys.exit(9)"],
                     input="hello", text=True, capture_output=True))

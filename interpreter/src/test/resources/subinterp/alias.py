# Python 3.14 names the module concurrent.interpreters; both names give the same objects.
from concurrent import interpreters
import interpreters as pep734
print(interpreters.ExecutionFailed is pep734.ExecutionFailed, interpreters.Queue is pep734.Queue)
q = interpreters.create_queue()
sub = interpreters.create()
sub.exec(f'from concurrent import interpreters\ninterpreters.Queue({q.id}).put("hi")')
print(q.get())

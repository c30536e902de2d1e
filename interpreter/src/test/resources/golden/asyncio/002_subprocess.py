# asyncio.create_subprocess_exec/_shell on the selector loop: pipes read through non-blocking
# descriptors the loop selects on, the child reaped by the threaded child watcher
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec("echo", "hello", stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print(out, err, p.returncode)
    p = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b"round trip\n")
    print(out, p.returncode)
    p = await asyncio.create_subprocess_shell("echo out; echo err >&2; exit 3",
                                              stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await p.communicate(), await p.wait())
    p = await asyncio.create_subprocess_exec("sh", "-c", "for i in 1 2 3; do echo line $i; sleep 0.02; done",
                                             stdout=asyncio.subprocess.PIPE)
    lines = []
    while line := await p.stdout.readline():
        lines.append(line.decode().strip())
    print(lines, await p.wait())
    procs = [await asyncio.create_subprocess_exec("sh", "-c", "sleep 0.1; exit %d" % n) for n in range(3)]
    print(await asyncio.gather(*(q.wait() for q in procs)))


asyncio.run(main())

"""Check gilspy's Python standard library against CPython's, on CPython.

Runs each test_*.py here twice with python3: once with CPython's own modules, once with
gilspy's modules (interpreter/src/main/resources/dev/gilspy/interp/lib) shadowing them.
The two runs must agree on stdout, exit code and the last line of stderr, which is what
the golden tests compare.

    python3 check_on_cpython.py                # every test_*.py
    python3 check_on_cpython.py test_queue.py  # some of them
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(
    HERE, '..', '..', '..', 'main', 'resources', 'dev', 'gilspy', 'interp', 'lib'))
TIMEOUT = 120


def gilspy_module_names():
    names = set()
    for entry in os.listdir(LIB):
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(LIB, entry, '__init__.py')):
            names.add(entry)
    return names


def run_shadowed(script):
    """Runs script in this process with gilspy's modules in place of CPython's."""
    import importlib.util

    names = gilspy_module_names()

    class GilspyFinder:
        def find_spec(self, fullname, path=None, target=None):
            if fullname.split('.')[0] not in names:
                return None
            base = os.path.join(LIB, *fullname.split('.'))
            if os.path.isfile(os.path.join(base, '__init__.py')):
                return importlib.util.spec_from_file_location(
                    fullname, os.path.join(base, '__init__.py'),
                    submodule_search_locations=[base])
            if os.path.isfile(base + '.py'):
                return importlib.util.spec_from_file_location(fullname, base + '.py')
            return None

    for name in list(sys.modules):
        if name.split('.')[0] in names:
            del sys.modules[name]
    sys.meta_path.insert(0, GilspyFinder())

    with open(script) as f:
        source = f.read()
    sys.argv = [script]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    main = type(sys)('__main__')
    main.__file__ = script
    sys.modules['__main__'] = main
    code = compile(source, script, 'exec')
    try:
        exec(code, main.__dict__)
    finally:
        # What gilspy's interpreter does when the main script ends (CPython does the first too).
        if 'threading' in sys.modules:
            sys.modules['threading']._shutdown()
        if 'atexit' in sys.modules and hasattr(sys.modules['atexit'], '_run_exitfuncs'):
            sys.modules['atexit']._run_exitfuncs()


def run(args, cwd):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1')
    p = subprocess.run([sys.executable, '-S'] + args, cwd=cwd, env=env,
                       capture_output=True, text=True, timeout=TIMEOUT)
    lines = p.stderr.strip().splitlines()
    return p.stdout, p.returncode, lines[-1] if lines else ''


def main(argv):
    scripts = argv or sorted(f for f in os.listdir(HERE)
                             if f.startswith('test_') and f.endswith('.py'))
    failed = 0
    for name in scripts:
        script = os.path.join(HERE, os.path.basename(name))
        expected = run([script], HERE)
        actual = run([os.path.abspath(__file__), '--shadow', script], HERE)
        if expected == actual:
            print('ok   %s (%d lines)' % (name, expected[0].count('\n')))
            continue
        failed += 1
        print('FAIL %s' % name)
        if expected[1:] != actual[1:]:
            print('  cpython exit=%s stderr=%r' % expected[1:])
            print('  gilspy  exit=%s stderr=%r' % actual[1:])
        exp_lines = expected[0].splitlines()
        act_lines = actual[0].splitlines()
        for i in range(max(len(exp_lines), len(act_lines))):
            e = exp_lines[i] if i < len(exp_lines) else '<missing>'
            a = act_lines[i] if i < len(act_lines) else '<missing>'
            if e != a:
                print('  line %d\n    cpython: %s\n    gilspy:  %s' % (i + 1, e, a))
                break
    print('%d of %d scripts differ' % (failed, len(scripts)))
    return 1 if failed else 0


if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--shadow':
        run_shadowed(sys.argv[2])
    else:
        sys.exit(main(sys.argv[1:]))

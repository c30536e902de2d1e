# distutils' compiler modules (GraalPy's edit of ccompiler.py names __graalpython__, which gilspy
# answers with CPython's Linux behaviour): the default compiler, the Unix compiler's file names and
# options, the other compiler classes' tables, and distutils.util helpers.
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

import distutils.bcppcompiler
import distutils.ccompiler as cc
import distutils.cygwinccompiler
import distutils.msvccompiler
import distutils.unixccompiler
import distutils.util

print(cc.get_default_compiler(), cc.get_default_compiler("nt"), cc.get_default_compiler("posix", "cygwin"))
print(sorted(cc.compiler_class))
c = cc.new_compiler()
print(type(c).__name__, c.compiler_type, c.obj_extension, c.shared_lib_extension)
print(c.object_filenames(["a.c", "b/c.cpp"]), c.object_filenames(["x.c"], output_dir="build"))
print(c.library_filename("foo"), c.library_filename("foo", "shared"), c.shared_object_filename("m"),
      c.executable_filename("prog"))
print(cc.gen_preprocess_options([("A", None), ("B", "1"), ("C",)], ["inc"]))
print(c.library_dir_option("/l"), c.library_option("m"))
c.define_macro("X", "1")
c.undefine_macro("Y")
c.add_include_dir("include")
print(c.macros, c.include_dirs)
print(distutils.cygwinccompiler.CygwinCCompiler.compiler_type, distutils.bcppcompiler.BCPPCompiler.obj_extension)
print(distutils.util.strtobool("yes"), distutils.util.split_quoted('a "b c" d'),
      distutils.util.convert_path("a/b"), distutils.util.rfc822_escape("x\ny"))
try:
    cc.new_compiler(compiler="nonesuch")
except Exception as e:
    print(type(e).__name__, e)

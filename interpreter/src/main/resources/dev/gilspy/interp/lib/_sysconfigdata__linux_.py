# What CPython's sysconfig reads from the module its build generates (_sysconfigdata_{abiflags}_
# {platform}_{multiarch}): gilspy has no C build, so no compiler or Makefile variables, only the few
# that code outside distutils asks for.
build_time_vars = {
    'ABIFLAGS': '',
    'EXT_SUFFIX': None,
    'SOABI': None,
    'Py_DEBUG': 0,
    'Py_ENABLE_SHARED': 0,
    'WITH_DOC_STRINGS': 1,
    'HAVE_FORK': 0,
    'MULTIARCH': '',
    'VERSION': '3.11',
    'prefix': '<gilspy>',
    'exec_prefix': '<gilspy>',
}

# _locale: the C and C.UTF-8 locales (LC_CTYPE starts as C.UTF-8), composite LC_ALL names,
# localeconv, nl_langinfo, locale.Error for a locale gilspy does not have.
import _locale
print(_locale.setlocale(_locale.LC_ALL), _locale.setlocale(_locale.LC_CTYPE))
print(_locale.localeconv())
print(_locale.nl_langinfo(_locale.CODESET), _locale.CODESET, _locale.getencoding())
print(_locale.LC_ALL, _locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME, _locale.LC_COLLATE, _locale.LC_MONETARY, _locale.LC_MESSAGES, _locale.CHAR_MAX)
try:
    _locale.setlocale(_locale.LC_ALL, 'xx_YY')
except _locale.Error as e:
    print(e, _locale.Error.__module__)
print(_locale.setlocale(_locale.LC_ALL, 'C'), _locale.setlocale(_locale.LC_ALL), _locale.nl_langinfo(_locale.CODESET))
print(_locale.setlocale(_locale.LC_ALL, 'C.UTF-8'), _locale.setlocale(_locale.LC_NUMERIC, 'C'), _locale.setlocale(_locale.LC_ALL))
for n in ['D_T_FMT', 'D_FMT', 'RADIXCHAR', 'DAY_1', 'ABMON_12', 'YESEXPR']:
    print(n, getattr(_locale, n), repr(_locale.nl_langinfo(getattr(_locale, n))))
print(_locale.strcoll("a", "b"), _locale.strxfrm("abc"))

"""Build step (interpreter/pom.xml, execution lib2to3-grammar): lib2to3's grammar pickles.

lib2to3.pygram loads its grammars with driver.load_packaged_grammar, which, when Grammar.txt is not
a file on disk (gilspy serves the library from its jar), asks pkgutil.get_data for the pickle named
by driver._generate_pickle_name: Grammar<sys.version_info joined by dots>.pickle. This makes both
pickles with lib2to3's own pgen, beside their text, unless they are already newer than it.
Usage: lib2to3_grammars.py DIR (the unpacked lib2to3 package folder)
"""
import os
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
from lib2to3.pgen2 import driver, pgen

folder = sys.argv[1]
for text in ("Grammar.txt", "PatternGrammar.txt"):
    source = os.path.join(folder, text)
    target = os.path.join(folder, driver._generate_pickle_name(text))
    if os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(source):
        continue
    pgen.generate_grammar(source).dump(target)
    print("lib2to3 grammar:", target)

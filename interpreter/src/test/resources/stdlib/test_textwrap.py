import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(repr(textwrap.dedent("""
    hello
      world
    \t
    end
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(textwrap.shorten("Hello  world! This is long", width=15), textwrap.shorten("short", 10))
print(textwrap.fill("a-b-c well-known long-ish words here", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10))
print(textwrap.wrap("a  b   c", 4), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("one two three four five six", 10, max_lines=2))
print(textwrap.wrap("tab\tseparated\ttext", 12), textwrap.wrap("no-break-words-here ok", 8, break_on_hyphens=False))

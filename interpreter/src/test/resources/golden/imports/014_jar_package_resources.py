# A package served from the jar: its loader's resource reader (importlib.resources' protocol) lists
# and reads its files; CPython answers the same from its directory on disk.
import email
reader = email.__spec__.loader.get_resource_reader("email")
root = reader.files()
print(root.name, root.is_dir(), root.is_file())
print(sorted(p.name for p in root.iterdir() if p.name.endswith(".py"))[:6])
print(root.joinpath("mime").is_dir(), (root / "charset.py").is_file(), (root / "nope.py").is_file())
print((root / "mime" / "text.py").read_text().splitlines()[:2])
print(reader.is_resource("charset.py"), reader.is_resource("mime"), "charset.py" in list(reader.contents()))
print(reader.open_resource("charset.py").read(20))
print(root.joinpath("mime", "text.py").read_bytes()[:10])
with (root / "errors.py").open() as f:
    print(f.readline().rstrip())
print(email.__spec__.loader.get_resource_reader("email.charset") if hasattr(email, "charset") else None)

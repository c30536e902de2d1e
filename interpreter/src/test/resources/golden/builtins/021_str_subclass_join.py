# str.join takes instances of str subclasses (email's header parser joins its ValueTerminal tokens)
from email.headerregistry import Address
from email.message import EmailMessage


class Token(str):
    def __new__(cls, value, kind):
        self = super().__new__(cls, value)
        self.kind = kind
        return self

    @property
    def value(self):
        return self


parts = [Token("me", "atom"), Token("@", "at"), Token("example.org", "domain")]
print("".join(parts), type("".join(parts)).__name__)
print("-".join(p.value for p in parts if p.value))
print(", ".join([parts[0], "plain"]))
try:
    "".join([parts[0], 3])
except TypeError as e:
    print("TypeError:", e)

msg = EmailMessage()
msg["From"] = "me"
msg["To"] = "you, Someone Else <else@example.org>"
msg["Subject"] = "Log"
print(msg["From"], "|", msg["To"])
print([str(a) for a in msg["To"].addresses])
print(Address("Ann", "ann", "example.org"))

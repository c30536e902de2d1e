class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
acct = Account()
acct.balance = 50
print(acct.balance)
try:
    acct.balance = -1
except ValueError as e:
    print("ValueError:", e)
class ReadOnly:
    @property
    def x(self):
        return 1
try:
    ReadOnly().x = 2
except AttributeError as e:
    print("AttributeError:", e)

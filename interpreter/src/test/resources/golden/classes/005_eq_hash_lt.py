class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __hash__(self):
        return hash(self.rank)
    def __repr__(self):
        return "Card(" + self.rank + ")"
hand = [Card("K"), Card("2"), Card("T"), Card("A")]
print(sorted(hand), max(hand), min(hand))
print(Card("K") == Card("K"), Card("K") != Card("Q"), Card("2") < Card("3"), Card("A") > Card("K"))
print(len({Card("K"), Card("K"), Card("2")}), Card("K") in {Card("K")}, {Card("A"): 1}[Card("A")])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(Card("2") == 5)

import random
for seed in (0, 7, 12345):
    random.seed(seed)
    print(seed, random.randint(1, 6), random.randint(1, 6), random.choice("xyz"), random.randrange(3, 30, 3))
random.seed(2024)
deck = [r + s for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck)
random.seed(2024)
deck2 = [r + s for s in "SH" for r in "A23"]
random.shuffle(deck2)
print(deck == deck2, [round(random.uniform(-1, 1), 6) for _ in range(3)])

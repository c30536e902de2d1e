import statistics as st

print(st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5, 3]))
print(st.mean(range(1, 101)), st.mean([1e16, 1, -1e16]), st.fmean([1, 2, 3, 4]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.median([1.5, 2.5]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode([1, 2, 2, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
ints = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance([1, 2, 3]), st.variance([1, 3, 5]), st.pvariance([1, 2, 3, 4]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance(data, st.mean(data)))
for seed in range(5):
    xs = [((seed + 3) * i * 7919) % 1013 / 7.0 for i in range(50)]
    print(st.mean(xs), st.stdev(xs), st.pstdev(xs), st.variance(xs), st.median(xs))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0]))
print(round(st.geometric_mean([54, 24, 36]), 9), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(st.quantiles(range(1, 11), n=10, method="inclusive"))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.stdev([1]), lambda: st.mode([]),
            lambda: st.variance([2])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)

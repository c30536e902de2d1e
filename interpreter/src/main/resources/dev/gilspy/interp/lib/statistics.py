"""Basic statistics: mean, median, mode, variance and standard deviation.

Sums are exact, as in CPython: each value becomes a fraction (numerator, denominator)
through int or float.as_integer_ratio(), so results round once, at the end, exactly as
CPython's Fraction-based code does. Decimal and Fraction inputs are not supported.
"""

import math

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'mean', 'harmonic_mean',
           'pstdev', 'pvariance', 'stdev', 'variance', 'median', 'median_low',
           'median_high', 'median_grouped', 'mode', 'multimode', 'quantiles']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if not math.isfinite(x):
            raise _NonFinite(x)
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


class _NonFinite(Exception):
    def __init__(self, value):
        Exception.__init__(self)
        self.value = value


def _gcd_reduce(n, d):
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return n, d


def _exact_sum(data):
    """(type, numerator, denominator, count) of the exact sum; float if any value is."""
    T = int
    num = 0
    den = 1
    n = 0
    for x in data:
        if isinstance(x, float):
            T = float
        elif not isinstance(x, int):
            raise TypeError("can't convert type '%s' to numerator/denominator"
                            % type(x).__name__)
        p, q = _ratio(x)
        num = num * q + p * den
        den = den * q
        num, den = _gcd_reduce(num, den)
        n += 1
    return T, num, den, n


def _convert(num, den, T):
    if T is int and den == 1:
        return num
    return num / den


def mean(data):
    """Return the sample arithmetic mean of data."""
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('mean requires at least one data point')
    try:
        T, num, den, n = _exact_sum(data)
    except _NonFinite as e:
        return math.fsum(data) / len(data)
    num, den = _gcd_reduce(num, den * n)
    return _convert(num, den, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum([x * w for x, w in zip(data, weights)])
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    data = list(data)
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    errmsg = 'harmonic mean does not support negative values'
    if n == 1:
        if data[0] < 0:
            raise StatisticsError(errmsg)
        return data[0]
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        T, num, den, count = _exact_sum([1 / x for x in data])
    except ZeroDivisionError:
        return 0
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    num, den = _gcd_reduce(n * den, num)
    return _convert(num, den, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    l1 = 0
    while l1 < n and data[l1] < x:
        l1 += 1
    l2 = l1
    while l2 < n and data[l2] <= x:
        l2 += 1
    cf = l1
    f = l2 - l1
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common data point; the first one met wins ties."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = None
    best_count = 0
    for x, c in counts.items():
        if c > best_count:
            best = x
            best_count = c
    if best_count == 0:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def _ss(data, xbar=None):
    """(type, numerator, denominator, n) of the exact sum of squared deviations."""
    T, sum_num, sum_den, n = _exact_sum(data)
    if n == 0:
        return T, 0, 1, 0
    # sum((x - m)**2) = sum(x**2) - (sum x)**2 / n, done exactly.
    sq_num = 0
    sq_den = 1
    for x in data:
        p, q = _ratio(x)
        sq_num = sq_num * q * q + p * p * sq_den
        sq_den = sq_den * q * q
        sq_num, sq_den = _gcd_reduce(sq_num, sq_den)
    if xbar is not None:
        # Deviations from a given mean: sum(x**2) - 2*xbar*sum(x) + n*xbar**2.
        bp, bq = _ratio(xbar)
        num = (sq_num * sum_den * bq * bq - 2 * bp * sum_num * sq_den * bq
               + n * bp * bp * sq_den * sum_den)
        den = sq_den * sum_den * bq * bq
    else:
        num = sq_num * sum_den * sum_den * n - sum_num * sum_num * sq_den
        den = sq_den * sum_den * sum_den * n
    num, den = _gcd_reduce(num, den)
    return T, num, den, n


def variance(data, xbar=None):
    data = list(data)
    T, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    num, den = _gcd_reduce(num, den * (n - 1))
    return _convert(num, den, T)


def pvariance(data, mu=None):
    data = list(data)
    T, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    num, den = _gcd_reduce(num, den * n)
    return _convert(num, den, T)


def _integer_sqrt_of_frac_rto(n, m):
    """Square root of n/m, rounded to the nearest integer using round-to-odd."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    """Square root of n/m as a float, correctly rounded."""
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def stdev(data, xbar=None):
    data = list(data)
    T, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _float_sqrt_of_frac(num, den * (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    T, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _float_sqrt_of_frac(num, den * n)

"""Independent reference for the Robyn 3.12.1 transform goldens (campaign-math.md §2.2a, T1).

Re-derives each transform from the described R semantics in 50-digit decimal arithmetic (Python's
`decimal`, not the Rust code and not IEEE doubles), then prints the values as f64 literals for
src/campaign/tests.rs. Run: python3 src/campaign/testdata/robyn_reference.py
"""
from decimal import Decimal as D, getcontext, ROUND_HALF_EVEN

getcontext().prec = 50


def hill(x, alpha, gamma, marginal=None):
    x = [D(v) for v in x]
    inflexion = max(x) * D(gamma)
    pts = [D(v) for v in marginal] if marginal else x
    a = D(alpha)
    return [p ** a / (p ** a + inflexion ** a) for p in pts], inflexion


def geometric(x, theta):
    x = [D(v) for v in x]
    th = D(theta)
    out, prev = [], D(0)
    for t, v in enumerate(x):
        prev = v if t == 0 else v + th * prev
        out.append(prev)
    return out, sum(out) / sum(x)


def scale_transform(n, scale):
    # R: round(quantile(1:n, scale)) -- type-7 quantile, half-to-even rounding.
    q = 1 + (n - 1) * D(scale)
    return q.quantize(D(1), rounding=ROUND_HALF_EVEN)


def weibull(x, shape, scale, kind):
    x = [D(v) for v in x]
    n = len(x)
    k = D(shape)
    lam = scale_transform(n, scale)
    if kind == "cdf":
        w, acc = [], D(1)
        w.append(acc)
        for j in range(1, n):
            acc = acc * (-(D(j) / lam) ** k).exp()  # 1 - F(j) = exp(-(j/lam)^k)
            w.append(acc)
    else:
        dens = [(k / lam) * (D(t) / lam) ** (k - 1) * (-(D(t) / lam) ** k).exp() for t in range(1, n + 1)]
        lo, hi = min(dens), max(dens)
        w = [(d - lo) / (hi - lo) for d in dens]
    dec = [sum(x[s] * w[t - s] for s in range(t + 1)) for t in range(n)]
    return dec, w, [v * w[0] for v in x], lam


def show(name, values):
    print(f"// {name}")
    print("[" + ", ".join(repr(float(v)) for v in values) + "]")


h, inf = hill([100, 150, 170, 190, 200], 3, "0.5"); show("hill a=3 g=0.5 (inflexion %s)" % inf, h)
h, inf = hill([10, 20, 50, 80, 120, 200], "1.7", "0.35"); show("hill a=1.7 g=0.35 (inflexion %s)" % inf, h)
h, _ = hill([10, 20, 50, 80, 120, 200], "1.7", "0.35", [5, 15]); show("hill x_marginal (5, 15)", h)
d, i = geometric([100] * 5, "0.5"); show("geometric rep(100,5) 0.5; inflation %r" % float(i), d)
d, i = geometric([100, 0, 0, 50, 0, 0, 0, 20], "0.3"); show("geometric pulses 0.3; inflation %r" % float(i), d)
d, w, imme, lam = weibull([100] * 5, "0.5", "0.5", "cdf"); show("weibull cdf rep(100,5) lam=%s" % lam, d); show("  weights", w)
d, w, imme, lam = weibull([100] * 5, "0.5", "0.5", "pdf"); show("weibull pdf rep(100,5) lam=%s" % lam, d)
pulses = [100, 0, 0, 50, 0, 0, 0, 20, 0, 0]
d, w, imme, lam = weibull(pulses, "2.5", "0.3", "pdf"); show("weibull pdf pulses 2.5/0.3 lam=%s x_imme[1]=%r" % (lam, float(imme[0])), d)
d, w, imme, lam = weibull(pulses, "1.5", "0.25", "cdf"); show("weibull cdf pulses 1.5/0.25 lam=%s" % lam, d)
show("mic_men(5:10, 5, 0.5)", [D(5) * v / (D("0.5") + v) for v in range(5, 11)])
# Allocator pieces: coeff 5000, alpha 2.2, inflexion 1500, mean carryover mean(100,200,300) = 200, x = 1000.
c, a, inf, z = D(5000), D("2.2"), D(1500), D(1200)
obj = c / (1 + (inf / z) ** a)
grad = -c * a * inf ** a * z ** (a - 1) / (z ** a + inf ** a) ** 2
fd = c / (1 + (inf / (z + 1)) ** a) - obj
show("fx_objective, fx_gradient, +1 finite difference", [obj, grad, fd])

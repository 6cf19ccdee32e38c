//! Seeded, portable random numbers for the Monte Carlo.
//!
//! `rand::SmallRng` is a different algorithm on wasm32 than on x86_64, so it cannot give
//! bit-identical results in the browser and in native tests. This is Xoshiro256++ seeded through
//! SplitMix64 exactly as `rand_xoshiro::Xoshiro256PlusPlus::seed_from_u64` does (golden vector in
//! the tests), with samplers built only on `libm`, whose results do not depend on the target.

/// SplitMix64 step: the standard seeding generator for the xoshiro family.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Mixes a seed with a stream label so each random input gets its own independent stream; changing
/// one input's parameters then leaves every other input's draws untouched (common random numbers).
pub fn stream_seed(seed: u64, stream: u64) -> u64 {
    let mut state = seed ^ stream.wrapping_mul(0xD134_2543_DE82_EF95);
    splitmix64(&mut state)
}

#[derive(Debug, Clone)]
pub struct Rng {
    s: [u64; 4],
}

/// Marsaglia–Tsang ziggurat tables for the standard normal (128 layers), built once with `libm`
/// so they are bit-identical on every target.
struct Ziggurat {
    k: [u32; 128],
    w: [f64; 128],
    f: [f64; 128],
}

const ZIG_R: f64 = 3.442_619_855_899;
const ZIG_V: f64 = 9.912_563_035_262_17e-3;

#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "the Ziggurat tables have 128 entries and i, iz are 0–127 by construction (iz is the low 7 bits of a random word)"
)]
fn ziggurat() -> &'static Ziggurat {
    static TABLES: std::sync::OnceLock<Ziggurat> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let m1 = 2_147_483_648.0;
        let mut z = Ziggurat {
            k: [0; 128],
            w: [0.0; 128],
            f: [0.0; 128],
        };
        let mut dn = ZIG_R;
        let mut tn = dn;
        let q = ZIG_V / libm::exp(-0.5 * dn * dn);
        z.k[0] = ((dn / q) * m1) as u32;
        z.k[1] = 0;
        z.w[0] = q / m1;
        z.w[127] = dn / m1;
        z.f[0] = 1.0;
        z.f[127] = libm::exp(-0.5 * dn * dn);
        for i in (1..=126).rev() {
            dn = libm::sqrt(-2.0 * libm::log(ZIG_V / dn + libm::exp(-0.5 * dn * dn)));
            z.k[i + 1] = ((dn / tn) * m1) as u32;
            tn = dn;
            z.f[i] = libm::exp(-0.5 * dn * dn);
            z.w[i] = dn / m1;
        }
        z
    })
}

impl Rng {
    pub fn seed_from_u64(seed: u64) -> Rng {
        let mut state = seed;
        let s = [
            splitmix64(&mut state),
            splitmix64(&mut state),
            splitmix64(&mut state),
            splitmix64(&mut state),
        ];
        Rng { s }
    }

    // Inlined by hand: the crate is built for size (opt-level "z"), which otherwise leaves these
    // per-variate calls out of line in the Monte Carlo's inner loop. Inlining never changes results.
    #[inline(always)]
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in the open interval (0, 1): 53 random bits, offset by half a step, so `ln(u)` is finite.
    #[inline(always)]
    pub fn open01(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal by the Marsaglia–Tsang ziggurat: one 64-bit draw and a table lookup on
    /// ~99 % of calls, exact tail and wedge sampling otherwise.
    #[inline(always)]
    #[expect(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        reason = "the Ziggurat tables have 128 entries and iz is the low 7 bits of a random word; iz − 1 is used only when iz > 0"
    )]
    pub fn normal(&mut self) -> f64 {
        let z = ziggurat();
        loop {
            let hz = (self.next_u64() >> 32) as u32 as i32;
            let iz = (hz & 127) as usize;
            if hz.unsigned_abs() < z.k[iz] {
                return hz as f64 * z.w[iz];
            }
            let x = hz as f64 * z.w[iz];
            if iz == 0 {
                // The tail beyond R (Marsaglia 1964).
                loop {
                    let tx = -libm::log(self.open01()) / ZIG_R;
                    let ty = -libm::log(self.open01());
                    if ty + ty >= tx * tx {
                        return if hz > 0 { ZIG_R + tx } else { -ZIG_R - tx };
                    }
                }
            }
            if z.f[iz] + self.open01() * (z.f[iz - 1] - z.f[iz]) < libm::exp(-0.5 * x * x) {
                return x;
            }
        }
    }

    /// Gamma(shape, 1) by Marsaglia–Tsang; shapes below 1 use the `U^(1/a)` boost.
    pub fn gamma(&mut self, shape: f64) -> f64 {
        Gamma::new(shape).sample(self)
    }

    /// Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b).
    pub fn beta(&mut self, a: f64, b: f64) -> f64 {
        let x = self.gamma(a);
        let y = self.gamma(b);
        x / (x + y)
    }
}

/// A Gamma(shape, 1) sampler with Marsaglia–Tsang's constants computed once.
#[derive(Debug, Clone, Copy)]
pub struct Gamma {
    shape: f64,
    d: f64,
    c: f64,
}

impl Gamma {
    pub fn new(shape: f64) -> Gamma {
        let boosted = if shape < 1.0 { shape + 1.0 } else { shape };
        let d = boosted - 1.0 / 3.0;
        Gamma {
            shape,
            d,
            c: 1.0 / libm::sqrt(9.0 * d),
        }
    }

    pub fn sample(&self, rng: &mut Rng) -> f64 {
        let (d, c) = (self.d, self.c);
        let value = loop {
            let x = rng.normal();
            let t = 1.0 + c * x;
            if t <= 0.0 {
                continue;
            }
            let v = t * t * t;
            let u = rng.open01();
            let x2 = x * x;
            if u < 1.0 - 0.0331 * x2 * x2 || libm::log(u) < 0.5 * x2 + d * (1.0 - v + libm::log(v)) {
                break d * v;
            }
        };
        if self.shape < 1.0 {
            value * libm::pow(rng.open01(), 1.0 / self.shape)
        } else {
            value
        }
    }
}

/// A Beta distribution given by its mean and concentration `a + b`; `None` concentration means the
/// value is fixed at its mean (no uncertainty).
#[derive(Debug, Clone, Copy)]
pub struct BetaByMean {
    mean: f64,
    gammas: Option<(Gamma, Gamma)>,
}

impl BetaByMean {
    pub fn new(mean: f64, concentration: Option<f64>) -> BetaByMean {
        let gammas = match concentration {
            Some(k) if mean > 0.0 && mean < 1.0 => Some((Gamma::new(mean * k), Gamma::new((1.0 - mean) * k))),
            _ => None,
        };
        BetaByMean { mean, gammas }
    }

    pub fn sample(&self, rng: &mut Rng) -> f64 {
        match &self.gammas {
            Some((a, b)) => {
                let x = a.sample(rng);
                let y = b.sample(rng);
                x / (x + y)
            }
            None => self.mean,
        }
    }
}

/// A lognormal multiplier with mean exactly 1: `exp(σz − σ²/2)`, so the expected value of the
/// quantity it scales is the value the user entered.
pub fn mean_one_lognormal(rng: &mut Rng, sigma_log: f64) -> f64 {
    if sigma_log == 0.0 {
        return 1.0;
    }
    libm::exp(sigma_log * rng.normal() - 0.5 * sigma_log * sigma_log)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn xoshiro_golden_vector_matches_rand_xoshiro() {
        // campaign-math.md §4.2 [measured]: Xoshiro256PlusPlus::seed_from_u64(42), first 4 outputs.
        let mut rng = Rng::seed_from_u64(42);
        let got: Vec<u64> = (0..4).map(|_| rng.next_u64()).collect();
        assert_eq!(
            got,
            [0xd0764d4f4476689f, 0x519e4174576f3791, 0xfbe07cfb0c24ed8c, 0xb37d9f600cd835b8]
        );
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn samplers_have_the_right_moments() {
        let mut rng = Rng::seed_from_u64(7);
        let n = 200_000;
        let (mut sum, mut sum2) = (0.0, 0.0);
        for _ in 0..n {
            let z = rng.normal();
            sum += z;
            sum2 += z * z;
        }
        // Mean 0 (SE 1/√n ≈ 0.0022) and variance 1 (SE √(2/n) ≈ 0.0032), both within 4 SE.
        assert!((sum / n as f64).abs() < 4.0 * 0.0023, "normal mean {}", sum / n as f64);
        assert!((sum2 / n as f64 - 1.0).abs() < 4.0 * 0.0032);
        // Shape, not just moments: Φ(−1) = 0.158655 (SE 0.00082) and P(z > 3.5) = 2.326e-4
        // (SE 3.4e-5) — the second lies in the ziggurat's tail algorithm.
        let draws: Vec<f64> = (0..n).map(|_| rng.normal()).collect();
        let below = draws.iter().filter(|z| **z < -1.0).count() as f64 / n as f64;
        let tail = draws.iter().filter(|z| **z > 3.5).count() as f64 / n as f64;
        assert!((below - 0.158_655).abs() < 4.0 * 0.00082, "Φ(−1) {below}");
        assert!((tail - 2.326e-4).abs() < 4.0 * 3.4e-5, "tail {tail}");
        // Beta(2, 98): mean 0.02, variance ab/((a+b)²(a+b+1)) = 196/(10⁴·101) → SE of mean ≈ 3.1e-5.
        let mean = (0..n).map(|_| rng.beta(2.0, 98.0)).sum::<f64>() / n as f64;
        assert!((mean - 0.02).abs() < 4.0 * 3.2e-5, "beta mean {mean}");
        // Gamma(0.5): mean 0.5, variance 0.5 → SE ≈ 0.0016.
        let mean = (0..n).map(|_| rng.gamma(0.5)).sum::<f64>() / n as f64;
        assert!((mean - 0.5).abs() < 4.0 * 0.0016, "gamma mean {mean}");
        // Mean-one lognormal with σ = 0.8: variance e^{σ²} − 1 = 0.896 → SE ≈ 0.0021.
        let mean = (0..n).map(|_| mean_one_lognormal(&mut rng, 0.8)).sum::<f64>() / n as f64;
        assert!((mean - 1.0).abs() < 4.0 * 0.0022, "lognormal mean {mean}");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn streams_differ_and_repeat() {
        assert_ne!(stream_seed(1, 0), stream_seed(1, 1));
        assert_eq!(stream_seed(9, 3), stream_seed(9, 3));
        let a: Vec<u64> = {
            let mut r = Rng::seed_from_u64(5);
            (0..3).map(|_| r.next_u64()).collect()
        };
        let b: Vec<u64> = {
            let mut r = Rng::seed_from_u64(5);
            (0..3).map(|_| r.next_u64()).collect()
        };
        assert_eq!(a, b);
    }
}

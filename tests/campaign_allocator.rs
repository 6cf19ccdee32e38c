//! Allocator reference tests (campaign-math.md §5.2): the closed-form allocation T3, Robyn's
//! 5-channel problem T4, non-concavity T5 and the properties T11. Natively and as wasm.

use jpseller::campaign::allocator::{allocate_budget, solve_kkt, AllocateInput, KktChannel};
use jpseller::campaign::curve::Curve;
use jpseller::input::decode_json;
use wasm_bindgen_test::wasm_bindgen_test;

fn mm(beta: f64, k: f64) -> Curve {
    Curve {
        beta,
        gamma: k,
        alpha: 1.0,
    }
}

fn channel(curve: Curve, weight: f64, lo: f64, hi: f64) -> KktChannel {
    KktChannel {
        curve,
        weight,
        lo: lo.max(curve.slope_peak()),
        hi,
    }
}

#[wasm_bindgen_test(unsupported = test)]
#[allow(
    clippy::excessive_precision,
    reason = "the reference values are quoted digit for digit as campaign-math.md prints them"
)]
fn t3_closed_form_michaelis_menten_allocation() {
    // β = (300k, 200k, 500k), k = (50k, 30k, 120k), B = 200k. Closed form (§2.3):
    // √λ = Σ√(βk)/(B + Σk), xᵢ = √(βᵢkᵢ/λ) − kᵢ. Values from campaign-math.md T3.
    let curves = [mm(300e3, 50e3), mm(200e3, 30e3), mm(500e3, 120e3)];
    let channels: Vec<_> = curves.iter().map(|&c| channel(c, 1.0, 0.0, f64::INFINITY)).collect();
    let s = solve_kkt(&channels, 0.0, 200e3).unwrap();
    let want = [60118.347347270889935, 39644.957958187330195, 100236.694694541779870];
    for (x, w) in s.spend.iter().zip(want) {
        assert!(((x - w) / w).abs() < 1e-12, "{x} vs {w}");
    }
    assert!((s.multiplier - 1.237006236768942675).abs() / 1.237 < 1e-12, "λ {}", s.multiplier);
    let response: f64 = curves.iter().zip(&s.spend).map(|(c, x)| c.value(*x)).sum();
    assert!((response - 505197.50529242293).abs() / 505197.5 < 1e-12, "{response}");
    // Profit max with m = 0.30 and no budget cap: xᵢ* = √(mβᵢkᵢ) − kᵢ.
    let channels: Vec<_> = curves.iter().map(|&c| channel(c, 0.30, 0.0, f64::INFINITY)).collect();
    let s = solve_kkt(&channels, 1.0, 1e12).unwrap();
    for (x, w) in s.spend.iter().zip([17082.039325, 12426.406871, 14164.078650]) {
        assert!((x - w).abs() < 1e-6, "{x} vs {w}");
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn t4_robyn_five_channel_problem_has_equal_marginal_roas() {
    // coef, α, inflexion from campaign-math.md T4; bounds [100k, 400k]; B = 1M (equality).
    let coef = [800e3, 500e3, 1.2e6, 300e3, 650e3];
    let alpha = [1.2, 2.0, 0.9, 2.8, 1.6];
    let inflexion = [300e3, 150e3, 600e3, 80e3, 250e3];
    let channels: Vec<_> = (0..5)
        .map(|i| {
            channel(
                Curve {
                    beta: coef[i],
                    gamma: inflexion[i],
                    alpha: alpha[i],
                },
                1.0,
                100e3,
                400e3,
            )
        })
        .collect();
    let s = solve_kkt(&channels, 0.0, 1e6).unwrap();
    let total: f64 = s.spend.iter().sum();
    assert!((total - 1e6).abs() < 1e-6, "sum {total}");
    assert!(s.spend.iter().all(|x| (100e3..=400e3).contains(x)));
    let marginal: Vec<f64> = s.interior.iter().map(|&k| channels[k].curve.slope(s.spend[k])).collect();
    assert!(marginal.len() >= 2);
    let (lo, hi) = marginal.iter().fold((f64::INFINITY, 0.0f64), |(a, b), m| (a.min(*m), b.max(*m)));
    assert!((hi - lo) / hi <= 1e-12, "mROAS spread {}", (hi - lo) / hi);
    // Channels at a bound satisfy the KKT sign conditions: at the upper bound r′ ≥ λ, at the lower r′ ≤ λ.
    for (k, c) in channels.iter().enumerate() {
        let m = c.curve.slope(s.spend[k]);
        if s.spend[k] >= 400e3 {
            assert!(m >= s.multiplier * (1.0 - 1e-12));
        } else if s.spend[k] <= 100e3 {
            assert!(m <= s.multiplier * (1.0 + 1e-12));
        }
    }
    // No feasible perturbation that moves budget between two channels improves the response.
    let response = |x: &[f64]| channels.iter().zip(x).map(|(c, x)| c.curve.value(*x)).sum::<f64>();
    let base = response(&s.spend);
    for a in 0..5 {
        for b in 0..5 {
            let mut x = s.spend.clone();
            x[a] += 100.0;
            x[b] -= 100.0;
            if a != b && x.iter().all(|v| (100e3..=400e3).contains(v)) {
                assert!(response(&x) <= base + 1e-6, "moving ¥100 from {b} to {a} helps");
            }
        }
    }
}

/// A creator/ad scenario whose creators are S-shaped in posts (fatigue + fixed fees) and whose ad
/// channels are S-curves, so local marginal equalisation can stop early.
fn scenario(creators: usize, budget: i64, objective: &str, extra: &str) -> AllocateInput {
    let list: Vec<String> = (0..creators)
        .map(|i| {
            format!(
                r#"{{"id":"c{i}","platform":"{platform}","collaboration":"{collab}","posts":3,"maxPosts":{max},"postDecay":0.8,
                    "viewsPerPost":{views},"ctr":"1.5","cvr":"{cvr}","commissionRate":"{comm}","flatFee":{fee},"feePerPost":{per}}}"#,
                platform = if i % 4 == 3 { "rakuten" } else { "tiktok_shop_jp" },
                collab = if i % 4 == 3 { "affiliate" } else { "targeted" },
                max = 2 + i % 4,
                views = 15_000 + 9_000 * (i % 9),
                cvr = 1.5 + 0.25 * (i % 5) as f64,
                comm = 8 + i % 7,
                fee = 15_000 + 12_000 * (i % 5),
                per = 5_000 + 1_000 * (i % 3),
            )
        })
        .collect();
    let json = format!(
        r#"{{"budget":{budget},"objective":"{objective}"{extra},
            "scenario":{{"product":{{"aov":4200,"cogsRate":"35","returnRate":"4","perOrderCost":450}},
              "fees":{{"rakuten":{{"monthlySales":3000000}}}},
              "creators":[{}],
              "ads":[{{"id":"gmvmax","platform":"tiktok_shop_jp","spend":0,"curve":{{"kind":"hill","beta":1500000,"halfSaturation":300000,"alpha":2.2}}}},
                     {{"id":"rpp","platform":"rakuten","spend":0,"curve":{{"kind":"hill","beta":600000,"halfSaturation":120000,"alpha":1.4}}}}]}}}}"#,
        list.join(",")
    );
    decode_json(&json).unwrap()
}

fn profit(input: AllocateInput) -> i64 {
    allocate_budget(input).unwrap().totals.profit.0
}

#[wasm_bindgen_test(unsupported = test)]
fn t5_global_search_beats_local_equalisation() {
    // Local KKT from "everything funded": hire every creator at its cheapest posting level and
    // equalise the ads; the allocator's DP + polish must do at least as well. Also at least as well
    // as K random multistarts (random hire sets, then the same local polish).
    let input = scenario(30, 1_500_000, "max_profit", "");
    let out = allocate_budget(input.clone()).unwrap();
    let model = input.scenario.compile().unwrap();
    use jpseller::campaign::simulate::{expected, Plan};
    let local = |hired: &dyn Fn(usize) -> bool| -> f64 {
        let mut plan = Plan {
            posts: model
                .creators
                .iter()
                .enumerate()
                .map(|(i, c)| if hired(i) { c.max_posts.min(1) } else { 0 })
                .collect(),
            ad_spend: vec![0.0; 2],
        };
        let creator_spend: f64 = model.creators.iter().zip(&plan.posts).map(|(c, &n)| c.fixed_cost(n)).sum();
        if creator_spend > 1_500_000.0 {
            return f64::NEG_INFINITY;
        }
        let channels: Vec<_> = model
            .ads
            .iter()
            .map(|a| channel(a.curve, a.economics.margin(), 0.0, f64::INFINITY))
            .collect();
        if let Some(s) = solve_kkt(&channels, 1.0, 1_500_000.0 - creator_spend) {
            plan.ad_spend = s.spend;
        }
        expected(&model, &plan).unwrap().profit()
    };
    let dp = out.totals.profit.0 as f64;
    assert!(dp >= local(&|_| true) - 1.0, "DP {dp} vs all-in local {}", local(&|_| true));
    let mut state = 0x1234_5678_9abc_def0u64;
    for _ in 0..20 {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mask = state;
        assert!(dp >= local(&|i| (mask >> (i % 64)) & 1 == 1) - 1.0);
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn t11_allocator_properties() {
    // Optimal profit is non-decreasing in the budget.
    let budgets = [100_000, 300_000, 600_000, 1_000_000, 2_000_000];
    let values: Vec<i64> = budgets.iter().map(|&b| profit(scenario(20, b, "max_profit", ""))).collect();
    for w in values.windows(2) {
        // ±¥1 for rounding; grid effects may only help larger budgets.
        assert!(w[1] >= w[0] - 1, "{values:?}");
    }
    // Budget respected to the yen; bounds respected.
    let out = allocate_budget(scenario(20, 600_000, "max_gmv", "")).unwrap();
    assert!(out.feasible);
    assert!(out.totals.spend.0 <= 600_000 && out.totals.unspent.0 >= 0);
    for (c, a) in out.plan.creators.iter().zip(&out.creators) {
        assert!(a.posts <= c.max_posts.unwrap());
    }
    // Max GMV with S-curve ads spends the whole budget when ads can absorb it: conserved to ¥1.
    assert!(out.totals.unspent.0 <= 1, "unspent {}", out.totals.unspent.0);
    // Channel order does not change the optimum.
    let mut reversed = scenario(20, 600_000, "max_profit", "");
    reversed.scenario.creators.reverse();
    reversed.scenario.ads.reverse();
    assert!((profit(reversed) - profit(scenario(20, 600_000, "max_profit", ""))).abs() <= 1);
    // Lowering a commission never reduces the optimal profit.
    let mut cheaper = scenario(20, 600_000, "max_profit", "");
    cheaper.scenario.creators[2].commission_rate = Some(jpseller::money::Percent(rust_decimal::Decimal::from(5)));
    assert!(profit(cheaper) >= profit(scenario(20, 600_000, "max_profit", "")) - 1);
}

#[wasm_bindgen_test(unsupported = test)]
fn objectives_meet_their_constraints() {
    let out = allocate_budget(scenario(20, 2_000_000, "max_gmv_profitable", "")).unwrap();
    assert!(out.feasible && out.totals.profit.0 >= -1, "{:?}", out.totals);
    let max_profit = allocate_budget(scenario(20, 2_000_000, "max_profit", "")).unwrap();
    assert!(out.totals.gmv.0 >= max_profit.totals.gmv.0);

    for target in [2.0, 4.0, 6.0] {
        let out = allocate_budget(scenario(20, 2_000_000, "target_roas", &format!(r#","targetRoas":{target}"#))).unwrap();
        assert!(out.totals.roas.is_none_or(|r| r >= target - 1e-6), "{:?}", out.totals);
    }

    let target = 1_000_000;
    let out = allocate_budget(scenario(20, 2_000_000, "min_spend_for_gmv", &format!(r#","targetGmv":{target}"#))).unwrap();
    assert!(out.feasible && out.totals.gmv.0 >= target - 1, "{:?}", out.totals);
    let out2 = allocate_budget(scenario(20, 2_000_000, "max_gmv", "")).unwrap();
    assert!(out.totals.spend.0 < out2.totals.spend.0);

    let out = allocate_budget(scenario(20, 2_000_000, "min_spend_for_profit", r#","targetProfit":50000"#)).unwrap();
    assert!(out.totals.profit.0 >= 50_000 - 1 || !out.feasible);

    let out = allocate_budget(scenario(10, 800_000, "risk_aware", r#","riskAversion":0.8"#)).unwrap();
    assert_eq!(out.frontier.len(), 21);
    let best = out.frontier.iter().map(|p| p.score).fold(f64::NEG_INFINITY, f64::max);
    assert!(best.is_finite());
}

#[wasm_bindgen_test(unsupported = test)]
fn conflicting_constraints_are_reported_not_thrown() {
    // Locked creators cost more than the budget.
    let mut input = scenario(6, 50_000, "max_profit", "");
    for c in input.scenario.creators.iter_mut() {
        c.locked = true;
    }
    let out = allocate_budget(input).unwrap();
    assert!(!out.feasible);
    assert!(
        out.diagnostics.iter().any(|d| d.code == "minimums_exceed_budget"),
        "{:?}",
        out.diagnostics
    );
    let short = out.diagnostics.iter().find(|d| d.code == "minimums_exceed_budget").unwrap();
    assert!(short.note.ja.contains("予算は ¥50,000"), "{}", short.note.ja);
    // An unreachable GMV target.
    let out = allocate_budget(scenario(4, 100_000, "min_spend_for_gmv", r#","targetGmv":999999999"#)).unwrap();
    assert!(!out.feasible);
    assert_eq!(out.diagnostics[0].code, "target_unreachable");
    // Amounts in a diagnostic read as people write yen, thousands grouped in every language:
    // the target ¥999999999 is "¥999,999,999".
    let note = &out.diagnostics[0].note;
    for text in [&note.zh, &note.ja, &note.en] {
        assert!(text.contains("¥999,999,999"), "{text}");
    }
    // A platform cap below the locked Rakuten creator's cost.
    let mut input = scenario(4, 1_000_000, "max_profit", r#","platformCaps":{"rakuten":1000}"#);
    input.scenario.creators[3].locked = true;
    let out = allocate_budget(input).unwrap();
    assert_eq!(out.diagnostics[0].code, "platform_cap_below_minimums");
    // Bad input is an error with a field.
    let err = |json: &str| allocate_budget(decode_json(json).unwrap()).unwrap_err();
    let base = r#""scenario":{"product":{"aov":1000,"cogsRate":30,"returnRate":0},"creators":[{"id":"a","platform":"tiktok_shop_jp","viewsPerPost":1,"ctr":1,"cvr":1,"commissionRate":1}]}"#;
    let e = err(&format!(r#"{{"budget":0,"objective":"max_profit",{base}}}"#));
    assert_eq!((e.code, e.field.as_str()), ("out_of_range", "budget"));
    let e = err(&format!(r#"{{"budget":100,"objective":"target_roas",{base}}}"#));
    assert_eq!((e.code, e.field.as_str()), ("missing_field", "targetRoas"));
    assert!(decode_json::<AllocateInput>(&format!(r#"{{"budget":-5,"objective":"max_profit",{base}}}"#)).is_err());
}

#[wasm_bindgen_test(unsupported = test)]
fn fifty_creators_allocate_with_a_certificate() {
    let out = allocate_budget(scenario(50, 3_000_000, "max_profit", "")).unwrap();
    assert!(out.feasible);
    assert_eq!(out.creators.len(), 50);
    if let Some(spread) = out.certificate.marginal_spread {
        assert!(spread <= 1e-9, "spread {spread}");
    }
    // The returned plan simulates to the same expected profit.
    let sim = jpseller::campaign::simulate_campaign(out.plan.clone()).unwrap();
    assert_eq!(sim.expected.profit, out.totals.profit);
}

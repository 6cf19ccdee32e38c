//! `vetCreator`: the seller guide's TikTok creator checks — follower band (1万–10万 preferred),
//! real interaction ratio over the last videos, signs of bought audiences — and expected orders
//! per post. Thresholds are jpseller heuristics, editable per call.

use super::notice::Notice;
use super::report::yen;
use crate::error::{code, Error, Result};
use crate::money::{group_thousands, Percent, Yen};
use crate::provenance::{Label, Provenance, Status};
use serde::{Deserialize, Serialize};

pub const MAX_VIDEOS: usize = 100;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Video {
    pub views: u64,
    pub likes: u64,
    pub comments: u64,
    #[serde(default)]
    pub shares: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Thresholds {
    /// Engagement (likes + comments + shares) ÷ views below this looks like a passive or bought audience.
    #[serde(default = "low_engagement")]
    pub low_engagement: f64,
    /// …and above this looks like bought likes or engagement pods.
    #[serde(default = "high_engagement")]
    pub high_engagement: f64,
    /// Median views ÷ followers below this suggests followers who never watch.
    #[serde(default = "low_reach")]
    pub low_reach: f64,
    /// Comments ÷ likes below this suggests bot likes.
    #[serde(default = "low_comment_ratio")]
    pub low_comment_ratio: f64,
    /// Coefficient of variation of views above this: one viral hit, typical reach is lower.
    #[serde(default = "erratic_views")]
    pub erratic_views: f64,
}

fn low_engagement() -> f64 {
    0.01
}
fn high_engagement() -> f64 {
    0.25
}
fn low_reach() -> f64 {
    0.03
}
fn low_comment_ratio() -> f64 {
    0.005
}
fn erratic_views() -> f64 {
    1.5
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            low_engagement: low_engagement(),
            high_engagement: high_engagement(),
            low_reach: low_reach(),
            low_comment_ratio: low_comment_ratio(),
            erratic_views: erratic_views(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VetInput {
    pub followers: u64,
    /// The creator's most recent videos (the guide checks the last 3), newest first.
    #[serde(deserialize_with = "super::scenario::bounded")]
    pub videos: Vec<Video>,
    /// For expected orders per post: product-click rate per view and order rate per click.
    #[serde(default)]
    pub ctr: Option<Percent>,
    #[serde(default)]
    pub cvr: Option<Percent>,
    /// For expected GMV per post.
    #[serde(default)]
    pub aov: Option<Yen>,
    #[serde(default)]
    pub thresholds: Thresholds,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FollowerBand {
    pub id: &'static str,
    pub label: &'static str,
    /// 1万–10万: the band the seller guide recommends.
    pub sweet_spot: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoCheck {
    pub views: u64,
    pub engagement_rate: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Flag {
    pub id: &'static str,
    /// The same stable code as `id`, named as warnings and diagnostics name theirs (`Notice`).
    pub code: &'static str,
    pub severity: &'static str,
    /// The English text (`note.en`).
    pub message: String,
    /// The text in zh / ja / en, for the page.
    pub note: Label,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VetOutput {
    pub follower_band: FollowerBand,
    /// Σ(likes + comments + shares) ÷ Σ views over the videos given.
    pub engagement_rate: Option<f64>,
    pub videos: Vec<VideoCheck>,
    pub median_views: f64,
    /// Median views ÷ followers.
    pub reach_rate: Option<f64>,
    /// Σ comments ÷ Σ likes.
    pub comment_to_like: Option<f64>,
    /// Standard deviation ÷ mean of views.
    pub views_variation: Option<f64>,
    /// Median views × CTR × CVR (when CTR and CVR are given).
    pub expected_orders_per_post: Option<f64>,
    pub expected_gmv_per_post: Option<Yen>,
    pub flags: Vec<Flag>,
    pub formulas: Vec<&'static str>,
    pub provenance: Vec<Provenance>,
}

/// The seller guide's follower bands (1万–10万 is the recommended one).
pub fn band(followers: u64) -> FollowerBand {
    match followers {
        0..=9_999 => FollowerBand {
            id: "nano",
            label: "< 1万",
            sweet_spot: false,
        },
        10_000..=100_000 => FollowerBand {
            id: "micro",
            label: "1万–10万",
            sweet_spot: true,
        },
        100_001..=499_999 => FollowerBand {
            id: "mid",
            label: "10万–50万",
            sweet_spot: false,
        },
        _ => FollowerBand {
            id: "top",
            label: "≥ 50万",
            sweet_spot: false,
        },
    }
}

fn check_threshold(value: f64, field: &str) -> Result<()> {
    if value.is_finite() && (0.0..=100.0).contains(&value) {
        Ok(())
    } else {
        Err(Error::new(
            code::OUT_OF_RANGE,
            format!("thresholds.{field}"),
            "must be a number between 0 and 100",
        ))
    }
}

pub fn vet_creator(input: VetInput) -> Result<VetOutput> {
    if input.videos.is_empty() {
        return Err(Error::new(
            code::INVALID_INPUT,
            "videos",
            "give at least one recent video (the guide checks the last 3)",
        ));
    }
    if input.videos.len() > MAX_VIDEOS {
        return Err(Error::new(code::OUT_OF_RANGE, "videos", format!("at most {MAX_VIDEOS} videos")));
    }
    const MAX_COUNT: u64 = 1 << 50;
    if input.followers > MAX_COUNT {
        return Err(Error::new(code::OUT_OF_RANGE, "followers", "too large"));
    }
    for (i, v) in input.videos.iter().enumerate() {
        if v.views > MAX_COUNT || v.likes > MAX_COUNT || v.comments > MAX_COUNT || v.shares > MAX_COUNT {
            return Err(Error::new(code::OUT_OF_RANGE, format!("videos[{i}]"), "counts must be ≤ 2^50"));
        }
    }
    let t = &input.thresholds;
    for (value, field) in [
        (t.low_engagement, "lowEngagement"),
        (t.high_engagement, "highEngagement"),
        (t.low_reach, "lowReach"),
        (t.low_comment_ratio, "lowCommentRatio"),
        (t.erratic_views, "erraticViews"),
    ] {
        check_threshold(value, field)?;
    }
    let videos: Vec<VideoCheck> = input
        .videos
        .iter()
        .map(|v| VideoCheck {
            views: v.views,
            engagement_rate: (v.views > 0).then(|| (v.likes as f64 + v.comments as f64 + v.shares as f64) / v.views as f64),
        })
        .collect();
    // Statistics in f64: at most MAX_VIDEOS counts of at most MAX_COUNT each, so every sum is
    // below 2^53 and exact.
    let total_views: f64 = input.videos.iter().map(|v| v.views as f64).sum();
    let total_likes: f64 = input.videos.iter().map(|v| v.likes as f64).sum();
    let total_comments: f64 = input.videos.iter().map(|v| v.comments as f64).sum();
    let total_engaged: f64 = input
        .videos
        .iter()
        .map(|v| v.likes as f64 + v.comments as f64 + v.shares as f64)
        .sum();
    let engagement_rate = (total_views > 0.0).then(|| total_engaged / total_views);
    let mut views: Vec<f64> = input.videos.iter().map(|v| v.views as f64).collect();
    views.sort_unstable_by(f64::total_cmp);
    let median_views = super::stats::quantile_sorted(&views, 0.5);
    let n = views.len() as f64;
    let mean_views = views.iter().sum::<f64>() / n;
    let views_variation = (views.len() > 1 && mean_views > 0.0).then(|| {
        let var = views.iter().map(|v| (v - mean_views) * (v - mean_views)).sum::<f64>() / (n - 1.0);
        libm::sqrt(var) / mean_views
    });
    let reach_rate = (input.followers > 0).then(|| median_views / input.followers as f64);
    let comment_to_like = (total_likes > 0.0).then(|| total_comments / total_likes);

    let mut flags = Vec::new();
    let mut flag = |id, severity, zh: String, ja: String, en: String| {
        let notice = Notice::new(id, zh, ja, en);
        flags.push(Flag {
            id,
            code: notice.code,
            severity,
            message: notice.message,
            note: notice.note,
        })
    };
    let pct = |x: f64| format!("{:.2}", x * 100.0);
    let follower_band = band(input.followers);
    if input.videos.len() < 3 {
        let n = input.videos.len();
        flag(
            "few_videos",
            "info",
            format!("只有 {n} 条视频：指南至少查看最近 3 条"),
            format!("動画は {n} 本のみ：ガイドは直近 3 本以上を確認します"),
            format!("only {n} video(s): the guide checks at least the last 3"),
        );
    }
    if !follower_band.sweet_spot {
        let followers = group_thousands(&input.followers.to_string());
        flag(
            "outside_sweet_spot",
            "info",
            format!("粉丝 {followers}：指南优先选 1万–10万"),
            format!("フォロワー {followers}：ガイドは 1万〜10万 を推奨"),
            format!("{followers} followers: the guide prefers 1万–10万"),
        );
    }
    if input.followers >= 500_000 {
        flag(
            "guaranteed_fee_expected",
            "info",
            "粉丝 ≥ 50万 的达人通常要求保底费用加佣金".into(),
            "フォロワー 50万以上のクリエイターは通常、固定報酬＋成果報酬を求めます".into(),
            "creators with ≥ 50万 followers usually ask a guaranteed fee plus commission".into(),
        );
    }
    match engagement_rate {
        Some(e) if e < t.low_engagement => {
            let (e, low) = (pct(e), pct(t.low_engagement));
            flag(
                "low_engagement",
                "warning",
                format!("互动率 {e} % 低于 {low} %：受众不活跃或是买来的"),
                format!("エンゲージメント率 {e} % は {low} % 未満：受け身の、または購入されたフォロワーの可能性"),
                format!("engagement {e} % is below {low} %: passive or bought audience"),
            )
        }
        Some(e) if e > t.high_engagement => {
            let (e, high) = (pct(e), pct(t.high_engagement));
            flag(
                "suspicious_engagement",
                "warning",
                format!("互动率 {e} % 高于 {high} %：检查是否刷赞"),
                format!("エンゲージメント率 {e} % は {high} % 超：購入された「いいね」がないか確認を"),
                format!("engagement {e} % is above {high} %: check for bought likes"),
            )
        }
        None => flag(
            "no_views",
            "warning",
            "这些视频没有播放量".into(),
            "動画の再生数がありません".into(),
            "the videos have no views".into(),
        ),
        _ => {}
    }
    if let Some(r) = reach_rate {
        if r < t.low_reach {
            let (r, low) = (pct(r), pct(t.low_reach));
            flag(
                "low_reach",
                "warning",
                format!("播放中位数只有粉丝数的 {r} %（低于 {low} %）：粉丝可能是买来的"),
                format!("再生数の中央値はフォロワーの {r} %（{low} % 未満）：フォロワーが購入された可能性"),
                format!("median views are {r} % of followers (below {low} %): followers may be bought"),
            );
        }
    }
    if let Some(c) = comment_to_like {
        if c < t.low_comment_ratio {
            let c = pct(c);
            flag(
                "few_comments",
                "warning",
                format!("每 100 个赞只有 {c} 条评论：点赞可能是机器刷的"),
                format!("「いいね」100 件あたりコメント {c} 件：いいねが自動化されている可能性"),
                format!("{c} comments per 100 likes: likes may be automated"),
            );
        }
    }
    if let Some(cv) = views_variation {
        if cv > t.erratic_views {
            flag(
                "erratic_views",
                "info",
                "播放量波动很大：按中位数规划，而不是按爆款".into(),
                "再生数のばらつきが大きい：バズった動画ではなく中央値で計画を".into(),
                "views vary a lot: plan on the median, not the viral hit".into(),
            );
        }
    }
    let expected_orders_per_post = match (input.ctr, input.cvr) {
        (Some(ctr), Some(cvr)) => Some(median_views * super::scenario::fraction(ctr) * super::scenario::fraction(cvr)),
        _ => None,
    };
    let expected_gmv_per_post = match (expected_orders_per_post, input.aov) {
        (Some(orders), Some(aov)) => Some(yen(orders * aov.0 as f64)?),
        _ => None,
    };
    Ok(VetOutput {
        follower_band,
        engagement_rate,
        videos,
        median_views,
        reach_rate,
        comment_to_like,
        views_variation,
        expected_orders_per_post,
        expected_gmv_per_post,
        flags,
        formulas: vec![
            "engagement = Σ(likes + comments + shares) ÷ Σ views",
            "reach = median views ÷ followers",
            "expected orders per post = median views × CTR × CVR",
        ],
        provenance: vec![
            Provenance::noted(
                Label::new(
                    "卖家指南说法：TikTok Shop 日本联盟指南（10100.com，2026-01-15）——优先选粉丝 1万–10万 的达人，并查看最近 3 条视频的点赞、评论和播放",
                    "販売ガイドの主張：TikTok Shop 日本のアフィリエイトガイド（10100.com、2026-01-15）— フォロワー 1万〜10万 を優先し、直近 3 本の動画のいいね・コメント・再生数を確認",
                    "Seller-guide claim: TikTok Shop JP affiliate guide (10100.com, 2026-01-15) — prefer 1万–10万 followers, check likes/comments/views of the last 3 videos",
                ),
                "",
                "2026-01-15",
                Status::Unverified,
            ),
            Provenance::noted(
                Label::new(
                    "jpseller 经验阈值（可修改）",
                    "jpseller の経験則によるしきい値（編集可）",
                    "jpseller heuristic thresholds (editable)",
                ),
                "",
                "2026-11-20",
                Status::Unverified,
            ),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn vet(json: &str) -> VetOutput {
        vet_creator(decode_json(json).unwrap()).unwrap()
    }

    fn has(out: &VetOutput, id: &str) -> bool {
        out.flags.iter().any(|f| f.id == id)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn healthy_micro_creator() {
        // Views 20,000 / 30,000 / 25,000: median 25,000; engagement (1,500+100+50 + 2,100+150+60 +
        // 1,800+120+40)/75,000 = 5,920/75,000 = 7.893 %; reach 25,000/50,000 = 50 %;
        // expected orders 25,000 × 1 % × 3 % = 7.5; GMV 7.5 × 4,000 = 30,000.
        let out = vet(r#"{"followers":50000,"ctr":1,"cvr":3,"aov":4000,"videos":[
            {"views":20000,"likes":1500,"comments":100,"shares":50},
            {"views":30000,"likes":2100,"comments":150,"shares":60},
            {"views":25000,"likes":1800,"comments":120,"shares":40}]}"#);
        assert!(out.follower_band.sweet_spot);
        assert!((out.engagement_rate.unwrap() - 5_920.0 / 75_000.0).abs() < 1e-15);
        assert_eq!(out.median_views, 25_000.0);
        assert_eq!(out.reach_rate, Some(0.5));
        assert!((out.expected_orders_per_post.unwrap() - 7.5).abs() < 1e-12);
        assert_eq!(out.expected_gmv_per_post.unwrap().0, 30_000);
        assert!(out.flags.is_empty(), "{:?}", out.flags);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn bought_audience_signals() {
        // 800k followers, 5,000 views per video: reach 0.625 % < 3 %; engagement 30/5,000 = 0.6 % < 1 %;
        // comments 0 of 30 likes < 0.5 %.
        let out = vet(r#"{"followers":800000,"videos":[{"views":5000,"likes":30,"comments":0},{"views":5000,"likes":30,"comments":0}]}"#);
        for id in [
            "few_videos",
            "outside_sweet_spot",
            "guaranteed_fee_expected",
            "low_engagement",
            "low_reach",
            "few_comments",
        ] {
            assert!(has(&out, id), "{id}: {:?}", out.flags);
        }
        assert_eq!(out.follower_band.id, "top");
        // Each flag has a code (its id) and reads in zh, ja and en; numbers as people write them:
        // 800000 followers → "800,000"; engagement 30/5,000 = 0.6 % → "0.60 %".
        for f in &out.flags {
            assert_eq!(f.code, f.id);
            assert_eq!(f.message, f.note.en);
            assert!(
                !f.note.zh.is_empty() && !f.note.ja.is_empty() && f.note.zh != f.note.en && f.note.ja != f.note.en,
                "{f:?}"
            );
        }
        let note = |id: &str| out.flags.iter().find(|f| f.id == id).unwrap().note.clone();
        assert_eq!(note("outside_sweet_spot").zh, "粉丝 800,000：指南优先选 1万–10万");
        assert_eq!(note("outside_sweet_spot").en, "800,000 followers: the guide prefers 1万–10万");
        assert!(
            note("low_engagement").ja.starts_with("エンゲージメント率 0.60 % は 1.00 % 未満"),
            "{:?}",
            note("low_engagement")
        );
        // Engagement 40 % is suspicious the other way.
        assert!(has(
            &vet(r#"{"followers":20000,"videos":[{"views":1000,"likes":380,"comments":20}]}"#),
            "suspicious_engagement"
        ));
        let e = vet_creator(decode_json(r#"{"followers":1,"videos":[]}"#).unwrap()).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("invalid_input", "videos"));
    }
}

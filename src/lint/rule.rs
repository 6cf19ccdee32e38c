//! The rule record: metadata, citation, patterns, context and examples, all as data.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn lower(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            _ => Severity::Info,
        }
    }
}

/// What kind of authority stands behind a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// A statute, notice or official guideline (景表法, 薬機法, 健康増進法 …).
    Law,
    /// A marketplace or social platform's own rule.
    Platform,
    /// Language quality: leaked Chinese, register mixing, width, keigo.
    Language,
    /// The user's own NG words (`dictionary.ng`).
    House,
}

/// How well the rule's basis is confirmed (compliance.md confidence legend: ✅ / 🟡 / ❓).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleStatus {
    Confirmed,
    Secondary,
    Unverified,
}

/// Which strictness level first turns a rule on; opt-in presets never turn on by strictness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Recommended,
    Strict,
    All,
    /// Only with `presets: ["seller_guide_unverified"]` or an explicit per-rule override.
    SellerGuideUnverified,
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $text),* } }
            pub fn parse(s: &str) -> Option<$name> { match s { $($text => Some($name::$variant),)* _ => None } }
        }
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| {
                    let known: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                    crate::input::coded("unknown_profile", format!("unknown {} `{s}`; expected one of {}", stringify!($name), known.join(", ")))
                })
            }
        }
    };
}

string_enum!(
    /// Product class of the listing (compliance.md §1.2.4, §7.2).
    ProductClass {
        Cosmetics = "cosmetics",
        QuasiDrug = "quasi_drug",
        HealthFood = "health_food",
        FunctionalFood = "functional_food",
        Goods = "goods",
        BeautyDevice = "beauty_device",
        Food = "food",
        Apparel = "apparel",
        Electrical = "electrical",
    }
);

string_enum!(
    /// Where the text will be published.
    Channel {
        RakutenListing = "rakuten_listing",
        TiktokListing = "tiktok_listing",
        TiktokScript = "tiktok_script",
        CreatorPost = "creator_post",
        RakutenRoom = "rakuten_room",
        AmazonTitle = "amazon_title",
        CustomerReply = "customer_reply",
    }
);

string_enum!(
    Strictness {
        Recommended = "recommended",
        Strict = "strict",
        All = "all",
    }
);

string_enum!(
    /// Opt-in rule sets that never turn on by strictness alone.
    Preset {
        SellerGuideUnverified = "seller_guide_unverified",
    }
);

string_enum!(
    /// A per-rule override.
    Level {
        Off = "off",
        Info = "info",
        Warning = "warning",
        Error = "error",
    }
);

/// The same text in Simplified Chinese, Japanese and English.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Text {
    pub zh: &'static str,
    pub ja: &'static str,
    pub en: &'static str,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Citation {
    /// The statute, notice or platform document.
    pub law: &'static str,
    /// Article, item or section within it.
    pub article: &'static str,
    pub url: &'static str,
    /// ISO date of the document or of its entry into force.
    pub date: &'static str,
}

/// What a nearby phrase does to a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Lower the severity one step per matching group (evidence present).
    Lower,
    /// Keep the hit only if one of the words is nearby (a claim verb, a price).
    Require,
    /// Drop the hit if one of the words is nearby.
    Suppress,
}

#[derive(Debug, Clone, Copy)]
pub struct Near {
    pub words: &'static [&'static str],
    /// Characters on either side of the hit.
    pub window: usize,
    pub effect: Effect,
}

/// A claim: a target from a lexicon (a disease, a body function, spots, hair …) and an effect
/// predicate (cure, remove, boost, penetrate …) in one clause, in either order where allowed.
/// Each entry of `targets` and `predicates` is a DSL pattern (see `inflect`); a rule's lexicons
/// are slices of shared lists so one lexicon serves many claims.
#[derive(Debug, Clone, Copy)]
pub struct Claim {
    pub targets: &'static [&'static [&'static str]],
    pub predicates: &'static [&'static [&'static str]],
    /// Most characters allowed between the target and the predicate (within one clause).
    pub reach: usize,
    /// The predicate may also come before the target (改善が期待できる肩こり, 治す力で花粉症に).
    pub either_order: bool,
    /// A denial right after the predicate (治るわけではありません, 消えません) cancels the claim.
    /// Off for claims whose wording is itself negative (副作用がない, 二度と生えてこない).
    pub negatable: bool,
    /// How far apart the two halves may stand.
    pub extent: Extent,
}

/// The stretch of text a claim's two halves must share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// One clause: no comma or sentence end between them.
    Clause,
    /// One sentence: either side of a comma (放っておくと、シミが一生消えない).
    Sentence,
    /// One line: across 「！」 and 「。」 too, for a statement and the bracket after it
    /// (在庫限り！（再入荷予定あり）).
    Line,
}

impl Claim {
    pub const fn new(targets: &'static [&'static [&'static str]], predicates: &'static [&'static [&'static str]]) -> Claim {
        Claim {
            targets,
            predicates,
            reach: 12,
            either_order: false,
            negatable: true,
            extent: Extent::Clause,
        }
    }
    pub const fn reach(self, reach: usize) -> Claim {
        Claim { reach, ..self }
    }
    pub const fn either_order(self) -> Claim {
        Claim {
            either_order: true,
            ..self
        }
    }
    pub const fn across_commas(self) -> Claim {
        Claim {
            extent: Extent::Sentence,
            ..self
        }
    }
    pub const fn across_sentences(self) -> Claim {
        Claim {
            extent: Extent::Line,
            ..self
        }
    }
    pub const fn not_negatable(self) -> Claim {
        Claim { negatable: false, ..self }
    }
}

/// The publication context a text is linted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scope {
    pub class: Option<ProductClass>,
    pub channel: Option<Channel>,
    /// `None`: not known whether the post is paid or gifted.
    pub sponsored: Option<bool>,
    pub made_overseas: bool,
}

impl Scope {
    pub const ANY: Scope = Scope {
        class: None,
        channel: None,
        sponsored: Some(false),
        made_overseas: false,
    };
    pub const fn class(class: ProductClass) -> Scope {
        Scope {
            class: Some(class),
            ..Scope::ANY
        }
    }
    pub const fn channel(channel: Channel) -> Scope {
        Scope {
            channel: Some(channel),
            ..Scope::ANY
        }
    }
    /// Known to be paid, gifted or otherwise sponsored.
    pub fn is_sponsored(&self) -> bool {
        self.sponsored == Some(true)
    }
    /// A post whose sponsorship the caller did not state (creator channels ask rather than assume).
    pub const fn unstated(channel: Channel) -> Scope {
        Scope {
            channel: Some(channel),
            sponsored: None,
            ..Scope::ANY
        }
    }
    pub const fn sponsored(channel: Channel) -> Scope {
        Scope {
            channel: Some(channel),
            sponsored: Some(true),
            ..Scope::ANY
        }
    }
}

/// A hit in original-text byte offsets; `severity` overrides the rule default when set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub severity: Option<Severity>,
}

/// A whole-text check for rules that are about absence or placement rather than a phrase.
pub type DocCheck = fn(&super::engine::Doc, &Scope) -> Vec<Hit>;

/// One rule. Every field is data; [`super::rules::CATALOG`] lists them all.
pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub tier: Tier,
    pub status: RuleStatus,
    /// Product classes the rule is about; empty = every class.
    pub classes: &'static [ProductClass],
    /// When true the rule runs only if the caller names one of `classes`; otherwise it also runs
    /// when no product class is given.
    pub needs_class: bool,
    pub channels: &'static [Channel],
    pub needs_channel: bool,
    /// The rule runs only when no channel is given: the marketplace-wide form of rules that each
    /// platform's channels check in their own words.
    pub unset_channel_only: bool,
    pub title: Text,
    pub message: Text,
    pub citation: Citation,
    /// DSL patterns (see `inflect`).
    pub patterns: &'static [&'static str],
    /// Phrases that cancel any hit they overlap (政治 for 治, 楽しみ for しみ, the 56 efficacies).
    pub exceptions: &'static [&'static str],
    pub near: &'static [Near],
    /// Target × predicate claims, matched besides `patterns`.
    pub claims: &'static [Claim],
    /// Product classes for which a claim or pattern hit is an approvable efficacy (a quasi-drug's
    /// approved wording, a 機能性表示食品's notified claim): reported as info asking for the
    /// approval or notification rather than as a violation.
    pub approvable_for: &'static [ProductClass],
    /// The approvable wording itself (シワを改善, メラニンの生成を抑え): a hit in an approvable class
    /// is info only when it overlaps one of these; empty means every hit of the rule is approvable.
    pub approved_wording: &'static [&'static str],
    /// A denial or an appearance right after a hit (わけではありません, ように見せる) cancels it;
    /// off for rules about denials themselves (SM-NEG).
    pub negatable: bool,
    /// The rule is about sponsored posts: off when the caller says the post is not sponsored.
    pub sponsored_only: bool,
    /// A fallback rule (CS-RANGE) yields to any other finding overlapping it.
    pub fallback: bool,
    pub check: Option<DocCheck>,
    /// Japanese rewrites offered for one-click replacement.
    pub suggestions: &'static [&'static str],
    /// Scope the examples are linted in.
    pub example_scope: Scope,
    pub ng: &'static [&'static str],
    pub ok: &'static [&'static str],
}

/// Defaults for rule literals: `Rule { id: …, ..BASE }`.
pub const BASE: Rule = Rule {
    id: "",
    category: Category::Law,
    severity: Severity::Error,
    tier: Tier::Recommended,
    status: RuleStatus::Secondary,
    classes: &[],
    needs_class: false,
    channels: &[],
    needs_channel: false,
    unset_channel_only: false,
    title: Text { zh: "", ja: "", en: "" },
    message: Text { zh: "", ja: "", en: "" },
    citation: Citation {
        law: "",
        article: "",
        url: "",
        date: "",
    },
    patterns: &[],
    exceptions: &[],
    near: &[],
    claims: &[],
    approvable_for: &[],
    approved_wording: &[],
    negatable: true,
    sponsored_only: false,
    fallback: false,
    check: None,
    suggestions: &[],
    example_scope: Scope::ANY,
    ng: &[],
    ok: &[],
};

impl Rule {
    pub fn applies_to(&self, scope: &Scope) -> bool {
        let class_ok = self.classes.is_empty()
            || match scope.class {
                Some(class) => self.classes.contains(&class),
                None => !self.needs_class,
            };
        let channel_ok = self.channels.is_empty()
            || match scope.channel {
                Some(channel) => self.channels.contains(&channel),
                None => !self.needs_channel,
            };
        let unset_ok = !self.unset_channel_only || scope.channel.is_none();
        class_ok && channel_ok && unset_ok && !(self.sponsored_only && scope.sponsored == Some(false))
    }
}

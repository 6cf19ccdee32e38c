//! Every occurrence of every catalog literal in a folded text: a two-character prefilter and a
//! character trie.
//!
//! One Aho–Corasick automaton over ~17,000 literals touches its 1.3 MB of states at every byte
//! and the scan was memory-bound (a DFA, 74 MB, was no faster). Here each character costs a hash
//! of it and the character before and a bit test in a 16 KB bitmap; only where a literal begins
//! with those two characters (about one position in five in listing copy) is the trie walked.
//! Matches are reported by start, shortest first.

use std::collections::HashMap;

/// Bits of the prefilter hash: 2^17 bits = 16 KB, about 2 % false candidates for 2,600 keys.
const FILTER_BITS: u32 = 17;
/// No literal or no second character.
const NONE: u32 = u32::MAX;
const EMPTY: u64 = u64::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    /// Children in `edge_chars` / `edge_nodes`, sorted by character.
    edges: (u32, u32),
    /// The literal that ends here, or [`NONE`].
    literal: u32,
}

pub struct Matcher {
    /// One bit per hash of a key in `slots`: most positions are rejected here.
    filter: Vec<u64>,
    /// Open-addressed (key, node) table; a key is the first two characters of a literal, or the
    /// character and [`NONE`] for a one-character literal. The node is stored in the slot, not as
    /// an index into `nodes`: a candidate position then costs one memory access fewer.
    slots: Vec<(u64, Node)>,
    slot_bits: u32,
    nodes: Vec<Node>,
    edge_chars: Vec<u32>,
    edge_nodes: Vec<u32>,
}

/// UTF-8 width of the character whose lead byte is `lead`.
#[inline(always)]
fn width(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The `width` bytes of the character at `at` as one number (distinct for distinct characters).
#[inline(always)]
fn pack(bytes: &[u8], at: usize, width: usize) -> u32 {
    match bytes.get(at..at + width) {
        Some(&[a]) => u32::from(a),
        Some(&[a, b]) => u32::from(a) << 8 | u32::from(b),
        Some(&[a, b, c]) => u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c),
        Some(&[a, b, c, d]) => u32::from(a) << 24 | u32::from(b) << 16 | u32::from(c) << 8 | u32::from(d),
        _ => NONE,
    }
}

#[inline(always)]
fn key(first: u32, second: u32) -> u64 {
    u64::from(first) << 32 | u64::from(second)
}

#[inline(always)]
fn hash(key: u64, bits: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// The characters of `literal`, packed.
fn chars(literal: &str) -> Vec<u32> {
    let bytes = literal.as_bytes();
    let mut at = 0;
    let mut out = Vec::new();
    while at < bytes.len() {
        let w = width(bytes[at]);
        out.push(pack(bytes, at, w));
        at += w;
    }
    out
}

impl Matcher {
    /// A matcher for `literals` (non-empty, distinct); matches report the literal's index.
    pub fn new(literals: &[String]) -> Matcher {
        let mut nodes: Vec<Node> = Vec::new();
        let mut roots: HashMap<u64, u32> = HashMap::new();
        let mut children: HashMap<(u32, u32), u32> = HashMap::new();
        let new_node = |nodes: &mut Vec<Node>| {
            nodes.push(Node {
                edges: (0, 0),
                literal: NONE,
            });
            (nodes.len() - 1) as u32
        };
        for (index, literal) in literals.iter().enumerate() {
            let chars = chars(literal);
            let Some(&first) = chars.first() else { continue };
            let second = chars.get(1).copied().unwrap_or(NONE);
            let mut node = *roots.entry(key(first, second)).or_insert_with(|| new_node(&mut nodes));
            for &c in chars.iter().skip(2) {
                node = *children.entry((node, c)).or_insert_with(|| new_node(&mut nodes));
            }
            nodes[node as usize].literal = index as u32;
        }
        let mut edges: Vec<(u32, u32, u32)> = children.into_iter().map(|((parent, c), child)| (parent, c, child)).collect();
        edges.sort_unstable();
        let mut edge_chars = Vec::with_capacity(edges.len());
        let mut edge_nodes = Vec::with_capacity(edges.len());
        for (at, &(parent, c, child)) in edges.iter().enumerate() {
            let node = &mut nodes[parent as usize];
            if node.edges == (0, 0) {
                node.edges.0 = at as u32;
            }
            node.edges.1 = at as u32 + 1;
            edge_chars.push(c);
            edge_nodes.push(child);
        }
        let slot_bits = (roots.len() * 2).next_power_of_two().trailing_zeros().max(4);
        let vacant = Node {
            edges: (0, 0),
            literal: NONE,
        };
        let mut slots = vec![(EMPTY, vacant); 1 << slot_bits];
        let mut filter = vec![0u64; 1 << (FILTER_BITS - 6)];
        for (&k, &node) in &roots {
            let bit = hash(k, FILTER_BITS);
            filter[bit / 64] |= 1 << (bit % 64);
            let mut at = hash(k, slot_bits);
            while slots[at].0 != EMPTY {
                at = (at + 1) & (slots.len() - 1);
            }
            slots[at] = (k, nodes[node as usize]);
        }
        Matcher {
            filter,
            slots,
            slot_bits,
            nodes,
            edge_chars,
            edge_nodes,
        }
    }

    /// The node of `key`, if some literal begins with it.
    #[inline(always)]
    fn root(&self, key: u64) -> Option<Node> {
        let bit = hash(key, FILTER_BITS);
        if self.filter.get(bit / 64).is_none_or(|word| word >> (bit % 64) & 1 == 0) {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = hash(key, self.slot_bits);
        loop {
            let &(k, node) = self.slots.get(at)?;
            if k == key {
                return Some(node);
            }
            if k == EMPTY {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    #[inline(always)]
    fn child(&self, node: Node, c: u32) -> Option<Node> {
        let (from, to) = (node.edges.0 as usize, node.edges.1 as usize);
        let chars = self.edge_chars.get(from..to)?;
        let at = if chars.len() <= 8 {
            chars.iter().position(|&e| e == c)?
        } else {
            chars.binary_search(&c).ok()?
        };
        self.nodes.get(*self.edge_nodes.get(from + at)? as usize).copied()
    }

    /// Calls `found(start, end, literal)` for every occurrence of every literal in `text`, by
    /// start and then by end; stops early when `found` returns false.
    pub fn for_each(&self, text: &str, mut found: impl FnMut(usize, usize, usize) -> bool) {
        let bytes = text.as_bytes();
        let Some(&lead) = bytes.first() else { return };
        let mut start = 0;
        let mut first_width = width(lead);
        let mut first = pack(bytes, 0, first_width);
        while start < bytes.len() {
            let second_at = start + first_width;
            if let Some(single) = self.root(key(first, NONE)) {
                if single.literal != NONE && !found(start, second_at, single.literal as usize) {
                    return;
                }
            }
            let Some(&lead) = bytes.get(second_at) else { return };
            let second_width = width(lead);
            let second = pack(bytes, second_at, second_width);
            if let Some(mut node) = self.root(key(first, second)) {
                let mut end = second_at + second_width;
                loop {
                    if node.literal != NONE && !found(start, end, node.literal as usize) {
                        return;
                    }
                    let Some(&lead) = bytes.get(end) else { break };
                    let w = width(lead);
                    match self.child(node, pack(bytes, end, w)) {
                        Some(next) => {
                            node = next;
                            end += w;
                        }
                        None => break,
                    }
                }
            }
            start = second_at;
            first = second;
            first_width = second_width;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    /// Aho–Corasick's overlapping matches, in its order (by end, then by start).
    fn reference(literals: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        let automaton = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(literals).unwrap();
        automaton
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    fn found(literals: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        Matcher::new(literals).for_each(text, |s, e, l| {
            out.push((s, e, l));
            true
        });
        out
    }

    #[test]
    fn finds_what_aho_corasick_finds() {
        let literals: Vec<String> = [
            "しみ",
            "しみが消える",
            "消え",
            "消える",
            "肌",
            "肌荒れ",
            "no.1",
            "o",
            "a",
            "é",
            "𠮷野",
            "みが",
            "ab",
            "abc",
            "bc",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for text in [
            "",
            "a",
            "肌",
            "しみが消える肌荒れ",
            "no.1やno.10",
            "abcabc",
            "éé𠮷野家の肌",
            "しみしみがしみが消えるo",
            "x肌",
        ] {
            let mut expected = reference(&literals, text);
            expected.sort_unstable();
            assert_eq!(found(&literals, text), expected, "{text}");
        }
    }

    #[test]
    fn agrees_with_aho_corasick_on_random_literals_and_texts() {
        const ALPHABET: [char; 8] = ['a', 'b', 'é', 'し', 'み', '肌', '𠮷', '1'];
        let mut next = crate::lint::random_below(0x9e37_79b9);
        for _ in 0..200 {
            let mut literals: Vec<String> = (0..1 + next(12))
                .map(|_| (0..1 + next(4)).map(|_| ALPHABET[next(8)]).collect())
                .collect();
            literals.sort();
            literals.dedup();
            let text: String = (0..next(40)).map(|_| ALPHABET[next(8)]).collect();
            let mut expected = reference(&literals, &text);
            expected.sort_unstable();
            assert_eq!(found(&literals, &text), expected, "{literals:?} in {text}");
        }
    }

    #[test]
    fn reports_by_start_then_end_and_stops_when_asked() {
        let literals: Vec<String> = ["肌", "肌荒", "肌荒れ", "荒れ"].iter().map(|s| s.to_string()).collect();
        let spans: Vec<(usize, usize)> = found(&literals, "肌荒れ肌").iter().map(|&(s, e, _)| (s, e)).collect();
        assert_eq!(spans, [(0, 3), (0, 6), (0, 9), (3, 9), (9, 12)]);
        let mut count = 0;
        Matcher::new(&literals).for_each("肌荒れ肌", |_, _, _| {
            count += 1;
            count < 2
        });
        assert_eq!(count, 2);
    }
}

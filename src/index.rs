//! The immutable alias index: an `fst::Map` over normalized keys plus flat
//! tables (entities, aliases, tokens, postings) beside it.
//!
//! Key spaces in the one fst (normalized text is `[a-z ]`, so the `:` of
//! the prefix can never occur inside a key):
//! - `f:<full normalized alias>` → full-name id → aliases with that name;
//! - `j:<alias without spaces>` → joined id → aliases (for `AlisherUsmanov`);
//! - `t:<token>` → token id → aliases containing the token;
//! - `s:<skeleton>` → skeleton id → tokens with that skeleton;
//! - `d:<skeleton less one char>` → the skeletons (of 4 or more chars) one
//!   deletion away: a single-edit neighbourhood that is found by exact
//!   lookups, without a fuzzy walk.
//!
//! All tables are flat `u32`/`u8` arrays and string blobs, so saving is a
//! copy and loading is a bounds-checked decode without per-entity
//! allocation.

use std::collections::BTreeMap;

use fst::{IntoStreamer, Map, Streamer};

use crate::automaton::WeightedLevenshtein;
use crate::codec::{Reader, Writer};
use crate::cost::Cost;
use crate::error::{Error, Result};

/// Key-space prefixes.
pub(crate) const FULL: &[u8] = b"f:";
pub(crate) const JOINED: &[u8] = b"j:";
pub(crate) const TOKEN: &[u8] = b"t:";
pub(crate) const SKEL: &[u8] = b"s:";
pub(crate) const DEL: &[u8] = b"d:";

/// A table of strings stored in one blob.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct StrTable {
    blob: String,
    ends: Vec<u32>,
}

impl StrTable {
    pub(crate) fn push(&mut self, s: &str) {
        self.blob.push_str(s);
        self.ends.push(self.blob.len() as u32);
    }

    pub(crate) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.blob[start..self.ends[i] as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    fn write(&self, w: &mut Writer) {
        w.bytes(self.blob.as_bytes());
        w.u32s(&self.ends);
    }

    fn read(r: &mut Reader<'_>) -> Result<StrTable> {
        let blob = String::from_utf8(r.bytes()?.to_vec())
            .map_err(|_| Error::corrupt("string table is not UTF-8"))?;
        let ends = r.u32s()?;
        let mut prev = 0usize;
        for &e in &ends {
            let e = e as usize;
            if e < prev || e > blob.len() || !blob.is_char_boundary(e) {
                return Err(Error::corrupt("string table offsets out of order"));
            }
            prev = e;
        }
        Ok(StrTable { blob, ends })
    }
}

/// A list of lists of `u32` in CSR form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lists {
    ends: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    pub(crate) fn push(&mut self, list: &[u32]) {
        self.items.extend_from_slice(list);
        self.ends.push(self.items.len() as u32);
    }

    pub(crate) fn get(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.items[start..self.ends[i] as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    fn write(&self, w: &mut Writer) {
        w.u32s(&self.ends);
        w.u32s(&self.items);
    }

    /// Reads and checks offsets and that every item is `< bound`.
    fn read(r: &mut Reader<'_>, bound: usize) -> Result<Lists> {
        Lists::check((r.u32s()?, r.u32s()?), bound)
    }
}

/// Flags of an alias.
pub(crate) const ALIAS_CANONICAL: u8 = 1;

/// Coarse entity kinds that change how names are matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Person = 0,
    Place = 1,
    Other = 2,
}

impl Kind {
    pub(crate) fn parse(kind: Option<&str>) -> Kind {
        match kind.map(|k| k.trim().to_ascii_lowercase()) {
            None => Kind::Person,
            Some(k) if k.is_empty() || k == "person" || k == "people" || k == "per" => Kind::Person,
            Some(k) if k == "place" || k == "location" || k == "loc" || k == "gpe" => Kind::Place,
            Some(_) => Kind::Other,
        }
    }

    fn from_u8(b: u8) -> Result<Kind> {
        match b {
            0 => Ok(Kind::Person),
            1 => Ok(Kind::Place),
            2 => Ok(Kind::Other),
            _ => Err(Error::corrupt("bad entity kind")),
        }
    }
}

/// Everything the resolver reads; built by `ResolverBuilder`, saved and
/// loaded as bytes.
#[derive(Clone, Debug)]
pub(crate) struct AliasIndex {
    pub(crate) fst: Map<Vec<u8>>,
    pub(crate) ent_ids: StrTable,
    pub(crate) ent_names: StrTable,
    pub(crate) ent_kinds: StrTable,
    pub(crate) ent_kind: Vec<u8>,
    pub(crate) alias_entity: Vec<u32>,
    pub(crate) alias_flags: Vec<u8>,
    pub(crate) alias_text: StrTable,
    /// Token ids of each alias, in order.
    pub(crate) alias_tokens: Lists,
    pub(crate) tokens: StrTable,
    /// Aliases containing each token (sorted, unique).
    pub(crate) token_postings: Lists,
    /// Tokens with each skeleton.
    pub(crate) skel_tokens: Lists,
    /// Skeletons with each one-deletion variant.
    pub(crate) del_skels: Lists,
    /// Aliases with each full name / joined name.
    pub(crate) full_aliases: Lists,
}

/// Collects entities and aliases, then sorts and writes the fst once.
#[derive(Default)]
pub(crate) struct IndexBuilder {
    ent_ids: StrTable,
    ent_names: StrTable,
    ent_kinds: StrTable,
    ent_kind: Vec<u8>,
    alias_entity: Vec<u32>,
    alias_flags: Vec<u8>,
    alias_text: StrTable,
    alias_tokens: Lists,
    token_ids: BTreeMap<String, u32>,
    token_list: Vec<String>,
    postings: Vec<Vec<u32>>,
    full: BTreeMap<Vec<u8>, Vec<u32>>,
}

impl IndexBuilder {
    pub(crate) fn add_entity(&mut self, id: &str, name: &str, kind: Option<&str>) -> u32 {
        let idx = self.ent_ids.len() as u32;
        self.ent_ids.push(id);
        self.ent_names.push(name);
        self.ent_kinds.push(kind.unwrap_or(""));
        self.ent_kind.push(Kind::parse(kind) as u8);
        idx
    }

    /// Adds one alias of entity `ent`, already normalized into `tokens`.
    pub(crate) fn add_alias(&mut self, ent: u32, text: &str, tokens: &[&str], flags: u8) {
        let alias = self.alias_entity.len() as u32;
        self.alias_entity.push(ent);
        self.alias_flags.push(flags);
        self.alias_text.push(text);
        let mut ids = Vec::with_capacity(tokens.len());
        for t in tokens {
            let id = match self.token_ids.get(*t) {
                Some(&id) => id,
                None => {
                    let id = self.token_list.len() as u32;
                    self.token_ids.insert(t.to_string(), id);
                    self.token_list.push(t.to_string());
                    self.postings.push(Vec::new());
                    id
                }
            };
            let p = &mut self.postings[id as usize];
            if p.last() != Some(&alias) {
                p.push(alias);
            }
            ids.push(id);
        }
        self.alias_tokens.push(&ids);
        let full = tokens.join(" ");
        self.full.entry([FULL, full.as_bytes()].concat()).or_default().push(alias);
        if tokens.len() > 1 {
            self.full.entry([JOINED, tokens.concat().as_bytes()].concat()).or_default().push(alias);
        }
    }

    /// Renumbers tokens in sorted order, groups skeletons and writes the fst.
    pub(crate) fn finish(self) -> Result<AliasIndex> {
        // token_ids is a BTreeMap: iterate in sorted order for stable ids.
        let mut remap = vec![0u32; self.token_list.len()];
        let mut tokens = StrTable::default();
        let mut token_postings = Lists::default();
        let mut keys: Vec<(Vec<u8>, u64)> = Vec::new();
        let mut skels: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (new, (tok, &old)) in self.token_ids.iter().enumerate() {
            remap[old as usize] = new as u32;
            tokens.push(tok);
            token_postings.push(&self.postings[old as usize]);
            keys.push(([TOKEN, tok.as_bytes()].concat(), new as u64));
            skels.entry(crate::skeleton::skeleton(tok)).or_default().push(new as u32);
        }
        let mut alias_tokens = Lists::default();
        for a in 0..self.alias_tokens.len() {
            let ids: Vec<u32> = self.alias_tokens.get(a).iter().map(|&t| remap[t as usize]).collect();
            alias_tokens.push(&ids);
        }
        let mut skel_tokens = Lists::default();
        let mut dels: BTreeMap<Vec<u8>, Vec<u32>> = BTreeMap::new();
        for (i, (skel, toks)) in skels.iter().enumerate() {
            keys.push(([SKEL, skel.as_bytes()].concat(), i as u64));
            skel_tokens.push(toks);
            for v in deletions(skel) {
                let list = dels.entry(v).or_default();
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            }
        }
        let mut del_skels = Lists::default();
        for (i, (v, list)) in dels.iter().enumerate() {
            keys.push(([DEL, v.as_slice()].concat(), i as u64));
            del_skels.push(list);
        }
        let mut full_aliases = Lists::default();
        for (i, (key, aliases)) in self.full.iter().enumerate() {
            keys.push((key.clone(), i as u64));
            full_aliases.push(aliases);
        }
        keys.sort_unstable();
        let fst = Map::from_iter(keys)?;
        Ok(AliasIndex {
            fst,
            ent_ids: self.ent_ids,
            ent_names: self.ent_names,
            ent_kinds: self.ent_kinds,
            ent_kind: self.ent_kind,
            alias_entity: self.alias_entity,
            alias_flags: self.alias_flags,
            alias_text: self.alias_text,
            alias_tokens,
            tokens,
            token_postings,
            skel_tokens,
            del_skels,
            full_aliases,
        })
    }
}

/// The one-deletion variants of a skeleton of 4 or more bytes, distinct.
pub(crate) fn deletions(skel: &str) -> Vec<Vec<u8>> {
    let b = skel.as_bytes();
    if b.len() < 4 {
        return Vec::new();
    }
    let mut out: Vec<Vec<u8>> = Vec::with_capacity(b.len());
    for i in 0..b.len() {
        // Deleting either of two equal neighbours gives the same string.
        if i > 0 && b[i] == b[i - 1] {
            continue;
        }
        let mut v = Vec::with_capacity(b.len() - 1);
        v.extend_from_slice(&b[..i]);
        v.extend_from_slice(&b[i + 1..]);
        out.push(v);
    }
    out
}

impl AliasIndex {
    /// Exact lookup of `prefix + key`.
    pub(crate) fn get(&self, prefix: &[u8], key: &str) -> Option<usize> {
        let mut k = Vec::with_capacity(prefix.len() + key.len());
        k.extend_from_slice(prefix);
        k.extend_from_slice(key.as_bytes());
        self.fst.get(k).map(|v| v as usize)
    }

    /// Fuzzy search in one key space: `(value, cost)` of each key within
    /// the automaton's budget, in key order, at most `max` of them.
    pub(crate) fn search(&self, aut: &WeightedLevenshtein<'_>, prefix: &[u8], max: usize) -> Vec<(usize, Cost)> {
        let mut upper = prefix.to_vec();
        if let Some(last) = upper.last_mut() {
            *last += 1;
        }
        let mut stream = self.fst.search_with_state(aut).ge(prefix).lt(&upper).into_stream();
        let mut out = Vec::new();
        while let Some((_, v, state)) = stream.next() {
            if let Some(c) = aut.cost(&state) {
                out.push((v as usize, c));
                if out.len() >= max {
                    break;
                }
            }
        }
        out
    }

    pub(crate) fn kind_of(&self, ent: usize) -> Kind {
        Kind::from_u8(self.ent_kind[ent]).unwrap_or(Kind::Other)
    }

    pub(crate) fn entity_count(&self) -> usize {
        self.ent_ids.len()
    }

    pub(crate) fn alias_count(&self) -> usize {
        self.alias_entity.len()
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.bytes(self.fst.as_fst().as_bytes());
        self.ent_ids.write(w);
        self.ent_names.write(w);
        self.ent_kinds.write(w);
        w.bytes(&self.ent_kind);
        w.u32s(&self.alias_entity);
        w.bytes(&self.alias_flags);
        self.alias_text.write(w);
        self.alias_tokens.write(w);
        self.tokens.write(w);
        self.token_postings.write(w);
        self.skel_tokens.write(w);
        self.del_skels.write(w);
        self.full_aliases.write(w);
    }

    pub(crate) fn read(r: &mut Reader<'_>) -> Result<AliasIndex> {
        let fst = Map::new(r.bytes()?.to_vec()).map_err(|e| Error::corrupt(format!("fst: {e}")))?;
        // The fst's own CRC32 over its nodes: a damaged body never reaches
        // a search.
        fst.as_fst().verify().map_err(|e| Error::corrupt(format!("fst: {e}")))?;
        let ent_ids = StrTable::read(r)?;
        let ent_names = StrTable::read(r)?;
        let ent_kinds = StrTable::read(r)?;
        let ent_kind = r.bytes()?.to_vec();
        let n_ent = ent_ids.len();
        if ent_names.len() != n_ent || ent_kinds.len() != n_ent || ent_kind.len() != n_ent {
            return Err(Error::corrupt("entity tables differ in length"));
        }
        for &k in &ent_kind {
            Kind::from_u8(k)?;
        }
        let alias_entity = r.u32s()?;
        if alias_entity.iter().any(|&e| e as usize >= n_ent) {
            return Err(Error::corrupt("alias entity out of range"));
        }
        let n_alias = alias_entity.len();
        let alias_flags = r.bytes()?.to_vec();
        let alias_text = StrTable::read(r)?;
        let alias_tokens_raw = (r.u32s()?, r.u32s()?);
        let tokens = StrTable::read(r)?;
        let alias_tokens = Lists::check(alias_tokens_raw, tokens.len())?;
        let token_postings = Lists::read(r, n_alias)?;
        let skel_tokens = Lists::read(r, tokens.len())?;
        let del_skels = Lists::read(r, skel_tokens.len())?;
        let full_aliases = Lists::read(r, n_alias)?;
        if alias_flags.len() != n_alias
            || alias_text.len() != n_alias
            || alias_tokens.len() != n_alias
            || token_postings.len() != tokens.len()
        {
            return Err(Error::corrupt("alias tables differ in length"));
        }
        if (0..alias_tokens.len()).any(|a| alias_tokens.get(a).is_empty()) {
            return Err(Error::corrupt("alias without tokens"));
        }
        r.finish()?;
        Ok(AliasIndex {
            fst,
            ent_ids,
            ent_names,
            ent_kinds,
            ent_kind,
            alias_entity,
            alias_flags,
            alias_text,
            alias_tokens,
            tokens,
            token_postings,
            skel_tokens,
            del_skels,
            full_aliases,
        })
    }
}

impl Lists {
    fn check((ends, items): (Vec<u32>, Vec<u32>), bound: usize) -> Result<Lists> {
        let mut prev = 0u32;
        for &e in &ends {
            if e < prev || e as usize > items.len() {
                return Err(Error::corrupt("list offsets out of order"));
            }
            prev = e;
        }
        if items.iter().any(|&x| x as usize >= bound) {
            return Err(Error::corrupt("list item out of range"));
        }
        Ok(Lists { ends, items })
    }
}

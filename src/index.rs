//! The immutable alias index: an `fst::Map` over normalized keys plus flat
//! tables (entities, aliases, tokens, postings) beside it.
//!
//! Key spaces in the one fst (normalized text is `[a-z' ]`, so the `:` of
//! the prefix can never occur inside a key):
//! - `f:<full normalized alias>` → full-name id → aliases with that name;
//! - `j:<alias without spaces>` → joined id → aliases (for `AlisherUsmanov`);
//! - `t:<token>` → token id → aliases containing the token;
//! - `s:<skeleton>` → skeleton id → tokens with that skeleton;
//! - `d:<skeleton less one char>` → the skeletons (of 4 or more chars) one
//!   deletion away: a single-edit neighbourhood that is found by exact
//!   lookups, without a fuzzy walk.
//!
//! All tables are flat `u32`/`u8` arrays and string blobs (`table.rs`): a
//! built index is its file's bytes, and a loaded one reads them in place
//! after checking them, without copying or allocating per entity.

use std::collections::BTreeMap;

use fst::Map;

use crate::automaton::WeightedLevenshtein;
use crate::codec::{Reader, Writer};
use crate::cost::Cost;
use crate::error::{Error, Result};
use crate::table::{Bytes, Lists, ListsBuf, Shared, StrBuf, StrTable, U32Slice, U32Table};

/// Key-space prefixes.
pub(crate) const FULL: &[u8] = b"f:";
pub(crate) const JOINED: &[u8] = b"j:";
pub(crate) const TOKEN: &[u8] = b"t:";
pub(crate) const SKEL: &[u8] = b"s:";
pub(crate) const DEL: &[u8] = b"d:";

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

    pub(crate) fn from_u8(b: u8) -> Result<Kind> {
        match b {
            0 => Ok(Kind::Person),
            1 => Ok(Kind::Place),
            2 => Ok(Kind::Other),
            _ => Err(Error::corrupt("bad entity kind")),
        }
    }
}

/// Everything the resolver reads: views over one index file.
#[derive(Clone, Debug)]
pub(crate) struct AliasIndex {
    file: Bytes,
    fst: Map<Bytes>,
    ent_ids: StrTable,
    ent_names: StrTable,
    ent_kinds: StrTable,
    ent_kind: Bytes,
    /// Entity of each alias (sorted: aliases are grouped by entity).
    alias_entity: U32Table,
    alias_flags: Bytes,
    alias_text: StrTable,
    /// Token ids of each alias, in order.
    alias_tokens: Lists,
    tokens: StrTable,
    /// Aliases containing each token (sorted, unique).
    token_postings: Lists,
    /// Tokens with each skeleton.
    skel_tokens: Lists,
    /// Skeletons with each one-deletion variant.
    del_skels: Lists,
    /// Aliases with each full name / joined name.
    full_aliases: Lists,
    /// Where each key space starts (see [`Self::space`]), found on first
    /// use (after any `verify`: reading the fst's nodes is its job).
    spaces: std::sync::OnceLock<[Option<(fst::raw::CompiledAddr, u64)>; 128]>,
}

/// The distinct words of a catalogue, numbered in the order they are
/// first seen while building.
#[derive(Default)]
pub(crate) struct WordIds {
    ids: BTreeMap<String, u32>,
}

impl WordIds {
    /// The number of `word`, and whether this is its first sight.
    pub(crate) fn intern(&mut self, word: &str) -> (u32, bool) {
        if let Some(&id) = self.ids.get(word) {
            return (id, false);
        }
        let id = self.ids.len() as u32;
        self.ids.insert(word.to_string(), id);
        (id, true)
    }

    /// The number of distinct words.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// The order of the index's token table: `(skeleton, word, number)`
    /// by skeleton, then spelling. The words of one skeleton, which a query
    /// scores together, are neighbours in the token and postings tables (a
    /// few cache lines, not one per word), and in spelling order for the
    /// automaton's shared rows.
    pub(crate) fn skeleton_order(&self) -> Vec<(String, &str, u32)> {
        let mut order: Vec<(String, &str, u32)> = self
            .ids
            .iter()
            .map(|(w, &id)| (crate::skeleton::skeleton(w), w.as_str(), id))
            .collect();
        order.sort_unstable();
        order
    }
}

/// Collects entities and aliases, then sorts and writes the fst once.
#[derive(Default)]
pub(crate) struct IndexBuilder {
    ent_ids: StrBuf,
    ent_names: StrBuf,
    ent_kinds: StrBuf,
    ent_kind: Vec<u8>,
    alias_entity: Vec<u32>,
    alias_flags: Vec<u8>,
    alias_text: StrBuf,
    alias_tokens: ListsBuf,
    words: WordIds,
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
            let (id, new) = self.words.intern(t);
            if new {
                self.postings.push(Vec::new());
            }
            let p = &mut self.postings[id as usize];
            if p.last() != Some(&alias) {
                p.push(alias);
            }
            ids.push(id);
        }
        self.alias_tokens.push(&ids);
        let full = tokens.join(" ");
        self.full
            .entry([FULL, full.as_bytes()].concat())
            .or_default()
            .push(alias);
        if tokens.len() > 1 {
            self.full
                .entry([JOINED, tokens.concat().as_bytes()].concat())
                .or_default()
                .push(alias);
        }
    }

    /// Renumbers tokens by skeleton and spelling, groups skeletons, writes the fst
    /// and returns the index file's bytes.
    pub(crate) fn finish(self) -> Result<Vec<u8>> {
        let order = self.words.skeleton_order();
        let mut remap = vec![0u32; self.words.len()];
        let mut tokens = StrBuf::default();
        let mut token_postings = ListsBuf::default();
        let mut keys: Vec<(Vec<u8>, u64)> = Vec::new();
        let mut skels: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut alternates = Vec::new();
        for (new, (skel, tok, old)) in order.into_iter().enumerate() {
            remap[old as usize] = new as u32;
            tokens.push(tok);
            token_postings.push(&self.postings[old as usize]);
            keys.push(([TOKEN, tok.as_bytes()].concat(), new as u64));
            skels.entry(skel).or_default().push(new as u32);
            if let Some(alt) = crate::malay_latin::dutch_era_skeleton(tok) {
                alternates.push((alt, new as u32));
            }
        }
        add_alternate_skeletons(&mut skels, alternates);
        let mut alias_tokens = ListsBuf::default();
        for a in 0..self.alias_tokens.len() {
            let ids: Vec<u32> = self
                .alias_tokens
                .get(a)
                .iter()
                .map(|&t| remap[t as usize])
                .collect();
            alias_tokens.push(&ids);
        }
        let (skel_tokens, dels) = skeleton_tables(&skels);
        for (i, skel) in skels.keys().enumerate() {
            keys.push(([SKEL, skel.as_bytes()].concat(), i as u64));
        }
        let mut del_skels = ListsBuf::default();
        for (i, (v, list)) in dels.iter().enumerate() {
            keys.push(([DEL, v.as_slice()].concat(), i as u64));
            del_skels.push(list);
        }
        let mut full_aliases = ListsBuf::default();
        for (i, (key, aliases)) in self.full.iter().enumerate() {
            keys.push((key.clone(), i as u64));
            full_aliases.push(aliases);
        }
        keys.sort_unstable();
        let fst = Map::from_iter(keys)?;
        let mut w = Writer::default();
        w.bytes(fst.as_fst().as_bytes());
        self.ent_ids.write(&mut w);
        self.ent_names.write(&mut w);
        self.ent_kinds.write(&mut w);
        w.bytes(&self.ent_kind);
        w.u32s(&self.alias_entity);
        w.bytes(&self.alias_flags);
        self.alias_text.write(&mut w);
        alias_tokens.write(&mut w);
        tokens.write(&mut w);
        token_postings.write(&mut w);
        skel_tokens.write(&mut w);
        del_skels.write(&mut w);
        full_aliases.write(&mut w);
        Ok(w.into_file())
    }
}

/// A point of an fst walk: the node reached and the output so far.
pub(crate) type At<'f> = (fst::raw::Node<'f>, fst::raw::Output);

/// Adds each word of `alternates` (`(skeleton, word number)`) to the words
/// of that skeleton too, besides its own (the other reading of its
/// spelling: `malay_latin::dutch_era_skeleton`), keeping each list in
/// number order.
pub(crate) fn add_alternate_skeletons(
    skels: &mut BTreeMap<String, Vec<u32>>,
    alternates: Vec<(String, u32)>,
) {
    for (skel, id) in alternates {
        let list = skels.entry(skel).or_default();
        if let Err(at) = list.binary_search(&id) {
            list.insert(at, id);
        }
    }
}

/// The skeleton tables of the tokens grouped by skeleton (skeletons in key
/// order): the tokens of each skeleton, and for each one-deletion variant
/// (in key order) the skeletons it comes from, ascending.
pub(crate) fn skeleton_tables(
    skels: &BTreeMap<String, Vec<u32>>,
) -> (ListsBuf, BTreeMap<Vec<u8>, Vec<u32>>) {
    let mut skel_tokens = ListsBuf::default();
    let mut dels: BTreeMap<Vec<u8>, Vec<u32>> = BTreeMap::new();
    for (i, (skel, toks)) in skels.iter().enumerate() {
        skel_tokens.push(toks);
        for v in deletions(skel) {
            let list = dels.entry(v).or_default();
            if list.last() != Some(&(i as u32)) {
                list.push(i as u32);
            }
        }
    }
    (skel_tokens, dels)
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
    /// The bytes are followed through the fst in place (no key is built).
    pub(crate) fn get(&self, prefix: &[u8], key: &str) -> Option<usize> {
        let at = self.space(prefix)?;
        self.get_from(at, key.as_bytes())
    }

    /// The fst walk of `prefix` (where a key space starts). The key
    /// spaces' prefixes (`t:`, ...) are walked once and their ends kept:
    /// every lookup starts there.
    fn space(&self, prefix: &[u8]) -> Option<At<'_>> {
        let fst = self.fst.as_fst();
        let root = (fst.root(), fst::raw::Output::zero());
        let &[first, b':'] = prefix else {
            return self.walk(root, prefix);
        };
        let spaces = self.spaces.get_or_init(|| {
            let mut spaces = [None; 128];
            for p in [FULL, JOINED, TOKEN, SKEL, DEL] {
                if let Some((node, out)) = self.walk(root, p) {
                    spaces[p[0] as usize & 127] = Some((node.addr(), out.value()));
                }
            }
            spaces
        });
        match spaces[first as usize & 127] {
            Some((addr, out)) if first < 128 => Some((fst.node(addr), fst::raw::Output::new(out))),
            _ => self.walk(root, prefix),
        }
    }

    /// The fst walk of `prefix + key`: the node (and output so far) after
    /// the prefix and after each byte of `key` in turn, as far as the fst
    /// has them. Lookups of keys that share a prefix with `key` continue
    /// from it with [`Self::get_from`].
    pub(crate) fn path(&self, prefix: &[u8], key: &[u8]) -> Vec<At<'_>> {
        let fst = self.fst.as_fst();
        let mut path = Vec::with_capacity(key.len() + 1);
        let Some(mut at) = self.space(prefix) else {
            return path;
        };
        for &b in key {
            path.push(at);
            let Some(i) = at.0.find_input(b) else {
                return path;
            };
            let t = at.0.transition(i);
            at = (fst.node(t.addr), at.1.cat(t.out));
        }
        path.push(at);
        path
    }

    /// The value of the key that continues from `at` with `rest`.
    pub(crate) fn get_from(&self, at: At<'_>, rest: &[u8]) -> Option<usize> {
        let (node, out) = self.walk(at, rest)?;
        node.is_final()
            .then(|| out.cat(node.final_output()).value() as usize)
    }

    /// The point `bytes` lead to from `at`, if the fst has them.
    fn walk<'f>(&'f self, at: At<'f>, bytes: &[u8]) -> Option<At<'f>> {
        let fst = self.fst.as_fst();
        let (mut node, mut out) = at;
        for &b in bytes {
            let t = node.transition(node.find_input(b)?);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        Some((node, out))
    }

    /// Fuzzy search in the key space of the automaton's prefix:
    /// `(value, cost)` of each key within its budget, in key order, at
    /// most `max` of them.
    pub(crate) fn search(&self, aut: &WeightedLevenshtein<'_>, max: usize) -> Vec<(usize, Cost)> {
        aut.search(&self.fst, max)
            .into_iter()
            .map(|(v, c)| (v as usize, c))
            .collect()
    }

    pub(crate) fn kind_of(&self, ent: usize) -> Kind {
        let k = self.ent_kind.as_ref().get(ent).copied().unwrap_or(2);
        Kind::from_u8(k).unwrap_or(Kind::Other)
    }

    pub(crate) fn is_canonical(&self, alias: usize) -> bool {
        self.alias_flags.as_ref().get(alias).copied().unwrap_or(0) & ALIAS_CANONICAL != 0
    }

    pub(crate) fn entity_count(&self) -> usize {
        self.ent_ids.len()
    }

    /// The id of entity `ent`.
    pub(crate) fn entity_id(&self, ent: usize) -> &str {
        self.ent_ids.get(ent)
    }

    /// The canonical name of entity `ent`.
    pub(crate) fn entity_name(&self, ent: usize) -> &str {
        self.ent_names.get(ent)
    }

    /// The kind of entity `ent` as the catalogue wrote it (empty when none).
    pub(crate) fn entity_kind_text(&self, ent: usize) -> &str {
        self.ent_kinds.get(ent)
    }

    /// The entity with this id (ids are stored sorted).
    pub(crate) fn find_entity(&self, id: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.ent_ids.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.ent_ids.get(mid).cmp(id) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The entity of alias `alias`.
    pub(crate) fn entity_of(&self, alias: usize) -> u32 {
        self.alias_entity.get(alias)
    }

    /// Reads what an alignment of each of `aliases` reads first (its
    /// entity and kind, its word ids), in loops of independent loads: in
    /// a large index these are cache misses, which then overlap instead of
    /// waiting one by one between two alignments. Answers nothing.
    pub(crate) fn warm_aliases(&self, aliases: &[usize]) {
        let mut acc = 0u32;
        for &a in aliases {
            acc = acc.wrapping_add(self.alias_entity.get(a));
        }
        for &a in aliases {
            let e = self.alias_entity.get(a) as usize;
            acc = acc.wrapping_add(u32::from(
                self.ent_kind.as_ref().get(e).copied().unwrap_or(0),
            ));
        }
        for &a in aliases {
            acc = acc.wrapping_add(self.alias_tokens.get(a).iter().next().unwrap_or(0));
        }
        std::hint::black_box(acc);
    }

    /// The aliases of entity `ent` (aliases are grouped by entity).
    pub(crate) fn aliases_of(&self, ent: usize) -> std::ops::Range<usize> {
        let ae = self.alias_entity.view();
        let start = ae.partition_point(|e| (e as usize) < ent);
        let end = ae.partition_point(|e| (e as usize) <= ent);
        start..end
    }

    /// Alias `alias` as the catalogue wrote it.
    pub(crate) fn alias_text(&self, alias: usize) -> &str {
        self.alias_text.get(alias)
    }

    /// The token ids of alias `alias`, in order.
    pub(crate) fn alias_tokens(&self, alias: usize) -> U32Slice<'_> {
        self.alias_tokens.get(alias)
    }

    /// Token `tid`'s text.
    pub(crate) fn token(&self, tid: usize) -> &str {
        self.tokens.get(tid)
    }

    /// The number of distinct tokens.
    pub(crate) fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// The aliases containing token `tid` (sorted, unique).
    pub(crate) fn token_postings(&self, tid: usize) -> U32Slice<'_> {
        self.token_postings.get(tid)
    }

    /// The tokens with skeleton `sid` (the value of an `s:` key).
    pub(crate) fn skeleton_tokens(&self, sid: usize) -> U32Slice<'_> {
        self.skel_tokens.get_or_empty(sid)
    }

    /// The skeletons that deletion key `v` (the value of a `d:` key) is a
    /// one-deletion variant of.
    pub(crate) fn deletion_skeletons(&self, v: usize) -> U32Slice<'_> {
        self.del_skels.get_or_empty(v)
    }

    /// The aliases with full or joined name `v` (the value of an `f:` or
    /// `j:` key).
    pub(crate) fn full_aliases(&self, v: usize) -> U32Slice<'_> {
        self.full_aliases.get_or_empty(v)
    }

    pub(crate) fn alias_count(&self) -> usize {
        self.alias_entity.len()
    }

    /// The index file's bytes.
    pub(crate) fn file(&self) -> &[u8] {
        self.file.as_ref()
    }

    /// Every table item by item: strings UTF-8 with offsets in order and on
    /// character boundaries, list items in range of the table they index,
    /// entity kinds known, every alias with a word, aliases grouped by
    /// entity.
    fn check_tables(&self) -> Result<()> {
        for (t, what) in [
            (&self.ent_ids, "entity ids"),
            (&self.ent_names, "entity names"),
            (&self.ent_kinds, "entity kinds"),
            (&self.alias_text, "alias texts"),
            (&self.tokens, "tokens"),
        ] {
            t.check(what)?;
        }
        for &k in self.ent_kind.as_ref() {
            Kind::from_u8(k)?;
        }
        let (n_ent, n_alias) = (self.ent_ids.len(), self.alias_entity.len());
        self.alias_entity.check_bound(n_ent, "alias entity")?;
        self.alias_tokens.check(self.tokens.len(), "alias tokens")?;
        self.token_postings.check(n_alias, "postings")?;
        self.skel_tokens
            .check(self.tokens.len(), "skeleton tokens")?;
        self.del_skels
            .check(self.skel_tokens.len(), "deletion skeletons")?;
        self.full_aliases.check(n_alias, "full names")?;
        if (0..n_alias).any(|a| self.alias_tokens.get(a).is_empty()) {
            return Err(Error::corrupt("alias without tokens"));
        }
        let ae = self.alias_entity.view();
        if ae.iter().zip(ae.iter().skip(1)).any(|(a, b)| a > b) {
            return Err(Error::corrupt("aliases not grouped by entity"));
        }
        Ok(())
    }

    /// The deep check for files from elsewhere, beyond what [`Self::read`]
    /// checks: every table item by item (`check_tables`), the whole fst's
    /// structure and every value it can return (`fstcheck`), and the
    /// order of every list that lookups intersect or search (strictly
    /// increasing, as the builder writes them).
    pub(crate) fn verify(&self) -> Result<()> {
        use crate::limits::{MAX_TOKENS, MAX_TOKEN_CHARS};
        self.fst
            .as_fst()
            .verify()
            .map_err(|e| Error::corrupt(format!("fst: {e}")))?;
        self.check_tables()?;
        // The longest key the builder can write: a prefix and 16 words of
        // 48 chars (at most 4 UTF-8 bytes each) with spaces between.
        let max_key = 2 + MAX_TOKENS * (4 * MAX_TOKEN_CHARS + 1);
        let bounds: [(&[u8], usize); 5] = [
            (DEL, self.del_skels.len()),
            (FULL, self.full_aliases.len()),
            (JOINED, self.full_aliases.len()),
            (SKEL, self.skel_tokens.len()),
            (TOKEN, self.tokens.len()),
        ];
        crate::fstcheck::check(self.fst.as_fst(), &bounds, max_key)?;
        for (lists, what) in [
            (&self.token_postings, "postings"),
            (&self.full_aliases, "full names"),
            (&self.skel_tokens, "skeleton tokens"),
            (&self.del_skels, "deletion skeletons"),
        ] {
            lists.check_increasing(what)?;
        }
        Ok(())
    }

    /// Checks an index file's checksum and layout and makes views over
    /// it: the bytes are read once (the checksum); the fst's own CRC and
    /// the tables item by item are checked only by [`Self::verify`]. Every view reads in bounds
    /// whatever the bytes (empty strings and lists, 0 past the end), so a
    /// file forged to pass the checksum can give wrong answers but never
    /// make a table read panic; only the fst's nodes need `verify` for that.
    pub(crate) fn read(data: Shared) -> Result<AliasIndex> {
        let file = Bytes::new(data);
        let mut r = Reader::open(file.as_ref())?;
        let mut next = || -> Result<Bytes> { Ok(file.sub(r.bytes()?)) };
        // The file checksum covers the fst's bytes: the fst's own CRC32
        // would read them a second time (half the load time at 10M) and
        // stops no forger who can fix the checksum; `verify` checks it.
        let fst = Map::new(next()?).map_err(|e| Error::corrupt(format!("fst: {e}")))?;
        let mut strs = || -> Result<StrTable> {
            let blob = next()?;
            Ok(StrTable::new(blob, U32Table::new(next()?)?))
        };
        let ent_ids = strs()?;
        let ent_names = strs()?;
        let ent_kinds = strs()?;
        let ent_kind = next()?;
        let n_ent = ent_ids.len();
        if ent_names.len() != n_ent || ent_kinds.len() != n_ent || ent_kind.as_ref().len() != n_ent
        {
            return Err(Error::corrupt("entity tables differ in length"));
        }
        let alias_entity = U32Table::new(next()?)?;
        let n_alias = alias_entity.len();
        let alias_flags = next()?;
        let alias_text = StrTable::new(next()?, U32Table::new(next()?)?);
        let (at_ends, at_items) = (U32Table::new(next()?)?, U32Table::new(next()?)?);
        let tokens = StrTable::cached(next()?, U32Table::new(next()?)?);
        let alias_tokens = Lists::new(at_ends, at_items);
        let mut lists = || -> Result<Lists> {
            let ends = U32Table::new(next()?)?;
            Ok(Lists::new(ends, U32Table::new(next()?)?))
        };
        let token_postings = lists()?;
        let skel_tokens = lists()?;
        let del_skels = lists()?;
        let full_aliases = lists()?;
        if alias_flags.as_ref().len() != n_alias
            || alias_text.len() != n_alias
            || alias_tokens.len() != n_alias
            || token_postings.len() != tokens.len()
        {
            return Err(Error::corrupt("alias tables differ in length"));
        }
        r.finish()?;
        Ok(AliasIndex {
            file,
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
            spaces: std::sync::OnceLock::new(),
        })
    }
}

//! German names' spellings. German writes a final [t] as `dt` (`Brandt`,
//! `Schmidt`), which other spellings of the same name write `t` or `tt`; its umlauts are written out as `ue`, `oe`,
//! `ae`. Polish writes the German sounds with its own letters: `sch` as
//! `sz` (`Schulz`/`Szulc`), the diphthong `ei` ([aj]) as `aj`
//! (`Schneider`/`Sznajder`, `Weinberg`/`Wajnberg`). These rules make each
//! spelling meet the other, in both directions (the query may be either).
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented name: the Polish spelling against the German one.
//! let cat = Catalog::from_entities(vec![Entity::new("g", "Scheinwalder")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Sznajnwalder")).id(), Some("g"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Context, Cost, CostModel, EditClass};

/// Polish `sz` for German `sch`, and `aj` for `ei`.
const POLISH_SPELLING: Cost = 20;

/// Adds the rules (see the module docs) to `m`.
pub(crate) fn add_rules(m: &mut CostModel) {
    // `sz` and `sch` share their `s`: the `z` stands for `ch` after it.
    let after_s = Context::new("s", "");
    m.query_rule("z", "ch", after_s, POLISH_SPELLING, EditClass::Phonetic);
    m.query_rule("ch", "z", after_s, POLISH_SPELLING, EditClass::Phonetic);
    m.rule("aj", "ei", POLISH_SPELLING, EditClass::Phonetic);
    // A final `dt` is [t]: other spellings write `t` or `tt`. (A name
    // in `-d`, `Reinhard`, is written so in German too: not met here.)
    let end = Context::new("", "$");
    for other in ["t", "tt"] {
        m.query_rule("dt", other, end, FINAL_DT, EditClass::Phonetic);
        m.query_rule(other, "dt", end, FINAL_DT, EditClass::Phonetic);
    }
}

/// German final `dt` for `t` or `tt`.
const FINAL_DT: Cost = 20;

/// A German umlaut written out (`Mueller`, `Schroeder`, `Baer`).
const UMLAUT: Cost = 15;

/// What may follow the vowel of an umlaut written out: anything but the
/// `v`/`w` of a Slavic `-ev`/`-ew` suffix (`Kostoev` is Kostov's `-oev`,
/// not a German ö; `Nikolaev`, `Zuev`). German puts `f` after an umlaut
/// often (`Schaefer`), `v` and `w` seldom (`Loewe`).
const NOT_SLAVIC_EV: &str = "abcdefghijklmnopqrstuxyz'-$";

/// The German umlauts written out (`ue`, `oe`, `ae`) meet the plain
/// vowel, except where the `e` begins a Slavic `-ev`/`-ew`.
pub(crate) fn add_umlaut_rules(m: &mut CostModel) {
    let ctx = Context::new("", NOT_SLAVIC_EV);
    for (umlaut, vowel) in [("ue", "u"), ("oe", "o"), ("ae", "a")] {
        m.query_rule(umlaut, vowel, ctx, UMLAUT, EditClass::Phonetic);
        m.query_rule(vowel, umlaut, ctx, UMLAUT, EditClass::Phonetic);
    }
}

#[cfg(test)]
mod tests {
    use crate::cost::{distance, CostModel, UNIT};

    #[test]
    fn polish_spellings_of_german_sounds_are_cheap() {
        let m = CostModel::default();
        // Invented names, both directions.
        assert!(distance(&m, "szolter", "scholter") <= 20);
        assert!(distance(&m, "scholter", "szolter") <= 20);
        assert!(distance(&m, "fajnhold", "feinhold") <= 20);
        assert!(distance(&m, "feinhold", "fajnhold") <= 20);
        // `z` is `ch` only after `s`.
        assert!(distance(&m, "zolter", "cholter") >= UNIT / 2);
    }

    #[test]
    fn a_final_dt_meets_t_and_tt() {
        let m = CostModel::default();
        // Invented names, both directions.
        for other in ["brunt", "bruntt"] {
            assert_eq!(distance(&m, "brundt", other), super::FINAL_DT, "{other}");
            assert_eq!(distance(&m, other, "brundt"), super::FINAL_DT, "{other}");
        }
        // Only at the word's end.
        assert!(distance(&m, "brundtel", "bruntel") > super::FINAL_DT);
    }

    #[test]
    fn an_umlaut_written_out_is_not_a_slavic_ev() {
        let m = CostModel::default();
        // Invented names: German umlauts both ways, before any letter
        // but the `v`/`w` of a Slavic suffix.
        for (a, b) in [
            ("hoerbach", "horbach"),
            ("schaefel", "schafel"),
            ("gruen", "grun"),
        ] {
            assert_eq!(distance(&m, a, b), super::UMLAUT, "{a} {b}");
            assert_eq!(distance(&m, b, a), super::UMLAUT, "{b} {a}");
        }
        // `-oev` is `-o-` and the suffix `-ev`: its `e` is a letter.
        assert!(distance(&m, "brastov", "brastoev") > 2 * super::UMLAUT);
        assert!(distance(&m, "brastoew", "brastow") > 2 * super::UMLAUT);
    }
}

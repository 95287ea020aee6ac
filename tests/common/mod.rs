//! Helpers shared by the integration tests.

use namefold::{Decision, Resolution};

/// Everything observable about a resolution, with scores as bits.
pub type Summary = (Option<String>, Decision, Vec<(String, String, u64)>);

/// A comparable summary of a resolution: id, decision, and every
/// candidate's id, alias and score bits.
pub fn summary(r: &Resolution) -> Summary {
    (
        r.id().map(String::from),
        r.decision().clone(),
        r.candidates()
            .iter()
            .map(|c| (c.id.clone(), c.alias.clone(), c.score.to_bits()))
            .collect(),
    )
}

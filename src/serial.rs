//! `serde` serialization that derive cannot express: a resolution's
//! derived fields, finite floats and edit scripts without `Keep` steps.

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::cost::{EditKind, EditOp};
use crate::outcome::{Decision, Resolution};

/// `x`, or 0 when it is not finite (JSON has no NaN or infinity).
pub(crate) fn finite<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(if x.is_finite() { *x } else { 0.0 })
}

/// The edits that change something: `Keep` steps are what both sides share.
pub(crate) fn edits<S: Serializer>(ops: &[EditOp], s: S) -> Result<S::Ok, S::Error> {
    let changed = ops.iter().filter(|e| e.kind != EditKind::Keep);
    let mut seq = s.serialize_seq(Some(changed.clone().count()))?;
    for e in changed {
        seq.serialize_element(e)?;
    }
    seq.end()
}

impl Serialize for Decision {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Resolution {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let id = self.id();
        let name = id.and(self.best()).map(|c| c.name.as_str());
        let mut st = s.serialize_struct("Resolution", 6)?;
        st.serialize_field("id", &id)?;
        st.serialize_field("name", &name)?;
        let score = self.score();
        st.serialize_field("score", &if score.is_finite() { score } else { 0.0 })?;
        st.serialize_field("decision", &self.decision)?;
        st.serialize_field("normalized", &self.normalized)?;
        st.serialize_field("candidates", &self.candidates)?;
        st.end()
    }
}

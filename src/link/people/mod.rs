//! Clustering person mentions into people.
//!
//! Nodes are spellings: a full name ("Jane Roe", honorifics dropped) is one node across the
//! whole corpus; a surname alone ("Roe") is one node per document, because a bare surname means
//! whoever that article is about. Joins happen in this order, each recorded with its evidence:
//!
//! 0. **stated other names**: "Jane Roe, also known as Jenny Smith", "Jane Roe (née Smith)",
//!    "(born Jenny Smith)": the text says the second name is the first person's.
//! 1. **full-name variants** across documents: given names must agree (equal, an initial, or a
//!    spelling variant), then the surname either nearly matches (a spelling variant) or is
//!    similar *and* the context agrees (shared co-mentioned organizations, countries, people or
//!    roles, or the variant's article uses the other spelling's surname on its own). Middle
//!    names or suffixes that differ (a father and son) never join; two different full names in
//!    one article join only as near-identical spellings.
//! 2. **surname in document**: a bare surname joins the one person of its article who carries it;
//!    if two people there could own it, it stays unlinked.
//!    A bare given name joins the one person of its article with that given name.
//! 3. **surname across documents**: a bare surname no full name in its article explains joins
//!    the one person in the corpus with that surname. Such a bare surname is one node for the
//!    whole corpus, not one per article (the rule does not look at the article), so linking's
//!    memory follows the corpus's spellings, not its length.
//! 4. **garbled name in document**: a leftover single name joins the article's dominant person
//!    only if its letters are similar, its modifier ("the US ...") is one of that person's
//!    affiliations, and no other person of the article fits as well.
//! 5. Leftover bare names with the same spelling in different articles join only when their
//!    contexts agree.

mod context;
mod nodes;
mod rules;

pub(crate) use context::context_keys;
pub(crate) use nodes::{node_key, states_another_name, within_document, Nodes, Scope};
pub(crate) use rules::cluster;

//! The flow (`State::reduce`) against the content spec, section 3: one screen
//! per question, A and B stop at once, answers survive going back and forth.
//! Ends with random action sequences (proptest), checked step by step.

#[path = "flow/answers.rs"]
mod answers;
mod common;
#[path = "flow/helpers.rs"]
mod helpers;
#[path = "flow/navigation.rs"]
mod navigation;
#[path = "flow/properties.rs"]
mod properties;
#[path = "flow/random.rs"]
mod random;
#[path = "flow/stops.rs"]
mod stops;

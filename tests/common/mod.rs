//! Shared by the native test files.

/// Message-id prefixes of self-care and other non-urgent advice: none of them
/// may appear on an urgent (A or B) screen (content spec section 4: "No
/// self-care text on this screen").
pub const NON_URGENT_PREFIXES: [&str; 11] = [
    "selfcare-",
    "option-",
    "section-",
    "headline-",
    "referral-",
    "thoughts-",
    "work-",
    "radiating-",
    "neck-",
    "safety-",
    "mood-",
];

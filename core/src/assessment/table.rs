//! The code every single-choice question needs, generated from the one table
//! in `questionnaire.rs`: the `Question` and `AnswerValue` variants, the
//! `Answers` field, and the arms of `title`, `hint`, `options`, `id`,
//! `is_answered`, `label`, `is_selected` and `Answers::set`. Without it a new
//! question meant some nine `match` arms in three files. The screens that are
//! not a plain list of options (location, the red-flag groups, thoughts) are
//! written out here once.

macro_rules! questionnaire {
    ($(
        $(#[$doc:meta])*
        $variant:ident($ty:ident) {
            field: $field:ident,
            id: $id:literal,
            title: $title:ident,
            hint: $hint:expr $(,)?
        }
    )*) => {
        /// One question screen. The questionnaire is this table, in order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Question {
            Location,
            RedFlags(RedFlagGroup),
            $($(#[$doc])* $variant,)*
            Thoughts,
        }

        impl Question {
            /// The order of the questionnaire (content spec section 3).
            pub const ORDER: [Question; 5 + [$(stringify!($variant)),*].len()] = [
                Self::Location,
                Self::RedFlags(RedFlagGroup::A),
                Self::RedFlags(RedFlagGroup::B),
                Self::RedFlags(RedFlagGroup::C),
                $(Self::$variant,)*
                Self::Thoughts,
            ];

            /// A stable name for tools (the SurveyJS export, test reports).
            pub fn id(self) -> &'static str {
                match self {
                    Self::Location => "location",
                    Self::RedFlags(RedFlagGroup::A) => "flags-a",
                    Self::RedFlags(RedFlagGroup::B) => "flags-b",
                    Self::RedFlags(RedFlagGroup::C) => "flags-c",
                    $(Self::$variant => $id,)*
                    Self::Thoughts => "thoughts",
                }
            }

            pub fn title(self) -> Msg {
                match self {
                    Self::Location => Msg::QLocation,
                    Self::RedFlags(RedFlagGroup::C) => Msg::QFlagsC,
                    Self::RedFlags(_) => Msg::QFlagsNow,
                    $(Self::$variant => Msg::$title,)*
                    Self::Thoughts => Msg::QThoughts,
                }
            }

            pub fn hint(self) -> Option<Msg> {
                match self {
                    Self::Location => Some(Msg::QLocationHint),
                    Self::RedFlags(_) => Some(Msg::FlagsHint),
                    $(Self::$variant => $hint,)*
                    Self::Thoughts => Some(Msg::QThoughtsHint),
                }
            }

            /// The options of a single-choice question, for a given location (which
            /// decides the red-flag statements). Empty for the thoughts screen, which is
            /// a list of agree/disagree statements instead.
            pub fn options(self, location: Option<Location>) -> Vec<AnswerValue> {
                match self {
                    Self::Location => Location::ALL.into_iter().map(AnswerValue::Location).collect(),
                    Self::RedFlags(group) => {
                        // Before a location is known, show the full list (the cautious choice).
                        let loc = location.unwrap_or(Location::Several);
                        group
                            .flags(loc)
                            .map(|f| AnswerValue::Flags(group, FlagAnswer::Flag(f)))
                            .chain(std::iter::once(AnswerValue::Flags(group, FlagAnswer::NoneOfThese)))
                            .collect()
                    }
                    $(Self::$variant => $ty::ALL.into_iter().map(AnswerValue::$variant).collect(),)*
                    Self::Thoughts => Vec::new(),
                }
            }

            pub fn is_answered(self, answers: &Answers) -> bool {
                match self {
                    Self::Location => answers.location.is_some(),
                    Self::RedFlags(g) => answers.flags(g).is_some(),
                    $(Self::$variant => answers.$field.is_some(),)*
                    Self::Thoughts => true,
                }
            }
        }

        /// One answer the patient gives: the value of one option.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum AnswerValue {
            Location(Location),
            Flags(RedFlagGroup, FlagAnswer),
            $($variant($ty),)*
            Thought(Thought, Agreement),
        }

        impl AnswerValue {
            /// The question this answer belongs to.
            pub fn question(self) -> Question {
                match self {
                    Self::Location(_) => Question::Location,
                    Self::Flags(g, _) => Question::RedFlags(g),
                    $(Self::$variant(_) => Question::$variant,)*
                    Self::Thought(..) => Question::Thoughts,
                }
            }

            /// The option's text.
            pub fn label(self) -> Msg {
                match self {
                    Self::Location(l) => l.label(),
                    Self::Flags(_, FlagAnswer::NoneOfThese) => Msg::FlagNone,
                    Self::Flags(_, FlagAnswer::Flag(f)) => f.label(),
                    $(Self::$variant(x) => x.label(),)*
                    Self::Thought(_, a) => a.label(),
                }
            }

            /// Whether this option is currently the chosen one.
            pub fn is_selected(self, answers: &Answers) -> bool {
                match self {
                    Self::Location(l) => answers.location == Some(l),
                    Self::Flags(g, f) => answers.flags(g) == Some(f),
                    $(Self::$variant(x) => answers.$field == Some(x),)*
                    Self::Thought(t, a) => answers.thoughts[t.index()] == Some(a),
                }
            }
        }

        /// Everything the patient has answered so far. `None` = not answered (yet).
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
        pub struct Answers {
            pub location: Option<Location>,
            pub flags_a: Option<FlagAnswer>,
            pub flags_b: Option<FlagAnswer>,
            pub flags_c: Option<FlagAnswer>,
            $(pub $field: Option<$ty>,)*
            pub thoughts: [Option<Agreement>; 5],
        }

        impl Answers {
            /// Records one answer as given, with no check that it is shown
            /// (the flow checks that, and drops answers a new location hides).
            pub fn set(&mut self, value: AnswerValue) {
                match value {
                    AnswerValue::Location(l) => self.location = Some(l),
                    AnswerValue::Flags(g, f) => *self.flags_mut(g) = Some(f),
                    $(AnswerValue::$variant(x) => self.$field = Some(x),)*
                    AnswerValue::Thought(t, a) => self.thoughts[t.index()] = Some(a),
                }
            }
        }
    };
}

pub(crate) use questionnaire;

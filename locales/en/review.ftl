# Ryggsjekk – texts for the clinical review document (docs/clinical-review.*.md), English.
# Read by clinicians, not patients. Every id starts with «review-».

review-title = Ryggsjekk: clinical review
review-intro = This document is generated from the code and the texts. Do not edit it by hand. Change the code or the texts, and generate it again as the README explains.
review-questions = The questions
review-flags = Warning signs (red flags)
review-group-a = Group A: call 113 now
review-group-b = Group B: contact legevakt 116 117 or the fastlege now, examination today
review-group-c = Group C: book the fastlege within a few days
review-neck-only = Only shown when the neck is involved.
review-rules = The rules
review-outcomes = Possible results
review-sources = Sources
review-invariants = What the tests prove for every combination of answers

review-rule-urgent-a = Any statement in group A gives «Call 113 now». The questionnaire stops. The result shows only the action, with no self-care advice. [v2] New neck statement: sudden dizziness with unsteadiness, double vision or trouble swallowing (neck artery dissection, posterior circulation stroke) goes to 113, not legevakt. «A hard fall», never just «a fall». The aortic tear statement leads with what sets it apart from ordinary back pain (sudden, tearing, unlike any before, or feeling faint, pale and clammy), not with «Severe pain in the back».
review-rule-urgent-b = A statement in group B, and none in A, gives «Contact legevakt 116 117 or your fastlege now; you should be examined today». The questionnaire stops, and no other advice is shown. [v2] More cauda equina signs (toilet paper, bladder sensation, both legs, sexual function) and unsteady walking for every location.
review-rule-radiating-b = [v2] Radiating pain with numbness or weakness that is getting worse or spreading gives the B result (examined today): a second chance for a B sign missed on the B screen. The patient picks the first option that fits.
review-rule-phone-script = [v2] The phone script on A and B screens uses only what the patient answered: «Several places» says «I have pain in several places», not neck and back. The patient sees the signs, never a condition name.
review-rule-see-gp-days = A statement in group C, or [v2] radiating pain not bearable with usual painkillers, gives the headline «Book an appointment with your fastlege within a few days». The questionnaire goes on, and all other advice is shown below.
review-rule-radiating-c = [v2] Radiating pain not bearable with usual painkillers is a C sign.
review-rule-not-back = «Not back» means: activity «partly» or «no», or graded or full sick leave.
review-rule-four-weeks = [v2] «4 weeks or more» means the answers 4–5 weeks, 6 weeks to 3 months and more than 3 months. The bands do not overlap.
review-rule-referral = 4 weeks or more and not back: talk to the fastlege about a referral to specialist, interdisciplinary assessment. The guideline: not back to usual activities or work after about 4–6 weeks. [v2] The text says what the referral is for: assessment, cognitively oriented help and exercise, by an interdisciplinary team that also helps plan the way back to work. What is offered varies between places. Also shown under a C headline.
review-rule-referral-strength = 4–5 weeks: «now is the right time». [v2] From 6 weeks: ask for a referral; interdisciplinary rehabilitation can help from about 6 weeks (Marin 2017, subacute), not only after 3 months (Kamper 2014, chronic).
review-rule-stay-active = Under 4 weeks, without C and without referral: «Stay active, it usually gets better». Contact the fastlege if it is not better after 4–6 weeks.
review-rule-keep-going = 4 weeks or more, and back to activity and work: «Keep going: stay active and exercise».
review-rule-radiating = Pain down a leg or into an arm, stable or pain only: most nerve-root pain improves within weeks. The fastlege if the pain is severe or not improving after 4–6 weeks, or a physiotherapist.
review-rule-work = Graded or full sick leave: keep in touch with the workplace; graded is usually better than full. [v2] Full sick leave includes self-certified leave, which is never graded. The employer must make a follow-up plan within 4 weeks and adjust the work as far as possible. At 4 weeks or more: plan the way back with the fastlege.
review-rule-thoughts = Two or more «Agree» on thoughts and feelings: [v2] with long-lasting pain, thoughts and worries seem to affect how much pain limits function, and the text always says «The pain is just as real». Brief cognitive help and CBT improve function and mood; raise it with the fastlege. Never gives a score or a label.
review-rule-mood = «Agree» on feeling down: always show where to get help with dark thoughts (fastlege, legevakt 116 117, Mental Helse 116 123, and 113 if life is in danger).
review-rule-neck = Neck or several places: the neck statements are added to groups A and B. The result says the evidence is mostly from low back pain, and that Norwegian practice follows the same principles for the neck.
review-rule-safety-net = Every non-urgent result shows when to call 113 or 116 117 (the A and B lists in short, [v2] with the new signs, the same lines as the fallback text), and to contact the fastlege if it gets worse. [v2] The purpose (general information, nothing stored) stands directly under the headline; on A and B screens after the action and the phone script.
review-rule-question-active = [v2] Question for the fastlege, always: what can I do myself to stay active?
review-rule-question-referral = [v2] Question for the fastlege when the referral rule applies: should I be referred for interdisciplinary assessment?
review-rule-question-work = [v2] Question for the fastlege on graded or full sick leave: the way back to work and the employer's follow-up plan.
review-rule-question-worries = [v2] Question for the fastlege with two or more «Agree» on thoughts and feelings: help with the worries.
review-rule-question-radiating = [v2] Question for the fastlege with radiating pain (stable or pain only): which changes mean I should get in touch quickly?
review-rule-question-signs = [v2] Question for the fastlege with a C sign: which signs to watch for, and do I need to be examined? Never on A or B results.

# The changes in content version 2 (the content spec's points marked [v2], and section 11).
review-changes = Changes in content version { $version }
review-changes-intro = Each change from version 1: the point of the content spec, what changed, where it shows (message id with its category, or the test that checks it) and its source. Numbers in brackets refer to the list of sources at the end.
review-col-spec = Section
review-col-change = Change
review-col-shows = Shows in
review-col-source = Source
review-v2-purpose = The purpose (general information, not a medical assessment; nothing stored or sent) stands visibly on the start screen and directly under the headline of non-urgent results. On the A and B screens it comes after the action and the phone script, never before «Call 113 now».
review-v2-condition-names = Condition names (aortic dissection, stroke, cauda equina) appear only in this document. The patient sees the signs, never a diagnosis.
review-v2-hard-fall = A: «a hard fall», never just «a fall».
review-v2-tearing = A: the aortic dissection statement leads with what differs from ordinary back pain: sudden, tearing pain unlike any before, or feeling faint, pale and clammy. Not «the worst ever» alone (bad lumbago feels like that), and not «Severe back pain …».
review-v2-dizziness = A, neck: sudden dizziness with unsteadiness, double vision or trouble swallowing (neck artery dissection, posterior circulation stroke) gives 113, not legevakt.
review-v2-saddle = B: numbness in the saddle area includes not feeling the toilet paper (cauda equina). English patient text: «around your bottom, between your legs or in your genitals», never «seat».
review-v2-bladder = B: not feeling the bladder fill or the urine pass.
review-v2-both-legs = B: new or quickly worsening pain, numbness or tingling down both legs. Long-standing symptoms in both legs (as in spinal stenosis) are not this sign.
review-v2-sexual = B: new loss of genital feeling during sex, or new erection problems.
review-v2-unsteady = B: new unsteady walking or stiff, weak legs, for every location (myelopathy can arise anywhere along the cord). Clumsy hands stays neck-only.
review-v2-radiating = Radiating pain, «Choose the first that fits», in this order: getting worse or spreading → the B result (a second chance for a B sign); not bearable with usual painkillers → C; numbness or weakness that stays the same; pain only; no.
review-v2-durations = Durations without overlap: under 2 weeks, 2–3 weeks, 4–5 weeks, 6 weeks to 3 months, more than 3 months. The referral rule and invariant 3 still hold.
review-v2-egenmelding = Full sick leave includes both a sick note and self-certified leave (egenmelding). Egenmelding is never graded.
review-v2-follow-up = The employer must make a follow-up plan with the person on sick leave within 4 weeks, and adjust the work as far as possible. The patient is asked to ask for it.
review-v2-referral = The referral text says what the referral is for, in the guideline's words: assessment, cognitively oriented help and exercise, by an interdisciplinary team that also helps plan the way back to work. Interdisciplinary rehabilitation can help from about 6 weeks (Marin 2017, subacute), not only after 3 months (Kamper 2014, chronic). What is offered varies between places.
review-v2-psychosocial = The text on thoughts and feelings is hedged as the guideline is («seem to», «with long-lasting pain») and always says «The pain is just as real».
review-v2-phone-script = The phone script on the A and B screens uses only what the patient answered: «Several places» becomes «I have pain in several places», not a sentence the patient did not say.
review-v2-invariants = Two new invariants, proven for every combination of answers: 7) a B sign reached through the radiating-pain question gives the same headline as the B screen; 8) no result without A or B says less about warning signs than the fallback text.
review-v2-fallback = The fallback text (when the widget cannot start) lives in locales/ and shows 113 and 116 117 with the A and B signs in short, one line each, in the patient's language. In kiosk mode without a tel: link.
review-v2-readability = Plain language per message: no patient message of 10 words or more has a LIX over 45, and each language's total LIX is 40 or lower (bokmål and nynorsk).
review-v2-languages = Nynorsk and English corrected after section 9 of the spec and the glossary: «steroid», «det blir verre», «held på å svime av»; in English «severe» for pain.
review-v2-sources = Two new sources: the Working Environment Act § 4-6 with NAV's pages on follow-up during sick leave, and NHS/NICE on cauda equina.
review-v2-gp-questions = New: questions the patient may take to the fastlege, chosen by the core from the result, in every language and never on A or B results. Their rules are in a part of their own below.

# The categories of the patient texts (locales/README.md).
review-categories = The categories of the texts
review-categories-intro = Every patient text declares a category where it is written (locales/nb/main.ftl). The build stops when a text has none. The A and B screens may only show the categories urgent, frame and safety-net; a test checks this for every combination of answers. The category stands in brackets after the texts in this document.
review-category-urgent = What is urgent: the A and B screens (what to do, the phone script) and the A and B signs themselves.
review-category-safety-net = Safety net: when to seek help again (113, 116 117), dark thoughts, and the emergency line that is always shown.
review-category-frame = The frame of every screen: name, navigation, purpose, privacy, kiosk, display and print.
review-category-question = Questions, hints and answer options (the C signs too), and how the answers are summarised.
review-category-advice = The headline and first screen of non-urgent results (what to do now, why, timeline) and the radiating-pain part.
review-category-referral = Referral to specialist care.
review-category-work = Work and sick leave.
review-category-thoughts = Thoughts and feelings.
review-category-self-care = What patients can do themselves now.
review-category-gp-questions = Questions to take to the fastlege.
review-category-evidence = What we know helps, what usually does not, and the neck note.
review-category-sources = Sources, the guideline's date and the content version.
review-category-fallback = The fallback text when the widget cannot start (fallback.ftl), not in the widget itself.
review-category-review = Only in this document, never for patients (review.ftl).

# The first screen of non-urgent results (core/src/assessment/result/actions.rs).
review-first-screen = First screen: what to do now, and why
review-first-screen-rule = Non-urgent results start with 2–4 actions, each from a part of the result that applies, in this order: a C sign → book within a few days; the referral rule → book and ask about a referral (under a C headline: ask about a referral at the visit); always → stay active; under 4 weeks → contact the fastlege if not better after 4–6 weeks; 4 weeks or more and back → exercise; graded or full sick leave → keep in touch with work; two or more «Agree» on thoughts and feelings → talk to the fastlege about the thoughts. Only the first four show.
review-first-screen-why = The why-sentence uses only the answers that decided the headline: with a C sign the sign and the duration; under 4 weeks only the duration; from 4 weeks the duration, activity and work («not in paid work» is not named). Examples:
review-first-screen-rule-id = rule

# The questions for the fastlege (content spec section 11).
review-gp-questions-intro = The core chooses the questions from the result, never on A or B results. They are questions, not advice. Each with its rule and the sources of the part it comes from.

# The clinic's own sign-off.
review-signoff = The clinic's clinical sign-off
review-signoff-intro = Filled in by the clinic before the content is used. Write the content version you reviewed (it stands at the top of this document). Regenerate and review again when the content version changes.
review-signoff-reviewer = Reviewed by
review-signoff-role = Role
review-signoff-date = Date
review-signoff-version = Content version

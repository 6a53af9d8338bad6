# PLACEHOLDER – not a translation
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

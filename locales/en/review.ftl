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

review-rule-urgent-a = Any statement in group A gives «Call 113 now». The questionnaire stops. The result shows only the action, with no self-care advice.
review-rule-urgent-b = A statement in group B, and none in A, gives «Contact legevakt 116 117 or your fastlege now; you should be examined today». The questionnaire stops, and no other advice is shown.
review-rule-see-gp-days = A statement in group C gives the headline «Book an appointment with your fastlege within a few days». The questionnaire goes on, and all other advice is shown below.
review-rule-not-back = «Not back» means: activity «partly» or «no», or graded or full sick leave.
review-rule-four-weeks = «4 weeks or more» means the answers 4–6 weeks, 6–12 weeks and more than 12 weeks.
review-rule-referral = 4 weeks or more and not back: talk to the fastlege about a referral to specialist, interdisciplinary assessment. The guideline: not back to usual activities or work after about 4–6 weeks. Also shown under a C headline.
review-rule-referral-strength = 4–6 weeks: «now is the right time». 6–12 weeks: ask for a referral. More than 12 weeks: ask for a referral, and ask also about interdisciplinary rehabilitation.
review-rule-stay-active = Under 4 weeks, without C and without referral: «Stay active, it usually gets better». Contact the fastlege if it is not better after 4–6 weeks.
review-rule-keep-going = 4 weeks or more, and back to activity and work: «Keep going: stay active and exercise».
review-rule-radiating = Stable pain down a leg or into an arm: most nerve-root pain improves within weeks. The fastlege if the pain is strong or not improving after 4–6 weeks, or a physiotherapist. Numbness or weakness that is getting worse is group B.
review-rule-work = Graded or full sick leave: keep in touch with the workplace; graded is usually better than full. At 4 weeks or more: plan the way back with the fastlege.
review-rule-thoughts = Two or more «Agree» on thoughts and feelings: thoughts and worries affect how much pain limits function. Brief cognitive help and CBT improve function and mood; raise it with the fastlege. Never gives a score or a label.
review-rule-mood = «Agree» on feeling down: always show where to get help with dark thoughts (fastlege, legevakt 116 117, Mental Helse 116 123, and 113 if life is in danger).
review-rule-neck = Neck or several places: the neck statements are added to groups A and B. The result says the evidence is mostly from low back pain, and that Norwegian practice follows the same principles for the neck.
review-rule-safety-net = Every non-urgent result shows when to call 113 or 116 117 (the A and B lists in short), and to contact the fastlege if it gets worse.

# Ryggsjekk – patient texts, English.
# Plain language: short sentences, "you", active voice, most important first.
# Norwegian service names (fastlege, legevakt) are kept and explained.

## Chrome (every screen)

app-name = Ryggsjekk
app-label = Ryggsjekk – self-check for neck and back pain
lang-switch-label = Language
# Shown in one line at the top when the language is an unreviewed draft
# (locales/languages.toml); never shown in nb, nn or en.
lang-unreviewed = This translation has not yet been checked by a qualified health translator.
# The button beside it: switches to bokmål and keeps the answers.
lang-unreviewed-switch = Show in Norwegian
help-acute = Emergency: call 113. Out-of-hours doctor (legevakt): 116 117.
nav-next = Next
nav-back = Back
nav-start = Start
nav-restart = Start again
nav-see-result = See your advice
progress = Question { $step } of { $total }
error-choose-one = Choose an answer to go on.
disclaimer = This is general information, not a medical assessment.
privacy = Your answers are not stored and not sent anywhere.

## Start

start-title = Pain in your neck or back?
start-intro = Answer a few short questions. You will get advice on what you can do yourself, and when to get help.
start-time = It takes about 3 minutes.
start-adults = The advice is for adults.
start-acute = Is it acute and life-threatening? Call 113 now.

## Location

q-location = Where does it hurt?
q-location-hint = Choose what fits best.
location-neck = In the neck
location-middle = In the middle of the back
location-lower = Low in the back (lower back)
location-several = Several places

## Warning signs (A, B and C)

q-flags-now = Do you have any of this now?
q-flags-c = Does any of this apply to you?
flags-hint = Choose the first that fits. If nothing fits, choose «No, none of these».
flag-none = No, none of these

# A: call 113
flag-a-trauma-weakness = After a serious accident or a hard fall: new weakness, numbness or paralysis in your arms or legs
flag-a-tearing-pain = Sudden tearing or ripping pain in the back or between the shoulder blades, unlike any pain before. Or you feel faint, pale, or cold and clammy while it hurts.
flag-a-chest-breathing = Neck or back pain together with chest pain or trouble breathing
flag-a-stroke = Sudden weakness or numbness in one side of the body, a drooping face, or trouble speaking or seeing
flag-a-dizziness = You suddenly become dizzy. At the same time you are unsteady, see double or have trouble swallowing.
flag-a-headache-meningitis = A sudden, extremely severe headache, the worst you have ever had. Or a stiff neck with fever, together with confusion, a rash or feeling very ill.

# B: legevakt or fastlege today
flag-b-saddle-numbness = New numbness around your bottom, between your legs or in your genitals. Or you cannot feel the toilet paper when you wipe.
flag-b-bladder-bowel = New trouble passing urine, or you cannot feel that your bladder is full or that urine passes. Or you cannot hold your urine or stool.
flag-b-both-legs = New or quickly worsening pain, numbness or tingling going down both legs
flag-b-sexual-function = You have recently lost feeling in your genitals during sex, or have new erection problems
flag-b-weakness = New weakness in both legs, or weakness in a leg, foot, arm or hand that is getting worse. Or sciatica (pain down the leg) that suddenly goes away while you get weaker.
flag-b-fever-ill = Fever, or feeling clearly ill, together with the pain
flag-b-neck-stiff-fever = Stiff neck with fever
flag-b-unsteady-walking = You have recently become unsteady when you walk, or your legs feel stiff and weak
flag-b-hand-clumsiness = Your hands have recently become clumsy. Buttons or writing are hard, or you drop things.
flag-b-fall-fracture = After a serious accident or a hard fall, without the signs above. Or after a small fall if you have brittle bones (osteoporosis) or are over 65.
flag-b-cancer-night-pain = You have or have had cancer, and the pain is there all the time or is worst at night

# C: fastlege within a few days
flag-c-cancer = You have or have had cancer
flag-c-weight-loss = You have lost weight without knowing why
flag-c-steroids-osteoporosis = You have used cortisone (steroid) medicine for a long time, or you have brittle bones (osteoporosis)
flag-c-age = This is the first time you have this much pain, and you are over about 50 or under 20
flag-c-constant-night-pain = The pain is there all the time and does not ease when you rest, or it is worst at night
flag-c-morning-stiffness = You are stiff in the morning for more than an hour
flag-c-immune-drugs = You have a weakened immune system, or you inject drugs

## Other questions

q-radiating = Does the pain go down a leg, below the knee, or out into an arm?
q-radiating-hint = Choose the first that fits.
flag-b-radiating-worse = Yes, with numbness or weakness that is getting worse or spreading
flag-c-radiating-severe = Yes, and the pain is not bearable even with usual painkillers
radiating-numb = Yes, with numbness or weakness that stays the same
radiating-pain-only = Yes, only pain
radiating-no = No

q-duration = How long have you had this pain this time?
duration-under-2 = Less than 2 weeks
duration-2-3 = 2–3 weeks
duration-4-5 = 4–5 weeks
duration-6-weeks-3-months = 6 weeks to 3 months
duration-over-3-months = More than 3 months

q-activity = Are you back to your usual daily activities?
q-activity-hint = For example at home, in your free time and exercise.
activity-yes = Yes, as before
activity-partly = Partly
activity-no = No, mostly not

q-work = How is it with work?
work-working = I am working and not on sick leave
work-graded = I am on partial sick leave (graded sick note)
work-full = I am on full sick leave (sick note or self-certified sick leave)
work-none = I am not in paid work (for example student, job-seeking or retired)

q-thoughts = Thoughts and feelings
q-thoughts-hint = Thoughts and feelings can affect how pain feels. Answer if you want to. You can skip this.
thought-fear-harm = I am afraid that activity can harm my back or neck.
thought-never-better = I think the pain will never get better.
thought-worry = I worry a lot about the pain.
thought-down = Lately I have felt down, or lost joy in things.
thought-not-back = I do not think I will be back at work or my usual activities within about three months.
answer-agree = Agree
answer-disagree = Disagree

## Urgent (A and B) – no self-care advice here

urgent-a-title = Call 113 now
urgent-a-body = What you describe can be serious. You need help right away.
urgent-a-call = Call 113
urgent-b-title = Contact legevakt or your fastlege now
urgent-b-body = Say that it is urgent. You should be examined today.
urgent-b-call = Call legevakt 116 117
urgent-b-gp = Or call your fastlege (regular GP) if the office is open.
urgent-b-free = It is free to call 116 117.
urgent-reason = You answered:
urgent-say-title = What you can say on the phone:
urgent-say-where = { $where ->
        [neck] I have pain in my neck.
        [several] I have pain in several places.
       *[back] I have pain in my back.
    }
say-a-trauma-weakness = I have been in a serious accident or a hard fall, and now my arms or legs are weak, numb or paralysed.
say-a-tearing-pain = I suddenly got tearing pain, unlike any pain before. Or I feel faint, pale, or cold and clammy.
say-a-chest-breathing = I also have chest pain or trouble breathing.
say-a-stroke = One side of my body suddenly became weak or numb, my face is drooping, or I have trouble speaking or seeing.
say-a-dizziness = I suddenly became dizzy, and I am unsteady, see double or have trouble swallowing.
say-a-headache-meningitis = I suddenly got the worst headache I have ever had, or I have a stiff neck and fever and feel very ill.
say-b-saddle-numbness = I have become numb around my bottom, between my legs or in my genitals, or I cannot feel the toilet paper when I wipe.
say-b-bladder-bowel = I have trouble passing urine or feeling that my bladder is full, or I cannot hold my urine or stool.
say-b-both-legs = I have new or quickly worsening pain, numbness or tingling down both legs.
say-b-sexual-function = I have lost feeling in my genitals, or I have new erection problems.
say-b-weakness = I have new weakness in my legs or arms, and it is getting worse.
say-b-fever-ill = I have a fever or feel clearly ill, as well as the pain.
say-b-neck-stiff-fever = I have a stiff neck and fever.
say-b-unsteady-walking = I have become unsteady when I walk, or my legs feel stiff and weak.
say-b-hand-clumsiness = My hands have become clumsy.
say-b-fall-fracture = The pain started after an accident or a fall.
say-b-cancer-night-pain = I have or have had cancer, and the pain is there all the time or is worst at night.
say-b-radiating-worse = The pain goes down my leg or out into my arm, and the numbness or weakness is getting worse or spreading.
kiosk-tell-staff = Tell the staff now.

## Result

result-title = Your advice
headline-see-gp-days = Book an appointment with your fastlege within a few days.
headline-referral = Talk to your fastlege about a referral.
headline-stay-active = Stay active. It usually gets better.
stay-active-gp = Contact your fastlege if it is not better after 4–6 weeks.
headline-keep-going = Keep going: stay active and exercise.
summary-flags-a = Signs that you must call 113
summary-flags-b = Signs that you must see a doctor today
summary-flags-c = Signs that you should see your fastlege soon
section-why = Why this advice
why-intro = You answered:

section-referral = Referral to specialist care
referral-rule = Not back to work or your usual activities after about 4–6 weeks? Then the guidelines say you should get a referral to specialist care. This can be a neck and back outpatient clinic at a hospital.
referral-what = There you can get an assessment (utredning), which is a thorough examination. You can get cognitively oriented help (kognitivt rettede tiltak): help with thoughts and worries about the pain. And you can get exercise.
referral-team = A team gives the help: a doctor, a physiotherapist and often a psychologist or nurse. This is called interdisciplinary. The team also helps you plan the way back to work.
referral-now = Now is the right time to talk about this.
referral-firm = Ask your fastlege for a referral.
referral-rehab = Interdisciplinary rehabilitation can help from about 6 weeks. People seem to do better with it.
referral-varies = What is offered, and for how long, varies from place to place.
referral-gp-refers = It is the fastlege who refers you.
referral-c-first = Take this up when you see your fastlege in a few days.

section-radiating = Pain down a leg or an arm
radiating-body = Most nerve pain gets better within a few weeks.
radiating-when = See your fastlege if the pain is severe, or not better after 4–6 weeks. You can also see a physiotherapist.

section-work = Work
work-keep-contact = Keep in touch with your workplace.
work-graded-better = Being partly at work (graded sick leave) is usually better than full sick leave.
work-follow-up-plan = Your employer must make a follow-up plan with you within 4 weeks. Your employer must also adjust your work as far as possible. Ask for this.
work-plan-return = Now is the time to plan the way back to work with your fastlege.

section-thoughts = Thoughts and feelings
thoughts-affect = With long-lasting pain, worries and thoughts seem to matter more for how much pain limits us than how the back is built. The pain is just as real.
thoughts-help = Short help with your thoughts can improve your mood and help you function better. So can cognitive behavioural therapy, a kind of talking therapy.
thoughts-gp = Talk to your fastlege about it.
mood-safety = Do you have dark thoughts? Talk to someone now: your fastlege, legevakt on 116 117, or the Mental Helse helpline on 116 123. Call 113 if life is in danger.

section-self-care = What you can do now
selfcare-active = Stay active, and keep your daily life as normal as you can.
selfcare-move = Move in the ways you can.
selfcare-exercise = Any kind of exercise helps.
selfcare-pain-relief = For pain relief, ask a pharmacy or your fastlege.
section-gp-questions = Questions you can take to your fastlege
gp-question-active = What can I do myself to stay active with this pain?
gp-question-referral = Should I be referred to an interdisciplinary team, for assessment, cognitively oriented help and exercise?
gp-question-work = How do we plan the way back to work? Should we use my employer's follow-up plan?
gp-question-worries = Can I get help with the worries and thoughts about the pain?
gp-question-radiating = Which changes in my leg or arm mean I should get in touch quickly?
gp-question-signs = Which signs should I watch for, and do I need to be examined?

section-options = What we know helps
option-recovery = Most people get much better within a few weeks. The back and neck are strong. Pain often comes back, but that is not dangerous.
option-stay-active = Stay active, and keep working if you can. Bed rest does not help.
option-exercise = Exercise helps. No type is better than another, so pick what you like.
option-brief-help = Short help works as well as longer programmes, at least for getting back to work. Short help means an examination, an explanation and advice to stay active.
option-rehab = If you have had pain for a long time, interdisciplinary rehabilitation helps you function better and get back to work. A team works with you. Nobody knows the best length.
option-cbt = Cognitive behavioural therapy (CBT) is a kind of talking therapy. It helps mood, worrying and what you can do, less the pain itself.
option-psychosocial = With long-lasting pain, your thoughts, feelings and life situation seem to matter more for how much the pain limits you than how your back looks. The pain is just as real.
options-not-useful-title = Usually not useful
option-no-imaging = X-ray or MRI without warning signs. Many people without pain also have changes on the images.
option-no-bedrest = Bed rest
option-no-opioids = Strong painkillers (opioids) for a long time
option-physio = You can see a physiotherapist without a referral. If the physiotherapist has an agreement with the municipality, you pay only the co-payment (egenandel).
option-sources = Sources:
neck-note = Most research is on low back pain. In Norway, neck pain is treated by the same principles.

section-safety = When to get help again
safety-113 = Call 113 for sudden tearing pain, chest pain or trouble breathing. Call also for new weakness, numbness or paralysis after an accident or a hard fall. The same goes for weakness in one side of the body, a drooping face or trouble speaking. Call also if you become dizzy and unsteady, see double or cannot swallow, or get the worst headache you have ever had.
safety-116 = Call legevakt 116 117 or your fastlege the same day if you get numb around your bottom, between your legs or in your genitals. The same goes if you cannot feel the toilet paper, cannot feel urine pass, or cannot hold your urine or stool. Call also for new pain or numbness down both legs, or new loss of feeling in your genitals. The same goes for unsteady walking, clumsy hands, weakness that is getting worse, or fever with the pain. Call also after a fall if you have brittle bones or are over 65, and for cancer with pain all the time or at night.
safety-worse = Contact your fastlege if it gets worse or does not get better.

section-sources = Sources
sources-guideline = Built on the guideline «Fysikalsk medisin og rehabilitering – veileder: Plager i nakke og rygg – Tverrfaglig nakke- og ryggbehandling».
sources-show = Show the full list of sources
sources-updated = Content last updated { $date }.
content-version = Content version { $version }.
print-button = Print for your fastlege
print-title = Summary for your fastlege
print-answers = Your answers
print-advice = Advice
print-skipped = Not answered
kiosk-no-print = You can read the advice again here, or write it down.

## Kiosk

kiosk-attract = Touch Start to begin.
kiosk-idle-title = Are you still there?
kiosk-idle-body = Your answers will be deleted in { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }.
kiosk-continue = Continue

## Take the advice home: read aloud, text size and contrast (issue 17)

read-aloud = Read aloud
display-settings = Text and contrast
text-size = Text size
text-size-option = Text { $percent }%
contrast-high = High contrast

## Result, first screen: what to do now, why, the timeline (issue 16)

now-title = What to do now
now-book-gp-days = Book an appointment with your fastlege within a few days.
now-book-gp-referral = Book an appointment with your fastlege and ask about a referral.
now-ask-referral = Ask your fastlege about a referral at that appointment.
now-exercise = Exercise in a way you enjoy.
now-follow-up-plan = Talk to your employer about a follow-up plan.
now-talk-thoughts = Talk to your fastlege about your thoughts and worries.
now-why-short = Because you have had pain for { $duration ->
       *[under2w] less than 2 weeks
        [w2to3] 2–3 weeks
        [w4to5] 4–5 weeks
        [w6to12] 6 weeks to 3 months
        [over3m] more than 3 months
    }.
now-why-long = Because you have had pain for { $duration ->
        [under2w] less than 2 weeks
        [w2to3] 2–3 weeks
        [w4to5] 4–5 weeks
       *[w6to12] 6 weeks to 3 months
        [over3m] more than 3 months
    } and { $activity ->
        [yes] are back to your usual activities
        [partly] are only partly back to your usual activities
       *[no] are mostly not back to your usual activities
    }{ $work ->
        [working] , and you are working.
        [graded] , and you are on graded sick leave.
        [full] , and you are on full sick leave.
       *[none] .
    }
now-why-sign = Because you said yes to a sign your fastlege should check, and you have had pain for { $duration ->
       *[under2w] less than 2 weeks
        [w2to3] 2–3 weeks
        [w4to5] 4–5 weeks
        [w6to12] 6 weeks to 3 months
        [over3m] more than 3 months
    }.
timeline-alt = Timeline of 0, 2, 4 and 6 weeks and 3 months. You have had pain for { $duration ->
        [under2w] less than 2 weeks
        [w2to3] 2–3 weeks
        [w4to5] 4–5 weeks
       *[w6to12] 6 weeks to 3 months
        [over3m] more than 3 months
    }. If you are not back to your usual activities or work after 4–6 weeks, it is time to talk to your fastlege about a referral.
timeline-you = You are here
timeline-referral = Referral
timeline-6-weeks = 6 weeks
timeline-3-months = 3 months

## Trygghet på norsk

urgent-say-norwegian = Say this in Norwegian:

## Ta med hjem
handoff-button = Take it to your phone
handoff-title = Scan the code with your phone
handoff-qr = QR code with a link to your result
handoff-note = The link holds your answers. Your phone may keep the page in its history. The code goes away after one minute.
handoff-close = Hide the code
handoff-page-title = Your result from Ryggsjekk
handoff-page-text = This link holds your answers from Ryggsjekk. Your answers are not sent anywhere.
handoff-page-show = Show the result
handoff-page-outdated = The link is from an older version of Ryggsjekk. Please answer the questions again.
handoff-page-damaged = The link is damaged or incomplete. Please answer the questions again.

# Ryggsjekk – pasienttekster, arabisk (ar). Oversatt fra bokmål (nb er referansen).
# Arabic: Modern Standard Arabic in plain leaflet language, short sentences.
# Form of address: gender-inclusive in writing. Instructions use a verbal noun
# («الاتصال», «حجز موعد») or «عليك / يمكنك / ننصحك» + verbal noun; "you" appears
# only in forms that look the same for women and men without vowel marks
# (the suffix ـك, past-tense verbs, «أنت»). First-person phone sentences avoid
# gendered adjectives. Norwegian names (fastlege, legevakt, egenandel …) and
# numbers stay in Latin script / Western digits; the widget isolates them.
# Pasienten ser tegnene, aldri navnet på en tilstand (aortadisseksjon, hjerneslag, cauda equina).

## Rammen (alle skjermer)

app-name = Ryggsjekk
app-label = Ryggsjekk – فحص ذاتي عند ألم الرقبة والظهر
lang-switch-label = اللغة
help-acute = خطر مباشر على الحياة: الاتصال بالرقم 113. legevakt (عيادة الطوارئ المناوبة): 116 117.
nav-next = التالي
nav-back = رجوع
nav-start = البدء
nav-restart = البدء من جديد
nav-see-result = عرض نصائحك
# $step (Number) - the question the patient is on, from 1
# $total (Number) - how many questions there are
progress = السؤال { $step } من { $total }
error-choose-one = يجب اختيار إجابة للمتابعة.
disclaimer = هذه معلومات عامة، وليست تقييمًا طبيًا.
privacy = إجاباتك لا تُحفظ ولا تُرسل إلى أي مكان.

## Start

start-title = ألم في الرقبة أو الظهر؟
start-intro = هنا بعض الأسئلة القصيرة. بعد الإجابة عنها تظهر لك نصائح: ما يمكنك فعله بنفسك، ومتى عليك طلب المساعدة.
start-time = يستغرق ذلك نحو 3 دقائق.
start-adults = النصائح موجهة للبالغين.
start-acute = هل الحالة حادة وتهدد الحياة؟ عليك الاتصال بالرقم 113 الآن.

## Hvor

q-location = أين الألم؟
q-location-hint = يُرجى اختيار الإجابة الأنسب.
location-neck = في الرقبة
location-middle = في وسط الظهر
location-lower = في أسفل الظهر
location-several = في أكثر من مكان

## Faresignaler (A, B og C)

q-flags-now = هل لديك شيء من هذا الآن؟
q-flags-c = هل ينطبق عليك شيء من هذا؟
flags-hint = يُرجى اختيار أول ما ينطبق عليك. إذا لم ينطبق عليك شيء، فالاختيار هو «لا، لا شيء من هذا».
flag-none = لا، لا شيء من هذا

# A: ring 113
flag-a-trauma-weakness = بعد حادث خطير أو سقطة قوية: ضعف جديد أو خدر أو شلل في الذراعين أو الساقين
flag-a-tearing-pain = ألم مفاجئ وكأن شيئًا يتمزق، في الظهر أو بين لوحَي الكتفين، ولا يشبه أي ألم شعرت به من قبل. أو في أثناء الألم: إحساس بأنك على وشك الإغماء، أو شحوب في اللون، أو جلد بارد ومتعرق.
flag-a-chest-breathing = ألم في الرقبة أو الظهر، ومعه في الوقت نفسه ألم في الصدر أو صعوبة في التنفس
flag-a-stroke = ضعف أو خدر مفاجئ في جانب واحد من الجسم. أو ميلان في الوجه، أو صعوبة في الكلام أو في الرؤية.
flag-a-dizziness = دوخة مفاجئة. ومعها في الوقت نفسه عدم توازن، أو رؤية مزدوجة، أو صعوبة في البلع.
flag-a-headache-meningitis = صداع مفاجئ وشديد جدًا، هو أسوأ صداع مرّ بك. أو تيبس في الرقبة مع حمى، ومعهما في الوقت نفسه تشوش في التفكير، أو طفح جلدي، أو شعور بتوعك شديد.

# B: legevakt eller fastlege i dag
flag-b-saddle-numbness = خدر جديد حول المؤخرة (الأرداف)، أو بين الفخذين، أو في الأعضاء التناسلية. أو عدم الإحساس بورق التواليت عند المسح بعد قضاء الحاجة.
flag-b-bladder-bowel = مشكلات جديدة في التبول. أو عدم الإحساس بامتلاء المثانة أو بخروج البول. أو عدم القدرة على التحكم في البول أو البراز.
flag-b-both-legs = ألم أو خدر أو تنميل جديد، أو يزداد سوءًا بسرعة، ينزل في الساقين كلتيهما
flag-b-sexual-function = فقدت مؤخرًا الإحساس في الأعضاء التناسلية عند الجماع. أو ظهرت لديك مشكلات جديدة في الانتصاب.
flag-b-weakness = ضعف جديد في الساقين كلتيهما، أو ضعف يزداد سوءًا في ساق أو قدم أو ذراع أو يد. أو ألم عرق النسا (ألم ينزل في الساق) يختفي فجأة، ويظهر لديك ضعف في الوقت نفسه.
flag-b-fever-ill = حمى، أو شعور واضح بالمرض، مع الألم
flag-b-neck-stiff-fever = تيبس في الرقبة مع حمى
flag-b-unsteady-walking = صار مشيك غير ثابت مؤخرًا، أو هناك إحساس بأن ساقيك متيبستان وضعيفتان
flag-b-hand-clumsiness = صار التحكم في يديك أضعف مؤخرًا. يصعب عليك إغلاق الأزرار أو الكتابة، أو تسقط الأشياء من يديك.
flag-b-fall-fracture = بعد حادث خطير أو سقطة قوية، من دون العلامات المذكورة أعلاه. أو بعد سقطة بسيطة، إذا كان لديك هشاشة العظام أو كان عمرك أكثر من 65 سنة.
flag-b-cancer-night-pain = لديك سرطان الآن أو كان لديك من قبل، والألم موجود طوال الوقت أو يكون أسوأ في الليل

# C: fastlege innen noen dager
flag-c-cancer = لديك سرطان الآن أو كان لديك من قبل
flag-c-weight-loss = نقص وزنك من دون سبب معروف لك
flag-c-steroids-osteoporosis = استعملت أدوية الكورتيزون (الستيرويدات) مدة طويلة. أو لديك هشاشة العظام.
flag-c-age = هذه أول مرة يكون فيها الألم بهذه الشدة، وعمرك أكثر من 50 سنة تقريبًا أو أقل من 20 سنة
flag-c-constant-night-pain = الألم موجود طوال الوقت ولا يخف مع الراحة، أو يكون أسوأ في الليل
flag-c-morning-stiffness = لديك تيبس في الصباح يستمر أكثر من ساعة
flag-c-immune-drugs = ضعف في جهاز المناعة، أو تعاطي المخدرات بالحقن (الإبر)

## De andre spørsmålene

q-radiating = هل ينزل الألم في الساق إلى ما تحت الركبة، أو يمتد إلى الذراع؟
q-radiating-hint = يُرجى اختيار أول ما ينطبق عليك.
flag-b-radiating-worse = نعم، مع خدر أو ضعف يزداد سوءًا أو ينتشر
flag-c-radiating-severe = نعم، والألم لا يُحتمل، حتى مع المسكنات المعتادة
radiating-numb = نعم، مع خدر أو ضعف لا يتغير
radiating-pain-only = نعم، لكنه ألم فقط
radiating-no = لا

q-duration = منذ متى لديك هذا الألم هذه المرة؟
duration-under-2 = أقل من أسبوعين
duration-2-3 = 2–3 أسابيع
duration-4-5 = 4–5 أسابيع
duration-6-weeks-3-months = من 6 أسابيع إلى 3 أشهر
duration-over-3-months = أكثر من 3 أشهر

q-activity = هل عدت إلى أنشطتك اليومية المعتادة؟
q-activity-hint = مثلًا في البيت، وفي وقت الفراغ، وعند ممارسة الرياضة.
activity-yes = نعم، كما كنت من قبل
activity-partly = جزئيًا
activity-no = لا، في الغالب لا

q-work = كيف وضعك في العمل؟
work-working = أنا أعمل، ولست في إجازة مرضية
work-graded = أنا في إجازة مرضية جزئية (gradert sykmelding)
work-full = أنا في إجازة مرضية كاملة: sykmelding (من الطبيب) أو egenmelding (بإقرار مني)
work-none = ليس لدي عمل بأجر (مثلًا بسبب الدراسة، أو البحث عن عمل، أو التقاعد)

q-thoughts = الأفكار والمشاعر
q-thoughts-hint = الأفكار والمشاعر قد تؤثر في الإحساس بالألم. الإجابة هنا اختيارية. ويمكنك أيضًا تخطي هذا الجزء.
thought-fear-harm = أخاف أن يضر النشاط بظهري أو رقبتي.
thought-never-better = أظن أن الألم لن يتحسن أبدًا.
thought-worry = أقلق كثيرًا بسبب الألم.
thought-down = في الفترة الأخيرة كان مزاجي سيئًا، أو فقدت متعتي بالأشياء.
thought-not-back = لا أظن أنني سأعود إلى عملي أو إلى ما أفعله عادة خلال ثلاثة أشهر.
answer-agree = صحيح
answer-disagree = غير صحيح

## Haster (A og B) – ingen råd om egenbehandling her

urgent-a-title = عليك الاتصال بالرقم 113 الآن
urgent-a-body = ما وصفته قد يكون خطيرًا. أنت بحاجة إلى مساعدة فورًا.
urgent-a-call = الاتصال بالرقم 113
urgent-b-title = عليك الاتصال الآن بـ legevakt أو بـ fastlege
urgent-b-body = عند الاتصال، يجب ذكر أن الأمر عاجل. ينبغي أن يفحصك طبيب اليوم.
urgent-b-call = الاتصال بـ legevakt (عيادة الطوارئ المناوبة) على الرقم 116 117
urgent-b-gp = أو الاتصال بـ fastlege (طبيب العائلة) إذا كانت عيادته مفتوحة.
urgent-b-free = الاتصال بالرقم 116 117 مجاني.
urgent-reason = إجابتك:
urgent-say-title = هذا ما يمكنك قوله في الهاتف:
# $where (String) - where it hurts: neck, several or back
urgent-say-where = { $where ->
        [neck] عندي ألم في الرقبة.
        [several] عندي ألم في أكثر من مكان.
       *[back] عندي ألم في الظهر.
    }
say-a-trauma-weakness = تعرضت لحادث خطير أو سقطة قوية، والآن عندي ضعف أو خدر أو شلل في الذراعين أو الساقين.
say-a-tearing-pain = جاءني فجأة ألم وكأن شيئًا يتمزق، ولا يشبه أي ألم شعرت به من قبل. أو أشعر أنني على وشك الإغماء، أو لوني شاحب، أو جلدي بارد ومتعرق.
say-a-chest-breathing = عندي أيضًا ألم في الصدر أو صعوبة في التنفس.
say-a-stroke = جاءني فجأة ضعف أو خدر في جانب واحد من جسمي، أو وجهي مائل، أو عندي صعوبة في الكلام أو في الرؤية.
say-a-dizziness = جاءتني دوخة فجأة. وعندي عدم توازن، أو رؤية مزدوجة، أو صعوبة في البلع.
say-a-headache-meningitis = جاءني فجأة أسوأ صداع في حياتي. أو عندي تيبس في الرقبة وحمى، وأشعر بتوعك شديد.
say-b-saddle-numbness = صار عندي خدر حول المؤخرة، أو بين الفخذين، أو في الأعضاء التناسلية. أو لا أحس بورق التواليت عند المسح بعد قضاء الحاجة.
say-b-bladder-bowel = عندي مشكلات في التبول أو في الإحساس بامتلاء المثانة. أو لا أستطيع التحكم في البول أو البراز.
say-b-both-legs = عندي ألم أو خدر أو تنميل جديد، أو يزداد سوءًا بسرعة، ينزل في الساقين كلتيهما.
say-b-sexual-function = فقدت الإحساس في الأعضاء التناسلية. أو عندي مشكلات جديدة في الانتصاب.
say-b-weakness = عندي ضعف جديد في الساقين أو الذراعين، وهو يزداد سوءًا.
say-b-fever-ill = عندي حمى أو أشعر بالمرض بشكل واضح، إلى جانب الألم.
say-b-neck-stiff-fever = عندي تيبس في الرقبة وحمى.
say-b-unsteady-walking = صرت لا أمشي بثبات، أو أحس بأن ساقيّ متيبستان وضعيفتان.
say-b-hand-clumsiness = صار التحكم في يديّ أضعف.
say-b-fall-fracture = بدأ الألم بعد حادث أو سقطة.
say-b-cancer-night-pain = عندي سرطان أو كان عندي من قبل، والألم موجود طوال الوقت أو يكون أسوأ في الليل.
say-b-radiating-worse = الألم ينزل في الساق أو يمتد إلى الذراع، والخدر أو الضعف يزداد سوءًا أو ينتشر.
kiosk-tell-staff = يجب إبلاغ الموظفين الآن.

## Resultat

result-title = نصائحك
headline-see-gp-days = ننصحك بحجز موعد لدى fastlege (طبيب العائلة) خلال بضعة أيام.
headline-referral = ننصحك بالتحدث مع fastlege (طبيب العائلة) عن إحالة إلى أخصائي.
headline-stay-active = ننصحك بمواصلة الحركة والنشاط. في الغالب يتحسن الوضع.
stay-active-gp = عليك التواصل مع fastlege (طبيب العائلة) إذا لم يتحسن الوضع بعد 4–6 أسابيع.
headline-keep-going = ننصحك بالاستمرار على هذا النحو: الحركة والنشاط والتمارين.
summary-flags-a = علامات تعني أنه يجب عليك الاتصال بالرقم 113
summary-flags-b = علامات تعني أنه يجب عليك مراجعة طبيب اليوم
summary-flags-c = علامات تعني أنه ينبغي لك مراجعة fastlege (طبيب العائلة) قريبًا
section-why = سبب هذه النصيحة
why-intro = إجاباتك:

section-referral = الإحالة إلى أخصائي
referral-rule = إذا مرّت 4–6 أسابيع وما رجعت إلى عملك أو إلى ما اعتدت عليه، فالإرشادات تقول إنه ينبغي إحالتك إلى أخصائي. قد يكون ذلك عيادة خارجية للرقبة والظهر في المستشفى.
referral-what = هناك يمكنك الحصول على تقييم، أي فحص دقيق وشامل. ويمكنك الحصول على دعم معرفي، أي مساعدة في الأفكار والمخاوف المتعلقة بالألم. ويمكنك أيضًا الحصول على تمارين.
referral-team = تأتي المساعدة من فريق: طبيب، ومعالج فيزيائي، وفي الغالب أيضًا أخصائي نفسي أو ممرض أو ممرضة. يسمى هذا عملًا متعدد التخصصات. ويساعدك الفريق أيضًا على التخطيط للعودة إلى العمل.
referral-now = الآن هو الوقت المناسب للتحدث عن هذا.
referral-firm = عليك طلب إحالة من fastlege (طبيب العائلة).
referral-rehab = التأهيل المتعدد التخصصات قد يساعد ابتداءً من نحو 6 أسابيع. ويبدو أن حال الناس يصبح أفضل مع هذه المساعدة.
referral-varies = ما يُقدَّم، ومدته، يختلف من مكان إلى آخر.
referral-gp-refers = fastlege (طبيب العائلة) هو من يحيلك.
referral-c-first = ننصحك بطرح هذا الموضوع في موعدك مع fastlege (طبيب العائلة) بعد بضعة أيام.

section-radiating = ألم ينزل في الساق أو الذراع
radiating-body = معظم آلام الأعصاب تتحسن خلال بضعة أسابيع.
radiating-when = ننصحك بمراجعة fastlege (طبيب العائلة) إذا كان الألم شديدًا، أو لم يتحسن بعد 4–6 أسابيع. ويمكنك أيضًا مراجعة معالج فيزيائي.

section-work = العمل
work-keep-contact = من المهم البقاء على تواصل مع مكان عملك.
work-graded-better = العمل جزئيًا (gradert sykmelding) أفضل في الغالب من إجازة مرضية كاملة.
work-follow-up-plan = يجب على صاحب العمل أن يضع معك خطة متابعة (oppfølgingsplan) خلال 4 أسابيع. ويجب عليه أيضًا أن يكيّف عملك قدر الإمكان. يمكنك طلب ذلك.
work-plan-return = حان الآن وقت التخطيط للعودة إلى العمل، مع fastlege (طبيب العائلة).

section-thoughts = الأفكار والمشاعر
thoughts-affect = إذا استمر الألم مدة طويلة، فيبدو أن الأفكار والمخاوف تؤثر في مدى إعاقة الألم لنا أكثر من بنية الظهر. ومع ذلك، فالألم حقيقي تمامًا.
thoughts-help = قد يتحسن مزاجك مع مساعدة قصيرة في الأفكار. وكذلك مع العلاج المعرفي السلوكي، وهو نوع من العلاج بالحوار. وقد يساعدك ذلك على القيام بأمورك بشكل أفضل.
thoughts-gp = ننصحك بالتحدث مع fastlege (طبيب العائلة) عن ذلك.
mood-safety = هل لديك أفكار سوداوية؟ من المهم التحدث مع أحد الآن: fastlege (طبيب العائلة)، أو legevakt (عيادة الطوارئ المناوبة) على الرقم 116 117، أو خط المساعدة الهاتفي لجمعية Mental Helse على الرقم 116 123. عليك الاتصال بالرقم 113 إذا كانت الحياة في خطر.

section-self-care = ما يمكنك فعله الآن
selfcare-active = من المفيد مواصلة النشاط، والعيش بشكل طبيعي قدر الإمكان.
selfcare-move = الحركة قدر استطاعتك مفيدة.
selfcare-exercise = كل أنواع التمارين مفيدة.
selfcare-pain-relief = يمكنك سؤال الصيدلية أو fastlege (طبيب العائلة) عما يمكنك تناوله للألم.
section-gp-questions = أسئلة يمكنك طرحها على fastlege (طبيب العائلة)
gp-question-active = ماذا يمكنني أن أفعل بنفسي لأحافظ على نشاطي مع هذا الألم؟
gp-question-referral = هل ينبغي أن أحصل على إحالة إلى فريق متعدد التخصصات؟ هذا الفريق يقدم التقييم، والدعم المعرفي، والتمارين.
gp-question-work = كيف نخطط للعودة إلى العمل؟ هل ينبغي أن نستعمل خطة المتابعة (oppfølgingsplan) من صاحب عملي؟
gp-question-worries = هل يمكنني الحصول على مساعدة في التعامل مع مخاوفي وأفكاري حول الألم؟
gp-question-radiating = ما التغيرات في الساق أو الذراع التي تعني أنه يجب أن أتواصل بسرعة مع الطبيب؟
gp-question-signs = ما العلامات التي يجب أن أنتبه لها؟ وهل أحتاج إلى فحص؟

section-options = ما نعرف أنه يساعد
option-recovery = معظم الناس يتحسنون كثيرًا خلال بضعة أسابيع. الظهر والرقبة قويان. كثيرًا ما يعود الألم، لكن هذا ليس خطيرًا.
option-stay-active = من المفيد مواصلة النشاط، والاستمرار في العمل إذا استطعت. البقاء في السرير لا يساعد.
option-exercise = التمارين مفيدة. لا يوجد نوع من التمارين أفضل من غيره، لذلك يمكنك اختيار ما يعجبك.
option-brief-help = المساعدة القصيرة تنفع مثل البرامج الطويلة، على الأقل في العودة إلى العمل. المساعدة القصيرة هي فحص، وشرح، ونصائح لمواصلة النشاط.
option-rehab = إذا كان الألم لديك منذ مدة طويلة، فالتأهيل المتعدد التخصصات يساعدك على القيام بأمورك بشكل أفضل وعلى العودة إلى العمل. في هذا التأهيل يعمل معك فريق. ولا أحد يعرف المدة الأفضل له.
option-cbt = العلاج المعرفي السلوكي نوع من العلاج بالحوار. هذا العلاج يحسّن المزاج ويقلل القلق، ويزيد قدرتك على القيام بالأشياء. أما الألم نفسه، فيساعد فيه بدرجة أقل.
option-psychosocial = إذا استمر الألم مدة طويلة، فيبدو أن الأفكار والمشاعر وظروف الحياة تؤثر في مدى إعاقة الألم لك أكثر من شكل ظهرك. ومع ذلك، فالألم حقيقي تمامًا.
options-not-useful-title = هذا لا يساعد في الغالب
option-no-imaging = الأشعة السينية أو الرنين المغناطيسي من دون علامات خطر. كثير من الناس الذين ليس لديهم ألم تظهر في صورهم تغيرات أيضًا.
option-no-bedrest = البقاء في السرير
option-no-opioids = المسكنات القوية (الأفيونية) لمدة طويلة
option-physio = يمكنك مراجعة معالج فيزيائي (fysioterapeut) من دون إحالة. إذا كان للمعالج اتفاق مع البلدية (kommune)، فأنت تدفع فقط egenandel (رسوم المريض).
option-sources = المصادر:
neck-note = معظم الأبحاث تتعلق بألم أسفل الظهر. في النرويج، تُتبع النصائح نفسها لألم الرقبة.

section-safety = متى يجب طلب المساعدة مرة أخرى
safety-113 = عليك الاتصال بالرقم 113 (رقم الطوارئ الطبية) عند ألم مفاجئ وكأن شيئًا يتمزق، أو ألم في الصدر، أو صعوبة في التنفس. وعليك الاتصال أيضًا عند ضعف أو خدر أو شلل جديد بعد حادث أو سقطة قوية. والأمر نفسه عند ضعف في جانب واحد من الجسم، أو ميلان في الوجه، أو صعوبة في الكلام. وعليك الاتصال أيضًا عند دوخة مع عدم توازن، أو رؤية مزدوجة، أو عدم القدرة على البلع، أو عند أسوأ صداع مرّ بك.
safety-116 = عليك الاتصال بـ legevakt (عيادة الطوارئ المناوبة) على الرقم 116 117، أو بـ fastlege (طبيب العائلة) في اليوم نفسه، إذا ظهر لديك خدر حول المؤخرة، أو بين الفخذين، أو في الأعضاء التناسلية. والأمر نفسه عند عدم الإحساس بورق التواليت، أو بخروج البول، أو عند عدم القدرة على التحكم في البول أو البراز. وعليك الاتصال أيضًا عند ألم أو خدر جديد ينزل في الساقين كلتيهما، أو عند فقدان جديد للإحساس في الأعضاء التناسلية. والأمر نفسه عند عدم ثبات في المشي، أو ضعف التحكم في اليدين، أو ضعف يزداد سوءًا، أو حمى مع الألم. وعليك الاتصال أيضًا بعد سقطة إذا كان لديك هشاشة العظام أو كان عمرك أكثر من 65 سنة، وعند وجود سرطان مع ألم طوال الوقت أو في الليل.
safety-worse = عليك التواصل مع fastlege (طبيب العائلة) إذا ساء الوضع أو لم يتحسن.

section-sources = المصادر
sources-guideline = مبني على الدليل الإرشادي «Fysikalsk medisin og rehabilitering – veileder: Plager i nakke og rygg – Tverrfaglig nakke- og ryggbehandling».
sources-show = عرض قائمة المصادر كاملة
# $date (String) - when the guideline was last updated, e.g. 15.09.2021
sources-updated = آخر تحديث علمي للمحتوى { $date }.
# $version (String) - the content version, e.g. 2026.11.1
content-version = إصدار المحتوى { $version }.
print-button = طباعة لـ fastlege (طبيب العائلة)
print-title = ملخص لـ fastlege (طبيب العائلة)
print-answers = إجاباتك
print-advice = النصائح
print-skipped = لم تتم الإجابة
kiosk-no-print = يمكنك قراءة النصائح مرة أخرى هنا، أو كتابتها.

## Kiosk

kiosk-attract = يمكنك البدء بلمس زر «البدء».
kiosk-idle-title = هل ما زلت هنا؟
# $seconds (Number) - seconds left before the answers are deleted
kiosk-idle-body = ستُحذف إجاباتك بعد { $seconds } { $seconds ->
        [zero] ثانية
        [one] ثانية
        [two] ثانيتين
        [few] ثوانٍ
        [many] ثانية
       *[other] ثانية
    }.
kiosk-continue = متابعة

## Take the advice home: read aloud, text size and contrast (issue 17)

read-aloud = قراءة بصوت عالٍ
display-settings = النص والتباين
text-size = حجم النص
# $percent (Number) - the text size, 100 = normal
text-size-option = النص { $percent }%
contrast-high = تباين عالٍ

## Result, first screen: what to do now, why, the timeline (issue 16)

now-title = ما ينبغي فعله الآن
now-book-gp-days = حجز موعد لدى fastlege (طبيب العائلة) خلال بضعة أيام.
now-book-gp-referral = حجز موعد لدى fastlege (طبيب العائلة)، والسؤال عن إحالة.
now-ask-referral = السؤال عن إحالة عند زيارتك لـ fastlege (طبيب العائلة).
now-exercise = ممارسة التمارين بطريقة تعجبك.
now-follow-up-plan = التحدث مع صاحب العمل عن خطة المتابعة (oppfølgingsplan).
now-talk-thoughts = التحدث مع fastlege (طبيب العائلة) عن أفكارك ومخاوفك.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
now-why-short = لأن الألم لديك مستمر منذ { $duration ->
       *[under2w] أقل من أسبوعين
        [w2to3] 2–3 أسابيع
        [w4to5] 4–5 أسابيع
        [w6to12] مدة من 6 أسابيع إلى 3 أشهر
        [over3m] أكثر من 3 أشهر
    }.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
# $activity (String) - back to usual activities: yes, partly or no
# $work (String) - working, graded, full or none (not in paid work: not named)
now-why-long = لأن الألم لديك مستمر منذ { $duration ->
        [under2w] أقل من أسبوعين
        [w2to3] 2–3 أسابيع
        [w4to5] 4–5 أسابيع
       *[w6to12] مدة من 6 أسابيع إلى 3 أشهر
        [over3m] أكثر من 3 أشهر
    } و{ $activity ->
        [yes] قد عدت إلى أنشطتك المعتادة
        [partly] قد عدت إلى أنشطتك المعتادة جزئيًا فقط
       *[no] معظم أنشطتك المعتادة ما زالت متوقفة
    }{ $work ->
        [working] ، وأنت على رأس عملك.
        [graded] ، وأنت في إجازة مرضية جزئية.
        [full] ، وأنت في إجازة مرضية كاملة.
       *[none] .
    }
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
now-why-sign = لأنك أجبت بنعم عن علامة ينبغي أن يفحصها fastlege (طبيب العائلة)، والألم لديك مستمر منذ { $duration ->
       *[under2w] أقل من أسبوعين
        [w2to3] 2–3 أسابيع
        [w4to5] 4–5 أسابيع
        [w6to12] مدة من 6 أسابيع إلى 3 أشهر
        [over3m] أكثر من 3 أشهر
    }.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
timeline-alt = خط زمني يبين 0 و2 و4 و6 أسابيع و3 أشهر. الألم لديك مستمر منذ { $duration ->
        [under2w] أقل من أسبوعين
        [w2to3] 2–3 أسابيع
        [w4to5] 4–5 أسابيع
       *[w6to12] مدة من 6 أسابيع إلى 3 أشهر
        [over3m] أكثر من 3 أشهر
    }. إذا مرّت 4–6 أسابيع وما رجعت إلى أنشطتك المعتادة أو إلى عملك، فقد حان وقت التحدث مع fastlege (طبيب العائلة) عن إحالة.
timeline-you = أنت هنا
timeline-referral = الإحالة
timeline-6-weeks = 6 أسابيع
timeline-3-months = 3 أشهر

## Språkmerknad

lang-unreviewed = هذه الترجمة العربية لم يراجعها بعدُ مترجم صحي مؤهل. النص النرويجي هو النص الذي تمت مراجعته.
lang-unreviewed-switch = العرض بالنرويجية

## Trygghet på norsk

urgent-say-norwegian = يمكن قول هذا بالنرويجية:

## Ta med hjem
handoff-button = نقل النتيجة إلى هاتفك
handoff-title = امسح الرمز بهاتفك
handoff-qr = رمز QR فيه رابط إلى نتيجتك
handoff-note = يحتوي الرابط على إجاباتك. قد يحتفظ الهاتف بالصفحة في سجل التصفح. يختفي الرمز بعد دقيقة واحدة.
handoff-close = إخفاء الرمز
handoff-page-title = نتيجتك من Ryggsjekk
handoff-page-text = يحتوي هذا الرابط على إجاباتك من Ryggsjekk. لا تُرسل إجاباتك إلى أي مكان.
handoff-page-show = عرض النتيجة
handoff-page-outdated = هذا الرابط من إصدار أقدم من Ryggsjekk. أجب عن الأسئلة مرة أخرى.
handoff-page-damaged = الرابط تالف أو غير مكتمل. أجب عن الأسئلة مرة أخرى.

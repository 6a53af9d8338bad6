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
flag-b-sexual-function = فقدت مؤخرًا الإحساس في الأعضاء التناسلية في أثناء العلاقة الجنسية، أو ظهرت لديك مشكلات جديدة في الانتصاب
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
flag-c-immune-drugs = جهاز المناعة لديك ضعيف، أو تعاطي المخدرات بالحقن (الإبر)

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
urgent-b-title = عليك الاتصال الآن بـ legevakt (عيادة الطوارئ المناوبة) أو بـ fastlege (طبيب العائلة)
urgent-b-body = عند الاتصال، يجب ذكر أن الأمر عاجل. ينبغي أن يفحصك طبيب اليوم.
urgent-b-call = الاتصال بـ legevakt على الرقم 116 117
urgent-b-gp = أو الاتصال بـ fastlege (طبيب العائلة) إذا كانت العيادة مفتوحة.
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
say-b-saddle-numbness = عندي خدر حول المؤخرة، أو بين الفخذين، أو في الأعضاء التناسلية. أو لا أحس بورق التواليت عند المسح بعد قضاء الحاجة.
say-b-bladder-bowel = عندي مشكلات في التبول أو في الإحساس بامتلاء المثانة. أو لا أستطيع التحكم في البول أو البراز.
say-b-both-legs = عندي ألم أو خدر أو تنميل جديد، أو يزداد سوءًا بسرعة، ينزل في الساقين كلتيهما.
say-b-sexual-function = فقدت الإحساس في الأعضاء التناسلية. أو عندي مشكلات جديدة في الانتصاب.
say-b-weakness = عندي ضعف جديد في الساقين أو الذراعين، وهو يزداد سوءًا.
say-b-fever-ill = عندي حمى أو أشعر بمرض واضح، إلى جانب الألم.
say-b-neck-stiff-fever = عندي تيبس في الرقبة وحمى.
say-b-unsteady-walking = صرت لا أمشي بثبات، أو أحس بأن ساقيّ متيبستان وضعيفتان.
say-b-hand-clumsiness = صار التحكم في يديّ أضعف.
say-b-fall-fracture = بدأ الألم بعد حادث أو سقطة.
say-b-cancer-night-pain = عندي سرطان أو كان عندي من قبل، والألم موجود طوال الوقت أو يكون أسوأ في الليل.
say-b-radiating-worse = الألم ينزل في الساق أو يمتد إلى الذراع، والخدر أو الضعف يزداد سوءًا أو ينتشر.
kiosk-tell-staff = يجب إبلاغ الموظفين الآن.

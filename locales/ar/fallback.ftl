# Ryggsjekk – reserveteksten, arabisk (ar). Se kommentaren i nb/fallback.ftl.
# Tegnene er de samme som i safety-113 og safety-116 (main.ftl), bare kortere.
# fallback-a må inneholde 113 og fallback-b 116 117: tallet blir en tel:-lenke
# (ikke i kioskmodus).

fallback-title = Ryggsjekk لا يعمل الآن.
fallback-a = عليك الاتصال بالرقم 113 (رقم الطوارئ الطبية) عند ضعف أو خدر في الذراعين أو الساقين بعد حادث أو سقطة قوية. وعليك الاتصال أيضًا عند ألم مفاجئ وكأن شيئًا يتمزق، أو ألم في الصدر، أو صعوبة في التنفس. والأمر نفسه عند ضعف في جانب واحد من الجسم، أو ميلان في الوجه، أو صعوبة في الكلام، أو أسوأ صداع مرّ بك.
fallback-b = عليك الاتصال بـ legevakt (عيادة الطوارئ المناوبة) على الرقم 116 117، أو بـ fastlege (طبيب العائلة) في اليوم نفسه، عند خدر حول المؤخرة، أو بين الفخذين، أو في الأعضاء التناسلية. والأمر نفسه عند مشكلات في التبول، أو في التحكم في البول أو البراز، أو ضعف يزداد سوءًا، أو حمى مع الألم.
fallback-gp = في غير ذلك، يمكنك التواصل مع fastlege (طبيب العائلة).
fallback-kiosk-staff = هل أنت بحاجة إلى مساعدة الآن؟ يجب إبلاغ الموظفين.
fallback-reload = إعادة تحميل الصفحة
fallback-lang-failed = تعذّر تحميل النص العربي، لذلك يظهر Ryggsjekk باللغة النرويجية (bokmål).

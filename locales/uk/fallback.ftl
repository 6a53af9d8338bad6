# PLACEHOLDER – not a translation
# Ryggsjekk – the fallback text, English. See the comment in nb/fallback.ftl.

fallback-title = Ryggsjekk is not working right now.
fallback-a = Call 113 if you get weakness or numbness in your arms or legs after an accident or a hard fall. Also call for sudden tearing pain, chest pain or trouble breathing. The same goes for weakness in one side of the body, a drooping face, trouble speaking, or the worst headache you have ever had.
fallback-b = Call the out-of-hours doctor (legevakt) on 116 117 or your fastlege the same day if you get numbness around your bottom, between your legs or in your genitals. The same goes for trouble passing or holding urine or stool, weakness that is getting worse, or fever with the pain.
fallback-gp = Otherwise, contact your GP (fastlege).
fallback-kiosk-staff = Need help now? Tell the staff.
fallback-reload = Reload the page
fallback-lang-failed = The English text could not be loaded, so Ryggsjekk is shown in Norwegian (bokmål).

# Ryggsjekk – tekst awaryjny, polski (pl). Zob. komentarz w nb/fallback.ftl.
# Objawy są takie same jak w safety-113 i safety-116 (main.ftl), tylko krótsze.
# fallback-a musi zawierać 113, a fallback-b 116 117: numer staje się linkiem tel:.

fallback-title = Ryggsjekk w tej chwili nie działa.
fallback-a = Zadzwoń pod 113 (pogotowie ratunkowe), jeśli po wypadku lub mocnym upadku masz osłabione lub zdrętwiałe ręce lub nogi. Dzwoń też przy nagłym, rozdzierającym bólu, bólu w klatce piersiowej lub trudnościach z oddychaniem. To samo dotyczy osłabienia jednej strony ciała, wykrzywionej twarzy, trudności z mówieniem lub najgorszego bólu głowy w twoim życiu.
fallback-b = Zadzwoń na legevakt (całodobowa pomoc lekarska) pod 116 117 lub do fastlege (lekarza rodzinnego) jeszcze tego samego dnia, jeśli pojawi się drętwienie wokół pośladków, między nogami lub w narządach płciowych. To samo dotyczy problemów z oddawaniem moczu albo z utrzymaniem moczu lub stolca, nasilającego się osłabienia oraz gorączki razem z bólem.
fallback-gp = W innym przypadku skontaktuj się ze swoim fastlege (lekarzem rodzinnym).
fallback-kiosk-staff = Potrzebujesz pomocy teraz? Powiedz o tym personelowi.
fallback-reload = Załaduj stronę ponownie
fallback-lang-failed = Nie udało się wczytać tekstu po polsku, dlatego Ryggsjekk jest wyświetlany po norwesku (bokmål).

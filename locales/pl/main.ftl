# Ryggsjekk – teksty dla pacjenta, polski (pl). Przetłumaczone z bokmål (nb, język referencyjny).
# Prosty język: krótkie zdania, forma „ty” (małą literą), strona czynna, najważniejsze najpierw.
# Bez form zależnych od płci (czas przeszły, przymiotniki o osobie): czas teraźniejszy, rzeczowniki, „trzeba”.
# Norweskie nazwy usług (fastlege, legevakt, egenandel, egenmelding, sykmelding) zostają, z wyjaśnieniem w nawiasie.
# Pacjent widzi objawy, nigdy nazwy chorób (aortadisseksjon, hjerneslag, cauda equina).

## Rammen (alle skjermer)

app-name = Ryggsjekk
app-label = Ryggsjekk – samoocena przy bólu szyi i pleców
lang-switch-label = Język
help-acute = Zagrożenie życia: dzwoń pod 113 (pogotowie ratunkowe). Legevakt (całodobowa pomoc lekarska): 116 117.
nav-next = Dalej
nav-back = Wstecz
nav-start = Start
nav-restart = Zacznij od nowa
nav-see-result = Zobacz swoje porady
# $step (Number) - the question the patient is on, from 1
# $total (Number) - how many questions there are
progress = Pytanie { $step } z { $total }
error-choose-one = Wybierz odpowiedź, aby przejść dalej.
disclaimer = To są ogólne informacje, a nie ocena medyczna.
privacy = Twoje odpowiedzi nie są nigdzie zapisywane ani wysyłane.

## Start

start-title = Ból szyi lub pleców?
start-intro = Odpowiedz na kilka krótkich pytań. Dostaniesz porady, co możesz zrobić samodzielnie i kiedy trzeba szukać pomocy.
start-time = To zajmuje około 3 minut.
start-adults = Porady są dla dorosłych.
start-acute = Czy to nagły stan i zagrożenie życia? Zadzwoń teraz pod 113.

## Hvor

q-location = Gdzie cię boli?
q-location-hint = Wybierz to, co pasuje najlepiej.
location-neck = W szyi (karku)
location-middle = W środkowej części pleców
location-lower = W dolnej części pleców (w krzyżu)
location-several = W kilku miejscach

## Faresignaler (A, B og C)

q-flags-now = Czy masz teraz coś z tej listy?
q-flags-c = Czy coś z tej listy dotyczy ciebie?
flags-hint = Wybierz pierwszą odpowiedź, która pasuje. Jeśli nic nie pasuje, wybierz „Nie, nic z tego”.
flag-none = Nie, nic z tego

# A: ring 113
flag-a-trauma-weakness = Po poważnym wypadku lub mocnym upadku: nowe osłabienie, drętwienie lub paraliż rąk lub nóg
flag-a-tearing-pain = Nagły, rozdzierający ból w plecach lub między łopatkami, inny niż jakikolwiek ból, który znasz. Albo w czasie bólu czujesz, że zaraz zemdlejesz, masz bladą skórę lub zimny, lepki pot.
flag-a-chest-breathing = Ból szyi lub pleców, a jednocześnie ból w klatce piersiowej lub trudności z oddychaniem
flag-a-stroke = Nagłe osłabienie lub drętwienie jednej strony ciała. Albo wykrzywiona twarz, albo trudności z mówieniem lub widzeniem.
flag-a-dizziness = Nagle masz zawroty głowy. Jednocześnie chwiejesz się na nogach, widzisz podwójnie lub masz trudności z przełykaniem.
flag-a-headache-meningitis = Nagły i niezwykle silny ból głowy, najgorszy w twoim życiu. Albo masz sztywny kark i gorączkę, a do tego trudno ci jasno myśleć, masz wysypkę lub czujesz się bardzo źle.

# B: legevakt eller fastlege i dag
flag-b-saddle-numbness = Nowe drętwienie wokół pośladków, między nogami lub w narządach płciowych. Albo nie czujesz papieru toaletowego, gdy się podcierasz.
flag-b-bladder-bowel = Nowe problemy z oddawaniem moczu albo nie czujesz, że pęcherz jest pełny lub że oddajesz mocz. Albo nie możesz utrzymać moczu lub stolca.
flag-b-both-legs = Ból, drętwienie lub mrowienie w dół obu nóg, które są nowe lub szybko się nasilają
flag-b-sexual-function = Od niedawna nie masz czucia w narządach płciowych podczas seksu albo masz nowe problemy z erekcją
flag-b-weakness = Nowe osłabienie obu nóg albo osłabienie nogi, stopy, ręki lub dłoni, które się nasila. Albo rwa kulszowa (ból schodzący do nogi), która nagle mija, a jednocześnie słabniesz.
flag-b-fever-ill = Oprócz bólu masz gorączkę albo czujesz się wyraźnie źle
flag-b-neck-stiff-fever = Sztywny kark i gorączka
flag-b-unsteady-walking = Od niedawna chwiejesz się przy chodzeniu albo czujesz, że nogi są sztywne i słabe
flag-b-hand-clumsiness = Od niedawna twoje dłonie są niezgrabne. Trudno ci zapinać guziki lub pisać albo rzeczy wypadają ci z rąk.
flag-b-fall-fracture = Po poważnym wypadku lub mocnym upadku, bez objawów wymienionych wyżej. Albo po lekkim upadku, jeśli masz kruche kości (osteoporozę) lub masz ponad 65 lat.
flag-b-cancer-night-pain = Masz teraz raka albo masz go już za sobą, a ból trwa cały czas lub jest najgorszy w nocy

# C: fastlege innen noen dager
flag-c-cancer = Masz teraz raka albo masz go już za sobą
flag-c-weight-loss = Spadła ci waga, a nie wiesz dlaczego
flag-c-steroids-osteoporosis = Kortyzon (sterydy) przyjmowany przez długi czas. Albo kruche kości (osteoporoza).
flag-c-age = To pierwszy raz, kiedy tak bardzo cię boli, a masz więcej niż około 50 lat lub mniej niż 20 lat
flag-c-constant-night-pain = Ból trwa cały czas i nie mija, gdy odpoczywasz, albo jest najgorszy w nocy
flag-c-morning-stiffness = Rano przez ponad godzinę czujesz sztywność
flag-c-immune-drugs = Masz osłabioną odporność albo wstrzykujesz sobie narkotyki

## De andre spørsmålene

q-radiating = Czy ból schodzi do nogi poniżej kolana albo promieniuje do ręki?
q-radiating-hint = Wybierz pierwszą odpowiedź, która pasuje.
flag-b-radiating-worse = Tak, z drętwieniem lub osłabieniem, które się nasila lub rozszerza
flag-c-radiating-severe = Tak, i ból jest nie do wytrzymania, nawet po zwykłych lekach przeciwbólowych
radiating-numb = Tak, z drętwieniem lub osłabieniem, które się nie zmienia
radiating-pain-only = Tak, ale tylko ból
radiating-no = Nie

q-duration = Jak długo tym razem cię boli?
duration-under-2 = Krócej niż 2 tygodnie
duration-2-3 = 2–3 tygodnie
duration-4-5 = 4–5 tygodni
duration-6-weeks-3-months = Od 6 tygodni do 3 miesięcy
duration-over-3-months = Dłużej niż 3 miesiące

q-activity = Czy na co dzień robisz już to, co zwykle?
q-activity-hint = Na przykład w domu, w czasie wolnym i podczas treningu.
activity-yes = Tak, jak przedtem
activity-partly = Częściowo
activity-no = Nie, w większości nie

q-work = Jak jest z pracą?
work-working = Pracuję i nie mam zwolnienia lekarskiego
work-graded = Mam częściowe zwolnienie lekarskie (gradert sykmelding)
work-full = Mam pełne zwolnienie (sykmelding od lekarza lub egenmelding, czyli zwolnienie na własne oświadczenie)
work-none = Nie pracuję zarobkowo (na przykład studiuję, szukam pracy lub jestem na emeryturze)

q-thoughts = Myśli i uczucia
q-thoughts-hint = Myśli i uczucia mogą wpływać na to, jak odczuwasz ból. Odpowiedz, jeśli chcesz. Możesz też pominąć to pytanie.
thought-fear-harm = Boję się, że aktywność może zaszkodzić moim plecom lub szyi.
thought-never-better = Myślę, że z tym bólem nigdy nie będzie lepiej.
thought-worry = Bardzo martwię się tym bólem.
thought-down = Ostatnio mam obniżony nastrój albo nic mnie nie cieszy.
thought-not-back = Nie wierzę, że za trzy miesiące wrócę do pracy lub do tego, co zwykle robię.
answer-agree = Zgadza się
answer-disagree = Nie zgadza się

## Haster (A og B) – ingen råd om egenbehandling her

urgent-a-title = Zadzwoń teraz pod 113
urgent-a-body = To, co opisujesz, może być groźne. Potrzebujesz pomocy natychmiast.
urgent-a-call = Zadzwoń pod 113
urgent-b-title = Skontaktuj się teraz z legevakt (całodobową pomocą lekarską) lub ze swoim fastlege (lekarzem rodzinnym)
urgent-b-body = Powiedz, że to pilne. Lekarz powinien cię zbadać jeszcze dziś.
urgent-b-call = Zadzwoń na legevakt: 116 117
urgent-b-gp = Albo zadzwoń do swojego fastlege (lekarza rodzinnego), jeśli przychodnia jest otwarta.
urgent-b-free = Połączenie z numerem 116 117 jest bezpłatne.
urgent-reason = Twoja odpowiedź:
urgent-say-title = Co możesz powiedzieć przez telefon:
# $where (String) - where it hurts: neck, several or back
urgent-say-where = { $where ->
        [neck] Boli mnie szyja.
        [several] Boli mnie w kilku miejscach.
       *[back] Bolą mnie plecy.
    }
say-a-trauma-weakness = Po poważnym wypadku lub mocnym upadku mam teraz osłabione, zdrętwiałe lub sparaliżowane ręce lub nogi.
say-a-tearing-pain = Nagle pojawił się rozdzierający ból, inny niż jakikolwiek ból, który znam. Albo czuję, że zaraz zemdleję, mam bladą skórę lub zimny, lepki pot.
say-a-chest-breathing = Boli mnie też w klatce piersiowej lub trudno mi oddychać.
say-a-stroke = Nagle jedna strona ciała stała się słaba lub zdrętwiała, twarz jest wykrzywiona albo mam trudności z mówieniem lub widzeniem.
say-a-dizziness = Nagle zaczęło mi się kręcić w głowie. Chwieję się na nogach, widzę podwójnie lub mam trudności z przełykaniem.
say-a-headache-meningitis = Nagle pojawił się najgorszy ból głowy w moim życiu. Albo mam sztywny kark i gorączkę i czuję się bardzo źle.
say-b-saddle-numbness = Mam drętwienie wokół pośladków, między nogami lub w narządach płciowych. Albo nie czuję papieru toaletowego, gdy się podcieram.
say-b-bladder-bowel = Mam problemy z oddawaniem moczu lub nie czuję, że pęcherz jest pełny. Albo nie mogę utrzymać moczu lub stolca.
say-b-both-legs = Mam ból, drętwienie lub mrowienie w dół obu nóg. To jest nowe lub szybko się nasila.
say-b-sexual-function = Nie mam czucia w narządach płciowych. Albo mam nowe problemy z erekcją.
say-b-weakness = Mam nowe osłabienie nóg lub rąk i ono się nasila.
say-b-fever-ill = Oprócz bólu mam gorączkę lub czuję się wyraźnie źle.
say-b-neck-stiff-fever = Mam sztywny kark i gorączkę.
say-b-unsteady-walking = Od niedawna chwieję się przy chodzeniu albo czuję, że nogi są sztywne i słabe.
say-b-hand-clumsiness = Moje dłonie stały się niezgrabne.
say-b-fall-fracture = Ból zaczął się po wypadku lub upadku.
say-b-cancer-night-pain = Mam teraz raka albo mam go już za sobą, a ból trwa cały czas lub jest najgorszy w nocy.
say-b-radiating-worse = Ból schodzi do nogi lub promieniuje do ręki, a drętwienie lub osłabienie nasila się lub rozszerza.
kiosk-tell-staff = Powiedz o tym teraz personelowi.

## Resultat

result-title = Twoje porady
headline-see-gp-days = Umów wizytę u swojego fastlege (lekarza rodzinnego) w ciągu kilku dni.
headline-referral = Porozmawiaj ze swoim fastlege (lekarzem rodzinnym) o skierowaniu.
headline-stay-active = Pozostań w ruchu. Zwykle z czasem jest lepiej.
stay-active-gp = Skontaktuj się ze swoim fastlege (lekarzem rodzinnym), jeśli po 4–6 tygodniach nie będzie lepiej.
headline-keep-going = Tak trzymaj: pozostań w ruchu i ćwicz.
summary-flags-a = Objawy, przy których trzeba zadzwonić pod 113
summary-flags-b = Objawy, przy których trzeba jeszcze dziś iść do lekarza
summary-flags-c = Objawy, przy których warto wkrótce pójść do fastlege (lekarza rodzinnego)
section-why = Dlaczego dostajesz tę poradę
why-intro = Twoje odpowiedzi:

section-referral = Skierowanie do specjalisty
referral-rule = Po 4–6 tygodniach nadal nie jesteś z powrotem w pracy ani przy zwykłych zajęciach? Wtedy wytyczne zalecają skierowanie do specjalisty. Może to być szpitalna poradnia szyi i pleców (nakke- og ryggpoliklinikk).
referral-what = Tam możesz przejść diagnostykę (utredning), czyli dokładne badanie. Możesz dostać pomoc poznawczą (kognitivt rettede tiltak), czyli pomoc z myślami i obawami związanymi z bólem. Możesz tam też ćwiczyć.
referral-team = Pomocy udziela zespół: lekarz, fizjoterapeuta, a często też psycholog lub pielęgniarka. Nazywa się to pomocą interdyscyplinarną (tverrfaglig). Zespół pomaga ci też zaplanować powrót do pracy.
referral-now = Teraz jest właściwy moment, żeby o tym porozmawiać.
referral-firm = Poproś swojego fastlege (lekarza rodzinnego) o skierowanie.
referral-rehab = Rehabilitacja interdyscyplinarna może pomóc już od około 6 tygodni. Wygląda na to, że osobom, które dostają taką pomoc, jest potem lepiej.
referral-varies = To, co jest oferowane i jak długo, różni się w zależności od miejsca.
referral-gp-refers = To fastlege (lekarz rodzinny) daje ci skierowanie.
referral-c-first = Porusz ten temat, gdy za kilka dni będziesz u fastlege (lekarza rodzinnego).

section-radiating = Ból schodzący do nogi lub ręki
radiating-body = Ból promieniujący wzdłuż nerwu w większości przypadków zmniejsza się w ciągu kilku tygodni.
radiating-when = Idź do fastlege (lekarza rodzinnego), jeśli ból jest silny albo po 4–6 tygodniach nie jest lepiej. Możesz też pójść do fizjoterapeuty.

section-work = Praca
work-keep-contact = Utrzymuj kontakt ze swoim miejscem pracy.
work-graded-better = Częściowa praca (gradert sykmelding, czyli częściowe zwolnienie lekarskie) jest zwykle lepsza niż pełne zwolnienie.
work-follow-up-plan = Pracodawca musi w ciągu 4 tygodni przygotować razem z tobą plan działań (oppfølgingsplan). Pracodawca musi też w miarę możliwości dostosować twoją pracę. Poproś o to.
work-plan-return = Teraz jest czas, żeby razem z fastlege (lekarzem rodzinnym) zaplanować powrót do pracy.

section-thoughts = Myśli i uczucia
thoughts-affect = Przy długotrwałym bólu wydaje się, że myśli i obawy mają większy wpływ na to, jak bardzo ból nas ogranicza, niż budowa pleców. Mimo to ból jest tak samo prawdziwy.
thoughts-help = Krótka pomoc z myślami i terapia poznawczo-behawioralna (rodzaj terapii rozmową) mogą poprawić nastrój i pomóc ci lepiej funkcjonować.
thoughts-gp = Porozmawiaj o tym ze swoim fastlege (lekarzem rodzinnym).
mood-safety = Masz czarne myśli? Porozmawiaj z kimś teraz: ze swoim fastlege (lekarzem rodzinnym), z legevakt (całodobową pomocą lekarską) pod numerem 116 117 albo z telefonem zaufania Mental Helse pod numerem 116 123. Jeśli życie jest w niebezpieczeństwie, dzwoń pod 113.

section-self-care = Co możesz zrobić teraz
selfcare-active = Pozostań w ruchu i żyj tak zwyczajnie, jak możesz.
selfcare-move = Ruszaj się tak, jak dajesz radę.
selfcare-exercise = Każdy rodzaj ćwiczeń pomaga.
selfcare-pain-relief = Zapytaj w aptece lub swojego fastlege (lekarza rodzinnego), co możesz brać na ból.
section-gp-questions = Pytania, z którymi możesz pójść do fastlege (lekarza rodzinnego)
gp-question-active = Co mogę zrobić samodzielnie, żeby mimo tego bólu pozostać w ruchu?
gp-question-referral = Czy potrzebuję skierowania do zespołu interdyscyplinarnego? Taki zespół zapewnia diagnostykę, pomoc z myślami i ćwiczenia.
gp-question-work = Jak zaplanujemy powrót do pracy? Czy warto uwzględnić plan działań (oppfølgingsplan) od mojego pracodawcy?
gp-question-worries = Czy mogę dostać pomoc w radzeniu sobie z obawami i myślami związanymi z bólem?
gp-question-radiating = Jakie zmiany w nodze lub ręce oznaczają, że trzeba szybko się zgłosić?
gp-question-signs = Na jakie objawy mam uważać i czy trzeba mnie zbadać?

section-options = Co według badań pomaga
option-recovery = Większość osób czuje się dużo lepiej w ciągu kilku tygodni. Plecy i szyja są mocne. Ból często wraca, ale to nie jest groźne.
option-stay-active = Pozostań w ruchu i pracuj, jeśli możesz. Leżenie w łóżku nie pomaga.
option-exercise = Ćwiczenia pomagają. Żaden rodzaj ćwiczeń nie jest lepszy od innego, więc wybierz to, co lubisz.
option-brief-help = Krótka pomoc działa tak samo dobrze jak długie programy, przynajmniej jeśli chodzi o powrót do pracy. Krótka pomoc to badanie, wyjaśnienie i rada, żeby pozostać w ruchu.
option-rehab = Jeśli boli cię od dawna, rehabilitacja interdyscyplinarna pomaga lepiej funkcjonować i wrócić do pracy. Wtedy pracuje z tobą zespół. Nikt nie wie, jak długo powinna trwać.
option-cbt = Terapia poznawczo-behawioralna to rodzaj terapii rozmową. Poprawia nastrój, zmniejsza zamartwianie się i pomaga ci robić więcej. Na sam ból działa słabiej.
option-psychosocial = Przy długotrwałym bólu wydaje się, że myśli, uczucia i sytuacja życiowa mają większy wpływ na to, jak bardzo ból cię ogranicza, niż to, jak wyglądają twoje plecy. Mimo to ból jest tak samo prawdziwy.
options-not-useful-title = To zwykle nie pomaga
option-no-imaging = Prześwietlenie (RTG) lub rezonans magnetyczny (MRI), gdy nie ma objawów alarmowych. Wiele osób, które nie odczuwają bólu, też ma zmiany na zdjęciach.
option-no-bedrest = Leżenie w łóżku
option-no-opioids = Silne leki przeciwbólowe (opioidy) przez długi czas
option-physio = Do fizjoterapeuty możesz pójść bez skierowania. Jeśli fizjoterapeuta ma umowę z gminą (kommune), płacisz tylko egenandel (opłatę własną pacjenta).
option-sources = Źródła:
neck-note = Większość badań dotyczy bólu w dolnej części pleców (krzyża). W Norwegii te same porady dotyczą też szyi.

section-safety = Kiedy znowu szukać pomocy
safety-113 = Zadzwoń pod 113 (pogotowie ratunkowe) przy nagłym, rozdzierającym bólu, bólu w klatce piersiowej lub trudnościach z oddychaniem. Dzwoń też przy nowym osłabieniu, drętwieniu lub paraliżu po wypadku lub mocnym upadku. To samo dotyczy osłabienia jednej strony ciała, wykrzywionej twarzy lub trudności z mówieniem. Dzwoń też, jeśli masz zawroty głowy i chwiejesz się, widzisz podwójnie lub nie możesz przełykać, albo jeśli pojawi się najgorszy ból głowy w twoim życiu.
safety-116 = Zadzwoń na legevakt (całodobowa pomoc lekarska) pod 116 117 lub do fastlege (lekarza rodzinnego) jeszcze tego samego dnia, jeśli pojawi się drętwienie wokół pośladków, między nogami lub w narządach płciowych. To samo dotyczy sytuacji, gdy nie czujesz papieru toaletowego, nie czujesz, że oddajesz mocz, albo nie możesz utrzymać moczu lub stolca. Dzwoń też przy nowym bólu lub drętwieniu w dół obu nóg albo przy nowej utracie czucia w narządach płciowych. To samo dotyczy chwiejnego chodu, niezgrabnych dłoni, nasilającego się osłabienia lub gorączki razem z bólem. Dzwoń też po upadku, jeśli masz kruche kości lub ponad 65 lat, oraz przy raku, gdy ból trwa cały czas lub pojawia się w nocy.
safety-worse = Skontaktuj się ze swoim fastlege (lekarzem rodzinnym), jeśli będzie gorzej albo nie będzie lepiej.

section-sources = Źródła
sources-guideline = Na podstawie norweskiego poradnika «Fysikalsk medisin og rehabilitering – veileder: Plager i nakke og rygg – Tverrfaglig nakke- og ryggbehandling».
sources-show = Pokaż pełną listę źródeł
# $date (String) - when the guideline was last updated, e.g. 15.09.2021
sources-updated = Ostatnia aktualizacja merytoryczna: { $date }.
# $version (String) - the content version, e.g. 2026.11.1
content-version = Wersja treści: { $version }.
print-button = Wydrukuj dla fastlege (lekarza rodzinnego)
print-title = Podsumowanie dla twojego fastlege (lekarza rodzinnego)
print-answers = Twoje odpowiedzi
print-advice = Porady
print-skipped = Brak odpowiedzi
kiosk-no-print = Możesz tu jeszcze raz przeczytać porady albo je sobie zapisać.

## Kiosk

kiosk-attract = Dotknij „Start”, aby zacząć.
kiosk-idle-title = Czy nadal tu jesteś?
# $seconds (Number) - seconds left before the answers are deleted
kiosk-idle-body = Twoje odpowiedzi zostaną usunięte za { $seconds } { $seconds ->
        [one] sekundę
        [few] sekundy
        [many] sekund
       *[other] sekundy
    }.
kiosk-continue = Kontynuuj

## Take the advice home: read aloud, text size and contrast (issue 17)

read-aloud = Przeczytaj na głos
display-settings = Tekst i kontrast
text-size = Rozmiar tekstu
# $percent (Number) - the text size, 100 = normal
text-size-option = Tekst { $percent }%
contrast-high = Wysoki kontrast

## Result, first screen: what to do now, why, the timeline (issue 16)

now-title = Co zrobić teraz
now-book-gp-days = Umów wizytę u fastlege (lekarza rodzinnego) w ciągu kilku dni.
now-book-gp-referral = Umów wizytę u fastlege (lekarza rodzinnego) i zapytaj o skierowanie.
now-ask-referral = Podczas wizyty zapytaj fastlege (lekarza rodzinnego) o skierowanie.
now-exercise = Ćwicz w sposób, który lubisz.
now-follow-up-plan = Porozmawiaj z pracodawcą o planie działań (oppfølgingsplan).
now-talk-thoughts = Porozmawiaj z fastlege (lekarzem rodzinnym) o swoich myślach i obawach.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
now-why-short = Ponieważ ból trwa { $duration ->
       *[under2w] krócej niż 2 tygodnie
        [w2to3] 2–3 tygodnie
        [w4to5] 4–5 tygodni
        [w6to12] od 6 tygodni do 3 miesięcy
        [over3m] dłużej niż 3 miesiące
    }.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
# $activity (String) - back to usual activities: yes, partly or no
# $work (String) - working, graded, full or none (not in paid work: not named)
now-why-long = Ponieważ ból trwa { $duration ->
        [under2w] krócej niż 2 tygodnie
        [w2to3] 2–3 tygodnie
        [w4to5] 4–5 tygodni
       *[w6to12] od 6 tygodni do 3 miesięcy
        [over3m] dłużej niż 3 miesiące
    } i { $activity ->
        [yes] robisz już to, co zwykle
        [partly] tylko częściowo robisz to, co zwykle
       *[no] w większości nie robisz tego, co zwykle
    }{ $work ->
        [working] . Pracujesz.
        [graded] . Masz częściowe zwolnienie lekarskie.
        [full] . Masz pełne zwolnienie lekarskie.
       *[none] .
    }
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
now-why-sign = Ponieważ zaznaczono objaw, który powinien ocenić fastlege (lekarz rodzinny), a ból trwa { $duration ->
       *[under2w] krócej niż 2 tygodnie
        [w2to3] 2–3 tygodnie
        [w4to5] 4–5 tygodni
        [w6to12] od 6 tygodni do 3 miesięcy
        [over3m] dłużej niż 3 miesiące
    }.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
timeline-alt = Oś czasu: 0, 2, 4 i 6 tygodni oraz 3 miesiące. Twój ból trwa { $duration ->
        [under2w] krócej niż 2 tygodnie
        [w2to3] 2–3 tygodnie
        [w4to5] 4–5 tygodni
       *[w6to12] od 6 tygodni do 3 miesięcy
        [over3m] dłużej niż 3 miesiące
    }. Jeśli po 4–6 tygodniach nie jesteś z powrotem przy zwykłych zajęciach ani w pracy, czas porozmawiać z fastlege (lekarzem rodzinnym) o skierowaniu.
timeline-you = Jesteś tutaj
timeline-referral = Skierowanie
timeline-6-weeks = 6 tygodni
timeline-3-months = 3 miesiące

## Språkmerknad

lang-unreviewed = Tego tłumaczenia nie sprawdził jeszcze wykwalifikowany tłumacz medyczny. Sprawdzony jest tekst norweski.
lang-unreviewed-switch = Pokaż po norwesku

## Trygghet på norsk

urgent-say-norwegian = Powiedz to po norwesku:

## Ta med hjem
handoff-button = Zabierz na telefon
handoff-title = Zeskanuj kod swoim telefonem
handoff-qr = Kod QR z linkiem do Twojego wyniku
handoff-note = Link zawiera Twoje odpowiedzi. Telefon może zapamiętać stronę w historii. Kod zniknie po minucie.
handoff-close = Ukryj kod
handoff-page-title = Twój wynik z Ryggsjekk
handoff-page-text = Ten link zawiera Twoje odpowiedzi z Ryggsjekk. Odpowiedzi nie są nigdzie wysyłane.
handoff-page-show = Pokaż wynik
handoff-page-outdated = Link pochodzi ze starszej wersji Ryggsjekk. Odpowiedz na pytania jeszcze raz.
handoff-page-damaged = Link jest uszkodzony albo niepełny. Odpowiedz na pytania jeszcze raz.

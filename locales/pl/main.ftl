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

start-title = Boli cię szyja albo plecy?
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
flag-b-fever-ill = Oprócz bólu masz gorączkę albo czujesz się wyraźnie chory lub chora
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

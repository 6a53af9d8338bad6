# Ryggsjekk – pasienttekstar, nynorsk.
# Nynorsk er eigen norm: sjekk mot ../shared/docs/glossary.md.
# Klarspråk: korte setningar, «du», aktiv form, det viktigaste først.
# LIX for alle tekstane i denne fila skal vere 40 eller lågare (tests/locales.rs),
# og ingen melding på 10 ord eller meir over 45 (tests/readability.rs).
# Pasienten ser teikna, aldri namnet på ein tilstand.

## Ramma (alle skjermar)

app-name = Ryggsjekk
app-label = Ryggsjekk – ein eigensjekk ved vondt i nakke og rygg
lang-switch-label = Språk
# Shown in one line at the top when the language is an unreviewed draft
# (locales/languages.toml); never shown in nb, nn or en.
lang-unreviewed = Denne omsetjinga er ikkje sjekka av ein fagomsetjar for helse enno.
# The button beside it: switches to bokmål and keeps the answers.
lang-unreviewed-switch = Vis på norsk
help-acute = Akutt fare for liv: ring 113. Legevakt: 116 117.
nav-next = Neste
nav-back = Tilbake
nav-start = Start
nav-restart = Start på nytt
nav-see-result = Sjå råda dine
progress = Spørsmål { $step } av { $total }
error-choose-one = Vel eit svar for å gå vidare.
disclaimer = Dette er generell informasjon, ikkje ei medisinsk vurdering.
privacy = Svara dine blir ikkje lagra eller sende nokon stad.

## Start

start-title = Vondt i nakken eller ryggen?
start-intro = Svar på nokre korte spørsmål. Då får du råd om kva du kan gjere sjølv, og når du bør få hjelp.
start-time = Det tek omtrent 3 minutt.
start-adults = Råda er for vaksne.
start-acute = Er det akutt og står det om livet? Ring 113 no.

## Kvar

q-location = Kvar har du vondt?
q-location-hint = Vel det som passar best.
location-neck = I nakken
location-middle = Midt på ryggen
location-lower = Nedst i ryggen (korsryggen)
location-several = Fleire stader

## Faresignal (A, B og C)

q-flags-now = Har du noko av dette no?
q-flags-c = Gjeld noko av dette for deg?
flags-hint = Vel det første som passar. Passar ingenting, vel du «Nei, ingen av desse».
flag-none = Nei, ingen av desse

# A: ring 113
flag-a-trauma-weakness = Etter ei alvorleg ulukke eller eit kraftig fall: ny svakheit, nummenheit eller lamming i armar eller bein
flag-a-tearing-pain = Plutseleg, rivande smerte i ryggen eller mellom skulderblada, ulik noko du har kjent før. Eller du held på å svime av, er bleik eller kald og klam, samtidig som det gjer vondt.
flag-a-chest-breathing = Vondt i nakken eller ryggen, og samtidig vondt i brystet eller tung pust
flag-a-stroke = Plutseleg svakheit eller nummenheit i den eine sida av kroppen. Eller skeivt andlet, eller vanskar med å snakke eller sjå.
flag-a-dizziness = Du blir plutseleg svimmel. Samtidig er du ustø, ser dobbelt eller slit med å svelgje.
flag-a-headache-meningitis = Plutseleg og ekstremt sterk hovudverk, den verste du har hatt. Eller stiv nakke og feber, og samtidig forvirring, utslett eller at du kjenner deg svært sjuk.

# B: legevakt eller fastlege i dag
flag-b-saddle-numbness = Ny nummenheit i ridebukseområdet (setet, skrevet eller underlivet). Eller du kjenner ikkje toalettpapiret når du tørkar deg.
flag-b-bladder-bowel = Nye problem med å tisse, eller du kjenner ikkje at blæra er full eller at du tissar. Eller du klarer ikkje å halde på urin eller avføring.
flag-b-both-legs = Nye eller raskt verre smertar, nummenheit eller prikking ned i begge beina
flag-b-sexual-function = Du har nyleg mista kjensla i kjønnsorgana under sex, eller fått nye problem med ereksjon
flag-b-weakness = Ny svakheit i begge beina, eller svakheit i eit bein, ein fot, ein arm eller ei hand som blir verre. Eller isjias (smerte ned i beinet) som plutseleg blir borte, samtidig som du blir svak.
flag-b-fever-ill = Feber, eller du kjenner deg tydeleg sjuk, saman med smertane
flag-b-neck-stiff-fever = Stiv nakke og feber
flag-b-unsteady-walking = Du har nyleg blitt ustø når du går, eller beina kjennest stive og svake
flag-b-hand-clumsiness = Hendene har nyleg blitt klossete. Det er vanskeleg med knappar eller å skrive, eller du mistar ting.
flag-b-fall-fracture = Etter ei alvorleg ulukke eller eit kraftig fall, utan teikna over. Eller etter eit lite fall, viss du har beinskjørheit (osteoporose) eller er over 65 år.
flag-b-cancer-night-pain = Du har eller har hatt kreft, og smertane er der heile tida eller er verst om natta

# C: fastlege innan nokre dagar
flag-c-cancer = Du har eller har hatt kreft
flag-c-weight-loss = Du har gått ned i vekt utan å vite kvifor
flag-c-steroids-osteoporosis = Du har brukt kortison (steroid) lenge. Eller du har beinskjørheit (osteoporose).
flag-c-age = Det er første gong du har så vondt, og du er over omtrent 50 år eller under 20 år
flag-c-constant-night-pain = Smertane er der heile tida og går ikkje over når du kviler, eller dei er verst om natta
flag-c-morning-stiffness = Du er stiv om morgonen i meir enn ein time
flag-c-immune-drugs = Du har eit svakt immunforsvar, eller du tek narkotika med sprøyte

## Dei andre spørsmåla

q-radiating = Går smerten ned i beinet til nedanfor kneet, eller ut i armen?
q-radiating-hint = Vel det første som passar.
flag-b-radiating-worse = Ja, med nummenheit eller svakheit som blir verre eller spreier seg
flag-c-radiating-severe = Ja, og smerten er ikkje til å halde ut, sjølv med vanlege smertestillande
radiating-numb = Ja, med nummenheit eller svakheit som ikkje endrar seg
radiating-pain-only = Ja, men berre smerte
radiating-no = Nei

q-duration = Kor lenge har du hatt vondt denne gongen?
duration-under-2 = Mindre enn 2 veker
duration-2-3 = 2–3 veker
duration-4-5 = 4–5 veker
duration-6-weeks-3-months = 6 veker til 3 månader
duration-over-3-months = Meir enn 3 månader

q-activity = Er du tilbake i vanlege aktivitetar i kvardagen?
q-activity-hint = Til dømes heime, i fritida og når du trenar.
activity-yes = Ja, som før
activity-partly = Delvis
activity-no = Nei, stort sett ikkje

q-work = Korleis er det med jobben?
work-working = Eg er i jobb og ikkje sjukmeld
work-graded = Eg er delvis sjukmeld (gradert sjukmelding)
work-full = Eg er heilt sjukmeld (sjukmelding eller eigenmelding)
work-none = Eg har ikkje lønt arbeid (eg er til dømes student, jobbsøkjar eller pensjonist)

q-thoughts = Tankar og kjensler
q-thoughts-hint = Tankar og kjensler kan verke inn på korleis smerten kjennest. Svar viss du vil. Du kan òg hoppe over.
thought-fear-harm = Eg er redd for at aktivitet kan skade ryggen eller nakken.
thought-never-better = Eg trur at smertane aldri blir betre.
thought-worry = Eg uroar meg mykje for smertane.
thought-down = Den siste tida har eg vore nedfor, eller mista gleda ved ting.
thought-not-back = Eg trur ikkje eg er tilbake i jobb eller det eg pleier å gjere om tre månader.
answer-agree = Stemmer
answer-disagree = Stemmer ikkje

## Hastar (A og B) – ingen råd om eigenbehandling her

urgent-a-title = Ring 113 no
urgent-a-body = Det du skildrar, kan vere alvorleg. Du treng hjelp med ein gong.
urgent-a-call = Ring 113
urgent-b-title = Kontakt legevakta eller fastlegen din no
urgent-b-body = Sei at det hastar. Du bør bli undersøkt i dag.
urgent-b-call = Ring legevakta 116 117
urgent-b-gp = Eller ring fastlegen din viss kontoret er ope.
urgent-b-free = Det er gratis å ringje 116 117.
urgent-reason = Du svarte:
urgent-say-title = Dette kan du seie i telefonen:
urgent-say-where = { $where ->
        [neck] Eg har vondt i nakken.
        [several] Eg har vondt fleire stader.
       *[back] Eg har vondt i ryggen.
    }
say-a-trauma-weakness = Eg har vore i ei alvorleg ulukke eller falle kraftig, og no er eg svak, nummen eller lam i armar eller bein.
say-a-tearing-pain = Eg fekk plutseleg ein rivande smerte, ulik noko eg har kjent før. Eller eg held på å svime av, er bleik eller kald og klam.
say-a-chest-breathing = Eg har òg vondt i brystet eller pustar tungt.
say-a-stroke = Eg blei plutseleg svak eller nummen i den eine sida av kroppen, andletet er skeivt, eller eg har vanskar med å snakke eller sjå.
say-a-dizziness = Eg blei plutseleg svimmel. Eg er ustø, ser dobbelt eller slit med å svelgje.
say-a-headache-meningitis = Eg fekk plutseleg den verste hovudverken eg har hatt, eller eg har stiv nakke og feber og kjenner meg svært sjuk.
say-b-saddle-numbness = Eg har blitt nummen i setet, skrevet eller underlivet, eller eg kjenner ikkje toalettpapiret når eg tørkar meg.
say-b-bladder-bowel = Eg har fått problem med å tisse eller kjenne at blæra er full, eller eg klarer ikkje å halde på urin eller avføring.
say-b-both-legs = Eg har fått nye eller raskt verre smertar, nummenheit eller prikking ned i begge beina.
say-b-sexual-function = Eg har mista kjensla i kjønnsorgana. Eller eg har fått nye problem med ereksjon.
say-b-weakness = Eg har fått ny svakheit i beina eller armane, og det blir verre.
say-b-fever-ill = Eg har feber eller kjenner meg tydeleg sjuk. Det kjem i tillegg til smertane.
say-b-neck-stiff-fever = Eg har stiv nakke og feber.
say-b-unsteady-walking = Eg har blitt ustø når eg går, eller beina kjennest stive og svake.
say-b-hand-clumsiness = Hendene mine har blitt klossete.
say-b-fall-fracture = Smertane kom etter ei ulukke eller eit fall.
say-b-cancer-night-pain = Eg har eller har hatt kreft, og smertane er der heile tida eller er verst om natta.
say-b-radiating-worse = Smerten går ned i beinet eller ut i armen, og nummenheita eller svakheita blir verre eller spreier seg.
kiosk-tell-staff = Sei frå til personalet no.

## Resultat

result-title = Råda dine
headline-see-gp-days = Bestill time hos fastlegen din i løpet av nokre dagar.
headline-referral = Snakk med fastlegen din om ei tilvising.
headline-stay-active = Hald deg i aktivitet. Det blir som regel betre.
stay-active-gp = Kontakt fastlegen din viss det ikkje er betre etter 4–6 veker.
headline-keep-going = Hald fram slik: hald deg i aktivitet og tren.
summary-flags-a = Teikn på at du må ringje 113
summary-flags-b = Teikn på at du må til lege i dag
summary-flags-c = Teikn på at du bør til fastlegen snart
section-why = Difor får du dette rådet
why-intro = Du svarte:

section-referral = Tilvising til spesialist
referral-rule = Er du ikkje tilbake i jobb eller det du pleier å gjere etter 4–6 veker? Då seier retningslinjene at du bør få ei tilvising til spesialist. Det kan vere ein nakke- og ryggpoliklinikk på sjukehuset.
referral-what = Der kan du få utgreiing, det vil seie ei grundig undersøking. Du kan få kognitivt retta tiltak, det vil seie hjelp med tankar og uro kring smertane. Og du kan få trening.
referral-team = Hjelpa kjem frå eit team: lege, fysioterapeut og ofte psykolog eller sjukepleiar. Det blir kalla tverrfagleg. Teamet hjelper deg òg å planleggje vegen tilbake til jobb.
referral-now = No er det rett tid å snakke om dette.
referral-firm = Be fastlegen din om ei tilvising.
referral-rehab = Tverrfagleg rehabilitering kan hjelpe alt frå omtrent 6 veker. Folk ser ut til å få det betre med slik hjelp.
referral-varies = Kva som blir tilbode, og kor lenge, varierer frå stad til stad.
referral-gp-refers = Det er fastlegen som tilviser deg.
referral-c-first = Ta opp dette når du er hos fastlegen om nokre dagar.

section-radiating = Smerte ned i eit bein eller ein arm
radiating-body = Dei fleste nervesmertar blir betre i løpet av nokre veker.
radiating-when = Gå til fastlegen viss smerten er sterk, eller ikkje betre etter 4–6 veker. Du kan òg gå til ein fysioterapeut.

section-work = Jobb
work-keep-contact = Hald kontakt med jobben din.
work-graded-better = Å vere delvis i jobb (gradert sjukmelding) er som regel betre enn å vere heilt sjukmeld.
work-follow-up-plan = Arbeidsgivaren skal lage ein oppfølgingsplan saman med deg innan 4 veker. Arbeidsgivaren skal òg så langt det går tilpasse jobben din. Be om dette.
work-plan-return = No er det tid for å planleggje vegen tilbake til jobb, saman med fastlegen.

section-thoughts = Tankar og kjensler
thoughts-affect = Ved langvarige smertar ser det ut til at tankar og uro betyr meir for kor mykje smertane hindrar oss, enn korleis ryggen er bygd. Smertane er like ekte for det.
thoughts-help = Kort hjelp med tankane og kognitiv åtferdsterapi (ein type samtaleterapi) kan gi betre humør og hjelpe deg å fungere betre.
thoughts-gp = Snakk med fastlegen din om det.
mood-safety = Har du mørke tankar? Snakk med nokon no: fastlegen din, legevakta på 116 117 eller hjelpetelefonen til Mental Helse på 116 123. Ring 113 viss livet er i fare.

section-self-care = Dette kan du gjere no
selfcare-active = Hald deg i aktivitet, og lev så vanleg som du kan.
selfcare-move = Rør på deg slik du klarer.
selfcare-exercise = All slags trening hjelper.
selfcare-pain-relief = Spør på apoteket eller fastlegen din om kva du kan ta mot smertane.
section-gp-questions = Spørsmål du kan ta med til fastlegen
gp-question-active = Kva kan eg gjere sjølv for å halde meg i aktivitet med desse smertane?
gp-question-referral = Bør eg få ei tilvising til eit tverrfagleg team? Det gir utgreiing, kognitivt retta tiltak og trening.
gp-question-work = Korleis planlegg vi vegen tilbake til jobb? Bør vi ta med oppfølgingsplanen frå arbeidsgivaren min?
gp-question-worries = Kan eg få hjelp med uroa og tankane kring smertane?
gp-question-radiating = Kva endringar i beinet eller armen betyr at eg bør ta kontakt raskt?
gp-question-signs = Kva teikn skal eg følgje med på, og treng eg å bli undersøkt?

section-options = Dette veit vi hjelper
option-recovery = Dei fleste blir mykje betre i løpet av nokre veker. Ryggen og nakken er sterke. Smertane kjem ofte tilbake, men det er ikkje farleg.
option-stay-active = Hald deg i aktivitet, og jobb viss du kan. Det hjelper ikkje å liggje til sengs.
option-exercise = Trening hjelper. Ingen type trening er betre enn ein annan, så vel det du likar.
option-brief-help = Kort hjelp verkar like godt som lange opplegg, i alle fall for å kome tilbake i jobb. Kort hjelp er ei undersøking, ei forklaring og råd om å vere i aktivitet.
option-rehab = Har du hatt vondt lenge, hjelper tverrfagleg rehabilitering deg å fungere betre og kome tilbake i jobb. Då jobbar eit team med deg. Ingen veit kor lenge ho bør vare.
option-cbt = Kognitiv åtferdsterapi er ein type samtaleterapi. Terapien gir betre humør og mindre uro, og du klarer meir. Mot sjølve smerten hjelper terapien mindre.
option-psychosocial = Ved langvarige smertar ser tankar, kjensler og livet elles ut til å bety meir for kor mykje smertane hindrar deg, enn korleis ryggen ser ut. Smertane er like ekte for det.
options-not-useful-title = Dette hjelper som regel ikkje
option-no-imaging = Røntgen eller MR utan faresignal. Mange som ikkje har vondt, har òg endringar på bileta.
option-no-bedrest = Å liggje til sengs
option-no-opioids = Sterke smertestillande (opioid) over lang tid
option-physio = Du kan gå til ein fysioterapeut utan tilvising. Har fysioterapeuten avtale med kommunen, betaler du berre ein eigendel.
option-sources = Kjelder:
neck-note = Det meste av forskinga gjeld smertar i korsryggen. I Noreg gjeld dei same råda for nakken.

section-safety = Når du bør søkje hjelp igjen
safety-113 = Ring 113 ved plutseleg rivande smerte, vondt i brystet eller tung pust. Ring òg ved ny svakheit, nummenheit eller lamming etter ei ulukke eller eit kraftig fall. Det same gjeld svakheit i den eine sida av kroppen, skeivt andlet eller vanskar med å snakke. Ring òg viss du blir svimmel og ustø, ser dobbelt eller ikkje klarer å svelgje, eller får den verste hovudverken du har hatt.
safety-116 = Ring legevakta 116 117 eller fastlegen same dag viss du blir nummen i setet, skrevet eller underlivet. Det same gjeld viss du ikkje kjenner toalettpapiret, ikkje kjenner at du tissar, eller ikkje klarer å halde på urin eller avføring. Ring òg ved nye smertar eller nummenheit ned i begge beina, eller nytt tap av kjensle i kjønnsorgana. Det same gjeld ustø gange, klossete hender, svakheit som blir verre, eller feber saman med smertane. Ring òg etter eit fall viss du har beinskjørheit eller er over 65 år, og ved kreft med smertar heile tida eller om natta.
safety-worse = Kontakt fastlegen din viss det blir verre eller ikkje blir betre.

section-sources = Kjelder
sources-guideline = Byggjer på rettleiaren «Fysikalsk medisin og rehabilitering – veileder: Plager i nakke og rygg – Tverrfaglig nakke- og ryggbehandling».
sources-show = Vis heile kjeldelista
sources-updated = Sist fagleg oppdatert { $date }.
content-version = Innhaldsversjon { $version }.
print-button = Skriv ut til fastlegen
print-title = Samandrag til fastlegen din
print-answers = Svara dine
print-advice = Råd
print-skipped = Ikkje svart
kiosk-no-print = Du kan lese råda igjen her, eller skrive dei ned.

## Kiosk

kiosk-attract = Trykk på Start for å byrje.
kiosk-idle-title = Er du der framleis?
kiosk-idle-body = Svara dine blir sletta om { $seconds } { $seconds ->
        [one] sekund
       *[other] sekund
    }.
kiosk-continue = Hald fram

## Take the advice home: read aloud, text size and contrast (issue 17)

read-aloud = Les opp
display-settings = Tekst og kontrast
text-size = Tekststorleik
text-size-option = Tekst { $percent } %
contrast-high = Høg kontrast

## Result, first screen: what to do now, why, the timeline (issue 16)

now-title = Dette bør du gjere no
now-book-gp-days = Bestill time hos fastlegen i løpet av nokre dagar.
now-book-gp-referral = Bestill time hos fastlegen, og spør om ei tilvising.
now-ask-referral = Spør fastlegen om ei tilvising når du er der.
now-exercise = Tren på ein måte du likar.
now-follow-up-plan = Snakk med arbeidsgivaren om ein oppfølgingsplan.
now-talk-thoughts = Snakk med fastlegen om tankane og uroa di.
now-why-short = Fordi du har hatt vondt i { $duration ->
       *[under2w] under 2 veker
        [w2to3] 2–3 veker
        [w4to5] 4–5 veker
        [w6to12] 6 veker til 3 månader
        [over3m] meir enn 3 månader
    }.
now-why-long = Fordi du har hatt vondt i { $duration ->
        [under2w] under 2 veker
        [w2to3] 2–3 veker
        [w4to5] 4–5 veker
       *[w6to12] 6 veker til 3 månader
        [over3m] meir enn 3 månader
    } og { $activity ->
        [yes] er tilbake i vanlege aktivitetar
        [partly] berre delvis er tilbake i vanlege aktivitetar
       *[no] stort sett ikkje er tilbake i vanlege aktivitetar
    }{ $work ->
        [working] , og du er i jobb.
        [graded] , og du er delvis sjukmeld.
        [full] , og du er heilt sjukmeld.
       *[none] .
    }
now-why-sign = Fordi du svarte ja til eit teikn som fastlegen bør sjå på, og har hatt vondt i { $duration ->
       *[under2w] under 2 veker
        [w2to3] 2–3 veker
        [w4to5] 4–5 veker
        [w6to12] 6 veker til 3 månader
        [over3m] meir enn 3 månader
    }.
timeline-alt = Tidslinje over 0, 2, 4 og 6 veker og 3 månader. Du har hatt vondt i { $duration ->
        [under2w] under 2 veker
        [w2to3] 2–3 veker
        [w4to5] 4–5 veker
       *[w6to12] 6 veker til 3 månader
        [over3m] meir enn 3 månader
    }. Er du ikkje tilbake i vanlege aktivitetar eller jobb etter 4–6 veker, er det tid for å snakke med fastlegen om ei tilvising.
timeline-you = Du er her
timeline-referral = Tilvising
timeline-6-weeks = 6 veker
timeline-3-months = 3 månader

## Trygghet på norsk

urgent-say-norwegian = Sei dette på norsk:

## Ta med hjem
handoff-button = Ta med på mobilen
handoff-title = Skann koden med mobilen din
handoff-qr = QR-kode med ei lenkje til resultatet ditt
handoff-note = Lenkja har svara dine i seg. Mobilen kan hugse sida i historikken. Koden blir borte etter eitt minutt.
handoff-close = Skjul koden
handoff-page-title = Resultatet ditt frå Ryggsjekk
handoff-page-text = Denne lenkja har svara dine frå Ryggsjekk i seg. Svara blir ikkje sende nokon stad.
handoff-page-show = Vis resultatet
handoff-page-outdated = Lenkja er frå ei eldre utgåve av Ryggsjekk. Svar på spørsmåla på nytt.
handoff-page-damaged = Lenkja er skadd eller ufullstendig. Svar på spørsmåla på nytt.

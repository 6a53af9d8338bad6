# Ryggsjekk – pasienttekster, bokmål (referansespråket).
# Klarspråk: korte setninger, «du», aktiv form, det viktigste først.
# LIX for alle tekstene i denne fila skal være 40 eller lavere (tests/locales.rs).

## Rammen (alle skjermer)

app-name = Ryggsjekk
app-label = Ryggsjekk – en egensjekk ved vondt i nakke og rygg
lang-switch-label = Språk
help-acute = Akutt fare for liv: ring 113. Legevakt: 116 117.
nav-next = Neste
nav-back = Tilbake
nav-start = Start
nav-restart = Start på nytt
nav-see-result = Se rådene dine
# $step (Number) - the question the patient is on, from 1
# $total (Number) - how many questions there are
progress = Spørsmål { $step } av { $total }
error-choose-one = Velg et svar for å gå videre.
disclaimer = Dette er generell informasjon, ikke en medisinsk vurdering.
privacy = Svarene dine blir ikke lagret eller sendt noe sted.

## Start

start-title = Vondt i nakken eller ryggen?
start-intro = Svar på noen korte spørsmål. Da får du råd om hva du kan gjøre selv, og når du bør få hjelp.
start-time = Det tar omtrent 3 minutter.
start-adults = Rådene er for voksne.
start-acute = Er det akutt og står det om livet? Ring 113 nå.

## Hvor

q-location = Hvor har du vondt?
q-location-hint = Velg det som passer best.
location-neck = I nakken
location-middle = Midt på ryggen
location-lower = Nederst i ryggen (korsryggen)
location-several = Flere steder

## Faresignaler (A, B og C)

q-flags-now = Har du noe av dette nå?
q-flags-c = Gjelder noe av dette for deg?
flags-hint = Velg det første som passer. Passer ingenting, velger du «Nei, ingen av disse».
flag-none = Nei, ingen av disse

# A: ring 113
flag-a-trauma-weakness = Etter en alvorlig ulykke eller et fall: ny svakhet, nummenhet eller lammelse i armer eller bein
flag-a-tearing-pain = Plutselig og veldig sterk smerte i ryggen eller mellom skulderbladene. Smerten kjennes rivende, eller du er nær ved å besvime, er blek eller kald og klam.
flag-a-chest-breathing = Vondt i nakken eller ryggen, og samtidig vondt i brystet eller tung pust
flag-a-stroke = Plutselig svakhet eller nummenhet i den ene siden av kroppen, skjevt ansikt, eller vansker med å snakke eller se
flag-a-headache-meningitis = Plutselig og ekstremt sterk hodepine, den verste du har hatt. Eller stiv nakke og feber, og samtidig forvirring, utslett eller at du føler deg svært syk.

# B: legevakt eller fastlege i dag
flag-b-saddle-numbness = Ny nummenhet i ridebukseområdet (sete, skritt og underliv)
flag-b-bladder-bowel = Nye problemer med å tisse, eller du klarer ikke å holde på urin eller avføring
flag-b-weakness = Ny svakhet i begge bein, eller svakhet i et bein, en fot, en arm eller en hånd som blir verre. Eller isjias (smerte ned i beinet) som plutselig blir borte, samtidig som du blir svak.
flag-b-fever-ill = Feber, eller du føler deg tydelig syk, sammen med smertene
flag-b-neck-stiff-fever = Stiv nakke og feber
flag-b-hand-clumsiness = Hendene har blitt klossete, eller du har blitt ustø når du går
flag-b-fall-fracture = Etter en alvorlig ulykke eller et fall, uten tegnene over. Eller etter et lite fall, hvis du har benskjørhet (osteoporose) eller er over 65 år.
flag-b-cancer-night-pain = Du har eller har hatt kreft, og smertene er der hele tiden eller er verst om natten

# C: fastlege innen noen dager
flag-c-cancer = Du har eller har hatt kreft
flag-c-weight-loss = Du har gått ned i vekt uten å vite hvorfor
flag-c-steroids-osteoporosis = Du har brukt kortison (steroider) lenge, eller du har benskjørhet (osteoporose)
flag-c-age = Det er første gang du har så vondt, og du er over omtrent 50 år eller under 20 år
flag-c-constant-night-pain = Smertene er der hele tiden og går ikke over når du hviler, eller de er verst om natten
flag-c-morning-stiffness = Du er stiv om morgenen i mer enn en time
flag-c-immune-drugs = Du har svekket immunforsvar, eller du setter sprøyter med narkotika

## De andre spørsmålene

q-radiating = Går smerten ned i beinet til nedenfor kneet, eller ut i armen?
radiating-numb = Ja, og jeg er nummen eller svak, men det blir ikke verre
radiating-pain-only = Ja, men bare smerte
radiating-no = Nei

q-duration = Hvor lenge har du hatt vondt denne gangen?
duration-under-2 = Mindre enn 2 uker
duration-2-4 = 2–4 uker
duration-4-6 = 4–6 uker
duration-6-12 = 6–12 uker
duration-over-12 = Mer enn 12 uker (3 måneder)

q-activity = Er du tilbake i vanlige aktiviteter i hverdagen?
q-activity-hint = For eksempel hjemme, i fritiden og når du trener.
activity-yes = Ja, som før
activity-partly = Delvis
activity-no = Nei, stort sett ikke

q-work = Hvordan er det med jobben?
work-working = Jeg er i jobb og ikke sykmeldt
work-graded = Jeg er delvis sykmeldt (gradert)
work-full = Jeg er helt sykmeldt
work-none = Jeg har ikke lønnet arbeid (for eksempel student, jobbsøker eller pensjonist)

q-thoughts = Tanker og følelser
q-thoughts-hint = Tanker og følelser kan påvirke hvordan smerten kjennes. Svar hvis du vil. Du kan også hoppe over.
thought-fear-harm = Jeg er redd for at aktivitet kan skade ryggen eller nakken.
thought-never-better = Jeg tror at smertene aldri blir bedre.
thought-worry = Jeg bekymrer meg mye for smertene.
thought-down = Den siste tiden har jeg vært nedfor, eller mistet gleden ved ting.
thought-not-back = Jeg tror ikke jeg er tilbake i jobb eller vanlige aktiviteter innen omtrent tre måneder.
answer-agree = Stemmer
answer-disagree = Stemmer ikke

## Haster (A og B) – ingen råd om egenbehandling her

urgent-a-title = Ring 113 nå
urgent-a-body = Det du beskriver, kan være alvorlig. Du trenger hjelp med en gang.
urgent-a-call = Ring 113
urgent-b-title = Kontakt legevakten eller fastlegen din nå
urgent-b-body = Si at det haster. Du bør bli undersøkt i dag.
urgent-b-call = Ring legevakten 116 117
urgent-b-gp = Eller ring fastlegen din hvis kontoret er åpent.
urgent-b-free = Det er gratis å ringe 116 117.
urgent-reason = Du svarte:
urgent-say-title = Dette kan du si i telefonen:
# $where (String) - where it hurts: neck, several or back
urgent-say-where = { $where ->
        [neck] Jeg har vondt i nakken.
        [several] Jeg har vondt i nakken og ryggen.
       *[back] Jeg har vondt i ryggen.
    }
say-a-trauma-weakness = Jeg har vært i en alvorlig ulykke eller falt, og nå er jeg svak, nummen eller lam i armer eller bein.
say-a-tearing-pain = Jeg fikk plutselig veldig sterke, rivende smerter i ryggen, eller jeg er nær ved å besvime.
say-a-chest-breathing = Jeg har også vondt i brystet eller puster tungt.
say-a-stroke = Jeg ble plutselig svak eller nummen i den ene siden av kroppen, ansiktet er skjevt, eller jeg har vansker med å snakke eller se.
say-a-headache-meningitis = Jeg fikk plutselig den verste hodepinen jeg har hatt, eller jeg har stiv nakke og feber og føler meg svært syk.
say-b-saddle-numbness = Jeg har blitt nummen i setet, skrittet eller underlivet.
say-b-bladder-bowel = Jeg har fått problemer med å tisse, eller jeg klarer ikke å holde på urin eller avføring.
say-b-weakness = Jeg har fått ny svakhet i beina eller armene, og den blir verre.
say-b-fever-ill = Jeg har feber eller føler meg tydelig syk, i tillegg til smertene.
say-b-neck-stiff-fever = Jeg har stiv nakke og feber.
say-b-hand-clumsiness = Hendene mine har blitt klossete, eller jeg har blitt ustø når jeg går.
say-b-fall-fracture = Smertene kom etter en ulykke eller et fall.
say-b-cancer-night-pain = Jeg har eller har hatt kreft, og smertene er der hele tiden eller er verst om natten.
kiosk-tell-staff = Si fra til personalet nå.

## Resultat

result-title = Rådene dine
headline-see-gp-days = Bestill time hos fastlegen din i løpet av noen dager.
headline-referral = Snakk med fastlegen din om en henvisning.
headline-stay-active = Hold deg i aktivitet. Det blir som regel bedre.
stay-active-gp = Kontakt fastlegen din hvis det ikke er bedre etter 4–6 uker.
headline-keep-going = Fortsett slik: hold deg i aktivitet og tren.
summary-flags-a = Tegn på at du må ringe 113
summary-flags-b = Tegn på at du må til lege i dag
summary-flags-c = Tegn på at du bør til fastlegen snart
section-why = Derfor får du dette rådet
why-intro = Du svarte:

section-referral = Henvisning til spesialist
referral-rule = Er du ikke tilbake i vanlige aktiviteter eller jobb etter omtrent 4–6 uker? Da anbefaler retningslinjene en henvisning til spesialisthelsetjenesten, for eksempel en nakke- og ryggpoliklinikk. Der får du en grundig vurdering.
referral-now = Nå er det riktig tid å snakke om dette.
referral-firm = Be fastlegen din om en henvisning.
referral-rehab = Spør også om tverrfaglig rehabilitering. Da jobber et team med deg, for eksempel lege, fysioterapeut og psykolog.
referral-gp-refers = Det er fastlegen som henviser deg.
referral-c-first = Ta opp dette når du er hos fastlegen om noen dager.

section-radiating = Smerte ned i et bein eller en arm
radiating-body = De fleste nervesmerter blir bedre i løpet av noen uker.
radiating-when = Gå til fastlegen hvis smerten er sterk, eller ikke bedre etter 4–6 uker. Du kan også gå til en fysioterapeut.

section-work = Jobb
work-keep-contact = Hold kontakt med jobben din.
work-graded-better = Å være delvis i jobb (gradert sykmelding) er som regel bedre enn å være helt sykmeldt.
work-plan-return = Nå er det tid for å planlegge veien tilbake til jobb, sammen med fastlegen.

section-thoughts = Tanker og følelser
thoughts-affect = Bekymringer og tanker påvirker hvor mye smertene hindrer oss i hverdagen.
thoughts-help = Kort hjelp med tankene og kognitiv atferdsterapi (en type samtaleterapi) kan gi bedre humør og hjelpe deg å fungere bedre.
thoughts-gp = Snakk med fastlegen din om det.
mood-safety = Har du mørke tanker? Snakk med noen nå: fastlegen din, legevakten på 116 117 eller hjelpetelefonen til Mental Helse på 116 123. Ring 113 hvis livet er i fare.

section-self-care = Dette kan du gjøre nå
selfcare-active = Hold deg i aktivitet, og lev så vanlig som du kan.
selfcare-move = Beveg deg slik du klarer.
selfcare-exercise = All slags trening hjelper.
selfcare-pain-relief = Spør på apoteket eller fastlegen din om hva du kan ta mot smertene.

section-options = Dette vet vi hjelper
option-recovery = De fleste blir mye bedre i løpet av noen uker. Ryggen og nakken er sterke. Smertene kommer ofte tilbake, men det er ikke farlig.
option-stay-active = Hold deg i aktivitet, og jobb hvis du kan. Det hjelper ikke å ligge til sengs.
option-exercise = Trening hjelper. Ingen type trening er bedre enn en annen, så velg det du liker.
option-brief-help = Kort hjelp virker like godt som lange opplegg, i alle fall for å komme tilbake i jobb. Kort hjelp er en undersøkelse, en forklaring og råd om å være i aktivitet.
option-rehab = Har du hatt vondt lenge, hjelper tverrfaglig rehabilitering deg å fungere bedre og komme tilbake i jobb. Da jobber et team med deg. Ingen vet hvor lenge den bør vare.
option-cbt = Kognitiv atferdsterapi er en type samtaleterapi. Terapien gir bedre humør og mindre bekymring, og du klarer mer. Mot selve smerten hjelper den mindre.
option-psychosocial = Tanker, følelser og livet ditt ellers betyr mer for hvor mye smertene hindrer deg, enn hvordan ryggen ser ut.
options-not-useful-title = Dette hjelper som regel ikke
option-no-imaging = Røntgen eller MR uten faresignaler. Mange som ikke har vondt, har også forandringer på bildene.
option-no-bedrest = Å ligge til sengs
option-no-opioids = Sterke smertestillende (opioider) over lang tid
option-physio = Du kan gå til en fysioterapeut uten henvisning. Har fysioterapeuten avtale med kommunen, betaler du bare en egenandel.
option-sources = Kilder:
neck-note = Det meste av forskningen gjelder smerter i korsryggen. I Norge gjelder de samme rådene for nakken.

section-safety = Når du bør søke hjelp igjen
safety-113 = Ring 113 hvis du blir svak eller nummen i armer eller bein etter en ulykke. Ring også ved plutselig rivende smerte, vondt i brystet eller tung pust. Det samme gjelder hvis du blir svak i den ene siden av kroppen, får skjevt ansikt, vansker med å snakke eller den verste hodepinen du har hatt.
safety-116 = Ring legevakten 116 117 eller fastlegen samme dag hvis du blir nummen i ridebukseområdet, eller får problemer med å tisse eller å holde på urin eller avføring. Det samme gjelder svakhet som blir verre, eller feber sammen med smertene.
safety-worse = Kontakt fastlegen din hvis det blir verre eller ikke blir bedre.

section-sources = Kilder
sources-guideline = Bygger på veilederen «Fysikalsk medisin og rehabilitering – veileder: Plager i nakke og rygg – Tverrfaglig nakke- og ryggbehandling».
sources-show = Vis hele kildelista
# $date (String) - when the guideline was last updated, e.g. 15.09.2021
sources-updated = Sist faglig oppdatert { $date }.
# $version (String) - the content version, e.g. 2026.11.1
content-version = Innholdsversjon { $version }.
print-button = Skriv ut til fastlegen
print-title = Oppsummering til fastlegen din
print-answers = Svarene dine
print-advice = Råd
print-skipped = Ikke svart
kiosk-no-print = Du kan lese rådene igjen her, eller skrive dem ned.

## Kiosk

kiosk-attract = Trykk på Start for å begynne.
kiosk-idle-title = Er du der fortsatt?
# $seconds (Number) - seconds left before the answers are deleted
kiosk-idle-body = Svarene dine blir slettet om { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }.
kiosk-continue = Fortsett

## Result, first screen: what to do now, why, the timeline (issue 16)

now-title = Dette bør du gjøre nå
now-book-gp-days = Bestill time hos fastlegen i løpet av noen dager.
now-book-gp-referral = Bestill time hos fastlegen, og spør om en henvisning.
now-ask-referral = Spør fastlegen om en henvisning når du er der.
now-exercise = Tren på en måte du liker.
now-talk-thoughts = Snakk med fastlegen om tankene og bekymringene dine.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
now-why-short = Fordi du har hatt vondt i { $duration ->
       *[under2w] under 2 uker
        [w2to3] 2–3 uker
        [w4to5] 4–5 uker
        [w6to12] 6 uker til 3 måneder
        [over3m] mer enn 3 måneder
    }.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
# $activity (String) - back to usual activities: yes, partly or no
# $work (String) - working, graded, full or none (not in paid work: not named)
now-why-long = Fordi du har hatt vondt i { $duration ->
        [under2w] under 2 uker
        [w2to3] 2–3 uker
        [w4to5] 4–5 uker
       *[w6to12] 6 uker til 3 måneder
        [over3m] mer enn 3 måneder
    } og { $activity ->
        [yes] er tilbake i vanlige aktiviteter
        [partly] bare delvis er tilbake i vanlige aktiviteter
       *[no] stort sett ikke er tilbake i vanlige aktiviteter
    }{ $work ->
        [working] , og du er i jobb.
        [graded] , og du er delvis sykmeldt.
        [full] , og du er helt sykmeldt.
       *[none] .
    }
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
now-why-sign = Fordi du svarte ja til et tegn som fastlegen bør se på, og har hatt vondt i { $duration ->
       *[under2w] under 2 uker
        [w2to3] 2–3 uker
        [w4to5] 4–5 uker
        [w6to12] 6 uker til 3 måneder
        [over3m] mer enn 3 måneder
    }.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
timeline-alt = Tidslinje over 0, 2, 4 og 6 uker og 3 måneder. Du har hatt vondt i { $duration ->
        [under2w] under 2 uker
        [w2to3] 2–3 uker
        [w4to5] 4–5 uker
       *[w6to12] 6 uker til 3 måneder
        [over3m] mer enn 3 måneder
    }. Er du ikke tilbake i vanlige aktiviteter eller jobb etter 4–6 uker, er det tid for å snakke med fastlegen om en henvisning.
timeline-you = Du er her
timeline-referral = Henvisning
timeline-6-weeks = 6 uker
timeline-3-months = 3 måneder

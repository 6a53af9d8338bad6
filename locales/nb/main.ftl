# Ryggsjekk – pasienttekster, bokmål (referansespråket).
# Klarspråk: korte setninger, «du», aktiv form, det viktigste først.
# LIX for alle tekstene i denne fila skal være 40 eller lavere (tests/locales.rs),
# og ingen melding på 10 ord eller mer over 45 (tests/readability.rs).
# Pasienten ser tegnene, aldri navnet på en tilstand (aortadisseksjon, hjerneslag, cauda equina).

## Rammen (alle skjermer)

# category: frame
app-name = Ryggsjekk
# category: frame
app-label = Ryggsjekk – en egensjekk ved vondt i nakke og rygg
# category: frame
lang-switch-label = Språk
# Shown in one line at the top when the language is an unreviewed draft
# (locales/languages.toml); never shown in nb, nn or en.
# category: frame
lang-unreviewed = Denne oversettelsen er ikke sjekket av en fagoversetter for helse ennå.
# The button beside it: switches to bokmål and keeps the answers.
# category: frame
lang-unreviewed-switch = Vis på norsk
# category: safety-net
help-acute = Akutt fare for liv: ring 113. Legevakt: 116 117.
# category: frame
nav-next = Neste
# category: frame
nav-back = Tilbake
# category: frame
nav-start = Start
# category: frame
nav-restart = Start på nytt
# category: frame
nav-see-result = Se rådene dine
# $step (Number) - the question the patient is on, from 1
# $total (Number) - how many questions there are
# category: frame
progress = Spørsmål { $step } av { $total }
# category: frame
error-choose-one = Velg et svar for å gå videre.
# category: frame
disclaimer = Dette er generell informasjon, ikke en medisinsk vurdering.
# category: frame
privacy = Svarene dine blir ikke lagret eller sendt noe sted.

## Start

# category: frame
start-title = Vondt i nakken eller ryggen?
# category: frame
start-intro = Svar på noen korte spørsmål. Da får du råd om hva du kan gjøre selv, og når du bør få hjelp.
# category: frame
start-time = Det tar omtrent 3 minutter.
# category: frame
start-adults = Rådene er for voksne.
# category: safety-net
start-acute = Er det akutt og står det om livet? Ring 113 nå.

## Hvor

# category: question
q-location = Hvor har du vondt?
# category: question
q-location-hint = Velg det som passer best.
# category: question
location-neck = I nakken
# category: question
location-middle = Midt på ryggen
# category: question
location-lower = Nederst i ryggen (korsryggen)
# category: question
location-several = Flere steder

## Faresignaler (A, B og C)

# category: question
q-flags-now = Har du noe av dette nå?
# category: question
q-flags-c = Gjelder noe av dette for deg?
# category: question
flags-hint = Velg det første som passer. Passer ingenting, velger du «Nei, ingen av disse».
# category: question
flag-none = Nei, ingen av disse

# A: ring 113
# category: urgent
flag-a-trauma-weakness = Etter en alvorlig ulykke eller et kraftig fall: ny svakhet, nummenhet eller lammelse i armer eller bein
# category: urgent
flag-a-tearing-pain = Plutselig, rivende smerte i ryggen eller mellom skulderbladene, ulik noe du har kjent før. Eller du holder på å besvime, er blek eller kald og klam, samtidig som det gjør vondt.
# category: urgent
flag-a-chest-breathing = Vondt i nakken eller ryggen, og samtidig vondt i brystet eller tung pust
# category: urgent
flag-a-stroke = Plutselig svakhet eller nummenhet i den ene siden av kroppen. Eller skjevt ansikt, eller vansker med å snakke eller se.
# category: urgent
flag-a-dizziness = Du blir plutselig svimmel. Samtidig er du ustø, ser dobbelt eller har problemer med å svelge.
# category: urgent
flag-a-headache-meningitis = Plutselig og ekstremt sterk hodepine, den verste du har hatt. Eller stiv nakke og feber, og samtidig forvirring, utslett eller at du føler deg svært syk.

# B: legevakt eller fastlege i dag
# category: urgent
flag-b-saddle-numbness = Ny nummenhet i ridebukseområdet (setet, skrittet eller underlivet). Eller du kjenner ikke toalettpapiret når du tørker deg.
# category: urgent
flag-b-bladder-bowel = Nye problemer med å tisse, eller du kjenner ikke at blæra er full eller at du tisser. Eller du klarer ikke å holde på urin eller avføring.
# category: urgent
flag-b-both-legs = Nye eller raskt verre smerter, nummenhet eller prikking ned i begge beina
# category: urgent
flag-b-sexual-function = Du har nylig mistet følelsen i kjønnsorganene under sex, eller fått nye problemer med ereksjon
# category: urgent
flag-b-weakness = Ny svakhet i begge bein, eller svakhet i et bein, en fot, en arm eller en hånd som blir verre. Eller isjias (smerte ned i beinet) som plutselig blir borte, samtidig som du blir svak.
# category: urgent
flag-b-fever-ill = Feber, eller du føler deg tydelig syk, sammen med smertene
# category: urgent
flag-b-neck-stiff-fever = Stiv nakke og feber
# category: urgent
flag-b-unsteady-walking = Du har nylig blitt ustø når du går, eller beina kjennes stive og svake
# category: urgent
flag-b-hand-clumsiness = Hendene har nylig blitt klossete. Det er vanskelig med knapper eller å skrive, eller du mister ting.
# category: urgent
flag-b-fall-fracture = Etter en alvorlig ulykke eller et kraftig fall, uten tegnene over. Eller etter et lite fall, hvis du har benskjørhet (osteoporose) eller er over 65 år.
# category: urgent
flag-b-cancer-night-pain = Du har eller har hatt kreft, og smertene er der hele tiden eller er verst om natten

# C: fastlege innen noen dager
# category: question
flag-c-cancer = Du har eller har hatt kreft
# category: question
flag-c-weight-loss = Du har gått ned i vekt uten å vite hvorfor
# category: question
flag-c-steroids-osteoporosis = Du har brukt kortison (steroider) lenge. Eller du har benskjørhet (osteoporose).
# category: question
flag-c-age = Det er første gang du har så vondt, og du er over omtrent 50 år eller under 20 år
# category: question
flag-c-constant-night-pain = Smertene er der hele tiden og går ikke over når du hviler, eller de er verst om natten
# category: question
flag-c-morning-stiffness = Du er stiv om morgenen i mer enn en time
# category: question
flag-c-immune-drugs = Du har et svakt immunforsvar, eller du tar narkotika med sprøyte

## De andre spørsmålene

# category: question
q-radiating = Går smerten ned i beinet til nedenfor kneet, eller ut i armen?
# category: question
q-radiating-hint = Velg det første som passer.
# category: urgent
flag-b-radiating-worse = Ja, med nummenhet eller svakhet som blir verre eller sprer seg
# category: question
flag-c-radiating-severe = Ja, og smerten er ikke til å holde ut, selv med vanlige smertestillende
# category: question
radiating-numb = Ja, med nummenhet eller svakhet som ikke endrer seg
# category: question
radiating-pain-only = Ja, men bare smerte
# category: question
radiating-no = Nei

# category: question
q-duration = Hvor lenge har du hatt vondt denne gangen?
# category: question
duration-under-2 = Mindre enn 2 uker
# category: question
duration-2-3 = 2–3 uker
# category: question
duration-4-5 = 4–5 uker
# category: question
duration-6-weeks-3-months = 6 uker til 3 måneder
# category: question
duration-over-3-months = Mer enn 3 måneder

# category: question
q-activity = Er du tilbake i vanlige aktiviteter i hverdagen?
# category: question
q-activity-hint = For eksempel hjemme, i fritiden og når du trener.
# category: question
activity-yes = Ja, som før
# category: question
activity-partly = Delvis
# category: question
activity-no = Nei, stort sett ikke

# category: question
q-work = Hvordan er det med jobben?
# category: question
work-working = Jeg er i jobb og ikke sykmeldt
# category: question
work-graded = Jeg er delvis sykmeldt (gradert sykmelding)
# category: question
work-full = Jeg er helt sykmeldt (sykmelding eller egenmelding)
# category: question
work-none = Jeg har ikke lønnet arbeid (jeg er for eksempel student, jobbsøker eller pensjonist)

# category: question
q-thoughts = Tanker og følelser
# category: question
q-thoughts-hint = Tanker og følelser kan påvirke hvordan smerten kjennes. Svar hvis du vil. Du kan også hoppe over.
# category: question
thought-fear-harm = Jeg er redd for at aktivitet kan skade ryggen eller nakken.
# category: question
thought-never-better = Jeg tror at smertene aldri blir bedre.
# category: question
thought-worry = Jeg bekymrer meg mye for smertene.
# category: question
thought-down = Den siste tiden har jeg vært nedfor, eller mistet gleden ved ting.
# category: question
thought-not-back = Jeg tror ikke jeg er tilbake i jobb eller det jeg pleier å gjøre om tre måneder.
# category: question
answer-agree = Stemmer
# category: question
answer-disagree = Stemmer ikke

## Haster (A og B) – ingen råd om egenbehandling her

# category: urgent
urgent-a-title = Ring 113 nå
# category: urgent
urgent-a-body = Det du beskriver, kan være alvorlig. Du trenger hjelp med en gang.
# category: urgent
urgent-a-call = Ring 113
# category: urgent
urgent-b-title = Kontakt legevakten eller fastlegen din nå
# category: urgent
urgent-b-body = Si at det haster. Du bør bli undersøkt i dag.
# category: urgent
urgent-b-call = Ring legevakten 116 117
# category: urgent
urgent-b-gp = Eller ring fastlegen din hvis kontoret er åpent.
# category: urgent
urgent-b-free = Det er gratis å ringe 116 117.
# category: urgent
urgent-reason = Du svarte:
# category: urgent
urgent-say-title = Dette kan du si i telefonen:
# $where (String) - where it hurts: neck, several or back
# category: urgent
urgent-say-where = { $where ->
        [neck] Jeg har vondt i nakken.
        [several] Jeg har vondt flere steder.
       *[back] Jeg har vondt i ryggen.
    }
# category: urgent
say-a-trauma-weakness = Jeg har vært i en alvorlig ulykke eller falt kraftig, og nå er jeg svak, nummen eller lam i armer eller bein.
# category: urgent
say-a-tearing-pain = Jeg fikk plutselig en rivende smerte, ulik noe jeg har kjent før. Eller jeg holder på å besvime, er blek eller kald og klam.
# category: urgent
say-a-chest-breathing = Jeg har også vondt i brystet eller puster tungt.
# category: urgent
say-a-stroke = Jeg ble plutselig svak eller nummen i den ene siden av kroppen, ansiktet er skjevt, eller jeg har vansker med å snakke eller se.
# category: urgent
say-a-dizziness = Jeg ble plutselig svimmel. Jeg er ustø, ser dobbelt eller har problemer med å svelge.
# category: urgent
say-a-headache-meningitis = Jeg fikk plutselig den verste hodepinen jeg har hatt, eller jeg har stiv nakke og feber og føler meg svært syk.
# category: urgent
say-b-saddle-numbness = Jeg har blitt nummen i setet, skrittet eller underlivet, eller jeg kjenner ikke toalettpapiret når jeg tørker meg.
# category: urgent
say-b-bladder-bowel = Jeg har fått problemer med å tisse eller kjenne at blæra er full, eller jeg klarer ikke å holde på urin eller avføring.
# category: urgent
say-b-both-legs = Jeg har fått nye eller raskt verre smerter, nummenhet eller prikking ned i begge beina.
# category: urgent
say-b-sexual-function = Jeg har mistet følelsen i kjønnsorganene. Eller jeg har fått nye problemer med ereksjon.
# category: urgent
say-b-weakness = Jeg har fått ny svakhet i beina eller armene, og den blir verre.
# category: urgent
say-b-fever-ill = Jeg har feber eller føler meg tydelig syk, i tillegg til smertene.
# category: urgent
say-b-neck-stiff-fever = Jeg har stiv nakke og feber.
# category: urgent
say-b-unsteady-walking = Jeg har blitt ustø når jeg går, eller beina kjennes stive og svake.
# category: urgent
say-b-hand-clumsiness = Hendene mine har blitt klossete.
# category: urgent
say-b-fall-fracture = Smertene kom etter en ulykke eller et fall.
# category: urgent
say-b-cancer-night-pain = Jeg har eller har hatt kreft, og smertene er der hele tiden eller er verst om natten.
# category: urgent
say-b-radiating-worse = Smerten går ned i beinet eller ut i armen, og nummenheten eller svakheten blir verre eller sprer seg.
# category: urgent
kiosk-tell-staff = Si fra til personalet nå.

## Resultat

# category: frame
result-title = Rådene dine
# category: advice
headline-see-gp-days = Bestill time hos fastlegen din i løpet av noen dager.
# category: advice
headline-referral = Snakk med fastlegen din om en henvisning.
# category: advice
headline-stay-active = Hold deg i aktivitet. Det blir som regel bedre.
# category: advice
stay-active-gp = Kontakt fastlegen din hvis det ikke er bedre etter 4–6 uker.
# category: advice
headline-keep-going = Fortsett slik: hold deg i aktivitet og tren.
# category: question
summary-flags-a = Tegn på at du må ringe 113
# category: question
summary-flags-b = Tegn på at du må til lege i dag
# category: question
summary-flags-c = Tegn på at du bør til fastlegen snart
# category: advice
section-why = Derfor får du dette rådet
# category: advice
why-intro = Du svarte:

# category: referral
section-referral = Henvisning til spesialist
# category: referral
referral-rule = Er du ikke tilbake i jobb eller det du pleier å gjøre etter 4–6 uker? Da sier retningslinjene at du bør få en henvisning til spesialist. Det kan være en nakke- og ryggpoliklinikk på sykehuset.
# category: referral
referral-what = Der kan du få utredning, det vil si en grundig undersøkelse. Du kan få kognitivt rettede tiltak, det vil si hjelp med tanker og bekymringer om smertene. Og du kan få trening.
# category: referral
referral-team = Hjelpen kommer fra et team: lege, fysioterapeut og ofte psykolog eller sykepleier. Det kalles tverrfaglig. Teamet hjelper deg også å planlegge veien tilbake til jobb.
# category: referral
referral-now = Nå er det riktig tid å snakke om dette.
# category: referral
referral-firm = Be fastlegen din om en henvisning.
# category: referral
referral-rehab = Tverrfaglig rehabilitering kan hjelpe allerede fra omtrent 6 uker. Folk ser ut til å få det bedre med slik hjelp.
# category: referral
referral-varies = Hva som tilbys, og hvor lenge, varierer fra sted til sted.
# category: referral
referral-gp-refers = Det er fastlegen som henviser deg.
# category: referral
referral-c-first = Ta opp dette når du er hos fastlegen om noen dager.

# category: advice
section-radiating = Smerte ned i et bein eller en arm
# category: advice
radiating-body = De fleste nervesmerter blir bedre i løpet av noen uker.
# category: advice
radiating-when = Gå til fastlegen hvis smerten er sterk, eller ikke bedre etter 4–6 uker. Du kan også gå til en fysioterapeut.

# category: work
section-work = Jobb
# category: work
work-keep-contact = Hold kontakt med jobben din.
# category: work
work-graded-better = Å være delvis i jobb (gradert sykmelding) er som regel bedre enn å være helt sykmeldt.
# category: work
work-follow-up-plan = Arbeidsgiveren skal lage en oppfølgingsplan sammen med deg innen 4 uker. Arbeidsgiveren skal også så langt det går tilpasse jobben din. Be om dette.
# category: work
work-plan-return = Nå er det tid for å planlegge veien tilbake til jobb, sammen med fastlegen.

# category: thoughts
section-thoughts = Tanker og følelser
# category: thoughts
thoughts-affect = Ved langvarige smerter ser det ut til at tanker og bekymringer betyr mer for hvor mye smertene hindrer oss, enn hvordan ryggen er bygd. Smertene er like ekte for det.
# category: thoughts
thoughts-help = Kort hjelp med tankene og kognitiv atferdsterapi (en type samtaleterapi) kan gi bedre humør og hjelpe deg å fungere bedre.
# category: thoughts
thoughts-gp = Snakk med fastlegen din om det.
# category: safety-net
mood-safety = Har du mørke tanker? Snakk med noen nå: fastlegen din, legevakten på 116 117 eller hjelpetelefonen til Mental Helse på 116 123. Ring 113 hvis livet er i fare.

# category: self-care
section-self-care = Dette kan du gjøre nå
# category: self-care
selfcare-active = Hold deg i aktivitet, og lev så vanlig som du kan.
# category: self-care
selfcare-move = Beveg deg slik du klarer.
# category: self-care
selfcare-exercise = All slags trening hjelper.
# category: self-care
selfcare-pain-relief = Spør på apoteket eller fastlegen din om hva du kan ta mot smertene.
# category: gp-questions
section-gp-questions = Spørsmål du kan ta med til fastlegen
# category: gp-questions
gp-question-active = Hva kan jeg gjøre selv for å holde meg i aktivitet med disse smertene?
# category: gp-questions
gp-question-referral = Bør jeg få en henvisning til et tverrfaglig team? Det gir utredning, kognitivt rettede tiltak og trening.
# category: gp-questions
gp-question-work = Hvordan planlegger vi veien tilbake til jobb? Bør vi ta med oppfølgingsplanen fra arbeidsgiveren min?
# category: gp-questions
gp-question-worries = Kan jeg få hjelp med bekymringene og tankene rundt smertene?
# category: gp-questions
gp-question-radiating = Hvilke endringer i beinet eller armen betyr at jeg bør ta kontakt raskt?
# category: gp-questions
gp-question-signs = Hvilke tegn skal jeg følge med på, og trenger jeg å bli undersøkt?

# category: evidence
section-options = Dette vet vi hjelper
# category: evidence
option-recovery = De fleste blir mye bedre i løpet av noen uker. Ryggen og nakken er sterke. Smertene kommer ofte tilbake, men det er ikke farlig.
# category: evidence
option-stay-active = Hold deg i aktivitet, og jobb hvis du kan. Det hjelper ikke å ligge til sengs.
# category: evidence
option-exercise = Trening hjelper. Ingen type trening er bedre enn en annen, så velg det du liker.
# category: evidence
option-brief-help = Kort hjelp virker like godt som lange opplegg, i alle fall for å komme tilbake i jobb. Kort hjelp er en undersøkelse, en forklaring og råd om å være i aktivitet.
# category: evidence
option-rehab = Har du hatt vondt lenge, hjelper tverrfaglig rehabilitering deg å fungere bedre og komme tilbake i jobb. Da jobber et team med deg. Ingen vet hvor lenge den bør vare.
# category: evidence
option-cbt = Kognitiv atferdsterapi er en type samtaleterapi. Terapien gir bedre humør og mindre bekymring, og du klarer mer. Mot selve smerten hjelper den mindre.
# category: evidence
option-psychosocial = Ved langvarige smerter ser tanker, følelser og livet ellers ut til å bety mer for hvor mye smertene hindrer deg, enn hvordan ryggen ser ut. Smertene er like ekte for det.
# category: evidence
options-not-useful-title = Dette hjelper som regel ikke
# category: evidence
option-no-imaging = Røntgen eller MR uten faresignaler. Mange som ikke har vondt, har også forandringer på bildene.
# category: evidence
option-no-bedrest = Å ligge til sengs
# category: evidence
option-no-opioids = Sterke smertestillende (opioider) over lang tid
# category: evidence
option-physio = Du kan gå til en fysioterapeut uten henvisning. Har fysioterapeuten avtale med kommunen, betaler du bare en egenandel.
# category: evidence
option-sources = Kilder:
# category: evidence
neck-note = Det meste av forskningen gjelder smerter i korsryggen. I Norge gjelder de samme rådene for nakken.

# category: safety-net
section-safety = Når du bør søke hjelp igjen
# category: safety-net
safety-113 = Ring 113 ved plutselig rivende smerte, vondt i brystet eller tung pust. Ring også ved ny svakhet, nummenhet eller lammelse etter en ulykke eller et kraftig fall. Det samme gjelder svakhet i den ene siden av kroppen, skjevt ansikt eller vansker med å snakke. Ring også hvis du blir svimmel og ustø, ser dobbelt eller ikke klarer å svelge, eller får den verste hodepinen du har hatt.
# category: safety-net
safety-116 = Ring legevakten 116 117 eller fastlegen samme dag hvis du blir nummen i setet, skrittet eller underlivet. Det samme gjelder hvis du ikke kjenner toalettpapiret, ikke kjenner at du tisser, eller ikke klarer å holde på urin eller avføring. Ring også ved nye smerter eller nummenhet ned i begge beina, eller nytt tap av følelse i kjønnsorganene. Det samme gjelder ustø gange, klossete hender, svakhet som blir verre, eller feber sammen med smertene. Ring også etter et fall hvis du har benskjørhet eller er over 65 år, og ved kreft med smerter hele tiden eller om natten.
# category: safety-net
safety-worse = Kontakt fastlegen din hvis det blir verre eller ikke blir bedre.

# category: sources
section-sources = Kilder
# category: sources
sources-guideline = Bygger på veilederen «Fysikalsk medisin og rehabilitering – veileder: Plager i nakke og rygg – Tverrfaglig nakke- og ryggbehandling».
# category: sources
sources-show = Vis hele kildelista
# $date (String) - when the guideline was last updated, e.g. 15.09.2021
# category: sources
sources-updated = Sist faglig oppdatert { $date }.
# $version (String) - the content version, e.g. 2026.11.1
# category: sources
content-version = Innholdsversjon { $version }.
# category: frame
print-button = Skriv ut til fastlegen
# category: frame
print-title = Oppsummering til fastlegen din
# category: frame
print-answers = Svarene dine
# category: frame
print-advice = Råd
# category: frame
print-skipped = Ikke svart
# category: frame
kiosk-no-print = Du kan lese rådene igjen her, eller skrive dem ned.

## Kiosk

# category: frame
kiosk-attract = Trykk på Start for å begynne.
# category: frame
kiosk-idle-title = Er du der fortsatt?
# $seconds (Number) - seconds left before the answers are deleted
# category: frame
kiosk-idle-body = Svarene dine blir slettet om { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }.
# category: frame
kiosk-continue = Fortsett

## Take the advice home: read aloud, text size and contrast (issue 17)

# category: frame
read-aloud = Les opp
# category: frame
display-settings = Tekst og kontrast
# category: frame
text-size = Tekststørrelse
# $percent (Number) - the text size, 100 = normal
# category: frame
text-size-option = Tekst { $percent } %
# category: frame
contrast-high = Høy kontrast

## Result, first screen: what to do now, why, the timeline (issue 16)

# category: advice
now-title = Dette bør du gjøre nå
# category: advice
now-book-gp-days = Bestill time hos fastlegen i løpet av noen dager.
# category: referral
now-book-gp-referral = Bestill time hos fastlegen, og spør om en henvisning.
# category: referral
now-ask-referral = Spør fastlegen om en henvisning når du er der.
# category: self-care
now-exercise = Tren på en måte du liker.
# category: work
now-follow-up-plan = Snakk med arbeidsgiveren om en oppfølgingsplan.
# category: thoughts
now-talk-thoughts = Snakk med fastlegen om tankene og bekymringene dine.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
# category: advice
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
# category: advice
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
# category: advice
now-why-sign = Fordi du svarte ja til et tegn som fastlegen bør se på, og har hatt vondt i { $duration ->
       *[under2w] under 2 uker
        [w2to3] 2–3 uker
        [w4to5] 4–5 uker
        [w6to12] 6 uker til 3 måneder
        [over3m] mer enn 3 måneder
    }.
# $duration (String) - how long it has lasted: under2w, w2to3, w4to5, w6to12 or over3m
# category: advice
timeline-alt = Tidslinje over 0, 2, 4 og 6 uker og 3 måneder. Du har hatt vondt i { $duration ->
        [under2w] under 2 uker
        [w2to3] 2–3 uker
        [w4to5] 4–5 uker
       *[w6to12] 6 uker til 3 måneder
        [over3m] mer enn 3 måneder
    }. Er du ikke tilbake i vanlige aktiviteter eller jobb etter 4–6 uker, er det tid for å snakke med fastlegen om en henvisning.
# category: advice
timeline-you = Du er her
# category: advice
timeline-referral = Henvisning
# category: advice
timeline-6-weeks = 6 uker
# category: advice
timeline-3-months = 3 måneder

## Trygghet på norsk

# The phone script again in bokmål, under the script in the patient's language (en, pl, uk, ar): the one who answers 113 or 116 117 speaks Norwegian.
# category: urgent
urgent-say-norwegian = Si dette på norsk:

## Ta med hjem
# category: frame
handoff-button = Ta med på mobilen
# category: frame
handoff-title = Skann koden med mobilen din
# category: frame
handoff-qr = QR-kode med en lenke til resultatet ditt
# category: frame
handoff-note = Lenken har svarene dine i seg. Mobilen kan huske siden i historikken. Koden blir borte etter ett minutt.
# category: frame
handoff-close = Skjul koden
# category: frame
handoff-page-title = Resultatet ditt fra Ryggsjekk
# category: frame
handoff-page-text = Denne lenken har svarene dine fra Ryggsjekk i seg. Svarene blir ikke sendt noe sted.
# category: frame
handoff-page-show = Vis resultatet
# category: frame
handoff-page-outdated = Lenken er fra en eldre utgave av Ryggsjekk. Svar på spørsmålene på nytt.
# category: frame
handoff-page-damaged = Lenken er skadet eller ufullstendig. Svar på spørsmålene på nytt.

# Ryggsjekk – tekstar til den faglege gjennomgangen (docs/clinical-review.*.md), nynorsk.
# Blir lesne av klinikarar, ikkje av pasientar. Alle id-ar byrjar med «review-».

review-title = Ryggsjekk: fagleg gjennomgang
review-intro = Dette dokumentet er laga automatisk frå koden og tekstane. Ikkje rediger det for hand. Endre koden eller tekstane, og lag det på nytt slik README forklarer.
review-questions = Spørsmåla
review-flags = Faresignal (raude flagg)
review-group-a = Gruppe A: ring 113 no
review-group-b = Gruppe B: kontakt legevakt 116 117 eller fastlegen no, undersøking i dag
review-group-c = Gruppe C: bestill time hos fastlegen innan nokre dagar
review-neck-only = Blir berre vist når nakken er med.
review-rules = Reglane
review-outcomes = Moglege resultat
review-sources = Kjelder
review-invariants = Dette provar testane for alle kombinasjonar av svar

review-rule-urgent-a = Eit utsegn i gruppe A gir «Ring 113 no». Spørsmåla stoppar. Resultatet viser berre kva pasienten skal gjere, utan råd om eigenbehandling. [v2] Nytt nakkeutsegn: plutseleg svimmelheit med ustøleik, dobbeltsyn eller svelgjeproblem (disseksjon av halsarterie, hjerneslag i bakre krinslaup) går til 113, ikkje legevakt. «Kraftig fall», aldri berre «eit fall». Utsegnet om aortadisseksjon byrjar med det som skil det frå vanlege ryggsmertar (plutseleg, rivande, ulik alt før, eller at ein held på å svime av, er bleik og klam), ikkje med «Sterke smertar i ryggen».
review-rule-urgent-b = Eit utsegn i gruppe B, og ingen i A, gir «Kontakt legevakta 116 117 eller fastlegen no; du bør bli undersøkt i dag». Spørsmåla stoppar, og ingen andre råd blir viste. [v2] Fleire teikn på cauda equina (toalettpapiret, kjensla av full blære, begge bein, seksualfunksjon) og ustø gange for alle stader.
review-rule-radiating-b = [v2] Utstrålande smerte med nummenheit eller svakheit som blir verre eller spreier seg, gir B-resultatet (undersøking i dag): ein ny sjanse for eit B-teikn pasienten ikkje valde på B-skjermen. Pasienten vel det første som passar.
review-rule-phone-script = [v2] Telefonmanuset på A- og B-skjermane bruker berre det pasienten svarte: «Fleire stader» blir «Eg har vondt fleire stader», ikkje nakke og rygg. Pasienten ser teikna, aldri namnet på ein tilstand.
review-rule-see-gp-days = Eit utsegn i gruppe C, eller [v2] utstrålande smerte som ikkje er til å halde ut med vanlege smertestillande, gir overskrifta «Bestill time hos fastlegen innan nokre dagar». Spørsmåla held fram, og alle andre råd blir viste under.
review-rule-radiating-c = [v2] Utstrålande smerte som ikkje er til å halde ut med vanlege smertestillande, er eit C-teikn.
review-rule-not-back = «Ikkje tilbake» tyder: aktivitet «delvis» eller «nei», eller gradert eller full sjukmelding.
review-rule-four-weeks = [v2] «4 veker eller meir» tyder svara 4–5 veker, 6 veker til 3 månader og meir enn 3 månader. Tidsromma overlappar ikkje.
review-rule-referral = 4 veker eller meir og ikkje tilbake: snakk med fastlegen om tilvising til tverrfagleg utgreiing i spesialisthelsetenesta. Rettleiaren: ikkje tilbake i vanlege aktivitetar eller arbeid etter omtrent 4–6 veker. [v2] Teksten seier kva tilvisinga gjeld: utgreiing, kognitivt retta tiltak og trening, frå eit tverrfagleg team som òg hjelper med vegen tilbake til jobb. Tilbodet varierer frå stad til stad. Blir òg vist under ei C-overskrift.
review-rule-referral-strength = 4–5 veker: «no er det rett tid». [v2] Frå 6 veker: be om tilvising; tverrfagleg rehabilitering kan hjelpe frå omtrent 6 veker (Marin 2017, subakutt), ikkje berre etter 3 månader (Kamper 2014, kronisk).
review-rule-stay-active = Under 4 veker, utan C og utan tilvising: «Hald deg i aktivitet, det blir som regel betre». Kontakt fastlegen viss det ikkje er betre etter 4–6 veker.
review-rule-keep-going = 4 veker eller meir, og tilbake i aktivitet og jobb: «Hald fram: hald deg i aktivitet og tren».
review-rule-radiating = Smerte ned i beinet eller ut i armen, stabil eller berre smerte: dei fleste nerverotsmertar blir betre i løpet av veker. Fastlegen ved sterk smerte eller inga betring etter 4–6 veker, eller fysioterapeut.
review-rule-work = Gradert eller full sjukmelding: hald kontakt med arbeidsplassen; gradert er som regel betre enn full. [v2] Full sjukmelding omfattar eigenmelding, som aldri er gradert. Arbeidsgivaren skal lage ein oppfølgingsplan innan 4 veker og så langt det går leggje arbeidet til rette. Ved 4 veker eller meir: planlegg vegen tilbake med fastlegen.
review-rule-thoughts = To eller fleire «Stemmer» om tankar og kjensler: [v2] ved langvarige smertar ser tankar og uro ut til å verke inn på kor mykje smertane avgrensar, og teksten seier alltid «Smertane er like ekte for det». Kort kognitiv hjelp og kognitiv åtferdsterapi betrar funksjon og humør; ta det opp med fastlegen. Gir aldri ein skår eller merkelapp.
review-rule-mood = «Stemmer» på nedstemtheit: vis alltid kvar pasienten får hjelp ved mørke tankar (fastlegen, legevakt 116 117, Mental Helse 116 123, og 113 når livet er i fare).
review-rule-neck = Nakke eller fleire stader: nakkeutsegna kjem i tillegg i gruppe A og B. Resultatet seier at forskinga mest gjeld korsrygg, og at norsk praksis bruker dei same prinsippa for nakken.
review-rule-safety-net = Alle resultat som ikkje hastar, viser når pasienten skal ringje 113 eller 116 117 (kort versjon av A og B, [v2] med dei nye teikna, dei same linjene som reserveteksten), og at fastlegen skal kontaktast ved forverring. [v2] Føremålet (generell informasjon, ingenting blir lagra) står rett under overskrifta; på A- og B-skjermane etter handlinga og telefonmanuset.
review-rule-question-active = [v2] Spørsmål til fastlegen, alltid: kva kan eg gjere sjølv for å halde meg i aktivitet?
review-rule-question-referral = [v2] Spørsmål til fastlegen når tilvisingsregelen gjeld: bør eg tilvisast til tverrfagleg utgreiing?
review-rule-question-work = [v2] Spørsmål til fastlegen ved gradert eller full sjukmelding: vegen tilbake til jobb og oppfølgingsplanen til arbeidsgivaren.
review-rule-question-worries = [v2] Spørsmål til fastlegen ved to eller fleire «Stemmer» om tankar og kjensler: hjelp med uroa.
review-rule-question-radiating = [v2] Spørsmål til fastlegen ved utstrålande smerte (stabil eller berre smerte): kva endringar betyr at eg må ta kontakt raskt?
review-rule-question-signs = [v2] Spørsmål til fastlegen ved eit C-teikn: kva teikn skal eg følgje med på, og må eg undersøkjast? Aldri på A- eller B-resultat.

# Endringane i innhaldsversjon 2 (innhaldsspesifikasjonen, punkta merkte [v2], og punkt 11).
review-changes = Endringar i innhaldsversjon { $version }
review-changes-intro = Kvar endring frå versjon 1: punktet i innhaldsspesifikasjonen, kva som er endra, kvar det blir vist (meldings-id med kategori, eller testen som sjekkar det) og kjelda. Tala i hakeparentes viser til kjeldelista nedst.
review-col-spec = Punkt
review-col-change = Endring
review-col-shows = Blir vist i
review-col-source = Kjelde
review-v2-purpose = Formålet (generell informasjon, ikkje ei medisinsk vurdering; ingenting blir lagra eller sendt) står synleg på startskjermen og rett under overskrifta på resultat som ikkje hastar. På A- og B-skjermane kjem det etter handlinga og telefonmanuset, aldri før «Ring 113 no».
review-v2-condition-names = Namn på tilstandar (aortadisseksjon, hjerneslag, cauda equina) står berre i dette dokumentet. Pasienten ser teikna, aldri ein diagnose.
review-v2-hard-fall = A: «eit kraftig fall», aldri berre «eit fall».
review-v2-tearing = A: utsegnet om aortadisseksjon byrjar med det som skil det frå vanlege ryggsmertar: plutseleg, rivande smerte ulik noko før, eller at ein held på å svime av, er bleik og klam. Ikkje «den verste nokon gong» åleine (kraftig lumbago kjennest slik), og ikkje «Sterke smertar i ryggen …».
review-v2-dizziness = A, nakke: plutseleg svimmelheit med ustøleik, dobbeltsyn eller svelgjeproblem (halsarteriedisseksjon, hjerneslag i bakre krinslaup) gir 113, ikkje legevakt.
review-v2-saddle = B: nummenheit i ridebukseområdet omfattar at pasienten ikkje kjenner toalettpapiret (cauda equina). Den engelske teksten skildrar området med vanlege ord, aldri med ordet for «sete».
review-v2-bladder = B: pasienten kjenner ikkje at blæra er full eller at urinen kjem.
review-v2-both-legs = B: nye eller raskt verre smertar, nummenheit eller prikking ned i begge beina. Langvarige plager i begge beina (som ved spinal stenose) er ikkje dette teiknet.
review-v2-sexual = B: nytt tap av kjensle i kjønnsorgana under sex, eller nye ereksjonsproblem.
review-v2-unsteady = B: ny ustø gange eller stive, svake bein, for alle stader (myelopati kan kome frå heile ryggmergen). Klossete hender gjeld framleis berre nakken.
review-v2-radiating = Utstrålande smerte, «Vel det første som passar», i denne rekkjefølgja: blir verre eller spreier seg → B-resultatet (ein ny sjanse for eit B-teikn); ikkje til å halde ut med vanlege smertestillande → C; nummenheit eller svakheit som ikkje endrar seg; berre smerte; nei.
review-v2-durations = Varigheiter utan overlapp: under 2 veker, 2–3 veker, 4–5 veker, 6 veker til 3 månader, meir enn 3 månader. Tilvisingsregelen og invariant 3 gjeld framleis.
review-v2-egenmelding = Full sjukmelding omfattar både sjukmelding og eigenmelding. Eigenmelding er aldri gradert.
review-v2-follow-up = Arbeidsgivaren skal lage ein oppfølgingsplan saman med den sjukmelde innan 4 veker, og så langt det går leggje arbeidet til rette. Pasienten blir beden om å spørje etter planen.
review-v2-referral = Tilvisingsteksten seier kva tilvisinga gjeld, med orda til rettleiaren: utgreiing, kognitivt retta tiltak og trening, frå eit tverrfagleg team som også hjelper med vegen tilbake til jobb. Tverrfagleg rehabilitering kan hjelpe frå om lag 6 veker (Marin 2017, subakutt), ikkje berre etter 3 månader (Kamper 2014, kronisk). Tilbodet varierer frå stad til stad.
review-v2-psychosocial = Teksten om tankar og kjensler tek atterhald slik rettleiaren gjer («ser ut til», «ved langvarige smertar») og seier alltid «Smertane er like ekte for det».
review-v2-phone-script = Telefonmanuset på A- og B-skjermane bruker berre det pasienten svarte: «Fleire stader» blir «Eg har vondt fleire stader», ikkje ei setning pasienten ikkje sa.
review-v2-invariants = To nye invariantar, provde for alle kombinasjonar av svar: 7) eit B-teikn via spørsmålet om utstrålande smerte gir same overskrift som på B-skjermen; 8) ingen resultat utan A eller B seier mindre om faresignal enn reserveteksten.
review-v2-fallback = Reserveteksten (når widgeten ikkje kan starte) står i locales/ og viser 113 og 116 117 med A- og B-teikna i kortform, ei linje kvar, på språket til pasienten. I kioskmodus utan tel:-lenkje.
review-v2-readability = Klarspråk per melding: ingen pasientmelding på 10 ord eller meir har LIX over 45, og LIX for kvart språk samla er 40 eller lågare (bokmål og nynorsk).
review-v2-languages = Nynorsk og engelsk er retta etter punkt 9 i spesifikasjonen og ordlista: «steroid», «det blir verre», «held på å svime av»; på engelsk «severe» om smerte.
review-v2-sources = To nye kjelder: arbeidsmiljølova § 4-6 med sidene til NAV om oppfølging av sjukmelde, og NHS/NICE om cauda equina.
review-v2-gp-questions = Nytt: spørsmål pasienten kan ta med til fastlegen, valde av kjernen ut frå resultatet, på alle språk og aldri på A- eller B-resultat. Reglane står i eigen del nedanfor.

# Kategoriane til pasienttekstane (locales/README.md).
review-categories = Kategoriane til tekstane
review-categories-intro = Kvar pasienttekst har ein kategori der han er skriven (locales/nb/main.ftl). Bygget stoppar viss ein tekst manglar kategori. A- og B-skjermane får berre vise tre av kategoriane: det som hastar, ramma og tryggingsnettet; ein test sjekkar det for alle kombinasjonar av svar. Kategorien står i hakeparentes etter tekstane i dette dokumentet.
review-category-urgent = Det som hastar: A- og B-skjermane (kva pasienten skal gjere, telefonmanuset) og A- og B-teikna sjølve.
review-category-safety-net = Tryggingsnett: når pasienten skal søkje hjelp igjen (113, 116 117), mørke tankar og akuttlinja som alltid blir vist.
review-category-frame = Ramma rundt alle skjermar: namn, navigasjon, formål, personvern, kiosk, vising og utskrift.
review-category-question = Spørsmål, hjelpetekstar og svaralternativ (også C-teikna), og korleis svara blir oppsummerte.
review-category-advice = Overskrifta og første skjermbilete på resultat som ikkje hastar (kva du bør gjere no, kvifor, tidslinje) og delen om utstrålande smerte.
review-category-referral = Tilvising til spesialisthelsetenesta.
review-category-work = Jobb og sjukmelding.
review-category-thoughts = Tankar og kjensler.
review-category-self-care = Det pasienten kan gjere sjølv no.
review-category-gp-questions = Spørsmål pasienten kan ta med til fastlegen.
review-category-evidence = Det vi veit hjelper, det som som regel ikkje hjelper, og merknaden om nakken.
review-category-sources = Kjelder, dato for rettleiaren og innhaldsversjon.
review-category-fallback = Reserveteksten når widgeten ikkje kan starte (fallback.ftl), ikkje i sjølve widgeten.
review-category-review = Berre i dette dokumentet, aldri for pasientar (review.ftl).

# Første skjermbilete på resultat som ikkje hastar (core/src/assessment/result/actions.rs).
review-first-screen = Første skjermbilete: kva du bør gjere no, og kvifor
review-first-screen-rule = Resultat som ikkje hastar, byrjar med 2–4 handlingar, kvar frå ein del av resultatet som gjeld, i denne rekkjefølgja: C-teikn → bestill time innan nokre dagar; tilvisingsregelen → bestill time og spør om tilvising (under ei C-overskrift: spør om tilvising ved besøket); alltid → hald deg i aktivitet; under 4 veker → kontakt fastlegen viss det ikkje er betre etter 4–6 veker; 4 veker eller meir og tilbake → tren; gradert eller full sjukmelding → hald kontakt med jobben; to eller fleire «Stemmer» om tankar og kjensler → snakk med fastlegen om tankane. Berre dei fire første blir viste.
review-first-screen-why = Kvifor-setninga bruker berre svara som avgjorde overskrifta: ved eit C-teikn teiknet og varigheita; under 4 veker berre varigheita; frå 4 veker varigheita, aktiviteten og jobben («ikkje i lønt arbeid» blir ikkje nemnt). Døme:
review-first-screen-rule-id = regel

# Spørsmåla til fastlegen (innhaldsspesifikasjonen punkt 11).
review-gp-questions-intro = Kjernen vel spørsmåla ut frå resultatet, aldri på A- eller B-resultat. Dei er spørsmål, ikkje råd. Kvart spørsmål med regelen og kjeldene til delen det kjem frå.

# Den faglege godkjenninga til klinikken.
review-signoff = Fagleg godkjenning i klinikken
review-signoff-intro = Blir fylt ut av klinikken før innhaldet blir teke i bruk. Skriv inn innhaldsversjonen de har gått gjennom (han står øvst i dokumentet). Lag dokumentet på nytt og gå gjennom det igjen når innhaldsversjonen blir endra.
review-signoff-reviewer = Gått gjennom av
review-signoff-role = Rolle
review-signoff-date = Dato
review-signoff-version = Innhaldsversjon

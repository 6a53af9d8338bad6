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

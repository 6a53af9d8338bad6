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

review-rule-urgent-a = Eit utsegn i gruppe A gir «Ring 113 no». Spørsmåla stoppar. Resultatet viser berre kva pasienten skal gjere, utan råd om eigenbehandling.
review-rule-urgent-b = Eit utsegn i gruppe B, og ingen i A, gir «Kontakt legevakta 116 117 eller fastlegen no; du bør bli undersøkt i dag». Spørsmåla stoppar, og ingen andre råd blir viste.
review-rule-see-gp-days = Eit utsegn i gruppe C gir overskrifta «Bestill time hos fastlegen innan nokre dagar». Spørsmåla held fram, og alle andre råd blir viste under.
review-rule-not-back = «Ikkje tilbake» tyder: aktivitet «delvis» eller «nei», eller gradert eller full sjukmelding.
review-rule-four-weeks = «4 veker eller meir» tyder svara 4–6 veker, 6–12 veker og over 12 veker.
review-rule-referral = 4 veker eller meir og ikkje tilbake: snakk med fastlegen om tilvising til tverrfagleg vurdering i spesialisthelsetenesta. Rettleiaren: ikkje tilbake i vanlege aktivitetar eller arbeid etter omtrent 4–6 veker. Blir òg vist under ei C-overskrift.
review-rule-referral-strength = 4–6 veker: «no er det rett tid». 6–12 veker: be om tilvising. Over 12 veker: be om tilvising, og spør òg om tverrfagleg rehabilitering.
review-rule-stay-active = Under 4 veker, utan C og utan tilvising: «Hald deg i aktivitet, det blir som regel betre». Kontakt fastlegen viss det ikkje er betre etter 4–6 veker.
review-rule-keep-going = 4 veker eller meir, og tilbake i aktivitet og jobb: «Hald fram: hald deg i aktivitet og tren».
review-rule-radiating = Smerte ned i beinet eller ut i armen, stabil: dei fleste nerverotsmertar blir betre i løpet av veker. Fastlegen ved sterk smerte eller inga betring etter 4–6 veker, eller fysioterapeut. Nummenheit eller svakheit som blir verre, er gruppe B.
review-rule-work = Gradert eller full sjukmelding: hald kontakt med arbeidsplassen; gradert er som regel betre enn full. Ved 4 veker eller meir: planlegg vegen tilbake med fastlegen.
review-rule-thoughts = To eller fleire «Stemmer» om tankar og kjensler: tankar og uro verkar inn på kor mykje smertane avgrensar. Kort kognitiv hjelp og kognitiv åtferdsterapi betrar funksjon og humør; ta det opp med fastlegen. Gir aldri ein skår eller merkelapp.
review-rule-mood = «Stemmer» på nedstemtheit: vis alltid kvar pasienten får hjelp ved mørke tankar (fastlegen, legevakt 116 117, Mental Helse 116 123, og 113 når livet er i fare).
review-rule-neck = Nakke eller fleire stader: nakkeutsegna kjem i tillegg i gruppe A og B. Resultatet seier at forskinga mest gjeld korsrygg, og at norsk praksis bruker dei same prinsippa for nakken.
review-rule-safety-net = Alle resultat som ikkje hastar, viser når pasienten skal ringje 113 eller 116 117 (kort versjon av A og B), og at fastlegen skal kontaktast ved forverring.

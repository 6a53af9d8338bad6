# Ryggsjekk – tekster til den faglige gjennomgangen (docs/clinical-review.*.md), bokmål.
# Leses av klinikere, ikke av pasienter. Alle id-er starter med «review-».

review-title = Ryggsjekk: faglig gjennomgang
review-intro = Dette dokumentet er laget automatisk fra koden og tekstene. Ikke rediger det for hånd. Endre koden eller tekstene, og lag det på nytt slik README forklarer.
review-questions = Spørsmålene
review-flags = Faresignaler (røde flagg)
review-group-a = Gruppe A: ring 113 nå
review-group-b = Gruppe B: kontakt legevakt 116 117 eller fastlegen nå, undersøkelse i dag
review-group-c = Gruppe C: bestill time hos fastlegen innen noen dager
review-neck-only = Vises bare når nakken er med.
review-rules = Reglene
review-outcomes = Mulige resultater
review-sources = Kilder
review-invariants = Dette beviser testene for alle kombinasjoner av svar

review-rule-urgent-a = Et utsagn i gruppe A gir «Ring 113 nå». Spørsmålene stopper. Resultatet viser bare hva pasienten skal gjøre, uten råd om egenbehandling.
review-rule-urgent-b = Et utsagn i gruppe B, og ingen i A, gir «Kontakt legevakt 116 117 eller fastlegen nå; du bør bli undersøkt i dag». Spørsmålene stopper, og ingen andre råd vises.
review-rule-see-gp-days = Et utsagn i gruppe C gir overskriften «Bestill time hos fastlegen innen noen dager». Spørsmålene fortsetter, og alle andre råd vises under.
review-rule-not-back = «Ikke tilbake» betyr: aktivitet «delvis» eller «nei», eller gradert eller full sykmelding.
review-rule-four-weeks = «4 uker eller mer» betyr svarene 4–6 uker, 6–12 uker og over 12 uker.
review-rule-referral = 4 uker eller mer og ikke tilbake: snakk med fastlegen om henvisning til tverrfaglig vurdering i spesialisthelsetjenesten. Veilederen: ikke tilbake i vanlige aktiviteter eller arbeid etter omtrent 4–6 uker. Vises også under en C-overskrift.
review-rule-referral-strength = 4–6 uker: «nå er riktig tid». 6–12 uker: be om henvisning. Over 12 uker: be om henvisning, og spør også om tverrfaglig rehabilitering.
review-rule-stay-active = Under 4 uker, uten C og uten henvisning: «Hold deg i aktivitet, det blir som regel bedre». Kontakt fastlegen hvis det ikke er bedre etter 4–6 uker.
review-rule-keep-going = 4 uker eller mer, og tilbake i aktivitet og jobb: «Fortsett: hold deg i aktivitet og tren».
review-rule-radiating = Smerte ned i beinet eller ut i armen, stabil: de fleste nerverotsmerter blir bedre i løpet av uker. Fastlegen ved sterk smerte eller ingen bedring etter 4–6 uker, eller fysioterapeut. Nummenhet eller svakhet som blir verre, er gruppe B.
review-rule-work = Gradert eller full sykmelding: hold kontakt med arbeidsplassen; gradert er som regel bedre enn full. Ved 4 uker eller mer: planlegg veien tilbake med fastlegen.
review-rule-thoughts = To eller flere «Stemmer» om tanker og følelser: tanker og bekymringer påvirker hvor mye smertene begrenser. Kort kognitiv hjelp og kognitiv atferdsterapi bedrer funksjon og humør; ta det opp med fastlegen. Gir aldri en skår eller merkelapp.
review-rule-mood = «Stemmer» på nedstemthet: vis alltid hvor pasienten får hjelp ved mørke tanker (fastlegen, legevakt 116 117, Mental Helse 116 123, og 113 når livet er i fare).
review-rule-neck = Nakke eller flere steder: nakkeutsagnene kommer i tillegg i gruppe A og B. Resultatet sier at forskningen mest gjelder korsrygg, og at norsk praksis bruker de samme prinsippene for nakken.
review-rule-safety-net = Alle resultater som ikke haster, viser når pasienten skal ringe 113 eller 116 117 (kort versjon av A og B), og at fastlegen skal kontaktes ved forverring.

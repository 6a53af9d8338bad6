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

review-rule-urgent-a = Et utsagn i gruppe A gir «Ring 113 nå». Spørsmålene stopper. Resultatet viser bare hva pasienten skal gjøre, uten råd om egenbehandling. [v2] Nytt nakkeutsagn: plutselig svimmelhet med ustøhet, dobbeltsyn eller svelgeproblemer (disseksjon av halsarterie, hjerneslag i bakre kretsløp) går til 113, ikke legevakt. «Kraftig fall», aldri bare «et fall». Utsagnet om aortadisseksjon begynner med det som skiller det fra vanlige ryggsmerter (plutselig, rivende, ulik alt før, eller besvimelsesfølelse, blek og klam), ikke med «Sterke smerter i ryggen».
review-rule-urgent-b = Et utsagn i gruppe B, og ingen i A, gir «Kontakt legevakt 116 117 eller fastlegen nå; du bør bli undersøkt i dag». Spørsmålene stopper, og ingen andre råd vises. [v2] Flere tegn på cauda equina (dopapiret, følelsen av full blære, begge bein, seksualfunksjon) og ustø gang for alle steder.
review-rule-radiating-b = [v2] Utstrålende smerte med nummenhet eller svakhet som blir verre eller sprer seg, gir B-resultatet (undersøkelse i dag): en ny sjanse for et B-tegn pasienten ikke valgte på B-skjermen. Pasienten velger det første som passer.
review-rule-phone-script = [v2] Telefonmanuset på A- og B-skjermene bruker bare det pasienten svarte: «Flere steder» blir «Jeg har vondt flere steder», ikke nakke og rygg. Pasienten ser tegnene, aldri navnet på en tilstand.
review-rule-see-gp-days = Et utsagn i gruppe C, eller [v2] utstrålende smerte som ikke er til å holde ut med vanlige smertestillende, gir overskriften «Bestill time hos fastlegen innen noen dager». Spørsmålene fortsetter, og alle andre råd vises under.
review-rule-radiating-c = [v2] Utstrålende smerte som ikke er til å holde ut med vanlige smertestillende, er et C-tegn.
review-rule-not-back = «Ikke tilbake» betyr: aktivitet «delvis» eller «nei», eller gradert eller full sykmelding.
review-rule-four-weeks = [v2] «4 uker eller mer» betyr svarene 4–5 uker, 6 uker til 3 måneder og mer enn 3 måneder. Varighetene overlapper ikke.
review-rule-referral = 4 uker eller mer og ikke tilbake: snakk med fastlegen om henvisning til tverrfaglig utredning i spesialisthelsetjenesten. Veilederen: ikke tilbake i vanlige aktiviteter eller arbeid etter omtrent 4–6 uker. [v2] Teksten sier hva henvisningen gjelder: utredning, kognitivt rettede tiltak og trening, fra et tverrfaglig team som også hjelper med veien tilbake til jobb. Tilbudet varierer fra sted til sted. Vises også under en C-overskrift.
review-rule-referral-strength = 4–5 uker: «nå er riktig tid». [v2] Fra 6 uker: be om henvisning; tverrfaglig rehabilitering kan hjelpe fra omtrent 6 uker (Marin 2017, subakutt), ikke bare etter 3 måneder (Kamper 2014, kronisk).
review-rule-stay-active = Under 4 uker, uten C og uten henvisning: «Hold deg i aktivitet, det blir som regel bedre». Kontakt fastlegen hvis det ikke er bedre etter 4–6 uker.
review-rule-keep-going = 4 uker eller mer, og tilbake i aktivitet og jobb: «Fortsett: hold deg i aktivitet og tren».
review-rule-radiating = Smerte ned i beinet eller ut i armen, stabil eller bare smerte: de fleste nerverotsmerter blir bedre i løpet av uker. Fastlegen ved sterk smerte eller ingen bedring etter 4–6 uker, eller fysioterapeut.
review-rule-work = Gradert eller full sykmelding: hold kontakt med arbeidsplassen; gradert er som regel bedre enn full. [v2] Full sykmelding omfatter egenmelding, som aldri er gradert. Arbeidsgiveren skal lage en oppfølgingsplan innen 4 uker og så langt det går tilrettelegge arbeidet. Ved 4 uker eller mer: planlegg veien tilbake med fastlegen.
review-rule-thoughts = To eller flere «Stemmer» om tanker og følelser: [v2] ved langvarige smerter ser tanker og bekymringer ut til å påvirke hvor mye smertene begrenser, og teksten sier alltid «Smertene er like ekte for det». Kort kognitiv hjelp og kognitiv atferdsterapi bedrer funksjon og humør; ta det opp med fastlegen. Gir aldri en skår eller merkelapp.
review-rule-mood = «Stemmer» på nedstemthet: vis alltid hvor pasienten får hjelp ved mørke tanker (fastlegen, legevakt 116 117, Mental Helse 116 123, og 113 når livet er i fare).
review-rule-neck = Nakke eller flere steder: nakkeutsagnene kommer i tillegg i gruppe A og B. Resultatet sier at forskningen mest gjelder korsrygg, og at norsk praksis bruker de samme prinsippene for nakken.
review-rule-safety-net = Alle resultater som ikke haster, viser når pasienten skal ringe 113 eller 116 117 (kort versjon av A og B, [v2] med de nye tegnene, de samme linjene som reserveteksten), og at fastlegen skal kontaktes ved forverring. [v2] Formålet (generell informasjon, ingenting lagres) står rett under overskriften; på A- og B-skjermene etter handlingen og telefonmanuset.
review-rule-question-active = [v2] Spørsmål til fastlegen, alltid: hva kan jeg gjøre selv for å holde meg i aktivitet?
review-rule-question-referral = [v2] Spørsmål til fastlegen når henvisningsregelen gjelder: bør jeg henvises til tverrfaglig utredning?
review-rule-question-work = [v2] Spørsmål til fastlegen ved gradert eller full sykmelding: veien tilbake til jobb og arbeidsgiverens oppfølgingsplan.
review-rule-question-worries = [v2] Spørsmål til fastlegen ved to eller flere «Stemmer» om tanker og følelser: hjelp med bekymringene.
review-rule-question-radiating = [v2] Spørsmål til fastlegen ved utstrålende smerte (stabil eller bare smerte): hvilke endringer betyr at jeg må ta kontakt raskt?
review-rule-question-signs = [v2] Spørsmål til fastlegen ved et C-tegn: hvilke tegn skal jeg følge med på, og må jeg undersøkes? Aldri på A- eller B-resultater.

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

# Endringene i innholdsversjon 2 (innholdsspesifikasjonen, punktene merket [v2], og punkt 11).
# $version (String) - the content version, e.g. 2026.12.1
review-changes = Endringer i innholdsversjon { $version }
review-changes-intro = Hver endring fra versjon 1: punktet i innholdsspesifikasjonen, hva som er endret, hvor det vises (meldings-id med kategori, eller testen som sjekker det) og kilden. Tallene i hakeparentes viser til kildelista nederst.
review-col-spec = Punkt
review-col-change = Endring
review-col-shows = Vises i
review-col-source = Kilde
review-v2-purpose = Formålet (generell informasjon, ikke en medisinsk vurdering; ingenting lagres eller sendes) står synlig på startskjermen og rett under overskriften på resultater som ikke haster. På A- og B-skjermene kommer det etter handlingen og telefonmanuset, aldri før «Ring 113 nå».
review-v2-condition-names = Navn på tilstander (aortadisseksjon, hjerneslag, cauda equina) står bare i dette dokumentet. Pasienten ser tegnene, aldri en diagnose.
review-v2-hard-fall = A: «et kraftig fall», aldri bare «et fall».
review-v2-tearing = A: utsagnet om aortadisseksjon begynner med det som skiller det fra vanlige ryggsmerter: plutselig, rivende smerte ulik noe før, eller besvimelsesfølelse, blek og klam hud. Ikke «den verste noen gang» alene (kraftig lumbago kjennes slik), og ikke «Sterke smerter i ryggen …».
review-v2-dizziness = A, nakke: plutselig svimmelhet med ustøhet, dobbeltsyn eller svelgeproblemer (halsarteriedisseksjon, hjerneslag i bakre kretsløp) gir 113, ikke legevakt.
review-v2-saddle = B: nummenhet i ridebukseområdet omfatter at pasienten ikke kjenner toalettpapiret (cauda equina). Den engelske teksten beskriver området med vanlige ord, aldri med ordet for «sete».
review-v2-bladder = B: pasienten kjenner ikke at blæra er full eller at urinen kommer.
review-v2-both-legs = B: nye eller raskt verre smerter, nummenhet eller prikking ned i begge bein. Langvarige plager i begge bein (som ved spinal stenose) er ikke dette tegnet.
review-v2-sexual = B: nytt tap av følelse i kjønnsorganene under sex, eller nye ereksjonsproblemer.
review-v2-unsteady = B: ny ustø gange eller stive, svake bein, for alle steder (myelopati kan komme fra hele ryggmargen). Klossete hender er fortsatt bare nakke.
review-v2-radiating = Utstrålende smerte, «Velg det første som passer», i denne rekkefølgen: blir verre eller sprer seg → B-resultatet (en ny sjanse for et B-tegn); ikke til å holde ut med vanlige smertestillende → C; nummenhet eller svakhet som ikke endrer seg; bare smerte; nei.
review-v2-durations = Varigheter uten overlapp: under 2 uker, 2–3 uker, 4–5 uker, 6 uker til 3 måneder, mer enn 3 måneder. Henvisningsregelen og invariant 3 gjelder fortsatt.
review-v2-egenmelding = Full sykmelding omfatter både sykmelding og egenmelding. Egenmelding er aldri gradert.
review-v2-follow-up = Arbeidsgiveren skal lage en oppfølgingsplan sammen med den sykmeldte innen 4 uker, og så langt det går tilrettelegge arbeidet. Pasienten bes spørre etter den.
review-v2-referral = Henvisningsteksten sier hva henvisningen gjelder, med veilederens ord: utredning, kognitivt rettede tiltak og trening, fra et tverrfaglig team som også hjelper med veien tilbake til jobb. Tverrfaglig rehabilitering kan hjelpe fra omtrent 6 uker (Marin 2017, subakutt), ikke bare etter 3 måneder (Kamper 2014, kronisk). Tilbudet varierer fra sted til sted.
review-v2-psychosocial = Teksten om tanker og følelser er forbeholden slik veilederen er («ser ut til», «ved langvarige smerter») og sier alltid «Smertene er like ekte for det».
review-v2-phone-script = Telefonmanuset på A- og B-skjermene bruker bare det pasienten svarte: «Flere steder» blir «Jeg har vondt flere steder», ikke en setning pasienten ikke sa.
review-v2-invariants = To nye invarianter, bevist for alle kombinasjoner av svar: 7) et B-tegn via spørsmålet om utstrålende smerte gir samme overskrift som på B-skjermen; 8) ingen resultat uten A eller B sier mindre om faresignaler enn reserveteksten.
review-v2-fallback = Reserveteksten (når widgeten ikke kan starte) står i locales/ og viser 113 og 116 117 med A- og B-tegnene i kortform, én linje hver, på pasientens språk. I kioskmodus uten tel:-lenke.
review-v2-readability = Klarspråk per melding: ingen pasientmelding på 10 ord eller mer har LIX over 45, og LIX for hvert språk samlet er 40 eller lavere (bokmål og nynorsk).
review-v2-languages = Nynorsk og engelsk er rettet etter spesifikasjonens punkt 9 og ordlista: «steroid», «det blir verre», «held på å svime av»; på engelsk «severe» om smerte.
review-v2-sources = To nye kilder: arbeidsmiljøloven § 4-6 med NAVs sider om oppfølging av sykmeldte, og NHS/NICE om cauda equina.
review-v2-gp-questions = Nytt: spørsmål pasienten kan ta med til fastlegen, valgt av kjernen ut fra resultatet, på alle språk og aldri på A- eller B-resultater. Reglene står i egen del nedenfor.

# Kategoriene til pasienttekstene (locales/README.md).
review-categories = Kategoriene til tekstene
review-categories-intro = Hver pasienttekst har en kategori der den er skrevet (locales/nb/main.ftl). Bygget stopper hvis en tekst mangler kategori. A- og B-skjermene får bare vise tre av kategoriene: det som haster, rammen og sikkerhetsnettet; en test sjekker det for alle kombinasjoner av svar. Kategorien står i hakeparentes etter tekstene i dette dokumentet.
review-category-urgent = Det som haster: A- og B-skjermene (hva pasienten skal gjøre, telefonmanuset) og A- og B-tegnene selv.
review-category-safety-net = Sikkerhetsnett: når pasienten skal søke hjelp igjen (113, 116 117), mørke tanker og akuttlinjen som alltid vises.
review-category-frame = Rammen rundt alle skjermer: navn, navigasjon, formål, personvern, kiosk, visning og utskrift.
review-category-question = Spørsmål, hjelpetekster og svaralternativer (også C-tegnene), og hvordan svarene oppsummeres.
review-category-advice = Overskriften og første skjermbilde på resultater som ikke haster (hva du bør gjøre nå, hvorfor, tidslinje) og delen om utstrålende smerte.
review-category-referral = Henvisning til spesialisthelsetjenesten.
review-category-work = Jobb og sykmelding.
review-category-thoughts = Tanker og følelser.
review-category-self-care = Det pasienten kan gjøre selv nå.
review-category-gp-questions = Spørsmål pasienten kan ta med til fastlegen.
review-category-evidence = Det vi vet hjelper, det som som regel ikke hjelper, og merknaden om nakken.
review-category-sources = Kilder, dato for veilederen og innholdsversjon.
review-category-fallback = Reserveteksten når widgeten ikke kan starte (fallback.ftl), ikke i widgeten selv.
review-category-review = Bare i dette dokumentet, aldri for pasienter (review.ftl).

# Første skjermbilde på resultater som ikke haster (core/src/assessment/result/actions.rs).
review-first-screen = Første skjermbilde: hva du bør gjøre nå, og hvorfor
review-first-screen-rule = Resultater som ikke haster, begynner med 2–4 handlinger, hver fra en del av resultatet som gjelder, i denne rekkefølgen: C-tegn → bestill time innen noen dager; henvisningsregelen → bestill time og spør om henvisning (under en C-overskrift: spør om henvisning ved besøket); alltid → hold deg i aktivitet; under 4 uker → kontakt fastlegen hvis det ikke er bedre etter 4–6 uker; 4 uker eller mer og tilbake → tren; gradert eller full sykmelding → hold kontakt med jobben; to eller flere «Stemmer» om tanker og følelser → snakk med fastlegen om tankene. Bare de fire første vises.
review-first-screen-why = Hvorfor-setningen bruker bare svarene som avgjorde overskriften: ved et C-tegn tegnet og varigheten; under 4 uker bare varigheten; fra 4 uker varigheten, aktiviteten og jobben («ikke i lønnet arbeid» nevnes ikke). Eksempler:
review-first-screen-rule-id = regel

# Spørsmålene til fastlegen (innholdsspesifikasjonen punkt 11).
review-gp-questions-intro = Kjernen velger spørsmålene ut fra resultatet, aldri på A- eller B-resultater. De er spørsmål, ikke råd. Hvert spørsmål med regelen og kildene til delen det kommer fra.

# Klinikkens egen godkjenning.
review-signoff = Faglig godkjenning i klinikken
review-signoff-intro = Fylles ut av klinikken før innholdet tas i bruk. Skriv inn innholdsversjonen dere har gjennomgått (den står øverst i dokumentet). Lag dokumentet på nytt og gjennomgå det igjen når innholdsversjonen endres.
review-signoff-reviewer = Gjennomgått av
review-signoff-role = Rolle
review-signoff-date = Dato
review-signoff-version = Innholdsversjon

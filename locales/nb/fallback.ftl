# Ryggsjekk – reserveteksten, bokmål. Vises når widgeten ikke kan starte
# (ingen WebAssembly, filene lastes ikke, eller en intern feil). scripts/build
# legger tekstene rett inn i ryggsjekk.js, så de vises uten flere nedlastinger.
# Tegnene er de samme som i safety-113 og safety-116 (main.ftl), bare kortere:
# resultatet skal aldri si mindre om faresignaler enn denne teksten.
# fallback-a må inneholde 113 og fallback-b 116 117: tallet blir en tel:-lenke
# (ikke i kioskmodus).

fallback-title = Ryggsjekk virker ikke akkurat nå.
fallback-a = Ring 113 hvis du blir svak eller nummen i armer eller bein etter en ulykke eller et kraftig fall. Ring også ved plutselig rivende smerte, vondt i brystet eller tung pust. Det samme gjelder svakhet i den ene siden av kroppen, skjevt ansikt, vansker med å snakke eller den verste hodepinen du har hatt.
fallback-b = Ring legevakten på 116 117 eller fastlegen samme dag hvis du blir nummen i setet, skrittet eller underlivet. Det samme gjelder problemer med å tisse eller å holde på urin eller avføring, svakhet som blir verre, og feber sammen med smertene.
fallback-gp = Ellers kan du kontakte fastlegen din.
fallback-kiosk-staff = Trenger du hjelp nå? Si fra til personalet.
fallback-reload = Last inn siden på nytt
fallback-lang-failed = Teksten på dette språket kunne ikke lastes. Ryggsjekk vises derfor på bokmål.

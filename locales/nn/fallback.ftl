# Ryggsjekk – reserveteksten, nynorsk. Sjå kommentaren i nb/fallback.ftl.

fallback-title = Ryggsjekk verkar ikkje akkurat no.
fallback-a = Ring 113 viss du blir svak eller nummen i armar eller bein etter ei ulukke eller eit kraftig fall. Ring òg ved plutseleg rivande smerte, vondt i brystet eller tung pust. Det same gjeld svakheit i den eine sida av kroppen, skeivt andlet, vanskar med å snakke eller den verste hovudverken du har hatt.
fallback-b = Ring legevakta på 116 117 eller fastlegen same dag viss du blir nummen i setet, skrevet eller underlivet. Det same gjeld problem med å tisse eller å halde på urin eller avføring, svakheit som blir verre, og feber saman med smertane.
fallback-gp = Elles kan du kontakte fastlegen din.
fallback-kiosk-staff = Treng du hjelp no? Sei frå til personalet.
fallback-reload = Last inn sida på nytt
fallback-lang-failed = Teksten på nynorsk kunne ikkje lastast. Difor viser Ryggsjekk bokmål.

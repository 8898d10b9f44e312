"""Menksoft code chart and glyph -> letter rules, ported from the CC0 `mongol_code` library.

Source: https://github.com/suragch/mongol_code (CC0-1.0) at c3bbabd0cd5285693c5b74e501c6d19d84f9a0e6,
files lib/src/menksoft/menksoft.dart, lib/src/menksoft/menksoft_word.dart, lib/src/unicode/mongol.dart, lib/src/menksoft/fixed_words_menk_uni.dart.
Translated mechanically by scripts/port_menksoft.py; do not edit by hand.
"""

# ruff: noqa


def gender_of(word: list[int]) -> str:
    """Return the gender of the last gendered vowel in word (as mongol_code genderOf)."""
    for ch in reversed(word):
        if Mongol.isMasculineVowel(ch):
            return "masculine"
        if Mongol.isFeminineVowel(ch):
            return "feminine"
    return "neuter"


class Mongol:
    zwj = 0x200D
    nnbs = 0x202F
    space = 0x0020
    percent = 0x0025
    plus = 0x002B
    minus = 0x002D
    equals = 0x003D
    tilde = 0x007E
    middleDot = 0x00B7
    questionExclamation = 0x2048
    exclamationQuestion = 0x2049
    fullwidthSemicolon = 0xFF1B
    fullwidthExclamation = 0xFF01
    fullwidthQuestion = 0xFF1F
    fullwidthHyphenMinus = 0xFF0D
    fullwidthLeftParenthesis = 0xFF08
    fullwidthRightParenthesis = 0xFF09
    leftDoubleAngleBracket = 0x300A
    rightDoubleAngleBracket = 0x300B
    leftAngleBracket = 0x3008
    rightAngleBracket = 0x3009
    fullwidthLeftSquareBracket = 0xFF3B
    fullwidthRightSquareBracket = 0xFF3D
    verticalComma = 0xFE10
    verticalColon = 0xFE13
    verticalEmDash = 0xFE31
    verticalEnDash = 0xFE32
    verticalLeftTortoiseShellBracket = 0xFE39
    verticalRightTortoiseShellBracket = 0xFE3A
    verticalLeftWhiteCornerBracket = 0xFE43
    verticalRightWhiteCornerBracket = 0xFE44
    referenceMark = 0x203B
    punctuationX = 0x00D7
    birga = 0x1800
    ellipsis = 0x1801
    comma = 0x1802
    fullStop = 0x1803
    colon = 0x1804
    fourDots = 0x1805
    todoSoftHyphen = 0x1806
    sibeSyllableBoundaryMarker = 0x1807
    manchuComma = 0x1808
    manchuFullStop = 0x1809
    nirugu = 0x180A
    fvs1 = 0x180B
    fvs2 = 0x180C
    fvs3 = 0x180D
    mvs = 0x180E
    fvs4 = 0x180F
    digitZero = 0x1810
    digitOne = 0x1811
    digitTwo = 0x1812
    digitThree = 0x1813
    digitFour = 0x1814
    digitFive = 0x1815
    digitSix = 0x1816
    digitSeven = 0x1817
    digitEight = 0x1818
    digitNine = 0x1819
    a = 0x1820
    e = 0x1821
    i = 0x1822
    o = 0x1823
    u = 0x1824
    oe = 0x1825
    ue = 0x1826
    ee = 0x1827
    na = 0x1828
    ang = 0x1829
    ba = 0x182A
    pa = 0x182B
    qa = 0x182C
    ga = 0x182D
    ma = 0x182E
    la = 0x182F
    sa = 0x1830
    sha = 0x1831
    ta = 0x1832
    da = 0x1833
    cha = 0x1834
    ja = 0x1835
    ya = 0x1836
    ra = 0x1837
    wa = 0x1838
    fa = 0x1839
    ka = 0x183A
    kha = 0x183B
    tsa = 0x183C
    za = 0x183D
    haa = 0x183E
    zra = 0x183F
    lha = 0x1840
    zhi = 0x1841
    chi = 0x1842

    @staticmethod
    def isConsonant(codeUnit: int) -> bool:
        return codeUnit >= Mongol.na and codeUnit <= Mongol.chi

    @staticmethod
    def isVowel(codeUnit: int) -> bool:
        return codeUnit >= Mongol.a and codeUnit <= Mongol.ee

    @staticmethod
    def isMasculineVowel(codeUnit: int) -> bool:
        return codeUnit == Mongol.a or codeUnit == Mongol.o or codeUnit == Mongol.u

    @staticmethod
    def isFeminineVowel(codeUnit: int) -> bool:
        return (
            codeUnit == Mongol.e
            or codeUnit == Mongol.ee
            or codeUnit == Mongol.oe
            or codeUnit == Mongol.ue
        )

    @staticmethod
    def isFVS(codeUnit: int) -> bool:
        return (
            codeUnit == Mongol.fvs1
            or codeUnit == Mongol.fvs2
            or codeUnit == Mongol.fvs3
            or codeUnit == Mongol.fvs4
        )

    @staticmethod
    def needsLongToothU(word: list[int], index: int) -> bool:
        if index < 0:
            return False
        if word[index] != Mongol.oe and word[index] != Mongol.ue:
            return False
        if index == 0:
            return True
        if index == 1:
            if Mongol.isConsonant(word[0]):
                return True
        if index == 2:
            return Mongol.isConsonant(word[0]) and Mongol.isFVS(word[1])
        return False


class Menksoft:
    menksoftStart = 0xE234
    menksoftEnd = 0xE34F
    birga = 0xE234
    ellipsis = 0xE235
    comma = 0xE236
    fullStop = 0xE237
    colon = 0xE238
    fourDots = 0xE239
    todoSoftHyphen = 0xE23A
    sibeSyllableBoundaryMarker = 0xE23B
    manchuComma = 0xE23C
    manchuFullStop = 0xE23D
    nirugu = 0xE23E
    birgaWithOrnament = 0xE23F
    rotatedBirga = 0xE240
    doubleBirgaWithOrnament = 0xE241
    tripleBirgaWithOrnament = 0xE242
    middleDot = 0xE243
    zero = 0xE244
    one = 0xE245
    two = 0xE246
    three = 0xE247
    four = 0xE248
    five = 0xE249
    six = 0xE24A
    seven = 0xE24B
    eight = 0xE24C
    nine = 0xE24D
    questionExclamation = 0xE24E
    exclamationQuestion = 0xE24F
    exclamation = 0xE250
    question = 0xE251
    semicolon = 0xE252
    leftParenthesis = 0xE253
    rightParenthesis = 0xE254
    leftAngleBracket = 0xE255
    rightAngleBracket = 0xE256
    leftTortoiseShellBracket = 0xE257
    rightTortoiseShellBracket = 0xE258
    leftDoubleAngleBracket = 0xE259
    rightDoubleAngleBracket = 0xE25A
    leftWhiteCornerBracket = 0xE25B
    rightWhiteCornerBracket = 0xE25C
    fullWidthComma = 0xE25D
    x = 0xE25E
    referenceMark = 0xE25F
    enDash = 0xE260
    emDash = 0xE261
    unknownSpace = 0xE262
    nonbreakingSpace = 0xE263
    aStart = 0xE264
    aIsol = 0xE264
    aIsolFvs1 = 0xE265
    aIsolFvs2 = 0xE26A
    aInit = 0xE266
    aInitFvs1 = 0xE267
    aMedi = 0xE26C
    aMediBp = 0xE26D
    aMediFvs1 = 0xE26E
    aMediUnknown = 0xE26F
    aFina = 0xE268
    aFinaBp = 0xE26B
    aFinaFvs1 = 0xE269
    aFinaMvs = 0xE26A
    eStart = 0xE270
    eIsol = 0xE270
    eIsolFvs1 = 0xE274
    eInit = 0xE271
    eInitFvs1 = 0xE272
    eMedi = 0xE276
    eMediBp = 0xE277
    eMediUnknown = 0xE278
    eFina = 0xE273
    eFinaBp = 0xE275
    eFinaFvs1 = 0xE269
    eFinaMvs = 0xE274
    iStart = 0xE279
    iIsol = 0xE279
    iIsolFvs1 = 0xE282
    iInit = 0xE27A
    iInitFvs1 = 0xE280
    iMedi = 0xE27E
    iMediBp = 0xE27F
    iMediFvs1 = 0xE27D
    iMediFvs2 = 0xE281
    iFina = 0xE27B
    iFinaBp = 0xE27C
    oStart = 0xE283
    oIsol = 0xE283
    oInit = 0xE284
    oMedi = 0xE289
    oMediBp = 0xE28A
    oMediFvs1 = 0xE288
    oFina = 0xE285
    oFinaFvs1 = 0xE286
    oFinaFvs1Bp = 0xE287
    uStart = 0xE28B
    uIsol = 0xE28B
    uIsolFvs1 = 0xE28D
    uInit = 0xE28C
    uInitFvs1 = 0xE292
    uMedi = 0xE291
    uMediBp = 0xE292
    uMediFvs1 = 0xE290
    uFina = 0xE28D
    uFinaFvs1 = 0xE28E
    uFinaFvs1Bp = 0xE28F
    oeStart = 0xE293
    oeIsol = 0xE293
    oeIsolFvs1 = 0xE294
    oeInit = 0xE295
    oeMedi = 0xE29E
    oeMediBp = 0xE29F
    oeMediFvs1 = 0xE29C
    oeMediFvs1Bp = 0xE29D
    oeMediFvs2 = 0xE29B
    oeFina = 0xE296
    oeFinaBp = 0xE29A
    oeFinaFvs1 = 0xE297
    oeFinaFvs1Bp = 0xE298
    oeFinaFvs2 = 0xE299
    oeFinaFvs2Bp = 0xE29A
    ueStart = 0xE2A0
    ueIsol = 0xE2A0
    ueIsolFvs1 = 0xE2A1
    ueIsolFvs2 = 0xE2A3
    ueInit = 0xE2A2
    ueInitFvs1 = 0xE2AC
    ueMedi = 0xE2AB
    ueMediBp = 0xE2AC
    ueMediFvs1 = 0xE2A9
    ueMediFvs1Bp = 0xE2AA
    ueMediFvs2 = 0xE2A8
    ueFina = 0xE2A3
    ueFinaBp = 0xE2A7
    ueFinaFvs1 = 0xE2A4
    ueFinaFvs1Bp = 0xE2A5
    ueFinaFvs2 = 0xE2A6
    ueFinaFvs2Bp = 0xE2A7
    eeStart = 0xE2AD
    eeIsol = 0xE2AD
    eeInit = 0xE2AE
    eeMedi = 0xE2B0
    eeFina = 0xE2AF
    naStart = 0xE2B1
    naIsol = 0xE2B3
    naIsolFvs1 = 0xE2B4
    naInitTooth = 0xE2B1
    naInitStem = 0xE2B3
    naInitFvs1Tooth = 0xE2B2
    naInitFvs1Stem = 0xE2B4
    naMediTooth = 0xE2B8
    naMediStem = 0xE2BA
    naMediFvs1Tooth = 0xE2B7
    naMediFvs1Stem = 0xE2B9
    naMediFvs1Mvs = 0xE2B6
    naMediFvs2Mvs = 0xE2B5
    naMediNg = 0xE2C0
    naMediFvs1Ng = 0xE2BF
    naFina = 0xE2B5
    naFinaFvs1 = 0xE2B6
    angStart = 0xE2BB
    angIsol = 0xE2BC
    angInitTooth = 0xE2BC
    angInitRound = 0xE2BD
    angInitStem = 0xE2BE
    angMediTooth = 0xE2BC
    angMediRound = 0xE2BD
    angMediStem = 0xE2BE
    angFina = 0xE2BB
    angEnd = 0xE2BE
    baStart = 0xE2C1
    baIsol = 0xE2C1
    baInitTooth = 0xE2C1
    baInitOu = 0xE2C2
    baInitStem = 0xE2C7
    baMediTooth = 0xE2C5
    baMediOu = 0xE2C6
    baMediStem = 0xE2C7
    baFina = 0xE2C3
    baFinaFvs1 = 0xE2C4
    paStart = 0xE2C8
    paIsol = 0xE2C8
    paInitTooth = 0xE2C8
    paInitOu = 0xE2C9
    paInitStem = 0xE2CD
    paMediTooth = 0xE2CB
    paMediOu = 0xE2CC
    paMediStem = 0xE2CD
    paFina = 0xE2CA
    qaStart = 0xE2CE
    qaIsol = 0xE2D2
    qaIsolFvs1 = 0xE2D3
    qaIsolFvs2 = 0xE2D0
    qaIsolFvs4 = 0xE2D1
    qaInitTooth = 0xE2CE
    qaInitStem = 0xE2D2
    qaInitFvs1Tooth = 0xE2CF
    qaInitFvs1Stem = 0xE2D3
    qaInitFvs2 = 0xE2D0
    qaInitFvs2Ou = 0xE2D4
    qaInitFvs4 = 0xE2D1
    qaInitFvs4Ou = 0xE2D5
    qaMediTooth = 0xE2D8
    qaMediStem = 0xE2DC
    qaMediFvs1 = 0xE2D9
    qaMediFvs2 = 0xE2DA
    qaMediFvs2Ou = 0xE2DD
    qaMediFvs2Cons = 0xE2DF
    qaMediFvs4 = 0xE2DB
    qaMediFvs4Ou = 0xE2DE
    qaMediFvs4Cons = 0xE2E0
    qaMediMvs = 0xE2D6
    qaMediFvs1Mvs = 0xE2D7
    qaFina = 0xE2D6
    qaFinaFvs1 = 0xE2D7
    gaStart = 0xE2E1
    gaIsol = 0xE2E4
    gaIsolFvs1 = 0xE2E5
    gaIsolFvs2 = 0xE2E3
    gaIsolFvs4 = 0xE2D1
    gaInitTooth = 0xE2E1
    gaInitStem = 0xE2E4
    gaInitFvs1Tooth = 0xE2E2
    gaInitFvs1Stem = 0xE2E5
    gaInitFvs2 = 0xE2E3
    gaInitFvs2Ou = 0xE2E6
    gaInitFvs4 = 0xE2D1
    gaInitFvs4Ou = 0xE2D5
    gaMedi = 0xE2EE
    gaMediFvs1Tooth = 0xE2EA
    gaMediFvs1Stem = 0xE2EC
    gaMediFvs2 = 0xE2EB
    gaMediFvs2Ou = 0xE2ED
    faMediFvs2Tooth = 0xE2EF
    gaMediFvs2Stem = 0xE2F0
    gaMediFvs4 = 0xE2DB
    gaMediFvs4Ou = 0xE2DE
    gaMediFvs4Cons = 0xE2E0
    gaMediFvs3Mvs = 0xE2E9
    gaMediFvs1Mvs = 0xE2D6
    gaFina = 0xE2E8
    gaFinaFvs1 = 0xE2E7
    gaFinaFvs2 = 0xE2E8
    gaFinaFvs3 = 0xE2E9
    maStart = 0xE2F1
    maIsol = 0xE2F2
    maInitTooth = 0xE2F1
    maInitStemLong = 0xE2F2
    maMediTooth = 0xE2F4
    maMediStemLong = 0xE2F5
    maMediBp = 0xE2F6
    maMediMvs = 0xE2F3
    maFina = 0xE2F3
    laStart = 0xE2F7
    laIsol = 0xE2F8
    laInitTooth = 0xE2F7
    laInitStemLong = 0xE2F8
    laMediTooth = 0xE2FA
    laMediStemLong = 0xE2FB
    laMediBp = 0xE2FC
    laMediMvs = 0xE2F9
    laFina = 0xE2F9
    saStart = 0xE2FD
    saIsol = 0xE2FE
    saInitTooth = 0xE2FD
    saInitStem = 0xE2FE
    saMediTooth = 0xE301
    saMediStem = 0xE302
    saMediMvs = 0xE2FF
    saMediFvs1Mvs = 0xE300
    saFina = 0xE2FF
    saFinaFvs1 = 0xE300
    shaStart = 0xE303
    shaIsol = 0xE304
    shaIsolFvs1 = 0xE2FE
    shaInitTooth = 0xE303
    shaInitStem = 0xE304
    shaInitFvs1Tooth = 0xE2FD
    shaInitFvs1Stem = 0xE2FE
    shaMediTooth = 0xE306
    shaMediStem = 0xE307
    shaMediFvs1Tooth = 0xE301
    shaMediFvs1Stem = 0xE302
    shaMediMvs = 0xE305
    shaFina = 0xE305
    taStart = 0xE308
    taIsol = 0xE309
    taInitTooth = 0xE308
    taInitStem = 0xE309
    taMedi = 0xE30B
    taMediFvs1Tooth = 0xE30C
    taMediFvs1Stem = 0xE30D
    taFina = 0xE30A
    daStart = 0xE30E
    daIsol = 0xE310
    daIsolFvs1 = 0xE30F
    daInitTooth = 0xE30E
    daInitStem = 0xE30F
    daInitFvs1 = 0xE310
    daMedi = 0xE314
    daMediFvs1 = 0xE313
    daFina = 0xE311
    daFinaFvs1 = 0xE312
    chaStart = 0xE315
    chaIsol = 0xE315
    chaInit = 0xE315
    chaMedi = 0xE317
    chaFina = 0xE316
    jaStart = 0xE318
    jaIsol = 0xE318
    jaIsolFvs1 = 0xE31C
    jaInitTooth = 0xE319
    jaInitStem = 0xE31A
    jaMedi = 0xE31D
    jaMediMvs = 0xE31C
    jaFina = 0xE31B
    jaFinaFvs1 = 0xE31C
    yaStart = 0xE31E
    yaIsol = 0xE31E
    yaIsolFvs1 = 0xE321
    yaInit = 0xE31E
    yaInitFvs1 = 0xE321
    yaMedi = 0xE320
    yaMediFvs1 = 0xE321
    yaMediFvs2 = 0xE281
    yaMediMvs = 0xE31F
    yaFina = 0xE31F
    raStart = 0xE322
    raIsol = 0xE322
    raInitTooth = 0xE323
    raInitStem = 0xE322
    raMediTooth = 0xE327
    raMediStem = 0xE326
    raMediMvs = 0xE325
    raFina = 0xE325
    waStart = 0xE329
    waIsol = 0xE329
    waInit = 0xE329
    waMedi = 0xE32C
    waMediFvs1 = 0xE286
    waMediMvs = 0xE32B
    waFina = 0xE32A
    waFinaFvs1 = 0xE32B
    faStart = 0xE32D
    faIsol = 0xE32D
    faInitTooth = 0xE32D
    faInitOu = 0xE32E
    faInitStem = 0xE332
    faMediTooth = 0xE330
    faMediOu = 0xE331
    faMediStem = 0xE332
    faFina = 0xE32F
    kaStart = 0xE333
    kaIsol = 0xE333
    kaInit = 0xE333
    kaInitOu = 0xE334
    kaMediTooth = 0xE336
    kaMediOu = 0xE337
    kaMediStem = 0xE338
    kaFina = 0xE335
    khaStart = 0xE339
    khaIsol = 0xE339
    initKha = 0xE339
    khaInitOu = 0xE33A
    khaMediTooth = 0xE33C
    khaMediOu = 0xE33D
    khaMediStem = 0xE33E
    khaFina = 0xE33B
    tsaStart = 0xE33F
    tsaIsol = 0xE33F
    tsaInit = 0xE33F
    tsaMedi = 0xE341
    tsaFina = 0xE340
    zaStart = 0xE342
    zaIsol = 0xE342
    zaInit = 0xE342
    zaMedi = 0xE344
    zaFina = 0xE343
    haaStart = 0xE345
    haaIsol = 0xE345
    haaInit = 0xE345
    haaMedi = 0xE347
    haaFina = 0xE346
    zraStart = 0xE348
    zraIsol = 0xE348
    zraInit = 0xE348
    zraMedi = 0xE349
    zraFina = 0xE34A
    lhaStart = 0xE34B
    lhaIsol = 0xE34B
    lhaInit = 0xE34B
    lhaMedi = 0xE34C
    lhaMediBp = 0xE34D
    lhaFina = 0xE34C
    lhaFinaBp = 0xE34D
    zhiStart = 0xE34E
    zhiIsol = 0xE34E
    zhiInit = 0xE34E
    zhiMedi = 0xE34E
    zhiFina = 0xE34E
    chiStart = 0xE34F
    chiIsol = 0xE34F
    chiInit = 0xE34F
    chiMedi = 0xE34F
    chiFina = 0xE34F

    @staticmethod
    def isSpace(codeUnit: int) -> bool:
        return codeUnit == Menksoft.nonbreakingSpace or codeUnit == Menksoft.unknownSpace

    @staticmethod
    def isLetter(character: int) -> bool:
        return character >= Menksoft.aStart and character <= Menksoft.menksoftEnd

    @staticmethod
    def isConsonant(character: int) -> bool:
        return character >= Menksoft.naStart and character <= Menksoft.chiFina

    @staticmethod
    def isVowel(character: int) -> bool:
        return character >= Menksoft.aStart and character < Menksoft.naStart

    @staticmethod
    def isMasculineVowel(character: int) -> bool:
        return (character >= Menksoft.aStart and character < Menksoft.eStart) or (
            character >= Menksoft.oStart and character < Menksoft.oeStart
        )

    @staticmethod
    def isFeminineVowel(character: int) -> bool:
        return (character >= Menksoft.eStart and character < Menksoft.iStart) or (
            character >= Menksoft.oeStart and character < Menksoft.naStart
        )

    @staticmethod
    def isI(character: int) -> bool:
        return character >= Menksoft.iStart and character < Menksoft.oStart

    @staticmethod
    def isInitialIsolateGlyph(character: int) -> bool:
        if character == 0:
            return False
        return (
            character == Menksoft.aIsol
            or character == Menksoft.aIsolFvs1
            or character == Menksoft.aInit
            or character == Menksoft.aInitFvs1
            or character == Menksoft.eIsol
            or character == Menksoft.eInit
            or character == Menksoft.eInitFvs1
            or character == Menksoft.iIsol
            or character == Menksoft.iIsolFvs1
            or character == Menksoft.iInit
            or character == Menksoft.oInit
            or character == Menksoft.oIsol
            or character == Menksoft.uIsol
            or character == Menksoft.uStart
            or character == Menksoft.oeIsol
            or character == Menksoft.oeInit
            or character == Menksoft.oeIsolFvs1
            or character == Menksoft.ueInit
            or character == Menksoft.ueStart
            or character == Menksoft.ueIsolFvs1
            or character == Menksoft.eeIsol
            or character == Menksoft.eeInit
            or character == Menksoft.naInitStem
            or character == Menksoft.naInitTooth
            or character == Menksoft.naInitFvs1Stem
            or character == Menksoft.naInitFvs1Tooth
            or character == Menksoft.baInitTooth
            or character == Menksoft.baInitOu
            or character == Menksoft.baInitStem
            or character == Menksoft.paInitTooth
            or character == Menksoft.paInitOu
            or character == Menksoft.paInitStem
            or character == Menksoft.qaInitFvs2
            or character == Menksoft.qaInitFvs2Ou
            or character == Menksoft.qaInitFvs4
            or character == Menksoft.qaInitFvs4Ou
            or character == Menksoft.qaInitFvs1Stem
            or character == Menksoft.qaInitFvs1Tooth
            or character == Menksoft.qaInitStem
            or character == Menksoft.qaInitTooth
            or character == Menksoft.gaInitFvs2
            or character == Menksoft.gaInitFvs2Ou
            or character == Menksoft.gaInitFvs1Stem
            or character == Menksoft.gaInitFvs1Tooth
            or character == Menksoft.gaInitStem
            or character == Menksoft.gaInitTooth
            or character == Menksoft.maInitTooth
            or character == Menksoft.maInitStemLong
            or character == Menksoft.laInitTooth
            or character == Menksoft.laInitStemLong
            or character == Menksoft.saInitStem
            or character == Menksoft.saInitTooth
            or character == Menksoft.shaInitStem
            or character == Menksoft.shaInitTooth
            or character == Menksoft.taInitStem
            or character == Menksoft.taInitTooth
            or character == Menksoft.daInitFvs1
            or character == Menksoft.daInitStem
            or character == Menksoft.daInitTooth
            or character == Menksoft.chaInit
            or character == Menksoft.jaInitStem
            or character == Menksoft.jaInitTooth
            or character == Menksoft.yaInit
            or character == Menksoft.yaInitFvs1
            or character == Menksoft.raInitStem
            or character == Menksoft.raInitTooth
            or character == Menksoft.waInit
            or character == Menksoft.faInitTooth
            or character == Menksoft.faInitOu
            or character == Menksoft.faInitStem
            or character == Menksoft.kaInit
            or character == Menksoft.kaInitOu
            or character == Menksoft.initKha
            or character == Menksoft.khaInitOu
            or character == Menksoft.tsaInit
            or character == Menksoft.zaInit
            or character == Menksoft.haaInit
            or character == Menksoft.zraInit
            or character == Menksoft.lhaInit
        )

    @staticmethod
    def isFinalIsolateGlyph(character: int) -> bool:
        if character == 0:
            return False
        return (
            character == Menksoft.aIsol
            or character == Menksoft.aIsolFvs1
            or character == Menksoft.aFina
            or character == Menksoft.aFinaBp
            or character == Menksoft.aFinaFvs1
            or character == Menksoft.aFinaMvs
            or character == Menksoft.eIsol
            or character == Menksoft.eFina
            or character == Menksoft.eFinaBp
            or character == Menksoft.eFinaMvs
            or character == Menksoft.iIsol
            or character == Menksoft.iIsolFvs1
            or character == Menksoft.iFina
            or character == Menksoft.iFinaBp
            or character == Menksoft.oIsol
            or character == Menksoft.oFina
            or character == Menksoft.oFinaFvs1
            or character == Menksoft.uIsol
            or character == Menksoft.uFina
            or character == Menksoft.uFinaFvs1Bp
            or character == Menksoft.uFinaFvs1
            or character == Menksoft.oeIsol
            or character == Menksoft.oeIsolFvs1
            or character == Menksoft.oeFina
            or character == Menksoft.oeFinaBp
            or character == Menksoft.oeFinaFvs1
            or character == Menksoft.oeFinaFvs1Bp
            or character == Menksoft.oeFinaFvs2
            or character == Menksoft.ueIsol
            or character == Menksoft.ueIsolFvs1
            or character == Menksoft.ueFina
            or character == Menksoft.ueFinaBp
            or character == Menksoft.ueFinaFvs1
            or character == Menksoft.ueFinaFvs1Bp
            or character == Menksoft.ueFinaFvs2
            or character == Menksoft.eeIsol
            or character == Menksoft.eeFina
            or character == Menksoft.naFina
            or character == Menksoft.angFina
            or character == Menksoft.baFina
            or character == Menksoft.baFinaFvs1
            or character == Menksoft.paFina
            or character == Menksoft.qaFina
            or character == Menksoft.gaFina
            or character == Menksoft.gaFinaFvs2
            or character == Menksoft.maFina
            or character == Menksoft.laFina
            or character == Menksoft.saFina
            or character == Menksoft.saFinaFvs1
            or character == Menksoft.shaFina
            or character == Menksoft.taFina
            or character == Menksoft.daFina
            or character == Menksoft.daFinaFvs1
            or character == Menksoft.chaFina
            or character == Menksoft.jaFina
            or character == Menksoft.yaFina
            or character == Menksoft.raFina
            or character == Menksoft.waFina
            or character == Menksoft.waFinaFvs1
            or character == Menksoft.faFina
            or character == Menksoft.kaFina
            or character == Menksoft.khaFina
            or character == Menksoft.tsaFina
            or character == Menksoft.zaFina
            or character == Menksoft.haaFina
            or character == Menksoft.zraFina
        )

    @staticmethod
    def isAng(currentChar: int) -> bool:
        return currentChar >= Menksoft.angStart and currentChar <= Menksoft.angEnd


class MenksoftRules:
    """The glyph handlers of mongol_code's MenksoftWord; the word loop sets the state."""

    SPACE = 0x0020

    def __init__(self, word: list[int]) -> None:
        self._inputWord = word
        self._location = "isol"

    def _handleA(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.aIsolFvs1:
                outputString.append(Mongol.a)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.aIsolFvs2:
                outputString.append(Mongol.a)
                outputString.append(Mongol.fvs2)
            elif currentChar == Menksoft.aInit:
                outputString.append(Mongol.a)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.aInitFvs1:
                outputString.append(Mongol.a)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.aFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.a)
            elif currentChar in (Menksoft.aFinaBp, Menksoft.aFinaFvs1):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.a)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.aMedi, Menksoft.aMediBp, Menksoft.aMediUnknown):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.a)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.aMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.a)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.a)
        elif self._location == "init":
            if currentChar in (Menksoft.aMedi, Menksoft.aMediBp, Menksoft.aMediUnknown):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.a)
            elif currentChar == Menksoft.aMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.a)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.a)
        elif self._location == "medi":
            outputString.append(Mongol.a)
            if currentChar == Menksoft.aMediFvs1:
                outputString.append(Mongol.fvs1)
        elif self._location == "fina":
            if currentChar == Menksoft.aFinaMvs:
                outputString.append(Mongol.mvs)
                outputString.append(Mongol.a)
            elif currentChar in (Menksoft.aMedi, Menksoft.aMediBp, Menksoft.aMediUnknown):
                outputString.append(Mongol.a)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.aMediFvs1:
                outputString.append(Mongol.a)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.a)

    def _handleE(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.eIsolFvs1:
                outputString.append(Mongol.e)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.eInit:
                outputString.append(Mongol.e)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.eInitFvs1:
                outputString.append(Mongol.e)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.eFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.e)
            elif currentChar in (Menksoft.eFinaBp, Menksoft.eFinaFvs1):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.e)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.eMedi, Menksoft.eMediBp, Menksoft.eMediUnknown):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.e)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.e)
        elif self._location == "init":
            if currentChar == Menksoft.eInitFvs1:
                outputString.append(Mongol.e)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.eMedi, Menksoft.eMediBp, Menksoft.eMediUnknown):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.e)
            else:
                outputString.append(Mongol.e)
        elif self._location == "medi":
            outputString.append(Mongol.e)
        elif self._location == "fina":
            if currentChar == Menksoft.eFinaMvs:
                outputString.append(Mongol.mvs)
                outputString.append(Mongol.e)
            elif currentChar in (Menksoft.eMedi, Menksoft.eMediBp, Menksoft.eMediUnknown):
                outputString.append(Mongol.e)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.e)

    def _handleI(
        self, outputString: list[int], currentChar: int, charAbove: int, charBelow: int
    ) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.iIsolFvs1:
                outputString.append(Mongol.i)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.iInit:
                outputString.append(Mongol.i)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.iFina, Menksoft.iFinaBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.i)
            elif currentChar in (Menksoft.iMedi, Menksoft.iMediBp, Menksoft.iInitFvs1):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.i)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.iMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.i)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.iMediFvs2:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.i)
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.i)
        elif self._location == "init":
            if currentChar in (Menksoft.iMedi, Menksoft.iMediBp, Menksoft.iInitFvs1):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.i)
            elif currentChar == Menksoft.iMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.i)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.iMediFvs2:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ya)
                outputString.append(Mongol.i)
            else:
                outputString.append(Mongol.i)
        elif self._location == "medi":
            if currentChar in (Menksoft.iMedi, Menksoft.iMediBp):
                if Menksoft.isVowel(charAbove) and self._isLongToothI(charBelow):
                    pass
                else:
                    outputString.append(Mongol.i)
                    if self._isMenksoftA(charAbove) and self._isMenksoftM(charBelow):
                        outputString.append(Mongol.fvs3)
            elif currentChar == Menksoft.iMediFvs1:
                outputString.append(Mongol.i)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.i)
        elif self._location == "fina":
            if currentChar in (Menksoft.iMedi, Menksoft.iMediBp, Menksoft.iInitFvs1):
                outputString.append(Mongol.i)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.iMediFvs1:
                outputString.append(Mongol.i)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.iMediFvs2:
                outputString.append(Mongol.ya)
                outputString.append(Mongol.i)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.i)

    def _isLongToothI(self, character: int) -> bool:
        return (
            character == Menksoft.iMedi
            or character == Menksoft.iMediBp
            or character == Menksoft.iInitFvs1
            or character == Menksoft.yaMediFvs1
        )

    def _isMenksoftA(self, character: int) -> bool:
        return character >= Menksoft.aStart and character <= Menksoft.aMediUnknown

    def _isMenksoftM(self, character: int) -> bool:
        return character >= Menksoft.maInitTooth and character <= Menksoft.maMediBp

    def _handleO(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.oInit:
                outputString.append(Mongol.o)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.oFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.o)
            elif currentChar in (Menksoft.oFinaFvs1, Menksoft.oFinaFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.o)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.oMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.o)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.oMedi, Menksoft.oMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.o)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.o)
        elif self._location == "init":
            if currentChar == Menksoft.oMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.o)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.oMedi, Menksoft.oMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.o)
            else:
                outputString.append(Mongol.o)
        elif self._location == "medi":
            if currentChar == Menksoft.oMediFvs1:
                outputString.append(Mongol.o)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.o)
        elif self._location == "fina":
            outputString.append(Mongol.o)
            if currentChar == Menksoft.oFinaFvs1:
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.oFina:
                if len(self._inputWord) == 2:
                    outputString.append(Mongol.fvs2)
            elif currentChar == Menksoft.oMediFvs1:
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.oMedi, Menksoft.oMediBp):
                outputString.append(Mongol.zwj)

    def _handleU(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.uInit:
                outputString.append(Mongol.u)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.uFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.u)
            elif currentChar in (Menksoft.uFinaFvs1, Menksoft.uFinaFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.u)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.uMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.u)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.uMedi, Menksoft.uMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.u)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.u)
        elif self._location == "init":
            if currentChar == Menksoft.uMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.u)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.uMedi, Menksoft.uMediBp):
                outputString.append(Mongol.u)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.u)
        elif self._location == "medi":
            if currentChar == Menksoft.uMediFvs1:
                outputString.append(Mongol.u)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.u)
        elif self._location == "fina":
            outputString.append(Mongol.u)
            if currentChar == Menksoft.uFinaFvs1:
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.uFina:
                if len(self._inputWord) == 2:
                    outputString.append(Mongol.fvs2)
            elif currentChar == Menksoft.uMediFvs1:
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.uMedi, Menksoft.uMediBp):
                outputString.append(Mongol.zwj)

    def _handleOE(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.oeIsolFvs1:
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.oeInit:
                outputString.append(Mongol.oe)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.oeFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
            elif currentChar in (Menksoft.oeFinaFvs1, Menksoft.oeFinaFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.oeFinaFvs2, Menksoft.oeFinaFvs2Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs2)
            elif currentChar == Menksoft.oeMediFvs2:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.oeMedi, Menksoft.oeMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.oeMediFvs1, Menksoft.oeMediFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.oe)
        elif self._location == "init":
            if currentChar == Menksoft.oeMediFvs2:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs2)
            elif currentChar in (Menksoft.oeMedi, Menksoft.oeMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
            elif currentChar in (Menksoft.oeMediFvs1, Menksoft.oeMediFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.oe)
        elif self._location == "medi":
            if currentChar in (Menksoft.oeMediFvs1, Menksoft.oeMediFvs1Bp):
                outputString.append(Mongol.oe)
                index = len(outputString) - 1
                if not Mongol.needsLongToothU(outputString, index):
                    outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.oeMediFvs2:
                outputString.append(Mongol.oe)
                outputString.append(Mongol.fvs2)
            else:
                outputString.append(Mongol.oe)
        elif self._location == "fina":
            outputString.append(Mongol.oe)
            if currentChar in (Menksoft.oeFinaFvs1, Menksoft.oeFinaFvs1Bp):
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.oeFina:
                if len(self._inputWord) == 2:
                    outputString.append(Mongol.fvs3)
            elif currentChar == Menksoft.oeMediFvs2:
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.oeMedi, Menksoft.oeMediBp):
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.oeMediFvs1, Menksoft.oeMediFvs1Bp):
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)

    def _handleUE(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.ueIsolFvs1:
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.ueInit:
                outputString.append(Mongol.ue)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.ueFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
            elif currentChar in (Menksoft.ueFinaFvs1, Menksoft.ueFinaFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.ueFinaFvs2, Menksoft.ueFinaFvs2Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs2)
            elif currentChar == Menksoft.ueMediFvs2:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.ueMedi, Menksoft.ueMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.ueMediFvs1, Menksoft.ueMediFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ue)
        elif self._location == "init":
            if currentChar in (Menksoft.ueInitFvs1, Menksoft.ueMedi):
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.ueMediFvs1, Menksoft.ueMediFvs1Bp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.ueMediFvs2:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs2)
            else:
                outputString.append(Mongol.ue)
        elif self._location == "medi":
            if currentChar in (Menksoft.ueMediFvs1, Menksoft.ueMediFvs1Bp):
                outputString.append(Mongol.ue)
                index = len(outputString) - 1
                if not Mongol.needsLongToothU(outputString, index):
                    outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.ueMediFvs2:
                outputString.append(Mongol.ue)
                outputString.append(Mongol.fvs2)
            else:
                outputString.append(Mongol.ue)
        elif self._location == "fina":
            outputString.append(Mongol.ue)
            if currentChar in (Menksoft.ueFinaFvs1, Menksoft.ueFinaFvs1Bp):
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.ueFina:
                if len(self._inputWord) == 2:
                    outputString.append(Mongol.fvs3)
            elif currentChar == Menksoft.ueMediFvs2:
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.ueMedi, Menksoft.ueMediBp):
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.ueMediFvs1, Menksoft.ueMediFvs1Bp):
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)

    def _handleEE(
        self, outputString: list[int], currentChar: int, charAbove: int, charBelow: int
    ) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.eeInit:
                outputString.append(Mongol.ee)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.eeMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ee)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.eeFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ee)
            else:
                outputString.append(Mongol.ee)
        elif self._location == "init":
            if currentChar == Menksoft.eeMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ee)
            else:
                outputString.append(Mongol.ee)
        elif self._location == "medi":
            outputString.append(Mongol.ee)
        elif self._location == "fina":
            if currentChar == Menksoft.eeMedi:
                outputString.append(Mongol.ee)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ee)

    def _handleAng(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol" and currentChar == Menksoft.angFina:
            outputString.append(Mongol.zwj)
        outputString.append(Mongol.ang)

    def _handleNa(
        self, outputString: list[int], currentChar: int, charAbove: int, charBelow: int
    ) -> None:
        if self._location == "isol":
            if currentChar in (Menksoft.naInitFvs1Stem, Menksoft.naInitFvs1Tooth):
                outputString.append(Mongol.na)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.naFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.na)
            elif currentChar == Menksoft.naFinaFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.na)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.naMediStem, Menksoft.naMediTooth, Menksoft.naMediNg):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.na)
                outputString.append(Mongol.zwj)
            elif currentChar in (
                Menksoft.naMediFvs1Stem,
                Menksoft.naMediFvs1Tooth,
                Menksoft.naMediFvs1Ng,
            ):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.na)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.na)
        elif self._location == "init":
            if currentChar in (Menksoft.naInitFvs1Stem, Menksoft.naInitFvs1Tooth):
                outputString.append(Mongol.na)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.na)
        elif self._location == "medi":
            if currentChar in (Menksoft.naMediNg, Menksoft.naMediStem, Menksoft.naMediTooth):
                outputString.append(Mongol.na)
                if Menksoft.isVowel(charAbove) and Menksoft.isVowel(charBelow):
                    outputString.append(Mongol.fvs2)
            elif currentChar in (
                Menksoft.naMediFvs1Ng,
                Menksoft.naMediFvs1Stem,
                Menksoft.naMediFvs1Tooth,
            ):
                outputString.append(Mongol.na)
                if Menksoft.isConsonant(charBelow):
                    outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.na)
        elif self._location == "fina":
            if currentChar == Menksoft.naFinaFvs1:
                outputString.append(Mongol.na)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.naMediStem, Menksoft.naMediTooth, Menksoft.naMediNg):
                outputString.append(Mongol.na)
                outputString.append(Mongol.zwj)
            elif currentChar in (
                Menksoft.naMediFvs1Stem,
                Menksoft.naMediFvs1Tooth,
                Menksoft.naMediFvs1Ng,
            ):
                outputString.append(Mongol.na)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.na)

    def _handleBa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.baFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ba)
            elif currentChar == Menksoft.baFinaFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ba)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.ba)
        elif self._location == "init":
            outputString.append(Mongol.ba)
        elif self._location == "medi":
            outputString.append(Mongol.ba)
        elif self._location == "fina":
            outputString.append(Mongol.ba)

    def _handlePa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol" and currentChar == Menksoft.paFina:
            outputString.append(Mongol.zwj)
        outputString.append(Mongol.pa)

    def _handleQa(self, outputString: list[int], currentChar: int, charBelow: int) -> None:
        if self._location == "isol":
            if currentChar in (Menksoft.qaIsolFvs1, Menksoft.qaInitFvs1Tooth):
                outputString.append(Mongol.ga)
            elif currentChar in (
                Menksoft.qaIsolFvs2,
                Menksoft.qaInitFvs2Ou,
                Menksoft.qaMediFvs2Cons,
                Menksoft.qaMediFvs2Ou,
                Menksoft.qaMediFvs2,
            ):
                outputString.append(Mongol.qa)
                outputString.append(Mongol.fvs2)
            elif currentChar in (
                Menksoft.qaIsolFvs4,
                Menksoft.qaInitFvs4Ou,
                Menksoft.qaMediFvs4,
                Menksoft.qaMediFvs4Ou,
                Menksoft.qaMediFvs4Cons,
            ):
                outputString.append(Mongol.qa)
                outputString.append(Mongol.fvs4)
            elif currentChar == Menksoft.qaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.qa)
            elif currentChar == Menksoft.qaFinaFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs3)
            elif currentChar == Menksoft.qaMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.qaMediStem, Menksoft.qaMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.qa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.qa)
        elif self._location == "init":
            if currentChar in (Menksoft.qaInitFvs1Stem, Menksoft.qaInitFvs1Tooth):
                outputString.append(Mongol.ga)
            elif currentChar in (Menksoft.qaMediStem, Menksoft.qaMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.qa)
            else:
                outputString.append(Mongol.qa)
        elif self._location == "medi":
            if currentChar in (Menksoft.qaMediStem, Menksoft.qaMediTooth):
                if Menksoft.isConsonant(charBelow):
                    outputString.append(Mongol.ga)
                else:
                    outputString.append(Mongol.qa)
            elif currentChar in (Menksoft.qaMediFvs1, Menksoft.qaMediFvs1Mvs):
                outputString.append(Mongol.ga)
            elif currentChar in (
                Menksoft.qaMediFvs2,
                Menksoft.qaMediFvs2Ou,
                Menksoft.qaMediFvs2Cons,
            ):
                if self._inputWordContainsMasculineVowel() and Menksoft.isConsonant(charBelow):
                    outputString.append(Mongol.ga)
                    outputString.append(Mongol.fvs2)
                else:
                    outputString.append(Mongol.qa)
            else:
                outputString.append(Mongol.qa)
        elif self._location == "fina":
            if currentChar == Menksoft.qaMediFvs2Cons:
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs3)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.qaMediFvs1:
                outputString.append(Mongol.ga)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.qaMediFvs1Mvs:
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.qaMediStem, Menksoft.qaMediTooth):
                outputString.append(Mongol.qa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.qa)

    def _handleGa(
        self, outputString: list[int], currentChar: int, charAbove: int, charBelow: int
    ) -> None:
        if self._location == "isol":
            if currentChar in (Menksoft.gaInitFvs1Stem, Menksoft.gaInitFvs1Tooth):
                outputString.append(Mongol.qa)
            elif currentChar == Menksoft.gaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
            elif currentChar == Menksoft.gaFinaFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.gaFinaFvs3:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs3)
            elif currentChar == Menksoft.gaMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.gaMediFvs1Stem, Menksoft.gaMediFvs1Tooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.gaMediFvs2Stem, Menksoft.faMediFvs2Tooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ga)
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ga)
        elif self._location == "init":
            if currentChar in (Menksoft.gaInitFvs1Stem, Menksoft.gaInitFvs1Tooth):
                outputString.append(Mongol.qa)
            else:
                outputString.append(Mongol.ga)
        elif self._location == "medi":
            if currentChar in (
                Menksoft.faMediFvs2Tooth,
                Menksoft.gaMediFvs2Stem,
                Menksoft.gaMediFvs2,
                Menksoft.gaMediFvs2Ou,
            ):
                outputString.append(Mongol.ga)
                if (
                    self._isNotFeminineOrI(charBelow)
                    and self._inputWordContainsMasculineVowel()
                    and (self._isVowel(charAbove) or self._isVowel(charBelow))
                ):
                    outputString.append(Mongol.fvs2)
            else:
                outputString.append(Mongol.ga)
        elif self._location == "fina":
            outputString.append(Mongol.ga)
            gender = gender_of(outputString)
            if currentChar == Menksoft.gaFinaFvs1:
                if gender != "masculine":
                    outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.gaFinaFvs2:
                if gender == "masculine":
                    outputString.append(Mongol.fvs2)
            elif currentChar == Menksoft.gaFinaFvs3:
                outputString.append(Mongol.fvs3)
            elif currentChar == Menksoft.gaMedi:
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.gaMediFvs1Stem, Menksoft.gaMediFvs1Tooth):
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.gaMediFvs2Stem, Menksoft.faMediFvs2Tooth):
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)

    def _isNotFeminineOrI(self, char: int) -> bool:
        return not Menksoft.isFeminineVowel(char) and not Menksoft.isI(char)

    def _inputWordContainsMasculineVowel(self) -> bool:
        for i in range(0, len(self._inputWord)):
            if Menksoft.isMasculineVowel(self._inputWord[i]):
                return True
        return False

    def _isVowel(self, character: int) -> bool:
        return Menksoft.isVowel(character)

    def _handleMa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.maFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ma)
            elif currentChar in (Menksoft.maMediBp, Menksoft.maMediStemLong, Menksoft.maMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ma)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ma)
        elif self._location == "init":
            if currentChar in (Menksoft.maMediBp, Menksoft.maMediStemLong, Menksoft.maMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ma)
            else:
                outputString.append(Mongol.ma)
        elif self._location == "medi":
            outputString.append(Mongol.ma)
        elif self._location == "fina":
            if currentChar in (Menksoft.maMediBp, Menksoft.maMediStemLong, Menksoft.maMediTooth):
                outputString.append(Mongol.ma)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ma)

    def _handleLa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.laFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.la)
            elif currentChar in (Menksoft.laMediBp, Menksoft.laMediStemLong, Menksoft.laMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.la)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.la)
        elif self._location == "init":
            if currentChar in (Menksoft.laMediBp, Menksoft.laMediStemLong, Menksoft.laMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.la)
            else:
                outputString.append(Mongol.la)
        elif self._location == "medi":
            outputString.append(Mongol.la)
        elif self._location == "fina":
            if currentChar in (Menksoft.laMediBp, Menksoft.laMediStemLong, Menksoft.laMediTooth):
                outputString.append(Mongol.la)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.la)

    def _handleSa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.saFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.sa)
            elif currentChar == Menksoft.saFinaFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.sa)
                outputString.append(Mongol.fvs1)
            elif currentChar in (Menksoft.saMediStem, Menksoft.saMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.sa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.sa)
        elif self._location == "init":
            if currentChar in (Menksoft.saMediStem, Menksoft.saMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.sa)
            else:
                outputString.append(Mongol.sa)
        elif self._location == "medi":
            outputString.append(Mongol.sa)
        elif self._location == "fina":
            if currentChar in (Menksoft.saMediStem, Menksoft.saMediTooth):
                outputString.append(Mongol.sa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.sa)

    def _handleSha(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.shaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.sha)
            elif currentChar in (Menksoft.shaMediStem, Menksoft.shaMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.sha)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.sha)
        elif self._location == "init":
            if currentChar in (Menksoft.shaMediStem, Menksoft.shaMediTooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.sha)
            else:
                outputString.append(Mongol.sha)
        elif self._location == "medi":
            outputString.append(Mongol.sha)
        elif self._location == "fina":
            if currentChar in (Menksoft.shaMediStem, Menksoft.shaMediTooth):
                outputString.append(Mongol.sha)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.sha)

    def _handleTa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.taFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ta)
            elif currentChar == Menksoft.taMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ta)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.taMediFvs1Stem, Menksoft.taMediFvs1Tooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ta)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ta)
        elif self._location == "init":
            if currentChar == Menksoft.taMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ta)
            elif currentChar in (Menksoft.taMediFvs1Stem, Menksoft.taMediFvs1Tooth):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ta)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.ta)
        elif self._location == "medi":
            if currentChar in (Menksoft.taMediFvs1Stem, Menksoft.taMediFvs1Tooth):
                outputString.append(Mongol.ta)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.ta)
        elif self._location == "fina":
            if currentChar == Menksoft.taMedi:
                outputString.append(Mongol.ta)
                outputString.append(Mongol.zwj)
            elif currentChar in (Menksoft.taMediFvs1Stem, Menksoft.taMediFvs1Tooth):
                outputString.append(Mongol.ta)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ta)

    def _handleDa(self, outputString: list[int], currentChar: int, charBelow: int) -> None:
        if self._location == "isol":
            if currentChar in (Menksoft.daInitStem, Menksoft.daInitTooth):
                outputString.append(Mongol.ta)
            elif currentChar == Menksoft.daFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.da)
            elif currentChar == Menksoft.daFinaFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.da)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.daMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.da)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.daMediFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.da)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.da)
        elif self._location == "init":
            if currentChar == Menksoft.daMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.da)
            elif currentChar in (Menksoft.daInitFvs1, Menksoft.daMediFvs1):
                outputString.append(Mongol.da)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.da)
        elif self._location == "medi":
            if currentChar in (Menksoft.daInitFvs1, Menksoft.daMediFvs1):
                outputString.append(Mongol.da)
                if Menksoft.isConsonant(charBelow):
                    outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.daMedi:
                outputString.append(Mongol.da)
                if Menksoft.isVowel(charBelow):
                    outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.da)
        elif self._location == "fina":
            if currentChar == Menksoft.daMedi:
                outputString.append(Mongol.da)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.daMediFvs1:
                outputString.append(Mongol.da)
                outputString.append(Mongol.fvs1)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.daFinaFvs1:
                outputString.append(Mongol.da)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.da)

    def _handleCha(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.chaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.cha)
            else:
                outputString.append(Mongol.cha)
        elif self._location == "init":
            outputString.append(Mongol.cha)
        elif self._location == "medi":
            outputString.append(Mongol.cha)
        elif self._location == "fina":
            if currentChar == Menksoft.chaMedi:
                outputString.append(Mongol.cha)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.cha)

    def _handleJa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.jaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ja)
            elif currentChar == Menksoft.jaMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ja)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.jaMediMvs:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.i)
            else:
                outputString.append(Mongol.ja)
        elif self._location == "init":
            if currentChar == Menksoft.jaMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ja)
            else:
                outputString.append(Mongol.ja)
        elif self._location == "medi":
            outputString.append(Mongol.ja)
        elif self._location == "fina":
            if currentChar == Menksoft.jaMedi:
                outputString.append(Mongol.ja)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.jaMediMvs:
                outputString.append(Mongol.i)
            else:
                outputString.append(Mongol.ja)

    def _handleYa(
        self, outputString: list[int], currentChar: int, charAbove: int, charBelow: int
    ) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.yaIsolFvs1:
                outputString.append(Mongol.ya)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.yaMediFvs2:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ya)
                outputString.append(Mongol.fvs2)
                outputString.append(Mongol.zwj)
            elif currentChar == Menksoft.yaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ya)
            else:
                outputString.append(Mongol.ya)
        elif self._location == "init":
            if currentChar == Menksoft.yaInitFvs1:
                outputString.append(Mongol.ya)
                outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.ya)
        elif self._location == "medi":
            if currentChar == Menksoft.yaMediFvs1:
                if Menksoft.isVowel(charAbove) and self._isLongToothI(charBelow):
                    pass
                else:
                    outputString.append(Mongol.ya)
                    outputString.append(Mongol.fvs1)
            else:
                outputString.append(Mongol.ya)
        elif self._location == "fina":
            if currentChar == Menksoft.yaMedi:
                outputString.append(Mongol.ya)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ya)

    def _handleRa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.raFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.ra)
            else:
                outputString.append(Mongol.ra)
        elif self._location == "init":
            outputString.append(Mongol.ra)
        elif self._location == "medi":
            outputString.append(Mongol.ra)
        elif self._location == "fina":
            if currentChar in (Menksoft.raMediStem, Menksoft.raMediTooth):
                outputString.append(Mongol.ra)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.ra)

    def _handleWa(
        self, outputString: list[int], currentChar: int, charAbove: int, charBelow: int
    ) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.waFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.wa)
            elif currentChar == Menksoft.waFinaFvs1:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.u)
            else:
                outputString.append(Mongol.wa)
        elif self._location == "init":
            outputString.append(Mongol.wa)
        elif self._location == "medi":
            outputString.append(Mongol.wa)
        elif self._location == "fina":
            if currentChar == Menksoft.waFinaFvs1:
                outputString.append(Mongol.wa)
                outputString.append(Mongol.fvs1)
            elif currentChar == Menksoft.waMedi:
                outputString.append(Mongol.wa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.wa)

    def _handleFa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol" and currentChar == Menksoft.faFina:
            outputString.append(Mongol.zwj)
        outputString.append(Mongol.fa)

    def _handleKa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol" and currentChar == Menksoft.kaFina:
            outputString.append(Mongol.zwj)
        outputString.append(Mongol.ka)

    def _handleKha(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol" and currentChar == Menksoft.khaFina:
            outputString.append(Mongol.zwj)
        outputString.append(Mongol.kha)

    def _handleTsa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.tsaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.tsa)
            else:
                outputString.append(Mongol.tsa)
        elif self._location == "init":
            outputString.append(Mongol.tsa)
        elif self._location == "medi":
            outputString.append(Mongol.tsa)
        elif self._location == "fina":
            if currentChar == Menksoft.tsaMedi:
                outputString.append(Mongol.tsa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.tsa)

    def _handleZa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.zaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.za)
            else:
                outputString.append(Mongol.za)
        elif self._location == "init":
            outputString.append(Mongol.za)
        elif self._location == "medi":
            outputString.append(Mongol.za)
        elif self._location == "fina":
            if currentChar == Menksoft.zaMedi:
                outputString.append(Mongol.za)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.za)

    def _handleHaa(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.haaFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.haa)
            elif currentChar == Menksoft.haaMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.haa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.haa)
        elif self._location == "init":
            if currentChar == Menksoft.haaMedi:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.haa)
            else:
                outputString.append(Mongol.haa)
        elif self._location == "medi":
            outputString.append(Mongol.haa)
        elif self._location == "fina":
            if currentChar == Menksoft.haaMedi:
                outputString.append(Mongol.haa)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.haa)

    def _handleZra(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar == Menksoft.zraFina:
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.zra)
            else:
                outputString.append(Mongol.zra)
        elif self._location == "init":
            outputString.append(Mongol.zra)
        elif self._location == "medi":
            outputString.append(Mongol.zra)
        elif self._location == "fina":
            if currentChar == Menksoft.zraMedi:
                outputString.append(Mongol.zra)
                outputString.append(Mongol.zwj)
            else:
                outputString.append(Mongol.zra)

    def _handleLha(self, outputString: list[int], currentChar: int) -> None:
        if self._location == "isol":
            if currentChar in (Menksoft.lhaMedi, Menksoft.lhaMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.lha)
            else:
                outputString.append(Mongol.lha)
        elif self._location == "init":
            if currentChar in (Menksoft.lhaMedi, Menksoft.lhaMediBp):
                outputString.append(Mongol.zwj)
                outputString.append(Mongol.lha)
            else:
                outputString.append(Mongol.lha)
        else:
            outputString.append(Mongol.lha)

    def _handleZhi(self, outputString: list[int]) -> None:
        outputString.append(Mongol.zhi)

    def _handleChi(self, outputString: list[int]) -> None:
        outputString.append(Mongol.chi)

    def _handleSpace(self, outputString: list[int], currentChar: int, charBelow: int) -> None:
        if currentChar == Menksoft.nonbreakingSpace and Menksoft.isLetter(charBelow):
            outputString.append(Mongol.mvs)
        else:
            outputString.append(self.SPACE)

    def _handlePunctuation(self, outputString: list[int], currentChar: int) -> None:
        if currentChar == Menksoft.birga:
            outputString.append(Mongol.birga)
        elif currentChar == Menksoft.ellipsis:
            outputString.append(Mongol.ellipsis)
        elif currentChar == Menksoft.comma:
            outputString.append(Mongol.comma)
        elif currentChar == Menksoft.fullStop:
            outputString.append(Mongol.fullStop)
        elif currentChar == Menksoft.colon:
            outputString.append(Mongol.colon)
        elif currentChar == Menksoft.fourDots:
            outputString.append(Mongol.fourDots)
        elif currentChar == Menksoft.todoSoftHyphen:
            outputString.append(Mongol.todoSoftHyphen)
        elif currentChar == Menksoft.sibeSyllableBoundaryMarker:
            outputString.append(Mongol.sibeSyllableBoundaryMarker)
        elif currentChar == Menksoft.manchuComma:
            outputString.append(Mongol.manchuComma)
        elif currentChar == Menksoft.manchuFullStop:
            outputString.append(Mongol.manchuFullStop)
        elif currentChar == Menksoft.nirugu:
            outputString.append(Mongol.nirugu)
        elif currentChar == Menksoft.birgaWithOrnament:
            outputString.extend([Mongol.birga, Mongol.fvs1])
        elif currentChar == Menksoft.rotatedBirga:
            outputString.extend([Mongol.birga, Mongol.fvs2])
        elif currentChar == Menksoft.doubleBirgaWithOrnament:
            outputString.extend([Mongol.birga, Mongol.fvs3])
        elif currentChar == Menksoft.tripleBirgaWithOrnament:
            outputString.extend([Mongol.birga, Mongol.fvs4])
        elif currentChar == Menksoft.middleDot:
            outputString.append(Mongol.middleDot)
        elif currentChar == Menksoft.zero:
            outputString.append(Mongol.digitZero)
        elif currentChar == Menksoft.one:
            outputString.append(Mongol.digitOne)
        elif currentChar == Menksoft.two:
            outputString.append(Mongol.digitTwo)
        elif currentChar == Menksoft.three:
            outputString.append(Mongol.digitThree)
        elif currentChar == Menksoft.four:
            outputString.append(Mongol.digitFour)
        elif currentChar == Menksoft.five:
            outputString.append(Mongol.digitFive)
        elif currentChar == Menksoft.six:
            outputString.append(Mongol.digitSix)
        elif currentChar == Menksoft.seven:
            outputString.append(Mongol.digitSeven)
        elif currentChar == Menksoft.eight:
            outputString.append(Mongol.digitEight)
        elif currentChar == Menksoft.nine:
            outputString.append(Mongol.digitNine)
        elif currentChar == Menksoft.questionExclamation:
            outputString.append(Mongol.questionExclamation)
        elif currentChar == Menksoft.exclamationQuestion:
            outputString.append(Mongol.exclamationQuestion)
        elif currentChar == Menksoft.exclamation:
            outputString.append(Mongol.fullwidthExclamation)
        elif currentChar == Menksoft.question:
            outputString.append(Mongol.fullwidthQuestion)
        elif currentChar == Menksoft.semicolon:
            outputString.append(Mongol.fullwidthSemicolon)
        elif currentChar == Menksoft.leftParenthesis:
            outputString.append(Mongol.fullwidthLeftParenthesis)
        elif currentChar == Menksoft.rightParenthesis:
            outputString.append(Mongol.fullwidthRightParenthesis)
        elif currentChar == Menksoft.leftAngleBracket:
            outputString.append(Mongol.leftAngleBracket)
        elif currentChar == Menksoft.rightAngleBracket:
            outputString.append(Mongol.rightAngleBracket)
        elif currentChar == Menksoft.leftTortoiseShellBracket:
            outputString.append(Mongol.verticalLeftTortoiseShellBracket)
        elif currentChar == Menksoft.rightTortoiseShellBracket:
            outputString.append(Mongol.verticalRightTortoiseShellBracket)
        elif currentChar == Menksoft.leftDoubleAngleBracket:
            outputString.append(Mongol.leftDoubleAngleBracket)
        elif currentChar == Menksoft.rightDoubleAngleBracket:
            outputString.append(Mongol.rightDoubleAngleBracket)
        elif currentChar == Menksoft.leftWhiteCornerBracket:
            outputString.append(Mongol.verticalLeftWhiteCornerBracket)
        elif currentChar == Menksoft.rightWhiteCornerBracket:
            outputString.append(Mongol.verticalRightWhiteCornerBracket)
        elif currentChar == Menksoft.fullWidthComma:
            outputString.append(Mongol.verticalComma)
        elif currentChar == Menksoft.x:
            outputString.append(0x00D7)
        elif currentChar == Menksoft.referenceMark:
            outputString.append(Mongol.referenceMark)
        elif currentChar == Menksoft.enDash:
            outputString.append(Mongol.verticalEnDash)
        elif currentChar == Menksoft.emDash:
            outputString.append(Mongol.verticalEmDash)
        else:
            outputString.append(currentChar)

    def _isMenksoftSpaceChar(self, character: int) -> bool:
        return (
            character == self.SPACE
            or character == Menksoft.nonbreakingSpace
            or character == Menksoft.unknownSpace
        )


FIXEDTWOLETTERWORDSMENKTOUNI: dict[str, str] = {
    "\ue2b3\ue268": "\u1828\u1820",
    "\ue2f2\ue268": "\u182e\u1820",
    "\ue2f8\ue268": "\u182f\u1820",
    "\ue2fe\ue268": "\u1830\u1820",
    "\ue304\ue268": "\u1831\u1820",
    "\ue309\ue268": "\u1832\u1820",
    "\ue315\ue268": "\u1834\u1820",
    "\ue31a\ue268": "\u1835\u1820",
    "\ue31e\ue268": "\u1836\u1820",
    "\ue322\ue268": "\u1837\u1820",
    "\ue329\ue268": "\u1838\u1820",
    "\ue33f\ue268": "\u183c\u1820",
    "\ue342\ue268": "\u183d\u1820",
    "\ue345\ue268": "\u183e\u1820",
    "\ue348\ue268": "\u183f\u1820",
    "\ue34b\ue268": "\u1840\u1820",
    "\ue34e\ue268": "\u1841\u1820",
    "\ue34f\ue268": "\u1842\u1820",
    "\ue2d2\ue268": "\u182c\u1820",
    "\ue2e4\ue268": "\u182d\u1820",
    "\ue2c1\ue26b": "\u182a\u1820",
    "\ue2c8\ue26b": "\u182b\u1820",
    "\ue32d\ue26b": "\u1839\u1820",
    "\ue333\ue26b": "\u183a\u1820",
    "\ue339\ue26b": "\u183b\u1820",
    "\ue2b3\ue273": "\u1828\u1821",
    "\ue2f2\ue273": "\u182e\u1821",
    "\ue2f8\ue273": "\u182f\u1821",
    "\ue2fe\ue273": "\u1830\u1821",
    "\ue304\ue273": "\u1831\u1821",
    "\ue309\ue273": "\u1832\u1821",
    "\ue315\ue273": "\u1834\u1821",
    "\ue31a\ue273": "\u1835\u1821",
    "\ue31e\ue273": "\u1836\u1821",
    "\ue322\ue273": "\u1837\u1821",
    "\ue329\ue273": "\u1838\u1821",
    "\ue33f\ue273": "\u183c\u1821",
    "\ue342\ue273": "\u183d\u1821",
    "\ue345\ue273": "\u183e\u1821",
    "\ue348\ue273": "\u183f\u1821",
    "\ue34b\ue273": "\u1840\u1821",
    "\ue34e\ue273": "\u1841\u1821",
    "\ue34f\ue273": "\u1842\u1821",
    "\ue2c1\ue275": "\u182a\u1821",
    "\ue2c8\ue275": "\u182b\u1821",
    "\ue32d\ue275": "\u1839\u1821",
    "\ue333\ue275": "\u183a\u1821",
    "\ue339\ue275": "\u183b\u1821",
    "\ue2d0\ue275": "\u182c\u1821",
    "\ue2e3\ue275": "\u182d\u1821",
    "\ue2b3\ue286": "\u1828\u1823",
    "\ue2f1\ue286": "\u182e\u1823",
    "\ue2f7\ue286": "\u182f\u1823",
    "\ue2fd\ue286": "\u1830\u1823",
    "\ue303\ue286": "\u1831\u1823",
    "\ue308\ue286": "\u1832\u1823",
    "\ue315\ue286": "\u1834\u1823",
    "\ue319\ue286": "\u1835\u1823",
    "\ue31e\ue286": "\u1836\u1823",
    "\ue323\ue286": "\u1837\u1823",
    "\ue329\ue286": "\u1838\u1823",
    "\ue33f\ue286": "\u183c\u1823",
    "\ue342\ue286": "\u183d\u1823",
    "\ue345\ue286": "\u183e\u1823",
    "\ue348\ue286": "\u183f\u1823",
    "\ue34b\ue286": "\u1840\u1823",
    "\ue34e\ue286": "\u1841\u1823",
    "\ue34f\ue286": "\u1842\u1823",
    "\ue2ce\ue286": "\u182c\u1823",
    "\ue2e1\ue286": "\u182d\u1823",
    "\ue2c2\ue287": "\u182a\u1823",
    "\ue2c9\ue287": "\u182b\u1823",
    "\ue32e\ue287": "\u1839\u1823",
    "\ue334\ue287": "\u183a\u1823",
    "\ue33a\ue287": "\u183b\u1823",
    "\ue2b3\ue28e": "\u1828\u1824",
    "\ue2f1\ue28e": "\u182e\u1824",
    "\ue2f7\ue28e": "\u182f\u1824",
    "\ue2fd\ue28e": "\u1830\u1824",
    "\ue303\ue28e": "\u1831\u1824",
    "\ue308\ue28e": "\u1832\u1824",
    "\ue315\ue28e": "\u1834\u1824",
    "\ue319\ue28e": "\u1835\u1824",
    "\ue31e\ue28e": "\u1836\u1824",
    "\ue323\ue28e": "\u1837\u1824",
    "\ue329\ue28e": "\u1838\u1824",
    "\ue33f\ue28e": "\u183c\u1824",
    "\ue342\ue28e": "\u183d\u1824",
    "\ue345\ue28e": "\u183e\u1824",
    "\ue348\ue28e": "\u183f\u1824",
    "\ue34b\ue28e": "\u1840\u1824",
    "\ue34e\ue28e": "\u1841\u1824",
    "\ue34f\ue28e": "\u1842\u1824",
    "\ue2ce\ue28e": "\u182c\u1824",
    "\ue2e1\ue28e": "\u182d\u1824",
    "\ue2c2\ue28f": "\u182a\u1824",
    "\ue2c9\ue28f": "\u182b\u1824",
    "\ue32e\ue28f": "\u1839\u1824",
    "\ue334\ue28f": "\u183a\u1824",
    "\ue33a\ue28f": "\u183b\u1824",
    "\ue2b3\ue297": "\u1828\u1825",
    "\ue2f1\ue297": "\u182e\u1825",
    "\ue2f7\ue297": "\u182f\u1825",
    "\ue2fd\ue297": "\u1830\u1825",
    "\ue303\ue297": "\u1831\u1825",
    "\ue308\ue297": "\u1832\u1825",
    "\ue315\ue297": "\u1834\u1825",
    "\ue319\ue297": "\u1835\u1825",
    "\ue31e\ue297": "\u1836\u1825",
    "\ue323\ue297": "\u1837\u1825",
    "\ue329\ue297": "\u1838\u1825",
    "\ue33f\ue297": "\u183c\u1825",
    "\ue342\ue297": "\u183d\u1825",
    "\ue345\ue297": "\u183e\u1825",
    "\ue348\ue297": "\u183f\u1825",
    "\ue34b\ue297": "\u1840\u1825",
    "\ue34e\ue297": "\u1841\u1825",
    "\ue34f\ue297": "\u1842\u1825",
    "\ue2d4\ue298": "\u182c\u1825",
    "\ue2e6\ue298": "\u182d\u1825",
    "\ue2c2\ue298": "\u182a\u1825",
    "\ue2c9\ue298": "\u182b\u1825",
    "\ue32e\ue298": "\u1839\u1825",
    "\ue334\ue298": "\u183a\u1825",
    "\ue33a\ue298": "\u183b\u1825",
    "\ue2b3\ue2a4": "\u1828\u1826",
    "\ue2f1\ue2a4": "\u182e\u1826",
    "\ue2f7\ue2a4": "\u182f\u1826",
    "\ue2fd\ue2a4": "\u1830\u1826",
    "\ue303\ue2a4": "\u1831\u1826",
    "\ue308\ue2a4": "\u1832\u1826",
    "\ue315\ue2a4": "\u1834\u1826",
    "\ue319\ue2a4": "\u1835\u1826",
    "\ue31e\ue2a4": "\u1836\u1826",
    "\ue323\ue2a4": "\u1837\u1826",
    "\ue329\ue2a4": "\u1838\u1826",
    "\ue33f\ue2a4": "\u183c\u1826",
    "\ue342\ue2a4": "\u183d\u1826",
    "\ue345\ue2a4": "\u183e\u1826",
    "\ue348\ue2a4": "\u183f\u1826",
    "\ue34b\ue2a4": "\u1840\u1826",
    "\ue34e\ue2a4": "\u1841\u1826",
    "\ue34f\ue2a4": "\u1842\u1826",
    "\ue2d4\ue2a5": "\u182c\u1826",
    "\ue2e6\ue2a5": "\u182d\u1826",
    "\ue2c2\ue2a5": "\u182a\u1826",
    "\ue2c9\ue2a5": "\u182b\u1826",
    "\ue32e\ue2a5": "\u1839\u1826",
    "\ue334\ue2a5": "\u183a\u1826",
    "\ue33a\ue2a5": "\u183b\u1826",
    "\ue310\ue268": "\u1833\u1820",
    "\ue310\ue273": "\u1833\u1821",
    "\ue310\ue27b": "\u1833\u1822",
    "\ue310\ue286": "\u1833\u1823",
    "\ue310\ue28e": "\u1833\u1824",
    "\ue310\ue297": "\u1833\u1825",
    "\ue310\ue2a4": "\u1833\u1826",
    "\ue310\ue2af": "\u1833\u1827",
    "\ue303\ue27b": "\u1831\u1822",
}
FIXEDSUFFIXESMENKTOUNI: dict[str, str] = {
    "\ue263\ue26a": "\u180e\u1820",
    "\ue263\ue274": "\u180e\u1821",
    "\ue263\ue267\ue317\ue268": "\u180e\u1820\u1834\u1820",
    "\ue263\ue267\ue317\ue26c\ue2ea\ue26c\ue2b5": "\u180e\u1820\u1834\u1820\u182d\u1820\u1828",
    "\ue263\ue282": "\u180e\u1822",
    "\ue263\ue280\ue321\ue26c\ue325": "\u180e\u1822\u1836\u1820\u1837",
    "\ue263\ue280\ue321\ue276\ue325": "\u180e\u1822\u1836\u1821\u1837",
    "\ue263\ue280\ue321\ue26c\ue2b5": "\u180e\u1822\u1836\u1820\u1828",
    "\ue263\ue280\ue321\ue276\ue2b5": "\u180e\u1822\u1836\u1821\u1828",
    "\ue263\ue28d": "\u180e\u1824",
    "\ue263\ue2a3": "\u180e\u1826",
    "\ue263\ue292\ue2b5": "\u180e\u1824\u1828",
    "\ue263\ue2ac\ue2b5": "\u180e\u1826\u1828",
    "\ue263\ue292\ue311": "\u180e\u1824\u1833",
    "\ue263\ue2ac\ue311": "\u180e\u1826\u1833",
    "\ue263\ue315\ue28d": "\u180e\u1834\u1824",
    "\ue263\ue315\ue2a3": "\u180e\u1834\u1826",
    "\ue263\ue309\ue28d": "\u180e\u1832\u1824",
    "\ue263\ue309\ue2a3": "\u180e\u1832\u1826",
    "\ue263\ue309\ue2ab\ue325": "\u180e\u1832\u1826\u1837",
    "\ue263\ue309\ue2ab\ue2b7\ue27b": "\u180e\u1832\u1826\u1828\u1822",
    "\ue263\ue31e\ue2ab\ue2eb\ue277\ue2b5": "\u180e\u1836\u1826\u182d\u1821\u1828",
    "\ue263\ue2f8\ue2ab\ue2eb\ue275": "\u180e\u182f\u1826\u182d\u1821",
    "\ue263\ue2b3\ue2ab\ue2ed\ue2ac\ue311": "\u180e\u1828\u1826\u182d\u1826\u1833",
    "\ue263\ue2b3\ue2ab\ue2eb\ue276\ue2b5": "\u180e\u1828\u1826\u182d\u1821\u1828",
    "\ue263\ue31e\ue2ab\ue2f3": "\u180e\u1836\u1826\u182e",
    "\ue263\ue31e\ue2ab\ue2f5\ue301\ue276\ue2b5": "\u180e\u1836\u1826\u182e\u1830\u1821\u1828",
    "\ue263\ue2d4\ue2a7": "\u180e\u182c\u1826",
    "\ue263\ue321\ue27b": "\u180e\u1836\u1822",
    "\ue263\ue321\ue27e\ue2b5": "\u180e\u1836\u1822\u1828",
    "\ue263\ue310\ue26c\ue2ea\ue26c\ue2b5": "\u180e\u1833\u1820\u182d\u1820\u1828",
    "\ue263\ue310\ue276\ue2eb\ue277\ue2b5": "\u180e\u1833\u1821\u182d\u1821\u1828",
    "\ue263\ue310\ue28d": "\u180e\u1833\u1824",
    "\ue263\ue310\ue2a3": "\u180e\u1833\u1826",
    "\ue263\ue310\ue26c\ue2e7": "\u180e\u1833\u1820\u182d",
    "\ue263\ue310\ue276\ue2e8": "\u180e\u1833\u1821\u182d",
    "\ue263\ue310\ue26c\ue2da\ue27c": "\u180e\u1833\u1820\u182c\u1822",
    "\ue263\ue310\ue276\ue2da\ue27c": "\u180e\u1833\u1821\u182c\u1822",
    "\ue263\ue310\ue291\ue325": "\u180e\u1833\u1824\u1837",
    "\ue263\ue310\ue2ab\ue325": "\u180e\u1833\u1826\u1837",
    "\ue263\ue310\ue291\ue2b7\ue27b": "\u180e\u1833\u1824\u1828\u1822",
    "\ue263\ue310\ue2ab\ue2b7\ue27b": "\u180e\u1833\u1826\u1828\u1822",
    "\ue263\ue310\ue291\ue2ec\ue26c\ue325": "\u180e\u1833\u1824\u182d\u1820\u1837",
    "\ue263\ue310\ue2ab\ue2eb\ue276\ue325": "\u180e\u1833\u1826\u182d\u1821\u1837",
    "\ue263\ue310\ue268": "\u180e\u1833\u1820",
    "\ue263\ue310\ue273": "\u180e\u1833\u1821",
    "\ue263\ue292\ue28d": "\u180e\u1824\u1824",
    "\ue263\ue2ac\ue2a3": "\u180e\u1826\u1826",
}
FIXEDWORDSMENKTOUNI: dict[str, str] = {
    "\ue292\ue28d": "\u1824\u1824",
    "\ue2ac\ue2a3": "\u1826\u1826",
    "\ue2c2\ue2ac\ue2a3": "\u182a\u1826\u1826",
}

import Testing

@testable import GranskaCLI

/// Help goldens of the commands that take the analysis settings (`reconcile`: --level,
/// --thousands-tolerance, --rounding-steps; `rates`: --denominator). `check` is in ``HelpTests``.
@Suite struct SettingsHelpTests {
    @Test func reconcileHelpGolden() {
        let r = granska(["reconcile", "--help"])
        #expect(r.code == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == """
            granska reconcile – Stämmer av redovisade medel mot rekvirerade per enkät och respondent.

            Användning: granska reconcile [DIR] [--rules DIR]… [--no-standard-rules] [--format FORMAT] [--level NIVÅ] [--thousands-tolerance KRONOR] [--rounding-steps LISTA]

            För varje respondent jämförs summan av de redovisade beloppen (S) med rekvirerat minus
            återbetalt (T), och skillnaden klassas: exakt, tusental, avrundning, överrapportering,
            underrapportering eller ej rekvirerat. Alla belopp är hela kronor. json ger ett objekt
            med arrayen "avstamning"; csv går att öppna i Excel.
            Toleranserna och viktningsnivån är datakontraktets förval och kan ändras med --level,
            --thousands-tolerance och --rounding-steps; de som användes står i utdata (i JSON under
            "niva" och "installningar").

            Argument:
              DIR                         Mappen med omgångens filer (omgang.csv, svar.csv, rekvisitioner.csv).
                                          Utan DIR används exempelomgången Examples/omgang-2024.

            Flaggor:
              --rules DIR                 En mapp med egna regelfiler (*.regler). Kan anges flera gånger.
              --no-standard-rules         Kör inte granskas inbyggda standardregler, bara reglerna från --rules.
              --format FORMAT             Utdataformat: text, json, csv. Standard: text.
              --level NIVÅ                Var justeringsfaktorn J = T/S tas vid viktningen. respondent: en J per
                                          svarande och enkät, så att varje respondents T fördelas på dess egna
                                          insatser. enkat: en J per enkät, ΣT/ΣS över enkätens svarande, så att
                                          pengar kan flyttas mellan respondenter. Standard: respondent.
              --thousands-tolerance KRONOR
                                          Marginalen i hela kronor per belopp när granska prövar om belopp
                                          skrivits i tusental kronor (klassen tusental): alla belopp när
                                          |1000·S−T| ≤ tolerans·n, där n är antalet belopp, ett enskilt belopp x
                                          när |S+999·x−T| ≤ tolerans. Ett heltal ≥ 0; 0 kräver exakt träff, ett
                                          större värde rättar fler svar. Standard: 500.
              --rounding-steps LISTA      Avrundningsstegen i hela kronor, kommaseparerade positiva heltal. Är
                                          alla belopp jämna multipler av ett steg (det största som går jämnt upp
                                          används) och |S−T| ≤ n·steg/2 klassas svaret som avrundning i stället
                                          för över- eller underrapportering. Standard: 100000,10000,1000.
              -h, --help                  Visar den här hjälpen.

            Exempel:
              granska reconcile Examples/omgang-2024
                  Avstämningen som text.
              granska reconcile inkommet/2025 --format csv > avstamning.csv
                  Avstämningen som CSV.
              granska reconcile inkommet/2025 --level enkat --thousands-tolerance 0
                  En justeringsfaktor per enkät och bara exakta tusentalsfel.

            Slutkoder (samma för alla kommandon):
              0  inga fynd på eller över tröskeln (--fail-on)
              1  minst ett fynd på eller över tröskeln
              2  fel i kommandoraden eller i indata: en fil som inte går att läsa eller är felaktig, en felaktig
                 regelfil, en utmapp eller standard output som inte går att skriva

            """)
    }

    @Test func ratesHelpGolden() {
        let r = granska(["rates", "--help"])
        #expect(r.code == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == """
            granska rates – Beräknar svarsfrekvens och bortfall per enkät.

            Användning: granska rates [DIR] [--rules DIR]… [--no-standard-rules] [--format FORMAT] [--denominator BAS]

            Räknar populationens storlek (registret och undersökningspopulationen, dvs. enheter med
            rekvirerade medel), antalet svarande och bortfallet per enkät, ovägt och vägt.
            Andelar anges som exakta kvoter och som decimaltal. json ger ett objekt med arrayen
            "svarsfrekvens"; csv går att öppna i Excel. Basen är undersökningspopulationen om inte
            --denominator register anges; den som användes står i utdata (i JSON under "namnare").

            Argument:
              DIR                         Mappen med omgångens filer (omgang.csv, svar.csv, rekvisitioner.csv).
                                          Utan DIR används exempelomgången Examples/omgang-2024.

            Flaggor:
              --rules DIR                 En mapp med egna regelfiler (*.regler). Kan anges flera gånger.
              --no-standard-rules         Kör inte granskas inbyggda standardregler, bara reglerna från --rules.
              --format FORMAT             Utdataformat: text, json, csv. Standard: text.
              --denominator BAS           Basen (nämnaren) för svarsfrekvens och bortfall. survey:
                                          undersökningspopulationen, de enheter som rekvirerat medel för enkäten
                                          (en svarsfrekvens i egentlig mening). register: hela
                                          registerpopulationen (alla kommuner, regioner eller län), där enheter
                                          utan rekvisition räknas som bortfall. Standard: survey.
              -h, --help                  Visar den här hjälpen.

            Exempel:
              granska rates Examples/omgang-2024
                  Svarsfrekvenserna som text.
              granska rates inkommet/2025 --format json
                  Svarsfrekvenserna som JSON.
              granska rates inkommet/2025 --denominator register
                  Andelarna räknade på hela registret i stället för på dem som rekvirerat.

            Slutkoder (samma för alla kommandon):
              0  inga fynd på eller över tröskeln (--fail-on)
              1  minst ett fynd på eller över tröskeln
              2  fel i kommandoraden eller i indata: en fil som inte går att läsa eller är felaktig, en felaktig
                 regelfil, en utmapp eller standard output som inte går att skriva

            """)
    }
}

import Testing

@testable import GranskaCLI

/// Help and version: stdout, exit 0, golden text (the version is a placeholder).
@Suite struct HelpTests {
    /// Replaces the version so the goldens survive a release.
    func normalized(_ s: String) -> String { s.replacingOccurrences(of: GranskaVersion.current, with: "<VERSION>") }

    @Test func version() {
        let r = granska(["--version"])
        #expect(r.code == 0)
        #expect(normalized(r.stdout) == "granska <VERSION>\n")
        #expect(r.stderr.isEmpty)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func overviewGolden(arguments: [String]) {
        let r = granska(arguments)
        #expect(r.code == 0)
        #expect(r.stderr.isEmpty)
        #expect(normalized(r.stdout) == """
            granska <VERSION> – granskar en inskickad enkätomgång om stimulansmedel innan den analyseras:
            kontrollerar svaren mot regler, stämmer av redovisade medel mot rekvirerade,
            beräknar svarsfrekvens och bortfall och skriver en kvalitetsdeklaration per enkät.

            Användning: granska <kommando> [argument] [flaggor]

            Kommandon:
              run                         Gör hela granskningen: läser, granskar, stämmer av, beräknar
                                          svarsfrekvens och skriver resultatfilerna.
              check                       Granskar omgången mot reglerna och avstämningen och sätter slutkod
                                          efter fynden (för CI).
              reconcile                   Stämmer av redovisade medel mot rekvirerade per enkät och respondent.
              rates                       Beräknar svarsfrekvens och bortfall per enkät.
              declare                     Skriver en kvalitetsdeklaration per enkät (Markdown, HTML och JSON).
              inspect                     Visar hur granska läser en fil: teckenkodning, avgränsare, rubriker
                                          och poster.

            Flaggor:
              -h, --help                  Visar hjälpen (även per kommando: granska check --help).
              --version                   Visar granskas version.

            Exempel:
              granska run Examples/omgang-2024 -o resultat
                  Hela granskningen av exempelomgången, filerna i resultat/.
              granska check Examples/omgang-2024
                  Granskar exempelomgången och visar fynden som text.
              granska reconcile Examples/omgang-2024
                  Avstämningen som text.
              granska rates Examples/omgang-2024
                  Svarsfrekvenserna som text.
              granska declare Examples/omgang-2024 -o deklarationer --date 2025-05-15
                  Deklarationerna för exempelomgången.
              granska inspect Examples/omgang-2024/svar.csv
                  Visar hur svarsfilen läses.

            Slutkoder (samma för alla kommandon):
              0  inga fynd på eller över tröskeln (--fail-on)
              1  minst ett fynd på eller över tröskeln
              2  fel i kommandoraden eller i indata: en fil som inte går att läsa eller är felaktig, en felaktig
                 regelfil, en utmapp eller standard output som inte går att skriva

            Se 'granska <kommando> --help' för ett kommandos argument och flaggor.

            """)
    }

    @Test func checkHelpGolden() {
        let r = granska(["check", "--help"])
        #expect(r.code == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == """
            granska check – Granskar omgången mot reglerna och avstämningen och sätter slutkod efter fynden (för CI).

            Användning: granska check [DIR] [--rules DIR]… [--no-standard-rules] [--format FORMAT] [--fail-on NIVÅ] [--baseline FIL] [--write-baseline FIL] [--level NIVÅ] [--thousands-tolerance KRONOR] [--rounding-steps LISTA]

            Läser omgången, kör standardreglerna och egna regler, stämmer av redovisade medel mot
            rekvirerade och listar alla fynd. Slutkoden är 1 om något fynd når tröskeln (--fail-on,
            standard fel), annars 0. Med --baseline räknas bara fynd som inte redan finns i
            baslinjefilen; --write-baseline sparar dagens fynd som baslinje. Utdata är deterministiska:
            samma indata ger byte för byte samma utdata.
            Format: text (svensk, grupperad per enkät och respondent), json, junit (JUnit-XML),
            sarif (SARIF 2.1.0) och github (anteckningar för GitHub Actions).

            Argument:
              DIR                         Mappen med omgångens filer (omgang.csv, svar.csv, rekvisitioner.csv).
                                          Utan DIR används exempelomgången Examples/omgang-2024.

            Flaggor:
              --rules DIR                 En mapp med egna regelfiler (*.regler). Kan anges flera gånger.
              --no-standard-rules         Kör inte granskas inbyggda standardregler, bara reglerna från --rules.
              --format FORMAT             Utdataformat: text, json, junit, sarif, github. Standard: text.
              --fail-on NIVÅ              Lägsta allvarlighet som ger slutkod 1: info, varning, fel eller never
                                          (aldrig). Standard: fel.
              --baseline FIL              En baslinjefil från --write-baseline: fynd som finns där räknas inte
                                          mot slutkoden.
              --write-baseline FIL        Sparar fyndens stabila fingeravtryck som baslinje i FIL (JSON).
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
              granska check Examples/omgang-2024
                  Granskar exempelomgången och visar fynden som text.
              granska check inkommet/2025 --format sarif > granska.sarif
                  SARIF för kodgranskning i GitHub.
              granska check inkommet/2025 --fail-on varning --baseline baslinje.json
                  Underkänn vid nya varningar, men godta kända fynd.

            Slutkoder (samma för alla kommandon):
              0  inga fynd på eller över tröskeln (--fail-on)
              1  minst ett fynd på eller över tröskeln
              2  fel i kommandoraden eller i indata: en fil som inte går att läsa eller är felaktig, en felaktig
                 regelfil, en utmapp eller standard output som inte går att skriva

            """)
    }

    /// Every subcommand's help names every option, has an example and the exit code table, and
    /// `granska help <cmd>` prints the same.
    @Test(arguments: ["run", "check", "reconcile", "rates", "declare", "inspect"])
    func everySubcommandHasHelp(name: String) throws {
        let r = granska([name, "--help"])
        #expect(r.code == 0)
        #expect(r.stderr.isEmpty)
        let spec = try #require(GranskaCommand.subcommand(named: name)).spec
        #expect(r.stdout.hasPrefix("granska \(name) – "))
        for o in spec.options { #expect(r.stdout.contains(o.long), "\(o.long) missing from \(name) --help") }
        #expect(r.stdout.contains("Exempel:\n  granska \(name) "))
        #expect(r.stdout.contains("Slutkoder (samma för alla kommandon):\n  0  "))
        #expect(granska(["help", name]).stdout == r.stdout)
        #expect(granska([name, "-h"]).stdout == r.stdout)
    }

    @Test func noArgumentsIsAUsageErrorWithTheOverviewOnStderr() {
        let r = granska([])
        #expect(r.code == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("Användning: granska <kommando>"))
    }
}

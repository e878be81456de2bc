import GranskaCore
import GranskaMetrics
import GranskaParsing
import GranskaReconciliation
import GranskaReports

/// `granska run`: the whole job — load, rules, reconciliation, rates, declarations — with a Swedish
/// summary per enkät and, with `-o OUT`, every result file written atomically.
struct RunCommand: Subcommand {
    /// The output groups `--outputs` can choose.
    static let outputGroups = ["data", "findings", "audit", "rates", "declarations"]

    /// What a run without `-o` ends with: it wrote nothing, and how to get the files.
    static let noFilesHint = """

        Inga filer skrevs. Med -o MAPP skrivs rensad data, fynd, granskningsspår, svarsfrekvenser och
        kvalitetsdeklarationer till MAPP, t.ex. granska run Examples/omgang-2024 -o resultat.

        """

    static let spec = CommandSpec(
        name: "run",
        abstract: "Gör hela granskningen: läser, granskar, stämmer av, beräknar svarsfrekvens och skriver resultatfilerna.",
        discussion: """
            Skriver en sammanfattning per enkät: populationens storlek (registret och
            undersökningspopulationen), antal svarande, antal insatser och problemen som hittades
            (antal per feltyp, okända respondenter, oläsliga belopp, anmärkningar vid inläsningen).
            Med -o OUT skrivs också filerna: rensad.csv (insatserna med redovisade och viktade
            belopp), fynd.json och fynd.csv, granskningsspar.csv och .json (vad som ändrades och
            varför), svarsfrekvens.json och .csv samt kvalitetsdeklaration-<enkät>.md/.html/.json.
            Varje fil skrivs helt eller inte alls; indatafilerna ändras aldrig. Kontaktuppgifter
            (kontaktperson, e-post, telefon) skrivs aldrig ut utan --keep-personal-data.
            Slutkoden är 0 oavsett fynd, utom när --fail-on anges.
            """,
        examples: [
            ("run Examples/omgang-2024 -o resultat", "Hela granskningen av exempelomgången, filerna i resultat/."),
            ("run inkommet/2025 -o ut --outputs findings,rates", "Skriver bara fynden och svarsfrekvenserna."),
        ],
        positionals: [CommonOptions.directory],
        options: [
            OptionSpec(long: "--output", short: "-o", kind: .value, valueName: "OUT", help: "Mappen resultatfilerna skrivs till (skapas vid behov)."),
            OptionSpec(
                long: "--outputs", kind: .value, valueName: "LISTA", defaultValue: outputGroups.joined(separator: ","),
                help: "Vilka filer som skrivs, kommaseparerat: data, findings, audit, rates, declarations."),
            CommonOptions.rules, CommonOptions.noStandardRules,
            OptionSpec(
                long: "--fail-on", kind: .value, valueName: "NIVÅ", allowed: FailOn.values,
                help: "Ger slutkod 1 om något fynd når nivån (info, varning, fel eller never). Utan flaggan är slutkoden 0 oavsett fynd."),
            OptionSpec(long: "--date", kind: .value, valueName: "ÅÅÅÅ-MM-DD", help: "Datumet som står i kvalitetsdeklarationerna."),
            OptionSpec(
                long: "--keep-personal-data", kind: .flag,
                help: "Tar med kontaktuppgifterna (kontaktperson, e-post, telefon) i rensad.csv."),
        ] + CommonOptions.reconciliationOptions + [CommonOptions.denominator])

    var directory: String?
    var output: String?
    var outputs: Set<String>
    var ruleDirectories: [String]
    var includeStandard: Bool
    var threshold: Allvarlighet?
    var date: Datum?
    var keepPersonalData: Bool
    var settings: ReconciliationSettings
    var rateSettings: RateSettings

    init(_ a: ParsedArguments) throws(UsageError) {
        directory = a.positionals.first
        output = a.value("--output")
        if let list = a.value("--outputs") {
            var chosen = Set<String>()
            for item in list.split(separator: ",", omittingEmptySubsequences: false) {
                let name = item.trimmingWhitespace()
                guard Self.outputGroups.contains(name) else {
                    throw UsageError(
                        "'\(name)' är ingen utdatagrupp för --outputs (välj bland \(Self.outputGroups.joined(separator: ", ")))"
                            + EditDistance.hint(for: name, among: Self.outputGroups), command: "run")
                }
                chosen.insert(name)
            }
            outputs = chosen
        } else {
            outputs = Set(Self.outputGroups)
        }
        ruleDirectories = a.all("--rules")
        includeStandard = !a.flag("--no-standard-rules")
        threshold = a.value("--fail-on").flatMap(FailOn.threshold)
        if let d = a.value("--date") {
            guard let parsed = Datum(iso: d) else { throw UsageError("'\(d)' är inget datum på formen ÅÅÅÅ-MM-DD", command: "run") }
            date = parsed
        }
        keepPersonalData = a.flag("--keep-personal-data")
        settings = try CommonOptions.reconciliationSettings(a, command: "run")
        rateSettings = CommonOptions.rateSettings(a)
    }

    func validate() throws(UsageError) {
        if !includeStandard && ruleDirectories.isEmpty {
            throw UsageError("--no-standard-rules utan --rules lämnar inga regler att köra", command: "run")
        }
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let dir = try RoundLocator.locate(directory, context)
        let result = try Pipeline.analyse(
            directory: dir, ruleDirectories: ruleDirectories.map { RoundLocator.display(context.resolve($0), context) },
            includeStandard: includeStandard, keepPersonalData: keepPersonalData, settings: settings,
            rateSettings: rateSettings)
        ProcessLifetime.keep(result, context)
        Pipeline.printWarnings(result.ruleWarnings, context)
        let rates = result.rates
        var respondents: [String: Int] = [:]
        for r in rates { respondents[r.enkat] = r.antalSvarande }
        context.out(RunSummary.render(
                omgang: result.omgang, findings: result.findings, svar: result.outcome.svar, respondents: respondents))
        if let output {
            var folder = OutputFolder(directory: context.resolve(output))
            if outputs.contains("data") {
                folder.add(
                    "rensad.csv",
                    producing: RunOutputs.cleanedData(result.omgang, result.reconciliation, keepPersonalData: keepPersonalData))
            }
            if outputs.contains("findings") {
                let report = FindingsReport(
                    findings: result.findings, ruleStats: result.ruleStats, threshold: threshold,
                    toolVersion: GranskaVersion.current, fallbackLocation: Pipeline.fallbackLocation(result.omgang))
                RunOutputs.findings(report, into: &folder)
            }
            if outputs.contains("audit") {
                RunOutputs.audit(result.reconciliation.audit, into: &folder)
            }
            if outputs.contains("declarations") {
                let files = try Declarations.files(
                    result, previous: nil, generatedAt: Declarations.generatedAt(date, context), context)
                for f in files { folder.add(f.name, text: f.text) }
            }
            if outputs.contains("rates") {
                RunOutputs.rates(rates, into: &folder)
            }
            try folder.commit(writer: context.fileWriter)
            context.out("\n" + DeclareCommand.written(folder.files.map(\.name), to: output))
        } else {
            context.out(Self.noFilesHint)
        }
        guard let threshold else { return .ok }
        return result.findings.contains { $0.allvarlighet >= threshold } ? .findings : .ok
    }
}

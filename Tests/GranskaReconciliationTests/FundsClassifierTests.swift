import GranskaCore
import Testing

@testable import GranskaReconciliation

/// One row of the classification table: amounts against T, and the klass the contract gives.
struct KlassCase: CustomTestStringConvertible, Sendable {
    var id: String
    var amounts: [Kronor]
    var target: Kronor
    var klass: Klass
    /// For one-amount tusental: the position of the amount typed in thousands.
    var tusentalIndex: Int? = nil
    var steg: Kronor? = nil

    var testDescription: String { id }
}

@Suite struct FundsClassifierTests {
    static let cases: [KlassCase] = [
        // 2. underrapportering: T > 0 and nothing readable.
        KlassCase(id: "inget belopp, T > 0", amounts: [], target: 1_000, klass: .underrapportering),
        // 3. exakt.
        KlassCase(id: "S = T", amounts: [600_000, 400_000], target: 1_000_000, klass: .exakt),
        KlassCase(id: "T = 0 och inget rapporterat", amounts: [], target: 0, klass: .exakt),
        KlassCase(id: "T = 0 och bara nollor", amounts: [0, 0], target: 0, klass: .exakt),
        // 4. overrapportering with everything repaid.
        KlassCase(id: "T = 0 men belopp", amounts: [5], target: 0, klass: .overrapportering),
        KlassCase(id: "T = 0 går före tusental", amounts: [1], target: 0, klass: .overrapportering),
        // 5. tusental, all amounts: |1000·S − T| ≤ 500·n.
        KlassCase(id: "alla i tkr, exakt", amounts: [1_000, 2_000], target: 3_000_000, klass: .tusental),
        KlassCase(id: "alla i tkr, gräns 500·n över", amounts: [1_000, 2_000], target: 3_001_000, klass: .tusental),
        KlassCase(id: "alla i tkr, gräns 500·n under", amounts: [1_000, 2_000], target: 2_999_000, klass: .tusental),
        KlassCase(
            id: "alla i tkr, 501·n över är inte tusental", amounts: [1_000, 2_000], target: 3_001_002,
            klass: .underrapportering),
        KlassCase(
            id: "alla i tkr, 501·n under är inte tusental", amounts: [1_000, 2_000], target: 2_998_998,
            klass: .underrapportering),
        KlassCase(id: "ett belopp i tkr, n = 1 räknas som alla", amounts: [740], target: 740_251, klass: .tusental),
        // 6. tusental, one amount: exactly one x > 0 with |S + 999·x − T| ≤ 500.
        KlassCase(
            id: "ett av flera i tkr", amounts: [100_123, 250, 80_321], target: 180_444 + 250_000, klass: .tusental,
            tusentalIndex: 1),
        KlassCase(
            id: "ett i tkr, gräns +500", amounts: [100_123, 250], target: 350_123 + 500, klass: .tusental,
            tusentalIndex: 1),
        KlassCase(
            id: "ett i tkr, gräns −500", amounts: [100_123, 250], target: 350_123 - 500, klass: .tusental,
            tusentalIndex: 1),
        KlassCase(
            id: "ett i tkr, 501 över är inte tusental", amounts: [100_123, 250], target: 350_123 + 501,
            klass: .underrapportering),
        KlassCase(
            id: "två möjliga belopp är inte tusental", amounts: [250, 250, 100_123], target: 100_623 + 249_750,
            klass: .underrapportering),
        KlassCase(
            id: "en nolla kan inte vara i tkr", amounts: [0, 1_234], target: 1_500, klass: .underrapportering),
        // 7. avrundning: the largest dividing step, |S − T| ≤ n·step/2.
        KlassCase(
            id: "100 000-tal, gräns n·steg/2", amounts: [100_000, 200_000], target: 400_000, klass: .avrundning,
            steg: 100_000),
        KlassCase(
            id: "100 000-tal, en krona över gränsen", amounts: [100_000, 200_000], target: 400_001,
            klass: .underrapportering),
        KlassCase(
            id: "10 000-tal, gräns", amounts: [10_000, 30_000], target: 30_000, klass: .avrundning, steg: 10_000),
        KlassCase(
            id: "10 000-tal, en krona för långt", amounts: [10_000, 30_000], target: 29_999,
            klass: .overrapportering),
        KlassCase(
            id: "1 000-tal, gräns", amounts: [1_000, 3_000, 5_000], target: 10_500, klass: .avrundning, steg: 1_000),
        KlassCase(
            id: "1 000-tal, en krona för långt", amounts: [1_000, 3_000, 5_000], target: 10_501,
            klass: .underrapportering),
        KlassCase(
            id: "nollor delas av alla steg", amounts: [0, 100_000], target: 140_000, klass: .avrundning,
            steg: 100_000),
        KlassCase(
            id: "exemplets avrundning", amounts: [10_400_000, 10_000_000], target: 20_336_500, klass: .avrundning,
            steg: 100_000),
        KlassCase(
            id: "inte jämna belopp", amounts: [1_000, 3_001], target: 4_500, klass: .underrapportering),
        // 8. what is left.
        KlassCase(id: "överrapportering", amounts: [178_527], target: 136_888, klass: .overrapportering),
        KlassCase(id: "underrapportering", amounts: [105_970], target: 166_134, klass: .underrapportering),
        KlassCase(id: "nollor mot T > 0", amounts: [0], target: 1_000_000, klass: .underrapportering),
    ]

    @Test(arguments: cases)
    func classifiesByTheContractsOrderedRules(_ c: KlassCase) {
        let result = FundsClassifier.classify(amounts: c.amounts, target: c.target)
        #expect(result.klass == c.klass)
        #expect(result.tusentalIndex == c.tusentalIndex)
        #expect(result.steg == c.steg)
    }

    @Test func theTolerancesCanBeSetByTheUser() {
        let wide = ReconciliationSettings(tusentalTolerans: 1_000)
        // 501·n is outside the default tolerance but inside 1 000·n.
        #expect(FundsClassifier.classify(amounts: [1_000, 2_000], target: 3_001_002, settings: wide).klass == .tusental)
        #expect(FundsClassifier.classify(amounts: [1_000, 2_000], target: 3_002_000, settings: wide).klass == .tusental)
        #expect(
            FundsClassifier.classify(amounts: [1_000, 2_000], target: 3_002_002, settings: wide).klass
                == .underrapportering)

        let steps = ReconciliationSettings(avrundningSteg: [500])
        let r = FundsClassifier.classify(amounts: [1_500, 2_000], target: 3_900, settings: steps)
        #expect(r.klass == .avrundning && r.steg == 500)
        // Without the 1 000 step, 1 000-tal are rounded to 500 only.
        #expect(FundsClassifier.classify(amounts: [1_000, 3_000, 5_000], target: 10_500, settings: steps).klass
            == .underrapportering)
        let none = ReconciliationSettings(avrundningSteg: [])
        #expect(FundsClassifier.classify(amounts: [100_000], target: 100_001, settings: none).klass == .underrapportering)
        let zeroTolerance = ReconciliationSettings(tusentalTolerans: 0)
        #expect(FundsClassifier.classify(amounts: [2, 3], target: 5_000, settings: zeroTolerance).klass == .tusental)
        #expect(FundsClassifier.classify(amounts: [2, 3], target: 5_001, settings: zeroTolerance).klass
            == .underrapportering)
    }

    @Test func hugeAmountsNeverTrap() {
        let big = Kronor.max
        #expect(FundsClassifier.classify(amounts: [big, big], target: big).klass == .overrapportering)
        #expect(FundsClassifier.classify(amounts: [big], target: big).klass == .exakt)
        #expect(FundsClassifier.classify(amounts: [big / 1000], target: big / 1000 * 1000 + 400).klass == .tusental)
        #expect(FundsClassifier.classify(amounts: [1], target: .max).klass == .underrapportering)
        #expect(FundsClassifier.classify(amounts: [-5, 5], target: 10).klass == .exakt)
        #expect(FundsClassifier.classify(amounts: [Kronor.min], target: 1).klass == .overrapportering)
    }
}

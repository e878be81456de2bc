import Foundation
import GranskaCore
import GranskaReports
import GranskaTestSupport
import Testing

/// Golden outputs of the findings renderers on ``FindingsFixture`` (version fixed to 9.9.9).
@Suite struct FindingsGoldenTests {
    @Test func textGolden() {
        let text = TextFindingsRenderer().render(FindingsFixture.report(accepted: 2))
        #expect(text == """
            Enkät K-KUN – 2 fynd
              Respondent 0180 – 2 fynd
                data, 2024: <&"'>.csv:3:120: info: insats 2: 100% <&"'> läst som 1250000 kr;↵rad två↵ [std.format]
                omgang/svar.csv:7:15: varning: insats 3: beloppet "-24062" är negativt; räknas som 24062 kr [std.negativt]

            Enkät L-SAM – 1 fynd
              Hela enkäten – 1 fynd
                varning: enkäten saknar rekvisitioner [avstamning.ej_rekvirerat]

            Enkät R-BU – 2 fynd
              Respondent 01 – 1 fynd
                varning: insats 9: S=112690622 T=114143863: insats 9 verkar angiven i tusental [avstamning.tusental]
              Respondent 04 – 1 fynd
                omgang/svar.csv:14:1: fel: insats 1: fältet status är tomt [std.ofullstandig]

            Övrigt – 1 fynd
              omgang/svar.csv:99:1: fel: enkäten 'X-YZ' finns inte i omgang.csv [data.okand-enkat]

            Sammanfattning: 6 fynd (fel: 2, varning: 3, info: 1)
            Per feltyp:
              data.okand-enkat  1
              ej_rekvirerat     1
              format            1
              negativt          1
              ofullstandig      1
              tusental          1
            På eller över tröskeln (fel): 2
            Godtagna av baslinjen (räknas inte): 2

            """)
    }

    @Test func textWithoutFindings() {
        let text = TextFindingsRenderer().render(FindingsFixture.report(threshold: nil, findings: []))
        #expect(text == """
            Inga fynd.
            Sammanfattning: 0 fynd (fel: 0, varning: 0, info: 0)
            Tröskel: ingen (--fail-on never), inga fynd påverkar slutkoden

            """)
    }

    @Test func githubGolden() {
        let text = GitHubFindingsRenderer().render(FindingsFixture.report())
        #expect(text == """
            ::error file=omgang/svar.csv,line=99,col=1,title=granska data.okand-enkat::enkäten 'X-YZ' finns inte i omgang.csv
            ::error file=omgang/svar.csv,line=14,col=1,title=granska std.ofullstandig R-BU/04 insats 1::fältet status är tomt
            ::warning file=omgang/svar.csv,line=7,col=15,title=granska std.negativt K-KUN/0180 insats 3::beloppet "-24062" är negativt; räknas som 24062 kr
            ::warning title=granska avstamning.ej_rekvirerat L-SAM::enkäten saknar rekvisitioner
            ::warning title=granska avstamning.tusental R-BU/01 insats 9::S=112690622 T=114143863: insats 9 verkar angiven i tusental
            ::notice file=data%2C 2024%3A <&"'>.csv,line=3,col=120,title=granska std.format K-KUN/0180 insats 2::100%25 <&"'> läst som 1250000 kr;%0Arad två%0D
            ::notice::granska: 6 fynd (fel: 2, varning: 3, info: 1), 2 på eller över tröskeln fel

            """)
    }

    @Test func junitGolden() {
        let xml = JUnitFindingsRenderer().render(FindingsFixture.report())
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="granska" tests="7" failures="6" errors="0" time="0">
              <testsuite name="granska" tests="7" failures="6" errors="0" skipped="0" time="0">
                <properties>
                  <property name="verktygsversion" value="9.9.9"/>
                  <property name="troskel" value="fel"/>
                  <property name="fynd" value="6"/>
                  <property name="fynd_over_troskel" value="2"/>
                  <property name="accepterade_av_baslinje" value="0"/>
                </properties>
                <testcase classname="granska.ej_rekvirerat" name="avstamning.ej_rekvirerat" time="0">
                  <failure message="enkät L-SAM: enkäten saknar rekvisitioner" type="varning">enkät L-SAM: enkäten saknar rekvisitioner</failure>
                </testcase>
                <testcase classname="granska.tusental" name="avstamning.tusental" time="0">
                  <failure message="enkät R-BU, respondent 01, insats 9: S=112690622 T=114143863: insats 9 verkar angiven i tusental" type="varning">enkät R-BU, respondent 01, insats 9: S=112690622 T=114143863: insats 9 verkar angiven i tusental</failure>
                </testcase>
                <testcase classname="granska.kontroll" name="data.okand-enkat" time="0">
                  <failure message="omgang/svar.csv:99:1: enkäten &apos;X-YZ&apos; finns inte i omgang.csv" type="fel">omgang/svar.csv:99:1: enkäten &apos;X-YZ&apos; finns inte i omgang.csv</failure>
                </testcase>
                <testcase classname="granska.format" name="std.format" time="0">
                  <failure message="data, 2024: &lt;&amp;&quot;&apos;&gt;.csv:3:120: enkät K-KUN, respondent 0180, insats 2: 100% &lt;&amp;&quot;&apos;&gt; läst som 1250000 kr;&#xA;rad två&#xD;" type="info">data, 2024: &lt;&amp;&quot;&apos;&gt;.csv:3:120: enkät K-KUN, respondent 0180, insats 2: 100% &lt;&amp;&quot;&apos;&gt; läst som 1250000 kr;
            rad två\r</failure>
                </testcase>
                <testcase classname="granska.negativt" name="std.negativt" time="0">
                  <failure message="omgang/svar.csv:7:15: enkät K-KUN, respondent 0180, insats 3: beloppet &quot;-24062&quot; är negativt; räknas som 24062 kr" type="varning">omgang/svar.csv:7:15: enkät K-KUN, respondent 0180, insats 3: beloppet &quot;-24062&quot; är negativt; räknas som 24062 kr</failure>
                </testcase>
                <testcase classname="granska.ofullstandig" name="std.ofullstandig" time="0">
                  <failure message="omgang/svar.csv:14:1: enkät R-BU, respondent 04, insats 1: fältet status är tomt" type="fel">omgang/svar.csv:14:1: enkät R-BU, respondent 04, insats 1: fältet status är tomt</failure>
                </testcase>
                <testcase classname="granska.sen" name="std.sen" time="0"/>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func jsonGoldenForOneFinding() {
        let one = [FindingsFixture.findings[0]]
        let report = FindingsReport(findings: one, acceptedByBaseline: 1, threshold: .varning, toolVersion: "9.9.9")
        #expect(JSONFindingsRenderer().render(report) == """
            {
              "findings": [
                {
                  "allvarlighet": "fel",
                  "enkat": "R-BU",
                  "feltyp": "ofullstandig",
                  "fil": "omgang/svar.csv",
                  "fingeravtryck": "std.ofullstandig/R-BU/04/1/566bdf1a3ca3e5c0",
                  "insats_nr": 1,
                  "kolumn": 1,
                  "meddelande": "fältet status är tomt",
                  "rad": 14,
                  "regel": "std.ofullstandig",
                  "respondent": "04"
                }
              ],
              "sammanfattning": {
                "accepterade_av_baslinje": 1,
                "fel": 1,
                "info": 0,
                "over_troskel": 1,
                "per_feltyp": {
                  "ofullstandig": 1
                },
                "totalt": 1,
                "troskel": "varning",
                "varning": 0
              },
              "verktyg": "granska",
              "verktygsversion": "9.9.9",
              "version": 1
            }

            """)
    }

    /// The same findings in any order give byte-identical output in every format.
    @Test(arguments: FindingsFormat.allCases)
    func deterministicWhateverTheInputOrder(format: FindingsFormat) {
        var rng = SeededGenerator(seed: 20_240_314)
        let reference = format.renderer.render(FindingsFixture.report())
        for _ in 0..<10 {
            let shuffled = FindingsFixture.findings.shuffled(using: &rng)
            #expect(format.renderer.render(FindingsFixture.report(findings: shuffled)) == reference)
        }
    }
}

import Foundation
import Testing

@testable import GranskaReports

/// ``JSONTree`` reads what `JSONSerialization` (which it replaces) read, the way the baseline and
/// the earlier round's declaration looked at it.
@Suite struct JSONTreeTests {
    static let documents = [
        #"{"version": 1, "fynd": []}"#, #"{"version": 1.0}"#, #"{"version": 1e0}"#, #"{"version": 1.5}"#,
        #"{"version": true}"#, #"{"version": false}"#, #"{"version": "1"}"#, #"{"version": null}"#,
        #"{"version": -0}"#, #"{"version": 9223372036854775807}"#, #"{"version": 99999999999999999999}"#,
        #"{"version": -9223372036854775808}"#, #"{"version": 1, "fynd": [], }"#, #"[1, 2]"#, "1", #""x""#, "null",
        "", "{", "{]", #"{"version": 1} x"#, "\u{FEFF}{\"version\": 1}", #"{"version": 1e400}"#,
        #"{"a": {"b": {"c": "d"}}, "version": 2}"#, #"{"version": "\u00e5"}"#,
    ]

    @Test(arguments: documents)
    func readsAsJSONSerializationDid(text: String) {
        let data = Data(text.utf8)
        let old = try? JSONSerialization.jsonObject(with: data)
        let new = JSONTree.parse(data)
        #expect((old == nil) == (new == nil))
        guard let new else { return }
        let oldRoot = old as? [String: Any]
        #expect((oldRoot == nil) == (new.object == nil))
        guard let oldRoot else { return }
        let oldVersion = oldRoot["version"]
        // `as? Int` on an NSNumber, as Baseline read it; int64Value when exact, as the summary did.
        #expect((oldVersion as? Int).map(Int64.init) == new["version"]?.integer, "\(text)")
        #expect(oldVersion as? String == new["version"]?.string)
        #expect((oldVersion is [Any]) == (new["version"]?.array != nil))
    }
}

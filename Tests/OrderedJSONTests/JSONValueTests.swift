import Foundation
import OrderedJSON
import Testing

@Suite struct JSONValueTests {
    @Test func keepsFieldOrderAndDropsNilFields() {
        let value = JSONValue.fields([("id", .integer(7)), ("kind", .string("figure_changed")), ("claimant", nil), ("delta", .number(-1000))])
        #expect(value.serialized == #"{"id":7,"kind":"figure_changed","delta":-1000}"#)
    }

    @Test func escapesEverythingThatCouldBreakALine() {
        let value = JSONValue.string("a \"quote\"\nnew line\u{2028}\\ \u{01}")
        #expect(value.serialized == #""a \"quote\"\nnew line\u2028\\ \u0001""#)
        #expect(!value.serialized.contains("\n"))
    }

    @Test func numbersPrintAsPeopleWriteThem() {
        #expect(JSONValue.number(12000).serialized == "12000")
        #expect(JSONValue.number(0.25).serialized == "0.25")
        #expect(JSONValue.number(.nan).serialized == "null")
    }

    @Test func roundTripsThroughParse() throws {
        let original = JSONValue.fields([("a", .integer(1)), ("b", .array([.string("x"), .bool(true), .null])), ("c", .number(1.5))])
        let parsed = try JSONValue.parse(original.serialized)
        #expect(parsed["a"]?.integerValue == 1)
        #expect(parsed["c"]?.doubleValue == 1.5)
        #expect(parsed["b"] == .array([.string("x"), .bool(true), .null]))
    }

    @Test func timestampsAreRFC3339UTC() {
        let date = Date(timeIntervalSince1970: 1_729_555_200)
        #expect(ISO8601.string(from: date) == "2024-10-22T00:00:00Z")
        #expect(ISO8601.date(from: "2024-10-22T00:00:00Z") == date)
    }
}

import Foundation

/// The primary key of the last row a batch copied, kept in the progress record as JSON (an
/// integer as a number, a text as a string) so that a resume reads the source after it.
struct RowKey: Equatable, Sendable {
    var values: [SourceValue]

    var json: String {
        let encoded = try? JSONEncoder().encode(values.map(Component.init))
        return encoded.map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    init(_ values: [SourceValue]) {
        self.values = values
    }

    init(json: String) throws(MigrationError) {
        do {
            values = try JSONDecoder().decode([Component].self, from: Data(json.utf8)).map(\.value)
        } catch {
            throw .refused("the progress record of this migration holds a key it cannot read (\(json)): "
                           + "drop the PostgreSQL database, create it again and migrate anew")
        }
    }

    /// One value of the key in JSON: a number, a string, or an object for the rarer classes.
    private struct Component: Codable {
        var value: SourceValue

        init(_ value: SourceValue) { self.value = value }

        private enum Tag: String, CodingKey { case real, blob }

        init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer() {
                if single.decodeNil() { value = .null; return }
                if let integer = try? single.decode(Int64.self) { value = .integer(integer); return }
                if let text = try? single.decode(String.self) { value = .text(text); return }
            }
            let tagged = try decoder.container(keyedBy: Tag.self)
            if let real = try tagged.decodeIfPresent(Double.self, forKey: .real) {
                value = .real(real)
            } else {
                value = .blob(try tagged.decode(Data.self, forKey: .blob))
            }
        }

        func encode(to encoder: any Encoder) throws {
            switch value {
            case .null:
                var single = encoder.singleValueContainer()
                try single.encodeNil()
            case .integer(let integer):
                var single = encoder.singleValueContainer()
                try single.encode(integer)
            case .text(let text):
                var single = encoder.singleValueContainer()
                try single.encode(text)
            case .real(let real):
                var tagged = encoder.container(keyedBy: Tag.self)
                try tagged.encode(real, forKey: .real)
            case .blob(let data):
                var tagged = encoder.container(keyedBy: Tag.self)
                try tagged.encode(data, forKey: .blob)
            }
        }
    }
}

import OrderedJSON

/// What a JSON value breaks of a schema in the OpenAPI document: the keywords the document
/// uses (`$ref` into its components, `type`, `required`, `properties`, `items`, `enum`, the
/// `date-time` format). Empty when the value fits.
struct SchemaCheck {
    let document: JSONValue

    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.stringValue {
            guard let resolved = resolve(reference) else { return ["\(path): no schema \(reference)"] }
            return problems(value, resolved, at: path)
        }
        var found: [String] = []
        if let types = schema["type"].map(Self.strings), !types.contains(where: { Self.value(value, is: $0) }) {
            return ["\(path): \(value.serialized.prefix(60)) is not \(types.joined(separator: " or "))"]
        }
        if case .array(let allowed)? = schema["enum"], !allowed.contains(value) {
            found.append("\(path): \(value.serialized) is not one of \(JSONValue.array(allowed).serialized)")
        }
        if schema["format"]?.stringValue == "date-time", case .string(let text) = value, ISO8601.date(from: text) == nil {
            found.append("\(path): \(text) is not a date-time")
        }
        if case .object = value {
            for name in schema["required"].map(Self.strings) ?? [] where value[name] == nil {
                found.append("\(path): \(name) is missing")
            }
            if case .object(let properties)? = schema["properties"] {
                for (name, property) in properties {
                    if let field = value[name] { found += problems(field, property, at: "\(path).\(name)") }
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(path)[\(index)]") }
        }
        return found
    }

    /// `#/components/schemas/Name`.
    private func resolve(_ reference: String) -> JSONValue? {
        reference.split(separator: "/").dropFirst().reduce(Optional(document)) { node, part in node?[String(part)] }
    }

    private static func strings(_ value: JSONValue) -> [String] {
        if case .array(let values) = value { return values.compactMap(\.stringValue) }
        return value.stringValue.map { [$0] } ?? []
    }

    private static func value(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("number", .number), ("number", .integer), ("integer", .integer):
            return true
        case ("integer", .number(let number)):
            return number.rounded() == number
        default:
            return false
        }
    }
}

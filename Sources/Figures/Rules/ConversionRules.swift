/// The same quantity stated twice in different units: "10 miles (16 km)", "40C (104F)",
/// "€3bn ($3.3bn)", "16 km, or 10 miles". The second is no figure of its own but the other form
/// of the first.
enum ConversionRules {
    /// Whether `m` restates `p` in other units: right after it, in brackets or after "or", with a
    /// unit of the same kind.
    static func isConversion(_ m: Mention, of p: Mention, _ t: [Token], sentence r: Range<Int>) -> Bool {
        guard let a = p.unit, let b = m.unit, a != b, !Units.isShare(a), !Units.isShare(b),
              Units.dimension(a) == Units.dimension(b), m.hedgeStart > p.unitEnd else { return false }
        var k = p.unitEnd
        if t[k].lower == "(" || t[k].lower == "[" {
            k += 1
        } else {
            if t[k].lower == "," { k += 1 }
            guard k < r.upperBound, t[k].lower == "or" else { return false }
            k += 1
        }
        return k == m.hedgeStart
    }
}

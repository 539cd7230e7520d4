import Model

/// Reads the claims of one sentence at a time, remembering the last speaker for "he said".
struct SentenceReader {
    let t: [Token]
    let s: [Unicode.Scalar]
    let doc: DocumentContext
    var lastSpeaker: String?
    /// First token of the sentence being read.
    private var sentenceStart = 0

    init(t: [Token], s: [Unicode.Scalar], doc: DocumentContext) {
        self.t = t
        self.s = s
        self.doc = doc
    }

    /// A sentence with no words (a dateline, a rule) does not break a back-reference.
    func isQuiet(_ sentence: Sentence) -> Bool {
        !t[sentence.range].contains { $0.kind == .word }
    }

    /// The sentence's claims, and the claimant when the sentence attributes the previous one.
    mutating func claims(in sentence: Sentence) -> ([Claim], String?) {
        let r = sentence.range
        guard !r.isEmpty else { return ([], nil) }
        sentenceStart = r.lowerBound
        let speakers = AttributionRules.findAll(t, sentence: r, text: s)
        let refersBack = speakers.first?.attribution.refersBack ?? false
        let primary = speakers.first.map { resolve($0.attribution) }
        let headline = isHeadline(r)
        // Every number that is a figure: the level, change or level before of any movement, with a
        // restatement in other units ("10 miles (16 km)") folded into the figure it restates.
        var mentions: [Mention] = []
        var conversions: [Int: Mention] = [:]
        for m in NumberGrammar.mentions(t, in: r) where Exclusions.reason(m, t, sentence: r, headline: headline) == nil {
            if let p = mentions.last, conversions[mentions.count - 1] == nil,
               ConversionRules.isConversion(m, of: p, t, sentence: r) {
                conversions[mentions.count - 1] = m
                continue
            }
            mentions.append(m)
        }
        let facts = DirectionRules.facts(mentions, t, sentence: r)
        var drafts: [Draft] = []
        for (n, m) in mentions.enumerated() {
            // The figure before it is the last that counts something: "37 died in AJK, nine in GB,
            // one in Gilgit and 306 in Sindh" all borrow "died", whatever came between.
            var d = draft(m, r, previous: drafts.last { $0.cls != nil } ?? drafts.last, fact: facts[n])
            d.conversion = conversions[n]
            drafts.append(d)
        }
        separateCollisions(&drafts)
        let sentenceText = drafts.isEmpty ? "" : text(r.lowerBound, r.upperBound)
        let claims = drafts.map { d in
            let m = d.mention
            let (claimant, source) = AttributionRules.nearest(speakers, to: m.hedgeStart, t).map { resolve($0.attribution) }
                ?? (nil, nil)
            var key = d.key
            // "PDMA Balochistan reports 166 deaths", "Wuhan authorities confirmed 198 cases": a
            // body named for a place below the country counts that place.
            if FigureKey.outcomeClasses.contains(key.counted), key.owner == nil, !key.scope.contains(where: { $0.hasPrefix("in-") }),
               let place = claimant.flatMap(doc.placeNamed(in:)) {
                key.scope.insert("in-" + place, at: 0)
            }
            let conversion = d.conversion.map { c in
                Conversion(quantity: Quantity(low: c.low, high: c.high), unit: c.unit, numberText: text(c.first, c.end))
            }
            var claim = Claim(key: key.string, quantity: Quantity(low: m.low, high: m.high), hedge: m.hedge,
                              claimant: claimant, sentence: sentenceText, start: t[m.hedgeStart].start, end: t[m.end - 1].end,
                              numberText: text(m.first, m.end), numberStart: t[m.first].start, numberEnd: t[m.end - 1].end,
                              bound: m.bound, role: d.role, direction: d.direction, previous: d.previous,
                              vague: m.vague, conversion: conversion,
                              counted: d.untracked == .nothingCounted ? nil : d.key.counted,
                              countedText: d.phraseText, unit: m.unit,
                              owner: d.owner?.display, location: d.location, source: source)
            claim.pairing = d.pairing
            // The level before a move ("up from 30%") is no news of today; a vague magnitude states no figure.
            claim.untracked = m.vague ? .vague : d.role == .previous ? d.untracked ?? .earlierValue : d.untracked
            return claim
        }
        if let last = speakers.last(where: { $0.attribution.kind == .person }) {
            lastSpeaker = resolve(last.attribution).claimant
        }
        return (claims, refersBack && claims.isEmpty ? primary?.claimant : nil)
    }

    func text(_ first: Int, _ end: Int) -> String {
        Tokenizer.string(s, t[first].start, t[end - 1].end)
    }

    /// A title-case line ("North Korea Deploys 12,000 Troops"): capitals there do not mark names.
    private func isHeadline(_ r: Range<Int>) -> Bool {
        var words = 0
        var capitals = 0
        for k in r where t[k].kind == .word && t[k].end - t[k].start > 3 {
            words += 1
            if t[k].isCapitalized { capitals += 1 }
        }
        return words >= 3 && Double(capitals) / Double(words) >= 0.6
    }

    /// A speaker as the claim shows it: the fullest name in the article, the last speaker for
    /// "he said", or the phrase as written for an unnamed source.
    private func resolve(_ a: Attribution) -> (claimant: String?, source: String?) {
        switch a.kind {
        case .person:
            return (doc.fullest(a.text, organisation: false), nil)
        case .organisation:
            return (doc.fullest(a.text, organisation: true), nil)
        case .pronoun:
            return (lastSpeaker ?? doc.personBefore(sentenceStart).map { doc.fullest($0, organisation: false) }, nil)
        case .unnamed:
            return (nil, a.text)
        }
    }

    /// Two figures in one sentence on one key with different values are two quantities
    /// ("up to 12,000 troops and 1,500 special forces"): the narrower class, or the place, tells them apart.
    private func separateCollisions(_ drafts: inout [Draft]) {
        var firstWithKey: [String: Int] = [:]
        for i in drafts.indices {
            let key = drafts[i].key.string
            guard let j = firstWithKey[key] else { firstWithKey[key] = i; continue }
            let a = drafts[j], b = drafts[i]
            guard a.mention.low != b.mention.low || a.mention.high != b.mention.high else { continue }
            if let specific = b.cls?.specific, specific != a.cls?.specific {
                drafts[i].key.counted = specific
            } else if let specific = a.cls?.specific, b.cls?.specific == nil {
                drafts[j].key.counted = specific
                firstWithKey[key] = i
            } else if let loc = b.location, loc != a.location {
                drafts[i].key.group = [drafts[i].key.group, "in-" + Slug.make(loc)].compactMap { $0 }.joined(separator: "-")
            }
        }
    }
}

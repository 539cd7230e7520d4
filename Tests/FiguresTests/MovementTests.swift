import Figures
import Model
import Testing

/// A stated movement gives separate facts: the change, the level it reached and the level before,
/// each with the movement's direction. A figure outside any movement is a level with no direction.
@Suite struct MovementTests {
    struct Fact: Equatable, CustomStringConvertible {
        var value: Q
        var role: Role
        var direction: Direction?
        init(_ value: Q, _ role: Role, _ direction: Direction?) {
            self.value = value
            self.role = role
            self.direction = direction
        }
        var description: String { "\(value) \(role) \(direction.map(\.rawValue) ?? "-")" }
    }

    struct Case: CustomTestStringConvertible {
        var text: String
        var facts: [Fact]
        init(_ text: String, _ facts: [Fact]) {
            self.text = text
            self.facts = facts
        }
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        .init("Exports rose by $2bn to $40bn.", [.init(2e9, .change, .up), .init(40e9, .level, .up)]),
        .init("Sales rose 6.2% to $1.45 billion.", [.init(6.2, .change, .up), .init(1.45e9, .level, .up)]),
        .init("Profit was down 4% to 212 million euros.", [.init(4, .change, .down), .init(212e6, .level, .down)]),
        .init("The party won 35% of the vote, up from 31%.", [.init(35, .level, .up), .init(31, .previous, .up)]),
        .init("Unemployment rose from 4.1% to 4.5%.", [.init(4.1, .previous, .up), .init(4.5, .level, .up)]),
        .init("Inflation eased to 2.1% in March from 2.4% in February.", [.init(2.1, .level, .down), .init(2.4, .previous, .down)]),
        .init("The index closed at 8,412.55, up 58.06 points.", [.init(8412.55, .level, .up), .init(58.06, .change, .up)]),
        .init("Oil slid 2% on Monday.", [.init(2, .change, .down)]),
        .init("Gold advanced 1.5% in Asian trade.", [.init(1.5, .change, .up)]),
        .init("The stock added 15 cents.", [.init(15, .change, .up)]),
        .init("Copper shed 3% after the report.", [.init(3, .change, .down)]),
        .init("Shares plummeted 40% in a day.", [.init(40, .change, .down)]),
        .init("The yen weakened 0.4%.", [.init(0.4, .change, .down)]),
        .init("Retail sales dipped 0.2% in May.", [.init(0.2, .change, .down)]),
        .init("Bitcoin rallied 9% over the weekend.", [.init(9, .change, .up)]),
        .init("Brent fell 1%, WTI 2%.", [.init(1, .change, .down), .init(2, .change, .down)]),
        .init("Oil fell 1.2%, gold 0.4% and copper 2%.", [.init(1.2, .change, .down), .init(0.4, .change, .down), .init(2, .change, .down)]),
        .init("A rose 1% to 100, B 2% to 200.", [.init(1, .change, .up), .init(100, .level, .up), .init(2, .change, .up), .init(200, .level, .up)]),
        .init("The plan brings a 5% increase in fares.", [.init(5, .change, .up)]),
        .init("The deal means a 4.5% pay rise for nurses.", [.init(4.5, .change, .up)]),
        .init("Costs saw an increase of 12% last year.", [.init(12, .change, .up)]),
        .init("Exports suffered a drop of $3 billion.", [.init(3e9, .change, .down)]),
        .init("The index ended 0.9% lower at 38,720.47.", [.init(0.9, .change, .down), .init(38_720.47, .level, .down)]),
        .init("Shares were 2.3% down at 414 pence.", [.init(2.3, .change, .down), .init(414, .level, .down)]),
        .init("Shares jumped 12% to close at $40.", [.init(12, .change, .up), .init(40, .level, .up)]),
        .init("The pound fell 0.5% against the dollar to $1.2650.", [.init(0.5, .change, .down), .init(1.265, .level, .down)]),
        .init("Sales fell 19% from 2022, to $10 billion.", [.init(19, .change, .down), .init(10e9, .level, .down)]),
        .init("Aid fell to 60 trucks a day, from about 500 before the war.", [.init(60, .level, .down), .init(500, .previous, .down)]),
        .init("The bank cut its forecast by 0.5 percentage points.", [.init(0.5, .change, .down)]),
        .init("The bank raised its key rate by 50 basis points to 13.75%.", [.init(50, .change, .up), .init(13.75, .level, .up)]),
        .init("The drug reduced the risk of death by 20 percent.", [.init(20, .change, .down)]),
        .init("The firm raised its stake from 5% to 8%.", [.init(5, .previous, .up), .init(8, .level, .up)]),
        .init("Rice prices rose to 5 dollars a kilo.", [.init(5, .level, .up)]),
        .init("The team moved up to 45 points.", [.init(45, .level, .up)]),
        .init("Its valuation doubled to $80 billion.", [.init(80e9, .level, .up)]),
        .init("Crime fell by a third last year.", [.init(.v(1.0 / 3), .change, .down)]),
        .init("Ticket sales were 20% lower than last year.", [.init(20, .change, .down)]),
        .init("Passengers numbered 4.3 million, 12% more than a year earlier.", [.init(4.3e6, .level, nil), .init(12, .change, .up)]),
        .init("Annual inflation slowed to 3.4%.", [.init(3.4, .level, .down)]),
        .init("Net fell 2% or $1.40 a share.", [.init(2, .change, .down), .init(1.4, .change, .down)]),
        .init("Rates will rise between 3 and 5 percent.", [.init(.r(3, 5), .change, .up)]),
        .init("The deficit will narrow to 3.5% of GDP next year from 4.9% this year.", [.init(3.5, .level, .down), .init(4.9, .previous, .down)]),
        .init("Brent was down 31 cents, or 0.4%, at $81.12 a barrel.", [.init(31, .change, .down), .init(0.4, .change, .down), .init(81.12, .level, .down)]),
        .init("Sales of 5,000 cars were recorded.", [.init(5000, .level, nil)]),
        .init("Unemployment was unchanged at 4.2%.", [.init(4.2, .level, nil)]),
    ]

    @Test(arguments: cases)
    func factsOfAMovement(_ c: Case) {
        let found = claims(c.text).map { Fact(Q($0.quantity), $0.role, $0.direction) }
        #expect(found == c.facts)
    }

    @Test func theLevelKeepsTheValueBeforeTheMove() throws {
        let level = try #require(claim(4.5, in: "Unemployment rose from 4.1% to 4.5%."))
        #expect(level.previous == 4.1)
        let share = try #require(claim(35, in: "The party won 35% of the vote, up from 31%."))
        #expect(share.previous == 31)
    }

    @Test func aParticleWithoutAUnitIsNoMove() {
        // "shot down 5 drones" counts drones; "up" and "down" move a figure only with a unit or after "to be".
        let found = claims("Air defences shot down 5 drones overnight.")
        #expect(found.map(\.quantity.low) == [5])
        #expect(found.first?.direction == nil)
    }

    @Test func aLossIsNoMoveButALostShareIs() {
        #expect(claims("The company lost $75 million last year.").first?.direction == nil)
        #expect(claims("The company lost 3% of its value.").first?.direction == .down)
    }

    @Test func aRangeOfMovementIsNotAMovementRange() {
        // "from X to Y" without a movement word is a span.
        #expect(quantities("Estimates ranged from 4.1% to 4.5%.") == [.r(4.1, 4.5)])
    }

    @Test func aChangeAndItsLevelHaveDifferentKeys() throws {
        let text = "Acme's revenue rose 5% to $3.2 billion."
        let change = try #require(claim(5, in: text))
        let level = try #require(claim(3.2e9, in: text))
        #expect(change.key != level.key)
    }
}

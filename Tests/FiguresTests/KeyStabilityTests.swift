import Figures
import Testing

/// The same tracked quantity, reported in different words by different articles, gets one key.
@Suite struct KeyStabilityTests {
    struct Paraphrase: CustomTestStringConvertible {
        var a: String, aValue: Double
        var b: String, bValue: Double
        var testDescription: String { a }
    }

    static let pairs: [Paraphrase] = [
        // Outbreak cases.
        .init(a: "Kenya has recorded 1,500 cholera cases, the health ministry said.", aValue: 1500,
              b: "The number of cholera cases in Kenya rose to 1,800, officials said.", bValue: 1800),
        // Deaths in a flood.
        .init(a: "Floods in Pakistan have killed more than 1,100 people.", aValue: 1100,
              b: "The death toll from Pakistan's floods rose to 1,136 on Tuesday.", bValue: 1136),
        // A company's layoffs.
        .init(a: "Acme Corp will cut 1,200 jobs, the company said.", aValue: 1200,
              b: "Acme said it is laying off about 1,500 workers.", bValue: 1500),
        // Inflation rate.
        .init(a: "Inflation in Turkey rose to 85% in October.", aValue: 85,
              b: "Turkey's annual inflation rate hit 85.5 percent, the statistics office said.", bValue: 85.5),
        // Unemployment rate.
        .init(a: "The US unemployment rate fell to 3.5% last month.", aValue: 3.5,
              b: "Unemployment in the United States dropped to 3.7 percent.", bValue: 3.7),
        // Evacuations before a storm.
        .init(a: "Some 50,000 residents were evacuated in Japan as the typhoon approached.", aValue: 50000,
              b: "Japanese authorities evacuated about 60,000 people.", bValue: 60000),
        // Deaths in an epidemic.
        .init(a: "The virus has killed 300 people in Brazil.", aValue: 300,
              b: "Brazil has reported 320 deaths from the virus.", bValue: 320),
        // A stated change in revenue.
        .init(a: "Acme's revenue rose 5% in the quarter.", aValue: 5,
              b: "Revenue at Acme increased by 7 percent in the quarter.", bValue: 7),
        // Vote share.
        .init(a: "In the election, Labour won 35% of the vote.", aValue: 35,
              b: "The Labour party took 36 per cent of the vote.", bValue: 36),
        // Aid pledged.
        .init(a: "Germany pledged €500m in military aid to Ukraine.", aValue: 500e6,
              b: "Germany promised Ukraine 600 million euros of military aid.", bValue: 600e6),
        // Troops sent abroad.
        .init(a: "The US will send 3,000 troops to Poland.", aValue: 3000,
              b: "Washington is deploying about 3,500 soldiers to Poland, the Pentagon said.", bValue: 3500),
        // A share price move.
        .init(a: "Shares of Acme fell 5% on Monday.", aValue: 5,
              b: "Acme's shares dropped 6 percent on Monday.", bValue: 6),
        // People displaced by an earthquake.
        .init(a: "The earthquake displaced 20,000 people in Turkey.", aValue: 20000,
              b: "Some 25,000 people have been displaced in Turkey by the quake.", bValue: 25000),
        // Materiel delivered.
        .init(a: "The United States has delivered 31 Abrams tanks to Ukraine.", aValue: 31,
              b: "Washington sent some 30 tanks to Ukraine last year.", bValue: 30),
    ]

    @Test(arguments: pairs)
    func paraphrasesShareAKey(_ p: Paraphrase) throws {
        let a = try #require(key(of: p.aValue, in: p.a))
        let b = try #require(key(of: p.bValue, in: p.b))
        #expect(a == b)
    }
}

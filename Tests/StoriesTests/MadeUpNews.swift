import Foundation
import Stories

/// Short reports written for these tests: two earthquakes in one country months apart, a flood
/// the same week as the first, an update with a new angle, and an unrelated market story.
enum MadeUpNews {
    static func day(_ text: String) -> Date {
        try! Date("\(text)T12:00:00Z", strategy: .iso8601)
    }

    static let quake = StoryArticle(
        title: "Earthquake in western Nepal kills at least 128",
        body: """
            A magnitude 5.6 earthquake struck Jajarkot district in western Nepal late on Friday, killing at least 128 people \
            and injuring more than 140, officials said. Rescuers in Jajarkot and neighbouring Rukum West searched collapsed \
            mud-brick homes through the night. Prime Minister Pushpa Kamal Dahal flew to Jajarkot with a medical team on \
            Saturday morning. The quake was felt as far away as Kathmandu and New Delhi.
            """,
        time: day("2023-11-04"))

    static let quakeUpdate = StoryArticle(
        title: "Nepal quake survivors sleep in the open as aid reaches Jajarkot",
        body: """
            Thousands of survivors of Friday's earthquake in Jajarkot spent a second night in the open as tents and food \
            began to reach the remote hills of western Nepal. The death toll rose to 153, with most victims in Jajarkot \
            and Rukum West, where mud-brick houses collapsed on sleeping families. Dahal said the government would rebuild \
            homes before winter, while aid groups warned of cold and disease in the camps.
            """,
        time: day("2023-11-05"))

    static let flood = StoryArticle(
        title: "Floods sweep Kathmandu valley after record rain",
        body: """
            Torrential rain flooded low-lying neighbourhoods of Kathmandu, Lalitpur and Bhaktapur on Wednesday as the \
            Bagmati river burst its banks, forcing hundreds of families onto rooftops. Police rescued residents with rubber \
            boats and the airport suspended flights for several hours. Meteorologists said the downpour was the heaviest \
            recorded in the valley in November, long after the monsoon usually ends in Nepal.
            """,
        time: day("2023-11-08"))

    static let laterQuake = StoryArticle(
        title: "Earthquake shakes far-western Nepal, damaging homes in Bajhang",
        body: """
            A magnitude 5.3 earthquake struck Bajhang district in far-western Nepal on Sunday, damaging hundreds of \
            mud-brick homes and injuring at least 20 people, officials said. Rescuers searched villages in Bajhang and \
            neighbouring Doti for people trapped under rubble. The quake revived fears in Jajarkot, where survivors of last \
            year's earthquake still live in tents.
            """,
        time: day("2024-03-10"))

    static let market = StoryArticle(
        title: "Copper prices climb to a two-year high on Chinese demand",
        body: """
            Copper futures rose to their highest level in two years on the London Metal Exchange on Wednesday, lifted by \
            strong imports into China and a weaker dollar. Traders said smelters in Yunnan had cut output, tightening supply \
            of refined metal. Analysts at Goldman Sachs raised their forecast for the coming year.
            """,
        time: day("2023-11-08"))
}

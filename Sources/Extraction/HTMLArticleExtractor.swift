import Foundation
enum HTMLArticleExtractor {
    struct Result { var title: String?; var body: String; var siteName: String?; var url: String?; var published: Date?; var author: String?; var language: String? }
    static func extract(_ html: String) throws(ExtractionError) -> Result { throw ExtractionError("todo") }
}

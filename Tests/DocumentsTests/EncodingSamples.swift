import Documents
import Testing

/// News sentences written for these tests, each in an encoding its language is written in.
/// The bytes were made once with Python's codecs (`text.encode(codec).hex()`) and pasted here,
/// so that the expected text and the bytes come from a codec other than the one under test.
struct EncodingSample: Sendable, CustomTestStringConvertible {
    let language: String
    /// The WHATWG name Tally reports.
    let encoding: String
    /// The Python codec that made the bytes.
    let codec: String
    let text: String
    let bytes: [UInt8]

    init(_ language: String, _ encoding: String, _ codec: String, _ text: String, hex: String) {
        self.language = language
        self.encoding = encoding
        self.codec = codec
        self.text = text
        let digits = Array(hex.utf8.filter { $0 > 0x20 })
        bytes = stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16) ?? 0 }
    }

    var testDescription: String { "\(language) in \(encoding)" }

    /// An HTML page around the sentence, with `head` (ASCII) in its head.
    func page(head: String = "") -> [UInt8] {
        Array("<!DOCTYPE html><html><head>\(head)<title>News</title></head><body><p>".utf8) + bytes + Array("</p></body></html>".utf8)
    }

    static let all: [EncodingSample] = [
        EncodingSample("Japanese", "Shift_JIS", "shift_jis", """
            東京都は二十日、新型ウイルスの感染者が新たに三百五十人確認されたと発表した。政府は緊急事態宣言の延長を検討しており、専門家は「人の流れを抑えることが重要だ」と述べている。
            """, hex: """
            938C8B9E937382CD93F18F5C93FA814190568C5E83458343838B835882CC8AB490F58ED282AA905682BD82C98E4F9553
            8CDC8F5C906C8A6D944682B382EA82BD82C694AD955C82B582BD814290AD957B82CD8BD98B7D8E9691D490E98CBE82CC
            898492B782F08C9F93A282B582C482A882E8814190EA96E589C682CD8175906C82CC97AC82EA82F0977D82A682E982B1
            82C682AA8F64977682BE817682C68F7182D782C482A282E98142
            """),
        EncodingSample("Japanese", "EUC-JP", "euc_jp", """
            東京都は二十日、新型ウイルスの感染者が新たに三百五十人確認されたと発表した。政府は緊急事態宣言の延長を検討しており、専門家は「人の流れを抑えることが重要だ」と述べている。
            """, hex: """
            C5ECB5FEC5D4A4CFC6F3BDBDC6FCA1A2BFB7B7BFA5A6A5A4A5EBA5B9A4CEB4B6C0F7BCD4A4ACBFB7A4BFA4CBBBB0C9B4
            B8DEBDBDBFCDB3CEC7A7A4B5A4ECA4BFA4C8C8AFC9BDA4B7A4BFA1A3C0AFC9DCA4CFB6DBB5DEBBF6C2D6C0EBB8C0A4CE
            B1E4C4B9A4F2B8A1C6A4A4B7A4C6A4AAA4EAA1A2C0ECCCE7B2C8A4CFA1D6BFCDA4CECEAEA4ECA4F2CDDEA4A8A4EBA4B3
            A4C8A4ACBDC5CDD7A4C0A1D7A4C8BDD2A4D9A4C6A4A4A4EBA1A3
            """),
        EncodingSample("Chinese (simplified)", "GBK", "gbk", """
            国家统计局今天发布数据显示，今年前三个季度国内生产总值同比增长百分之四点九，其中第三季度增长百分之四点六。专家认为，经济恢复的基础还需要进一步巩固。
            """, hex: """
            B9FABCD2CDB3BCC6BED6BDF1CCECB7A2B2BCCAFDBEDDCFD4CABEA3ACBDF1C4EAC7B0C8FDB8F6BCBEB6C8B9FAC4DAC9FA
            B2FAD7DCD6B5CDACB1C8D4F6B3A4B0D9B7D6D6AECBC4B5E3BEC5A3ACC6E4D6D0B5DAC8FDBCBEB6C8D4F6B3A4B0D9B7D6
            D6AECBC4B5E3C1F9A1A3D7A8BCD2C8CFCEAAA3ACBEADBCC3BBD6B8B4B5C4BBF9B4A1BBB9D0E8D2AABDF8D2BBB2BDB9AE
            B9CCA1A3
            """),
        EncodingSample("Chinese (traditional)", "Big5", "big5", """
            行政院今天通過明年度中央政府總預算案，總額約二兆九千億元，較今年增加百分之六。主計長表示，國防與社會福利的經費都有明顯成長。
            """, hex: """
            A6E6AC46B07CA4B5A4D1B371B94CA9FAA67EABD7A4A4A5A1AC46A9B2C160B977BAE2AED7A141C160C342ACF9A447A5FC
            A445A464BBF5A4B8A141B8FBA4B5A67EBC57A55BA6CAA4C0A4A7A4BBA143A544AD70AAF8AAEDA5DCA141B0EAA8BEBB50
            AAC0B77CBAD6A751AABAB867B64FB3A3A6B3A9FAC5E3A6A8AAF8A143
            """),
        EncodingSample("Korean", "EUC-KR", "euc_kr", """
            서울시는 이번 주말부터 대중교통 요금을 인상한다고 발표했다. 시 관계자는 물가 상승과 운영 적자를 고려한 결정이라며 시민들의 양해를 구했다.
            """, hex: """
            BCADBFEFBDC3B4C220C0CCB9F820C1D6B8BBBACEC5CD20B4EBC1DFB1B3C5EB20BFE4B1DDC0BB20C0CEBBF3C7D1B4D9B0
            ED20B9DFC7A5C7DFB4D92E20BDC320B0FCB0E8C0DAB4C220B9B0B0A120BBF3BDC2B0FA20BFEEBFB520C0FBC0DAB8A620
            B0EDB7C1C7D120B0E1C1A4C0CCB6F3B8E720BDC3B9CEB5E9C0C720BEE7C7D8B8A620B1B8C7DFB4D92E
            """),
        EncodingSample("Russian", "windows-1251", "cp1251", """
            Правительство России объявило о повышении пенсий на семь процентов с первого января. По словам министра, на эти цели из бюджета будет выделено около двух триллионов рублей.
            """, hex: """
            CFF0E0E2E8F2E5EBFCF1F2E2EE20D0EEF1F1E8E820EEE1FAFFE2E8EBEE20EE20EFEEE2FBF8E5EDE8E820EFE5EDF1E8E9
            20EDE020F1E5ECFC20EFF0EEF6E5EDF2EEE220F120EFE5F0E2EEE3EE20FFEDE2E0F0FF2E20CFEE20F1EBEEE2E0EC20EC
            E8EDE8F1F2F0E02C20EDE020FDF2E820F6E5EBE820E8E720E1FEE4E6E5F2E020E1F3E4E5F220E2FBE4E5EBE5EDEE20EE
            EAEEEBEE20E4E2F3F520F2F0E8EBEBE8EEEDEEE220F0F3E1EBE5E92E
            """),
        EncodingSample("Russian", "KOI8-R", "koi8_r", """
            Правительство России объявило о повышении пенсий на семь процентов с первого января. По словам министра, на эти цели из бюджета будет выделено около двух триллионов рублей.
            """, hex: """
            F0D2C1D7C9D4C5CCD8D3D4D7CF20F2CFD3D3C9C920CFC2DFD1D7C9CCCF20CF20D0CFD7D9DBC5CEC9C920D0C5CED3C9CA
            20CEC120D3C5CDD820D0D2CFC3C5CED4CFD720D320D0C5D2D7CFC7CF20D1CED7C1D2D12E20F0CF20D3CCCFD7C1CD20CD
            C9CEC9D3D4D2C12C20CEC120DCD4C920C3C5CCC920C9DA20C2C0C4D6C5D4C120C2D5C4C5D420D7D9C4C5CCC5CECF20CF
            CBCFCCCF20C4D7D5C820D4D2C9CCCCC9CFCECFD720D2D5C2CCC5CA2E
            """),
        EncodingSample("Russian", "ISO-8859-5", "iso8859_5", """
            Правительство России объявило о повышении пенсий на семь процентов с первого января. По словам министра, на эти цели из бюджета будет выделено около двух триллионов рублей.
            """, hex: """
            BFE0D0D2D8E2D5DBECE1E2D2DE20C0DEE1E1D8D820DED1EAEFD2D8DBDE20DE20DFDED2EBE8D5DDD8D820DFD5DDE1D8D9
            20DDD020E1D5DCEC20DFE0DEE6D5DDE2DED220E120DFD5E0D2DED3DE20EFDDD2D0E0EF2E20BFDE20E1DBDED2D0DC20DC
            D8DDD8E1E2E0D02C20DDD020EDE2D820E6D5DBD820D8D720D1EED4D6D5E2D020D1E3D4D5E220D2EBD4D5DBD5DDDE20DE
            DADEDBDE20D4D2E3E520E2E0D8DBDBD8DEDDDED220E0E3D1DBD5D92E
            """),
        EncodingSample("Ukrainian", "KOI8-U", "koi8_u", """
            У Києві сьогодні відкрили новий міст через Дніпро. Міський голова заявив, що будівництво коштувало понад три мільярди гривень і тривало чотири роки.
            """, hex: """
            F520EBC9A4D7A620D3D8CFC7CFC4CEA620D7A6C4CBD2C9CCC920CECFD7C9CA20CDA6D3D420DEC5D2C5DA20E4CEA6D0D2
            CF2E20EDA6D3D8CBC9CA20C7CFCCCFD7C120DAC1D1D7C9D72C20DDCF20C2D5C4A6D7CEC9C3D4D7CF20CBCFDBD4D5D7C1
            CCCF20D0CFCEC1C420D4D2C920CDA6CCD8D1D2C4C920C7D2C9D7C5CED820A620D4D2C9D7C1CCCF20DECFD4C9D2C920D2
            CFCBC92E
            """),
        EncodingSample("Bulgarian", "windows-1251", "cp1251", """
            Правителството одобри бюджета за следващата година. Министърът на финансите заяви, че дефицитът ще бъде под три процента от брутния вътрешен продукт.
            """, hex: """
            CFF0E0E2E8F2E5EBF1F2E2EEF2EE20EEE4EEE1F0E820E1FEE4E6E5F2E020E7E020F1EBE5E4E2E0F9E0F2E020E3EEE4E8
            EDE02E20CCE8EDE8F1F2FAF0FAF220EDE020F4E8EDE0EDF1E8F2E520E7E0FFE2E82C20F7E520E4E5F4E8F6E8F2FAF220
            F9E520E1FAE4E520EFEEE420F2F0E820EFF0EEF6E5EDF2E020EEF220E1F0F3F2EDE8FF20E2FAF2F0E5F8E5ED20EFF0EE
            E4F3EAF22E
            """),
        EncodingSample("Polish", "windows-1250", "cp1250", """
            Rząd przyjął w środę projekt budżetu na przyszły rok. Według ministra finansów deficyt wyniesie około 184 miliardów złotych, a wzrost gospodarczy ma sięgnąć trzech procent.
            """, hex: """
            527AB9642070727A796AB9B32077209C726F64EA2070726F6A656B7420627564BF657475206E612070727A79737AB379
            20726F6B2E20576564B37567206D696E69737472612066696E616E73F37720646566696379742077796E696573696520
            6F6B6FB36F20313834206D696C69617264F377207AB36F747963682C206120777A726F737420676F73706F646172637A
            79206D61207369EA676EB9E62074727A6563682070726F63656E742E
            """),
        EncodingSample("Czech", "ISO-8859-2", "iso8859_2", """
            Vláda ve středu schválila návrh státního rozpočtu na příští rok. Podle ministra financí bude schodek činit zhruba dvě stě miliard korun, což je méně než letos.
            """, hex: """
            566CE16461207665207374F86564752073636876E16C696C61206EE1767268207374E1746EED686F20726F7A706FE874
            75206E612070F8EDB974ED20726F6B2E20506F646C65206D696E69737472612066696E616E63ED206275646520736368
            6F64656B20E8696E6974207A6872756261206476EC207374EC206D696C69617264206B6F72756E2C20636FBE206A6520
            6DE96EEC206E65BE206C65746F732E
            """),
        EncodingSample("Hungarian", "windows-1250", "cp1250", """
            A kormány szerdán elfogadta a jövő évi költségvetés tervezetét. A pénzügyminiszter szerint a hiány a bruttó hazai termék négy százaléka alatt marad.
            """, hex: """
            41206B6F726DE16E7920737A657264E16E20656C666F67616474612061206AF676F520E97669206BF66C7473E9677665
            74E9732074657276657A6574E9742E20412070E96E7AFC67796D696E69737A74657220737A6572696E742061206869E1
            6E792061206272757474F32068617A6169207465726DE96B206EE9677920737AE17A616CE96B6120616C617474206D61
            7261642E
            """),
        EncodingSample("Greek", "ISO-8859-7", "iso8859_7", """
            Άρχισε σήμερα η συνεδρίαση της Βουλής για τον προϋπολογισμό. Ο υπουργός Οικονομικών είπε ότι το έλλειμμα θα μειωθεί στο δύο τοις εκατό.
            """, hex: """
            B6F1F7E9F3E520F3DEECE5F1E120E720F3F5EDE5E4F1DFE1F3E720F4E7F220C2EFF5EBDEF220E3E9E120F4EFED20F0F1
            EFFBF0EFEBEFE3E9F3ECFC2E20CF20F5F0EFF5F1E3FCF220CFE9EAEFEDEFECE9EAFEED20E5DFF0E520FCF4E920F4EF20
            DDEBEBE5E9ECECE120E8E120ECE5E9F9E8E5DF20F3F4EF20E4FDEF20F4EFE9F220E5EAE1F4FC2E
            """),
        EncodingSample("Greek", "windows-1253", "cp1253", """
            Ο πρωθυπουργός δήλωσε ότι «η οικονομία ανακάμπτει», ενώ η αντιπολίτευση μίλησε για “λογιστικά τεχνάσματα”. Η ανεργία έπεσε στο δέκα τοις εκατό.
            """, hex: """
            CF20F0F1F9E8F5F0EFF5F1E3FCF220E4DEEBF9F3E520FCF4E920ABE720EFE9EAEFEDEFECDFE120E1EDE1EADCECF0F4E5
            E9BB2C20E5EDFE20E720E1EDF4E9F0EFEBDFF4E5F5F3E720ECDFEBE7F3E520E3E9E12093EBEFE3E9F3F4E9EADC20F4E5
            F7EDDCF3ECE1F4E1942E20C720E1EDE5F1E3DFE120DDF0E5F3E520F3F4EF20E4DDEAE120F4EFE9F220E5EAE1F4FC2E
            """),
        EncodingSample("French", "windows-1252", "cp1252", """
            Le gouvernement a présenté mercredi son projet de budget pour l’année prochaine. Selon le ministre, le déficit public devrait être ramené à 4,4 % du produit intérieur brut, grâce à des économies « très importantes ».
            """, hex: """
            4C6520676F757665726E656D656E742061207072E973656E74E9206D6572637265646920736F6E2070726F6A65742064
            652062756467657420706F7572206C92616E6EE9652070726F636861696E652E2053656C6F6E206C65206D696E697374
            72652C206C652064E96669636974207075626C6963206465767261697420EA7472652072616D656EE920E020342C3420
            252064752070726F6475697420696E74E9726965757220627275742C206772E2636520E02064657320E9636F6E6F6D69
            657320AB207472E87320696D706F7274616E74657320BB2E
            """),
        EncodingSample("German", "windows-1252", "cp1252", """
            Die Bundesregierung hat am Mittwoch den Haushaltsentwurf für das kommende Jahr beschlossen. Nach Angaben des Finanzministers steigen die Ausgaben um drei Prozent, während die Neuverschuldung sinken soll.
            """, hex: """
            4469652042756E646573726567696572756E672068617420616D204D697474776F63682064656E204861757368616C74
            73656E74777572662066FC7220646173206B6F6D6D656E6465204A6168722062657363686C6F7373656E2E204E616368
            20416E676162656E206465732046696E616E7A6D696E697374657273207374656967656E206469652041757367616265
            6E20756D20647265692050726F7A656E742C2077E46872656E6420646965204E6575766572736368756C64756E672073
            696E6B656E20736F6C6C2E
            """),
        EncodingSample("Turkish", "windows-1254", "cp1254", """
            Hükümet çarşamba günü gelecek yılın bütçe taslağını onayladı. Maliye bakanı, açığın gayri safi yurt içi hasılanın yüzde üçünün altında kalacağını söyledi.
            """, hex: """
            48FC6BFC6D657420E76172FE616D62612067FC6EFC2067656C6563656B2079FD6CFD6E2062FC74E765207461736C61F0
            FD6EFD206F6E61796C6164FD2E204D616C6979652062616B616EFD2C2061E7FDF0FD6E20676179726920736166692079
            7572742069E76920686173FD6C616EFD6E2079FC7A646520FCE7FC6EFC6E20616C74FD6E6461206B616C616361F0FD6E
            FD2073F6796C6564692E
            """),
        EncodingSample("Hebrew", "windows-1255", "cp1255", """
            הממשלה אישרה היום את תקציב המדינה לשנה הבאה. לדברי שר האוצר, הגירעון צפוי לרדת לשלושה אחוזים מהתוצר.
            """, hex: """
            E4EEEEF9ECE420E0E9F9F8E420E4E9E5ED20E0FA20FAF7F6E9E120E4EEE3E9F0E420ECF9F0E420E4E1E0E42E20ECE3E1
            F8E920F9F820E4E0E5F6F82C20E4E2E9F8F2E5EF20F6F4E5E920ECF8E3FA20ECF9ECE5F9E420E0E7E5E6E9ED20EEE4FA
            E5F6F82E
            """),
        EncodingSample("Arabic", "windows-1256", "cp1256", """
            وافقت الحكومة اليوم على مشروع الموازنة العامة للعام المقبل. وقال وزير المالية إن العجز سينخفض إلى ثلاثة في المئة من الناتج المحلي الإجمالي.
            """, hex: """
            E6C7DDDECA20C7E1CDDFE6E3C920C7E1EDE6E320DAE1EC20E3D4D1E6DA20C7E1E3E6C7D2E4C920C7E1DAC7E3C920E1E1
            DAC7E320C7E1E3DEC8E12E20E6DEC7E120E6D2EDD120C7E1E3C7E1EDC920C5E420C7E1DACCD220D3EDE4CEDDD620C5E1
            EC20CBE1C7CBC920DDED20C7E1E3C6C920E3E420C7E1E4C7CACC20C7E1E3CDE1ED20C7E1C5CCE3C7E1ED2E
            """),
        EncodingSample("Arabic", "ISO-8859-6", "iso8859_6", """
            وافقت الحكومة اليوم على مشروع الموازنة العامة للعام المقبل. وقال وزير المالية إن العجز سينخفض إلى ثلاثة في المئة من الناتج المحلي الإجمالي.
            """, hex: """
            E8C7E1E2CA20C7E4CDE3E8E5C920C7E4EAE8E520D9E4E920E5D4D1E8D920C7E4E5E8C7D2E6C920C7E4D9C7E5C920E4E4
            D9C7E520C7E4E5E2C8E42E20E8E2C7E420E8D2EAD120C7E4E5C7E4EAC920C5E620C7E4D9CCD220D3EAE6CEE1D620C5E4
            E920CBE4C7CBC920E1EA20C7E4E5C6C920E5E620C7E4E6C7CACC20C7E4E5CDE4EA20C7E4C5CCE5C7E4EA2E
            """),
        EncodingSample("Thai", "windows-874", "cp874", """
            รัฐบาลอนุมัติร่างงบประมาณรายจ่ายประจำปีงบประมาณหน้าแล้ว โดยรัฐมนตรีว่าการกระทรวงการคลังกล่าวว่าการขาดดุลจะลดลง
            """, hex: """
            C3D1B0BAD2C5CDB9D8C1D1B5D4C3E8D2A7A7BABBC3D0C1D2B3C3D2C2A8E8D2C2BBC3D0A8D3BBD5A7BABBC3D0C1D2B3CB
            B9E9D2E1C5E9C720E2B4C2C3D1B0C1B9B5C3D5C7E8D2A1D2C3A1C3D0B7C3C7A7A1D2C3A4C5D1A7A1C5E8D2C7C7E8D2A1
            D2C3A2D2B4B4D8C5A8D0C5B4C5A7
            """),
        EncodingSample("Lithuanian", "windows-1257", "cp1257", """
            Vyriausybė trečiadienį pritarė kitų metų biudžeto projektui. Finansų ministrės teigimu, deficitas sudarys mažiau nei tris procentus bendrojo vidaus produkto.
            """, hex: """
            567972696175737962EB20747265E869616469656EE120707269746172EB206B6974F8206D6574F82062697564FE6574
            6F2070726F6A656B7475692E2046696E616E73F8206D696E69737472EB732074656967696D752C206465666963697461
            732073756461727973206D61FE696175206E656920747269732070726F63656E7475732062656E64726F6A6F20766964
            6175732070726F64756B746F2E
            """),
    ]
}

/// Countries and a few blocs and territories: slug | display name | names | demonyms | capitals and
/// metonyms. Lowercase; multi-word entries are matched word by word. General world knowledge as data.
enum GazetteerData {
    static let table = """
    afghanistan|Afghanistan|afghanistan|afghan;afghans|kabul
    albania|Albania|albania|albanian;albanians|tirana
    algeria|Algeria|algeria|algerian;algerians|algiers
    andorra|Andorra|andorra|andorran|
    angola|Angola|angola|angolan;angolans|luanda
    antigua-and-barbuda|Antigua and Barbuda|antigua and barbuda;antigua|antiguan|
    argentina|Argentina|argentina|argentine;argentinian;argentines;argentinians|buenos aires
    armenia|Armenia|armenia|armenian;armenians|yerevan
    australia|Australia|australia|australian;australians|canberra
    austria|Austria|austria|austrian;austrians|vienna
    azerbaijan|Azerbaijan|azerbaijan|azerbaijani;azerbaijanis;azeri;azeris|baku
    bahamas|Bahamas|bahamas;the bahamas|bahamian;bahamians|nassau
    bahrain|Bahrain|bahrain|bahraini;bahrainis|manama
    bangladesh|Bangladesh|bangladesh|bangladeshi;bangladeshis|dhaka
    barbados|Barbados|barbados|barbadian;barbadians|bridgetown
    belarus|Belarus|belarus|belarusian;belarusians;belarussian|minsk
    belgium|Belgium|belgium|belgian;belgians|
    belize|Belize|belize|belizean|belmopan
    benin|Benin|benin|beninese|porto-novo
    bhutan|Bhutan|bhutan|bhutanese|thimphu
    bolivia|Bolivia|bolivia|bolivian;bolivians|la paz;sucre
    bosnia-and-herzegovina|Bosnia and Herzegovina|bosnia and herzegovina;bosnia|bosnian;bosnians|sarajevo
    botswana|Botswana|botswana|botswanan;motswana|gaborone
    brazil|Brazil|brazil|brazilian;brazilians|brasilia;brasília
    brunei|Brunei|brunei|bruneian|bandar seri begawan
    bulgaria|Bulgaria|bulgaria|bulgarian;bulgarians|sofia
    burkina-faso|Burkina Faso|burkina faso|burkinabe|ouagadougou
    burundi|Burundi|burundi|burundian;burundians|gitega;bujumbura
    cambodia|Cambodia|cambodia|cambodian;cambodians|phnom penh
    cameroon|Cameroon|cameroon|cameroonian;cameroonians|yaounde;yaoundé
    canada|Canada|canada|canadian;canadians|ottawa
    cape-verde|Cape Verde|cape verde;cabo verde|cape verdean|praia
    central-african-republic|Central African Republic|central african republic|central african|bangui
    chad|Chad|chad|chadian;chadians|n'djamena
    chile|Chile|chile|chilean;chileans|santiago
    china|China|china;prc;people's republic of china;mainland china|chinese|beijing
    colombia|Colombia|colombia|colombian;colombians|bogota;bogotá
    comoros|Comoros|comoros|comoran|moroni
    congo|Republic of the Congo|republic of the congo;congo-brazzaville|congolese|brazzaville
    dr-congo|DR Congo|democratic republic of the congo;democratic republic of congo;drc;dr congo|congolese|kinshasa
    costa-rica|Costa Rica|costa rica|costa rican;costa ricans|san jose;san josé
    croatia|Croatia|croatia|croatian;croatians;croat;croats|zagreb
    cuba|Cuba|cuba|cuban;cubans|havana
    cyprus|Cyprus|cyprus|cypriot;cypriots|nicosia
    czech-republic|Czech Republic|czech republic;czechia|czech;czechs|prague
    denmark|Denmark|denmark|danish;dane;danes|copenhagen
    djibouti|Djibouti|djibouti|djiboutian|
    dominica|Dominica|dominica|dominican|roseau
    dominican-republic|Dominican Republic|dominican republic|dominican;dominicans|santo domingo
    ecuador|Ecuador|ecuador|ecuadorian;ecuadorians|quito
    egypt|Egypt|egypt|egyptian;egyptians|cairo
    el-salvador|El Salvador|el salvador|salvadoran;salvadorans;salvadorean|san salvador
    equatorial-guinea|Equatorial Guinea|equatorial guinea|equatoguinean|malabo
    eritrea|Eritrea|eritrea|eritrean;eritreans|asmara
    estonia|Estonia|estonia|estonian;estonians|tallinn
    eswatini|Eswatini|eswatini;swaziland|swazi|mbabane
    ethiopia|Ethiopia|ethiopia|ethiopian;ethiopians|addis ababa
    fiji|Fiji|fiji|fijian;fijians|suva
    finland|Finland|finland|finnish;finn;finns|helsinki
    france|France|france|french|paris;elysee;élysée
    gabon|Gabon|gabon|gabonese|libreville
    gambia|Gambia|gambia;the gambia|gambian;gambians|banjul
    georgia|Georgia|georgia|georgian;georgians|tbilisi
    germany|Germany|germany|german;germans|berlin
    ghana|Ghana|ghana|ghanaian;ghanaians|accra
    greece|Greece|greece|greek;greeks|athens
    grenada|Grenada|grenada|grenadian|
    guatemala|Guatemala|guatemala|guatemalan;guatemalans|guatemala city
    guinea|Guinea|guinea|guinean;guineans|conakry
    guinea-bissau|Guinea-Bissau|guinea-bissau|bissau-guinean|bissau
    guyana|Guyana|guyana|guyanese|georgetown
    haiti|Haiti|haiti|haitian;haitians|port-au-prince
    honduras|Honduras|honduras|honduran;hondurans|tegucigalpa
    hungary|Hungary|hungary|hungarian;hungarians|budapest
    iceland|Iceland|iceland|icelandic;icelander;icelanders|reykjavik
    india|India|india|indian;indians|new delhi;delhi
    indonesia|Indonesia|indonesia|indonesian;indonesians|jakarta
    iran|Iran|iran|iranian;iranians|tehran
    iraq|Iraq|iraq|iraqi;iraqis|baghdad
    ireland|Ireland|ireland;republic of ireland|irish|dublin
    israel|Israel|israel|israeli;israelis|jerusalem;tel aviv
    italy|Italy|italy|italian;italians|rome
    ivory-coast|Ivory Coast|ivory coast;cote d'ivoire;côte d'ivoire|ivorian;ivorians|yamoussoukro;abidjan
    jamaica|Jamaica|jamaica|jamaican;jamaicans|kingston
    japan|Japan|japan|japanese|tokyo
    jordan|Jordan|jordan|jordanian;jordanians|amman
    kazakhstan|Kazakhstan|kazakhstan|kazakh;kazakhs;kazakhstani|astana
    kenya|Kenya|kenya|kenyan;kenyans|nairobi
    kiribati|Kiribati|kiribati|i-kiribati|tarawa
    kosovo|Kosovo|kosovo|kosovar;kosovars|pristina
    kuwait|Kuwait|kuwait|kuwaiti;kuwaitis|kuwait city
    kyrgyzstan|Kyrgyzstan|kyrgyzstan|kyrgyz|bishkek
    laos|Laos|laos|lao;laotian|vientiane
    latvia|Latvia|latvia|latvian;latvians|riga
    lebanon|Lebanon|lebanon|lebanese|beirut
    lesotho|Lesotho|lesotho|basotho|maseru
    liberia|Liberia|liberia|liberian;liberians|monrovia
    libya|Libya|libya|libyan;libyans|tripoli
    liechtenstein|Liechtenstein|liechtenstein|liechtensteiner|vaduz
    lithuania|Lithuania|lithuania|lithuanian;lithuanians|vilnius
    luxembourg|Luxembourg|luxembourg|luxembourgish;luxembourger|
    madagascar|Madagascar|madagascar|malagasy|antananarivo
    malawi|Malawi|malawi|malawian;malawians|lilongwe
    malaysia|Malaysia|malaysia|malaysian;malaysians|kuala lumpur
    maldives|Maldives|maldives|maldivian|
    mali|Mali|mali|malian;malians|bamako
    malta|Malta|malta|maltese|valletta
    marshall-islands|Marshall Islands|marshall islands|marshallese|majuro
    mauritania|Mauritania|mauritania|mauritanian|nouakchott
    mauritius|Mauritius|mauritius|mauritian|port louis
    mexico|Mexico|mexico|mexican;mexicans|mexico city
    micronesia|Micronesia|micronesia|micronesian|palikir
    moldova|Moldova|moldova|moldovan;moldovans|chisinau;chișinău
    monaco|Monaco|monaco|monegasque|
    mongolia|Mongolia|mongolia|mongolian;mongolians|ulaanbaatar
    montenegro|Montenegro|montenegro|montenegrin;montenegrins|podgorica
    morocco|Morocco|morocco|moroccan;moroccans|rabat
    mozambique|Mozambique|mozambique|mozambican;mozambicans|maputo
    myanmar|Myanmar|myanmar;burma|burmese|naypyidaw;yangon
    namibia|Namibia|namibia|namibian;namibians|windhoek
    nauru|Nauru|nauru|nauruan|
    nepal|Nepal|nepal|nepali;nepalese;nepalis|kathmandu
    netherlands|Netherlands|netherlands;the netherlands;holland|dutch|amsterdam;the hague
    new-zealand|New Zealand|new zealand|new zealander;new zealanders|wellington
    nicaragua|Nicaragua|nicaragua|nicaraguan;nicaraguans|managua
    niger|Niger|niger|nigerien;nigeriens|niamey
    nigeria|Nigeria|nigeria|nigerian;nigerians|abuja
    north-korea|North Korea|north korea;n korea;dprk;democratic people's republic of korea|north korean;north koreans;n korean|pyongyang
    north-macedonia|North Macedonia|north macedonia;macedonia|macedonian;macedonians|skopje
    norway|Norway|norway|norwegian;norwegians|oslo
    oman|Oman|oman|omani;omanis|muscat
    pakistan|Pakistan|pakistan|pakistani;pakistanis|islamabad
    palau|Palau|palau|palauan|ngerulmud
    palestine|Palestine|palestine;palestinian territories;west bank|palestinian;palestinians|ramallah
    gaza|Gaza|gaza;gaza strip|gazan;gazans|
    panama|Panama|panama|panamanian;panamanians|panama city
    papua-new-guinea|Papua New Guinea|papua new guinea|papua new guinean|port moresby
    paraguay|Paraguay|paraguay|paraguayan;paraguayans|asuncion;asunción
    peru|Peru|peru|peruvian;peruvians|lima
    philippines|Philippines|philippines;the philippines|filipino;filipinos;philippine|manila
    poland|Poland|poland|polish;pole;poles|warsaw
    portugal|Portugal|portugal|portuguese|lisbon
    qatar|Qatar|qatar|qatari;qataris|doha
    romania|Romania|romania|romanian;romanians|bucharest
    russia|Russia|russia;russian federation|russian;russians|moscow;kremlin
    rwanda|Rwanda|rwanda|rwandan;rwandans|kigali
    saint-lucia|Saint Lucia|saint lucia;st lucia|saint lucian|castries
    samoa|Samoa|samoa|samoan;samoans|apia
    san-marino|San Marino|san marino|sammarinese|
    saudi-arabia|Saudi Arabia|saudi arabia|saudi;saudis;saudi arabian|riyadh
    senegal|Senegal|senegal|senegalese|dakar
    serbia|Serbia|serbia|serbian;serbians;serb;serbs|belgrade
    seychelles|Seychelles|seychelles|seychellois|
    sierra-leone|Sierra Leone|sierra leone|sierra leonean|freetown
    singapore|Singapore|singapore|singaporean;singaporeans|
    slovakia|Slovakia|slovakia|slovak;slovaks;slovakian|bratislava
    slovenia|Slovenia|slovenia|slovenian;slovenians;slovene|ljubljana
    solomon-islands|Solomon Islands|solomon islands|solomon islander|honiara
    somalia|Somalia|somalia|somali;somalis|mogadishu
    south-africa|South Africa|south africa|south african;south africans|pretoria;cape town;johannesburg
    south-korea|South Korea|south korea;s korea;republic of korea;rok|south korean;south koreans;s korean|seoul
    south-sudan|South Sudan|south sudan|south sudanese|juba
    spain|Spain|spain|spanish;spaniard;spaniards|madrid
    sri-lanka|Sri Lanka|sri lanka|sri lankan;sri lankans|colombo
    sudan|Sudan|sudan|sudanese|khartoum
    suriname|Suriname|suriname|surinamese|paramaribo
    sweden|Sweden|sweden|swedish;swede;swedes|stockholm
    switzerland|Switzerland|switzerland|swiss|bern;berne;geneva
    syria|Syria|syria|syrian;syrians|damascus
    taiwan|Taiwan|taiwan|taiwanese|taipei
    tajikistan|Tajikistan|tajikistan|tajik;tajiks|dushanbe
    tanzania|Tanzania|tanzania|tanzanian;tanzanians|dodoma;dar es salaam
    thailand|Thailand|thailand|thai;thais|bangkok
    timor-leste|Timor-Leste|timor-leste;east timor|timorese|dili
    togo|Togo|togo|togolese|lome;lomé
    tonga|Tonga|tonga|tongan|nuku'alofa
    trinidad-and-tobago|Trinidad and Tobago|trinidad and tobago;trinidad|trinidadian|port of spain
    tunisia|Tunisia|tunisia|tunisian;tunisians|tunis
    turkey|Turkey|turkey;turkiye;türkiye|turkish;turk;turks|ankara;istanbul
    turkmenistan|Turkmenistan|turkmenistan|turkmen|ashgabat
    tuvalu|Tuvalu|tuvalu|tuvaluan|funafuti
    uganda|Uganda|uganda|ugandan;ugandans|kampala
    ukraine|Ukraine|ukraine|ukrainian;ukrainians|kyiv;kiev
    united-arab-emirates|United Arab Emirates|united arab emirates;uae;u.a.e.|emirati;emiratis|abu dhabi;dubai
    united-kingdom|United Kingdom|united kingdom;uk;u.k.;britain;great britain|british;briton;britons|london;downing street;whitehall
    united-states|United States|united states;united states of america;us;u.s.;usa;u.s.a.;america|american;americans|washington;pentagon;white house
    uruguay|Uruguay|uruguay|uruguayan;uruguayans|montevideo
    uzbekistan|Uzbekistan|uzbekistan|uzbek;uzbeks|tashkent
    vanuatu|Vanuatu|vanuatu|ni-vanuatu|port vila
    vatican|Vatican|vatican;holy see|vatican|vatican city
    venezuela|Venezuela|venezuela|venezuelan;venezuelans|caracas
    vietnam|Vietnam|vietnam;viet nam|vietnamese|hanoi
    yemen|Yemen|yemen|yemeni;yemenis|sanaa;sana'a
    zambia|Zambia|zambia|zambian;zambians|lusaka
    zimbabwe|Zimbabwe|zimbabwe|zimbabwean;zimbabweans|harare
    european-union|European Union|european union;eu;e.u.|european;europeans|brussels
    nato|NATO|nato|| 
    united-nations|United Nations|united nations;un;u.n.||
    """
}

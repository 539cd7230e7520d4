/// Word classes that page furniture is made of. They are classes, not phrases: a short line made
/// only of them ("Latest Posts", "Share this article", "Follow us on X and Facebook",
/// "About The Author") is furniture whatever the site's exact wording.
enum FurnitureVocabulary {
    /// Navigation, sharing, social networks, site sections, sign-in, counters and labels.
    static let furniture: Set<String> = [
        // navigation and site sections
        "home", "back", "menu", "search", "skip", "next", "previous", "prev", "top", "main", "content",
        "navigation", "close", "open", "more", "latest", "posts", "post", "popular", "trending", "recent",
        "related", "recommended", "stories", "story", "articles", "article", "news", "sections", "section",
        "topics", "topic", "tags", "tag", "categories", "category", "archive", "archives", "page", "pages",
        "continue", "continues", "reading", "read", "also", "see", "view", "all", "below", "above", "here",
        "click", "tap", "go", "load", "show", "hide", "expand", "collapse", "toggle", "sidebar", "footer",
        "header", "breadcrumb", "sitemap", "index", "feed", "rss", "edition", "editions", "coverage",
        "contents", "external", "information", "info", "closed",
        // sharing and social networks
        "share", "shares", "shared", "sharing", "tweet", "retweet", "facebook", "twitter", "x", "linkedin",
        "whatsapp", "telegram", "reddit", "pinterest", "instagram", "youtube", "tiktok", "threads", "bluesky",
        "mastodon", "flipboard", "messenger", "email", "e-mail", "mail", "print", "copy", "link", "links",
        "url", "copied", "follow", "followers", "like", "likes", "comment", "comments", "reply", "replies",
        // accounts and subscriptions
        "subscribe", "subscription", "subscriber", "subscribers", "newsletter", "newsletters", "sign",
        "up", "in", "out", "login", "logout", "log", "register", "account", "profile",
        "donate", "donation", "patron", "patreon", "support", "become", "member", "membership", "join",
        "premium", "free", "trial", "unlock", "get", "touch", "contact", "contacts", "us",
        // page and publisher furniture
        "about", "author", "authors", "bio", "original", "source", "sources", "advertisement", "advertising",
        "advertise", "ad", "ads", "sponsored", "sponsor", "partner", "promoted", "privacy",
        "policy", "terms", "conditions", "use", "cookie", "cookies", "settings", "accept", "reject",
        "preferences", "copyright", "rights", "reserved", "photo", "photos", "gallery", "video", "videos",
        "image", "images", "watch", "listen", "audio", "podcast", "live", "updates", "update", "min",
        "minute", "minutes", "views", "visits", "visited", "times", "today", "font", "size",
        "translate", "language", "app", "download", "notifications", "alerts", "feedback", "help",
        // the same classes in the other languages of the European web (German, French, Spanish,
        // Portuguese, Italian, Polish): a related-links title or a share bar reads the same there
        "startseite", "zurück", "weiter", "weiterlesen", "nächster", "nächste", "vorheriger", "suche", "mehr",
        "thema", "themen", "artikel", "beitrag", "beiträge", "beitragsbild", "weitere", "ähnliche", "verwandte",
        "empfohlen", "empfohlene", "interessant", "neueste", "neuesten", "letzte", "aktuell", "aktuelle",
        "meistgelesen", "meistgelesene", "meistgelesenen", "meistkommentiert", "kategorie", "kategorien",
        "interessieren", "gefallen", "anzeigen", "ausblenden", "einblenden", "geschlossen", "informationen",
        "zusatzinformationen", "quellenangaben", "inhaltsverzeichnis", "inhalt", "externer", "originalartikel",
        "kostenlos", "também",
        "schlagwörter", "teilen", "kommentar", "kommentare", "kommentieren", "antworten", "drucken", "abonnieren",
        "anmelden", "registrieren", "anzeige", "werbung", "foto", "fotos", "bild", "bilder", "quelle", "quellen",
        "autor", "autorin", "autoren", "kontakt", "impressum", "datenschutz", "lesen", "gelesen",
        "accueil", "suivant", "précédent", "recherche", "plus", "lire", "aussi", "voir", "sujet",
        "partager", "commentaires", "commentaire", "abonnez-vous", "publicité", "auteur", "similaires",
        "inicio", "siguiente", "anterior", "buscar", "más", "leer", "ver", "también", "relacionado",
        "relacionados", "relacionadas", "relacionada", "noticias", "notas", "artículos", "contenido", "compartir",
        "comentarios", "suscríbete", "publicidad", "mira", "veja", "notícias",
        "leggi", "anche", "condividi", "commenti", "correlati", "articoli",
        "czytaj", "też", "także", "więcej", "zobacz", "udostępnij", "komentarze", "reklama", "źródło",
    ]

    /// Words that carry no class of their own and may sit between furniture words.
    static let neutral: Set<String> = [
        "a", "an", "the", "this", "that", "these", "our", "your", "my", "to", "on", "of", "for", "and",
        "or", "with", "by", "at", "from", "via", "is", "are", "be", "now", "you", "we", "it", "me", "&",
        "might", "may", "could", "über", "ihnen", "schon", "puedes",
        "der", "die", "das", "den", "dem", "des", "zum", "zur", "zu", "und", "oder", "mit", "von", "im", "auf",
        "für", "sie", "ihr", "dich", "dir", "du", "uns", "unser", "unsere", "unseren", "diesen", "dieser",
        "diese", "dieses", "ein", "eine", "einen", "hier", "jetzt", "alle", "auch", "noch", "könnte",
        "le", "la", "les", "de", "sur", "et", "à", "un", "une", "nos", "notre", "vous",
        "el", "los", "las", "del", "en", "y", "o", "con", "por", "para", "su", "sus", "nuestro", "nuestros",
        "e", "di", "il", "per", "na", "w", "z", "i",
    ]

    /// Words that make a block a call to action when a reader is addressed: rare in reporting.
    static let callToActionStrong: Set<String> = [
        "subscribe", "subscribed", "subscribing", "subscriber", "subscribers", "subscription", "subscriptions",
        "newsletter", "newsletters", "inbox", "donate", "donating", "donation", "donations", "patron",
        "patrons", "patreon", "membership", "cookies", "commenting", "paywall", "unsubscribe", "signup",
        "ad-free", "click", "tap", "notifications", "bookmark", "login",
        // the same appeals in the other languages of the European web
        "abonnieren", "abonniere", "abonniert", "abonnement", "abo", "abonnent", "abonnenten", "anmelden",
        "eingeloggt", "einloggen", "registrieren", "spenden", "spende", "kommentieren", "newsletter-anmeldung",
        "suscríbete", "suscribirse", "suscripción", "suscriptores", "suscriptor", "únete",
        "abonnez-vous", "abonner", "abonnés", "inscrivez-vous", "iscriviti", "abbonati", "abbonamento",
        "subskrypcji", "subskrypcję", "subskrybuj", "prenumeratę", "zaloguj",
    ]

    /// Words that point the same way but also occur in ordinary reporting; they count double.
    static let callToActionWeak: Set<String> = [
        "support", "join", "community", "help", "comment", "comments", "follow", "share", "free", "access",
        "account", "register", "readers", "reader", "journalism", "reporting", "independent", "contribute",
        "sign", "newsroom", "page", "site", "website", "app", "download", "policy",
        "unterstützen", "unterstütze", "unterstützung", "teilen", "kommentare", "kommentaren", "folgen",
        "leser", "leserinnen", "journalismus", "kostenlos", "gratis", "seite", "webseite",
        "apoya", "apoyar", "comparte", "comentarios", "lectores", "periodismo", "canal", "suivez", "soutenez",
        "partagez", "lecteurs", "journalisme", "sostieni", "lettori", "giornalismo", "wesprzyj", "czytelnicy",
    ]

    /// Words the reader is addressed with.
    static let readerAddress: Set<String> = [
        "you", "your", "yours", "yourself", "readers", "reader",
        // the familiar "you" of other languages: German, Spanish, French, Italian, Polish
        "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "eure", "euren",
        "tú", "usted", "ustedes", "vous", "votre", "vos", "ti", "tuo", "tua", "twój", "twoja", "ciebie",
    ]

    /// German's formal "you", told apart from "they" and "her" by its capital (`BlockClassifier`).
    static let formalAddress: Set<Substring> = ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"]

    /// The publisher speaking of itself.
    static let publisherVoice: Set<String> = ["we", "our", "us", "ours", "ourselves"]

    /// The publisher speaking of itself in other languages; counted in appeals only, since a
    /// German "Unser Fazit:" heads a review's own verdict.
    static let publisherVoiceAbroad: Set<String> = [
        "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "nosotros", "nuestro", "nuestra",
        "nuestros", "nuestras", "nous", "notre", "nos", "noi", "nostro", "nostra", "nasz", "nasza", "nas",
    ]

    /// Words that head an imperative addressed to the reader ("Please read ...", "Sign up ...").
    static let imperatives: Set<String> = [
        "please", "subscribe", "sign", "follow", "join", "support", "donate", "click", "tap", "share",
        "become", "register", "download", "like", "contact", "email", "send", "get", "read", "watch",
        "listen", "consider", "help", "login", "log", "upgrade", "try", "unlock", "accept",
        "jetzt", "bitte", "abonniere", "unterstütze", "melde", "folge", "hol", "sichere", "entdecke",
        "suscríbete", "únete", "sigue", "descarga", "apoya", "mira", "abonnez-vous", "suivez", "soutenez",
        "téléchargez", "iscriviti", "seguici", "sostieni", "zapraszamy", "wesprzyj", "subskrybuj",
    ]

    /// Words a counter line counts ("(Visited 2 times, 1 visits today)", "1,204 views", "5 min read").
    static let counted: Set<String> = [
        "times", "time", "visits", "visit", "views", "view", "comments", "comment", "shares", "share",
        "likes", "like", "reads", "min", "mins", "minute", "minutes", "replies", "reply", "followers",
        "subscribers", "votes", "vote", "reactions", "points", "retweets",
        "aufrufe", "kommentare", "kommentar", "comentarios", "commentaires", "komentarze",
    ]

    /// Words that introduce a picture's caption credit ("Photo: KCNA", "Image by ...").
    static let creditWords: Set<String> = [
        "photo", "photos", "photograph", "photographer", "image", "images", "picture", "pictures",
        "credit", "credits", "illustration", "graphic", "video", "footage", "file", "screenshot", "pic",
        "foto", "fotos", "bild", "bilder", "quelle", "abbildung", "titelbild", "crédito", "crédit", "crédits",
        "fuente", "źródło", "zdjęcie", "kuva",
    ]

    /// Relative times of bylines ("3 days ago", "2 hours ago").
    static let timeUnits: Set<String> = [
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
        "hrs", "h", "day", "days", "d", "week", "weeks", "month", "months", "year", "years",
    ]

    /// The work a wire story's closing credits name.
    static let creditedWork: Set<String> = ["reporting", "editing", "writing", "compiled", "contributed", "additional", "produced", "translated"]

    /// Words bylines and datelines are made of besides names and dates.
    static let datelineWords: Set<String> = [
        "published", "updated", "posted", "last", "modified", "on", "at", "by", "ago", "read", "min",
        "minute", "minutes", "edited", "written", "reporting", "staff", "reporter", "correspondent",
        "editor", "writer", "contributor", "filed", "yesterday", "today", "am", "pm", "gmt", "utc",
    ]
}

package digest

// DefaultTopic is the built-in topic pack: the Ukraine–Russia peace talks.
//
// The two sides come first (russia, ukraine): relevance requires an item to
// name at least one of the first two parties of a pack. The mediators and
// other participants follow in the order digests show them.
//
// Aliases are whole words or phrases, matched case-insensitively on word
// boundaries; inflected Russian and Ukrainian forms are listed one by one
// (see inflected) so that every consumer of the pack can match them literally.
// An alias written in capitals only ("US", "EU", "США") matches only when
// written in capitals, so "us" the pronoun is not the United States.
// Keywords, cues and exclusion terms may end a word with "*" to match any word
// that starts with it ("переговор*": переговоры, переговоров, …).
func DefaultTopic() Topic {
	return Topic{
		Name:     "Ukraine–Russia peace talks",
		Keywords: defaultKeywords(),
		Cues:     defaultCues(),
		// Stems of the exchange keywords, in English, Russian and Ukrainian.
		Exchanges: []string{
			"swap", "exchang", "prisoner", "pows", "repatriat",
			"обмен", "пленн", "военнопленн", "обмін", "полонен", "військовополонен",
		},
		Exclude: defaultExclude(),
		Parties: []Party{
			{ID: "russia", Name: "Russia", Aliases: aliasList(
				[]string{
					"Russian Federation", "Russian", "Russians", "Moscow", "Kremlin",
					"Putin", "Vladimir Putin", "Medinsky", "Vladimir Medinsky", "Medinskiy", "Medinskii",
					"Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Peskov", "Dmitry Peskov",
					"Ushakov", "Yuri Ushakov", "Dmitriev", "Kirill Dmitriev", "Karasin", "Grigory Karasin", "Polishchuk", "Alexei Polishchuk",
					"Kozak", "Dmitry Kozak", "Galuzin", "Mikhail Galuzin",
					"Fomin", "Alexander Fomin", "Kostyukov", "Igor Kostyukov",
					"Zakharova", "Maria Zakharova", "Shoigu", "Nebenzya",
					"Ryabkov", "Sergei Ryabkov", "Lvova-Belova", "Maria Lvova-Belova",
					"Medvedev", "Dmitry Medvedev", "РФ",
					"State Duma", "Duma", "Federation Council", "Volodin", "Vyacheslav Volodin",
					"Smolenskaya Square",
				},
				inflected("Росси", "я", "и", "ю", "ей"),
				inflected("Москв", "а", "ы", "е", "у", "ой"),
				inflected("Кремл", "ь", "я", "е", "ю", "ем", "ём"),
				inflected("Путин", "", "а", "у", "ым", "е"),
				inflected("Мединск", "ий", "ого", "ому", "им", "ом"),
				inflected("Лавров", "", "а", "у", "ым", "е"),
				inflected("Песков", "", "а", "у", "ым", "е"),
				inflected("Ушаков", "", "а", "у", "ым", "е"),
				inflected("Дмитриев", "", "а", "у", "ым", "е"),
				inflected("российск", "ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ую", "ими"),
				// Ukrainian spellings.
				inflected("Росі", "я", "ї", "ю", "єю"),
				inflected("Москв", "и", "і"),
				inflected("Кремл", "і"),
				inflected("Путін", "", "а", "у", "им", "і"),
				inflected("Мединськ", "ий", "ого", "ому", "им"),
				inflected("російськ", "ий", "а", "е", "і", "ого", "ої", "ому", "им", "их", "у", "ій", "ими"),
			)},
			{ID: "ukraine", Name: "Ukraine", Aliases: aliasList(
				[]string{
					"Ukrainian", "Ukrainians", "Kyiv", "Kiev",
					"Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskyi", "Zelenskij",
					"Volodymyr Zelenskyy", "Volodymyr Zelensky",
					"Umerov", "Rustem Umerov", "Umyerov", "Sybiha", "Sybiga", "Andrii Sybiha", "Andriy Sybiha", "Bevz", "Oleksandr Bevz",
					"Yermak", "Andriy Yermak", "Andrii Yermak", "Iermak", "Budanov", "Kyrylo Budanov",
					"Podolyak", "Podoliak", "Mykhailo Podolyak", "Kyslytsya", "Kyslytsia",
					"Sergiy Kyslytsya", "Arakhamia", "David Arakhamia", "Davyd Arakhamia",
					"Lubinets", "Svyrydenko", "Shmyhal", "Hnatov", "Kuleba", "Dmytro Kuleba",
					"Verkhovna Rada", "Rada", "Stefanchuk", "Ruslan Stefanchuk", "Bankova",
				},
				inflected("Украин", "а", "ы", "е", "у", "ой"),
				inflected("украинск", "ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ую", "ими"),
				inflected("Киев", "", "а", "е", "у", "ом"),
				inflected("Зеленск", "ий", "ого", "ому", "им", "ом"),
				inflected("Умеров", "", "а", "у", "ым"),
				inflected("Ермак", "", "а", "у", "ом"),
				// Ukrainian spellings.
				inflected("Україн", "а", "и", "і", "у", "ою"),
				inflected("українськ", "ий", "а", "е", "і", "ого", "ої", "ому", "им", "их", "у", "ій", "ими"),
				inflected("Київ", "", "а", "і", "у"),
				inflected("Києв", "а", "і", "у", "ом"),
				inflected("Зеленськ", "ий", "ого", "ому", "им"),
				inflected("Умєров", "", "а", "у", "им"),
				inflected("Сибіг", "а", "и", "і", "у"),
				inflected("Єрмак", "", "а", "у", "ом"),
				inflected("Буданов", "", "а", "у", "им", "ым"),
				inflected("Подоляк", "", "а", "у"),
			)},
			{ID: "us", Name: "United States", Aliases: aliasList(
				[]string{
					"US", "U.S.", "USA", "United States", "America", "American", "Americans",
					"Washington", "White House", "State Department", "Pentagon",
					"Trump", "Donald Trump", "Rubio", "Marco Rubio", "Witkoff", "Steve Witkoff",
					"Kellogg", "Keith Kellogg", "Vance", "JD Vance", "Kushner", "Jared Kushner",
					"Driscoll", "Dan Driscoll", "Hegseth", "Grynkewich", "Waltz", "Mike Waltz",
					"Leavitt", "Karoline Leavitt", "Bessent", "Scott Bessent", "Whitaker", "Matthew Whitaker",
					"Congress", "US Congress", "U.S. Congress", "Senate", "US Senate", "U.S. Senate",
					"House of Representatives", "Oval Office", "Foggy Bottom",
					"США",
				},
				inflected("Вашингтон", "", "а", "е", "у"),
				inflected("Трамп", "", "а", "у", "ом", "ым", "е"),
				inflected("Уиткофф", "", "а", "у", "ом"),
				inflected("Віткофф", "", "а", "у", "ом"),
				inflected("Рубио", ""),
				inflected("Рубіо", ""),
				inflected("американск", "ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ую"),
				inflected("американськ", "ий", "а", "е", "і", "ого", "ої", "ому", "им", "их", "у"),
			)},
			{ID: "turkey", Name: "Turkey", Aliases: aliasList(
				[]string{
					"Türkiye", "Turkiye", "Turkish", "Ankara",
					"Erdoğan", "Erdogan", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan",
					"Fidan", "Hakan Fidan", "Kalin", "Kalın", "Ibrahim Kalin", "İbrahim Kalın",
				},
				inflected("Турци", "я", "и", "ю", "ей"),
				inflected("Туреччин", "а", "и", "і", "у", "ою"),
				inflected("Эрдоган", "", "а", "у", "ом"),
				inflected("Ердоган", "", "а", "у", "ом"),
				inflected("Анкар", "а", "ы", "и", "е", "і", "у"),
				inflected("Фидан", "", "а", "у", "ом"),
				inflected("Фідан", "", "а", "у", "ом"),
			)},
			{ID: "europe", Name: "Europe", Aliases: aliasList(
				[]string{
					"EU", "European Union", "European Commission", "Commission", "European Council",
					"Council of the EU", "Council of the European Union", "EU Council",
					"European", "Europeans", "European leaders", "Brussels", "the bloc",
					"Macron", "Emmanuel Macron", "Starmer", "Keir Starmer", "Merz", "Friedrich Merz",
					"von der Leyen", "Ursula von der Leyen", "Kallas", "Kaja Kallas",
					"António Costa", "Antonio Costa", "Meloni", "Stubb", "Tusk",
					"coalition of the willing", "E3", "European Parliament", "MEPs", "Berlaymont",
					"Élysée", "Elysee", "Downing Street", "Bundestag",
					"Britain", "UK", "United Kingdom", "British", "London",
					"France", "French", "Paris", "Germany", "German", "Berlin", "Italy", "Italian",
					"Hungary", "Hungarian", "Orban", "Orbán", "Viktor Orban", "Viktor Orbán",
					"Poland", "Polish", "Warsaw", "Finland", "Finnish", "Helsinki",
					"Estonia", "Estonian", "Tallinn", "Latvia", "Latvian", "Riga",
					"Lithuania", "Lithuanian", "Vilnius", "Baltic states", "Nordic",
					"Belgium", "Belgian", "Netherlands", "Dutch", "Denmark", "Danish",
					"Sweden", "Swedish", "Norway", "Norwegian", "De Wever", "Bart De Wever",
					"Sikorski", "Radoslaw Sikorski", "Radosław Sikorski", "Wadephul", "Johann Wadephul",
					"Baerbock", "Annalena Baerbock", "Pistorius", "Barrot", "Jean-Noël Barrot", "Jean-Noel Barrot",
					"Lammy", "David Lammy", "Yvette Cooper", "Jonathan Powell", "Tsahkna", "Margus Tsahkna", "Duda", "Andrzej Duda", "Frederiksen", "Mette Frederiksen",
					"ЕС", "ЄС",
				},
				inflected("Евросоюз", "", "а", "е", "у", "ом"),
				inflected("Євросоюз", "", "у", "і", "ом"),
				inflected("Европ", "а", "ы", "е", "у", "ой"),
				inflected("Європ", "а", "и", "і", "у", "ою"),
				inflected("Брюссел", "ь", "я", "е", "ю"),
				inflected("Макрон", "", "а", "у", "ом"),
				inflected("Мерц", "", "а", "у", "ем"),
				inflected("Стармер", "", "а", "у", "ом"),
			)},
			{ID: "uae", Name: "United Arab Emirates", Aliases: aliasList(
				[]string{"UAE", "United Arab Emirates", "Emirati", "Emiratis", "ОАЭ", "ОАЕ"},
				inflected("Эмират", "ы", "ов", "ах"),
				inflected("Емірат", "и", "ів", "ах"),
			)},
			{ID: "saudi", Name: "Saudi Arabia", Aliases: []string{
				"Saudi", "Saudis", "Riyadh", "Mohammed bin Salman",
				"Саудовская Аравия", "Саудівська Аравія", "Эр-Рияд", "Ер-Ріяд",
			}},
			{ID: "qatar", Name: "Qatar", Aliases: aliasList(
				[]string{"Qatari", "Doha"},
				inflected("Катар", "", "а", "е", "і", "у", "ом"),
			)},
		},
	}
}

// defaultKeywords are the terms that mark an item as being about the talks,
// in English, Russian and Ukrainian.
func defaultKeywords() []string {
	return []string{
		// English.
		"peace talks", "peace talk", "talks", "negotiat*", "peace negotiations",
		"peace deal*", "peace plan*", "peace agreement*", "peace process",
		"peace proposal*", "peace framework", "peace summit", "peace settlement",
		"peace effort*", "peace push", "peace initiative*", "peace formula",
		"ceasefire*", "cease-fire*", "truce*", "armistice",
		"memorandum*", "delegation*", "special envoy*", "mediat*", "brokered",
		"prisoner exchange*", "prisoner swap*", "exchange of prisoners",
		"swap of prisoners", "prisoners of war", "POWs", "prisoner*", "swap*", "exchange of bodies",
		"bodies exchange*", "body exchange*", "exchange of remains",
		"repatriation of bodies", "bodies of fallen soldiers", "repatriat*", "bodies of soldiers",
		"children returned", "return of children", "returned children", "deported children",
		"trilateral", "three-way talks", "round of talks", "direct talks",
		"Witkoff", "Steve Witkoff", "Steven Witkoff", "Kushner", "Jared Kushner", "Ushakov", "Yuri Ushakov", "Yury Ushakov", // the envoys who carry the talks between Washington and Moscow
		"security guarantee*", "territorial concession*", "concession*", "territorial issue", "territorial question",
		"land for peace", "land-for-peace", "28-point", "20-point", "19-point",
		"coalition of the willing", "reassurance force", "demilitarized zone", "demilitarised zone", "buffer zone",
		"free economic zone", "NATO bid", "bid to join NATO", "Article 5-style", "Article 5-like",
		"energy truce", "Istanbul talks", "Istanbul", "Abu Dhabi", "Alaska summit",
		"Anchorage summit", "Budapest summit", "Riyadh talks", "Jeddah",
		"end the war", "end to the war", "ending the war", "ends the war",
		"settlement of the conflict", "political settlement", "diplomacy", "any settlement",
		"counter-proposal*", "counterproposal*", "counter-plan*", "counterplan*", "counter-draft*", "counterdraft*", "line of contact",
		"postwar force", "post-war force",
		"diplomatic solution", "diplomatic track", "diplomatic effort*",
		"peace envoy*", "shuttle diplomacy", "maritime ceasefire*", "maritime truce*",
		"naval ceasefire*", "Black Sea deal*", "Black Sea agreement*", "Black Sea initiative",
		"Black Sea grain", "grain deal*", "grain corridor", "energy ceasefire*",
		"strike moratorium*", "strikes moratorium*", "moratorium on strikes",
		"moratorium on attacks", "energy moratorium*", "memoranda",
		// Russian.
		"переговор*", "перемири*", "прекращени* огня", "мирн* план*",
		"мирн* соглашени*", "мирн* договор*", "мирн* урегулировани*",
		"мирн* процесс*", "урегулировани*", "меморандум*", "делегаци*",
		"обмен* пленными", "обмен* военнопленными", "обмен* телами",
		"военнопленн*", "посредни*", "гаранти* безопасности",
		"территориальн* уступк*", "стамбульск* переговор*",
		"зернов* сделк*", "черноморск* инициатив*",
		// Ukrainian.
		"перемир'*", "припинення вогню", "мирн* угод*", "мирн* процес*",
		"врегулюванн*", "обмін* полоненими", "обмін* полонених",
		"військовополонен*", "посередни*", "гаранті* безпеки",
		"територіальн* поступк*",
	}
}

// defaultCues are the words of bargaining in general: they say "talks" only
// next to one of the two sides (see Topic.Cues), in English, Russian and
// Ukrainian.
func defaultCues() []string {
	return []string{
		// English.
		"deal", "deals", "agree*", "arrangement*", "accord", "accords",
		"understanding*", "terms", "condition*", "precondition*", "ultimatum*",
		"compromise", "compromises", "bargain*", "propos*", "counterpropos*",
		"counteroffer*", "draft agreement*", "draft deal*", "draft plan*",
		"framework*", "envoy*", "emissar*", "moratorium*", "sanctions relief",
		"sanction relief", "lifting of sanctions", "easing of sanctions",
		"lift sanctions", "ease sanctions", "safe navigation", "freedom of navigation",
		"peacekeep*", "neutrality", "non-aligned", "red line*",
		// Russian.
		"сделк*", "сделок", "соглашени*", "договорил*", "договоренност*",
		"услови*", "предлож*", "посланник*", "спецпосланник*", "моратори*",
		"сняти* санкций", "смягчени* санкций", "отмен* санкций", "уступ*",
		"миротвор*", "нейтралитет*",
		// Ukrainian.
		"угод*", "домовил*", "домовленіст*", "домовленост*", "умов*",
		"пропозиці*", "запропонува*", "посланц*", "посланець", "спецпосланц*",
		"спецпосланець", "мораторі*", "зняття санкцій", "послаблення санкцій",
		"скасування санкцій", "поступк*", "поступок", "нейтралітет*",
	}
}

// defaultExclude are terms of other negotiations that the news confuses with
// this one: US–Iran talks (also held in Geneva), Gaza and the "Board of
// Peace", Colombia, eastern Congo, Armenia–Azerbaijan, Thailand–Cambodia,
// India–Pakistan, the US–Russia talks on their embassies and their swaps of
// prisoners (American and dual citizens), the Russia–Belarus
// "Union State", the talks on Georgia's and Moldova's breakaway regions,
// Serbia–Kosovo normalisation, inter-Korean military talks and the
// Russia–Japan peace treaty over the Kuril islands.
func defaultExclude() []string {
	return []string{
		"Iran*", "Tehran", "Araghchi", "uranium", "enrichment", "Oman*",
		"Gaza*", "Hamas", "Board of Peace", "Hezbollah", "Lebanon", "Israel*",
		"West Bank", "Netanyahu",
		"Colombia*", "ELN", "FARC", "Gustavo Petro", "Catatumbo",
		"Congo*", "DRC", "M23", "Rwanda*", "Kinshasa", "Kigali", "Tshisekedi", "Kagame",
		"Armenia*", "Azerbaijan*", "Baku", "Yerevan", "Aliyev", "Pashinyan", "Karabakh",
		"Thailand", "Thai", "Cambodia*", "Pakistan*", "Kashmir",
		"Sudan*", "Houthi*", "Yemen*", "Syria*", "Assad",
		"embass*", "diplomatic propert*", "consulate*", "consular", "consuls",
		"American citizen*", "US citizen*", "dual citizen*", "dual US-Russian", "Russian-American*", "wrongfully detained",
		"Union State", "Союзн* государств*", "Abkhaz*", "South Ossetia*", "Tskhinvali", "Sukhumi", "Tbilisi", "Geneva International Discussions", "Transnistri*",
		"Pristina", "Kurti", "Ohrid", "Panmunjom", "inter-Korean", "Military Demarcation Line", "DMZ",
		"Kuril*", "Northern Territories", "Iturup", "Kunashir", "Shikotan", "Habomai", "Курил*",
		"Иран*", "Тегеран*", "сектор* Газа", "ХАМАС", "Израил*", "Ізраїл*",
		"Армени*", "Вірмені*", "Азербайджан*", "Баку", "Колумби*", "Конго",
	}
}

// inflected spells out the inflected forms of a word: the stem followed by
// each ending ("" for the stem alone).
func inflected(stem string, endings ...string) []string {
	out := make([]string, len(endings))
	for i, e := range endings {
		out[i] = stem + e
	}
	return out
}

// aliasList concatenates lists of aliases.
func aliasList(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

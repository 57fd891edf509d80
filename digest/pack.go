package digest

// DefaultTopic is the built-in topic pack: the Ukraine–Russia peace talks.
// (Placeholder: the relevance work fills in the full pack.)
func DefaultTopic() Topic {
	return Topic{
		Name:     "Ukraine–Russia peace talks",
		Keywords: []string{"peace talks", "ceasefire"},
		Parties: []Party{
			{ID: "russia", Name: "Russia", Aliases: []string{"Moscow", "Kremlin", "Putin"}},
			{ID: "ukraine", Name: "Ukraine", Aliases: []string{"Kyiv", "Zelenskyy"}},
			{ID: "us", Name: "United States", Aliases: []string{"Washington", "Trump"}},
			{ID: "turkey", Name: "Turkey", Aliases: []string{"Ankara", "Erdogan"}},
			{ID: "europe", Name: "Europe", Aliases: []string{"EU", "Brussels"}},
		},
	}
}

package digest

// scorer is the compiled relevance model of a topic. (Placeholder: the
// relevance work replaces this file.)
type scorer struct{}

func newScorer(Topic) *scorer { return &scorer{} }

func (s *scorer) score(Item) Relevance { return Relevance{} }

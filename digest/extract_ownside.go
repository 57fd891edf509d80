package digest

// withdrawNouns and withdrawVerbs name a side's forces leaving: a demand
// for that is made of the side, never by it.
var (
	forceNouns    = set("forces", "troops", "army", "soldiers", "units", "military", "servicemen")
	withdrawNouns = set("withdrawal", "pullout", "pull-out", "retreat", "departure", "removal", "exit")
	withdrawVerbs = set("withdraw", "withdraws", "pull", "pulls", "leave", "leaves", "retreat", "retreats", "withdrawal")
)

// withdrawsOwnSide reports whether a demand's content asks the demanding
// party itself to pull out ("the withdrawal of Russian forces", "Russia to
// withdraw its troops"): such a demand has been credited to the side it is
// addressed to, so it is dropped rather than misattributed.
func withdrawsOwnSide(content []token, party string) bool {
	contrast := len(content) // "to begin from the front line rather than from a Ukrainian retreat": what is turned down
	for k := 1; k < len(content); k++ {
		if content[k-1].low == "rather" && content[k].low == "than" || content[k-1].low == "instead" && content[k].low == "of" {
			contrast = k
			break
		}
	}
	for _, m := range mentions(nil, content) {
		if m.party != party || m.start > contrast {
			continue
		}
		k := m.end
		if k < len(content) && content[k].in(forceNouns) {
			k++
		}
		// "Russian forces withdraw", "Russia to withdraw", "Russian withdrawal".
		for j := k; j < len(content) && j < k+3; j++ {
			if content[j].in(withdrawVerbs) || content[j].in(withdrawNouns) {
				return true
			}
			if !content[j].in(modalsInContent) && content[j].low != "to" && content[j].low != "must" && content[j].low != "should" {
				break
			}
		}
		// "the withdrawal of (all) Russian forces".
		if k == m.end+1 || content[m.end-1].poss {
			j := m.start - 1
			for j >= 0 && (content[j].low == "the" || content[j].low == "all") {
				j--
			}
			if j >= 1 && content[j].low == "of" && content[j-1].in(withdrawNouns) {
				return true
			}
		}
	}
	return false
}

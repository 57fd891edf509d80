package digest

// stepWords name what a suggestion "could be": "a Christmas truce could be
// the first step", "a freeze would be a good start".
var stepWords = set("step", "start", "beginning", "basis", "way")

// stepProposal reads a reported suggestion that names no proposal verb:
// "Merz said a Christmas truce could be the first step" is a proposal of
// the speaker, its content the thing that could be a step.
func (sn *sentence) stepProposal() []found {
	for i := 2; i+3 < len(sn.toks); i++ {
		if w := sn.low(i); (w != "could" && w != "would" && w != "might") || sn.low(i+1) != "be" {
			continue
		}
		n := i + 2
		for n < len(sn.toks) && n < i+5 && !sn.in(n, stepWords) {
			n++
		}
		if n >= len(sn.toks) || !sn.in(n, stepWords) || sn.negated(i) {
			continue
		}
		k := i - 1
		for k > 0 && sn.toks[k].word && sn.low(k) != "that" && !sn.in(k, speechVerbs) {
			k--
		}
		v := k
		if sn.low(v) == "that" {
			v--
		}
		if v < 1 || !sn.in(v, speechVerbs) || k+1 >= i {
			return nil
		}
		parties, _ := sn.subjectOf(v)
		if len(parties) == 0 {
			return nil
		}
		return sn.emit(parties[:1], Proposal, sn.span(k+1, i))
	}
	return nil
}

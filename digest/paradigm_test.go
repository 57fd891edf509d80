package digest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestParadigms runs each construction through every filler of its slots:
// a reading made for one sentence must hold for every side, speaker, verb
// form, modifier and modal the same construction takes ("Moscow's first
// demand", "the Kremlin's only condition", "Kyiv's revised demand"). A
// probe is a one-sentence item, the side and kind of a statement it must
// give, and a word that statement's text must hold; a trap probe names a
// statement it must not give.
func TestParadigms(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	probes := paradigmProbes()
	failed := 0
	for _, p := range probes {
		got := a.ext.extract(Item{ID: "p", Content: p.text}) // unguarded: a panic in a reading must fail, not pass as a missing statement
		holds := slices.ContainsFunc(got, func(s Statement) bool {
			return (p.party == "" || s.Party == p.party) && (p.kind == "" || s.Kind == p.kind) && strings.Contains(strings.ToLower(s.Text), p.has)
		})
		if holds == p.trap {
			failed++
			if failed <= 200 {
				t.Errorf("%q: want %s %s holding %q (trap %v), got %v", p.text, p.party, p.kind, p.has, p.trap, got)
			}
		}
	}
	if failed > 200 {
		t.Errorf("... and %d more of %d probes", failed-200, len(probes))
	}
}

// probe is one sentence of a paradigm and the statement it must give (or,
// for a trap, must not give): of that party (any if "") and kind (any if
// ""), its text holding has.
type probe struct {
	text, party string
	kind        Kind
	has         string
	trap        bool
}

// upperFirst capitalises a sentence that opens on a filler ("the Europeans").
func upperFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func paradigmProbes() []probe {
	var ps []probe
	add := func(text, party string, k Kind, has string) {
		ps = append(ps, probe{text: upperFirst(text), party: party, kind: k, has: has})
	}
	trap := func(text, party string, k Kind, has string) {
		add(text, party, k, has)
		ps[len(ps)-1].trap = true
	}
	const content = "a full withdrawal of troops from the Zaporizhzhia plant"

	// A side's label: owner, modifier, noun, then a colon or "is".
	owners := map[string]string{"Moscow's": "russia", "The Kremlin's": "russia", "Kyiv's": "ukraine", "Ukraine's": "ukraine", "Washington's": "us", "Europe's": "europe"}
	modifiers := []string{"", "first ", "main ", "key ", "latest ", "new ", "central ", "only ", "biggest ", "top ", "opening ",
		"final ", "chief ", "core ", "other ", "standing ", "long-standing ", "minimum ", "maximalist ", "hardline ", "initial ",
		"original ", "revised ", "non-negotiable ", "basic ", "principal ", "overriding ", "most important ", "next "}
	singular := []string{"demand", "condition", "ask", "request", "priority", "red line", "bottom line", "goal", "aim",
		"requirement", "precondition", "insistence", "price"}
	plural := []string{"terms", "demands", "conditions", "red lines", "priorities"}
	for owner, party := range owners {
		for _, m := range modifiers {
			for _, n := range singular {
				add(fmt.Sprintf("%s %s%s: %s.", owner, m, n, content), party, Demand, "withdrawal")
				add(fmt.Sprintf("%s %s%s is %s.", owner, m, n, content), party, Demand, "withdrawal")
			}
			for _, n := range plural {
				add(fmt.Sprintf("%s %s%s: %s.", owner, m, n, content), party, Demand, "withdrawal")
			}
		}
	}

	// A plural label and a be-verb: a list of what the side wants, or a
	// judgement of the label, which is no demand.
	for owner, party := range owners {
		for _, m := range []string{"", "stated ", "declared ", "main ", "key ", "core ", "latest ", "revised ", "maximalist "} {
			for _, n := range plural {
				for _, v := range []string{"are", "were", "remain", "include"} {
					for _, list := range []string{"a full withdrawal from Donbas and the lifting of sanctions", "the lifting of sanctions and a full withdrawal from Donbas",
						"no recognition of occupied land and no withdrawal from Donbas", "a neutral Ukraine, a capped army and a full withdrawal from Donbas"} {
						add(fmt.Sprintf("%s %s%s %s %s.", owner, m, n, v, list), party, Demand, "withdrawal")
					}
				}
				for _, j := range []string{"a non-starter", "a recipe for war", "no secret", "no different from those of 2022", "a non-starter, and the talks will fail",
					"the main obstacle", "the biggest stumbling block", "a major hurdle", "no solution"} {
					trap(fmt.Sprintf("%s %s%s are %s.", owner, m, n, j), party, Demand, strings.Fields(j)[1])
				}
			}
		}
	}

	// "positions" is a side's list only before a colon.
	for owner, party := range owners {
		for _, f := range []string{"%s positions: a full withdrawal from Donbas; security guarantees from the US.", "%s positions in the draft: - a full withdrawal from Donbas; - security guarantees from the US.",
			"%s positions in it:\n- a full withdrawal from Donbas;\n- security guarantees from the US.", "%s key positions: a full withdrawal from Donbas, and security guarantees from the US."} {
			text := strings.ReplaceAll(fmt.Sprintf(f, owner), "\\n", "\n")
			add(text, party, Demand, "withdrawal")
			add(text, party, Demand, "guarantees")
		}
		trap(fmt.Sprintf("%s positions near Pokrovsk came under attack: drones hit two depots.", owner), party, "", "depots")
	}

	// An aside between a side's label and its verb.
	for owner, party := range owners {
		for _, aside := range []string{"set out in June", "laid out in Istanbul in June and repeated since", "which officials repeated on Friday",
			"in short", "first made in 2021", "officials said", "according to officials", "as its negotiators set them out", "handed over in writing",
			"now public", "unchanged since June"} {
			for _, n := range plural {
				for _, v := range []string{"include", "are", "remain"} {
					add(fmt.Sprintf("%s %s, %s, %s a full withdrawal from Donbas and the lifting of sanctions.", owner, n, aside, v), party, Demand, "withdrawal")
				}
			}
			for _, n := range []string{"demand", "condition", "priority", "red line"} {
				add(fmt.Sprintf("%s key %s, %s, is a full withdrawal from Donbas.", owner, n, aside), party, Demand, "withdrawal")
			}
			trap(fmt.Sprintf("%s memorandum, %s, is a maximalist document.", owner, aside), party, "", "document")
		}
	}

	// A side's verb, in every tense and with the adverbs news copy puts
	// before it.
	subjects := map[string]string{"Moscow": "russia", "The Kremlin": "russia", "Putin": "russia", "Kyiv": "ukraine",
		"Zelensky": "ukraine", "Washington": "us", "Ankara": "turkey"}
	verbs := []string{"demands", "demanded", "is demanding", "has demanded", "had demanded", "will demand", "continues to demand",
		"keeps demanding", "still demands", "again demanded", "also demanded", "reportedly demanded", "repeatedly demanded",
		"publicly demanded", "now demands", "formally demanded", "insists on", "insisted on", "is insisting on", "wants",
		"wanted", "still wants", "seeks", "is seeking", "has sought", "calls for", "called for", "is calling for",
		"has called for", "keeps calling for", "pushed for", "is pushing for", "presses for", "pressed for", "asked for",
		"is asking for", "has asked for", "requested", "urged", "requires", "needs", "would need", "would like", "is lobbying for",
		"is sticking to", "is holding out for", "held out for", "will settle for nothing less than", "would accept nothing less than",
		"would accept only"}
	for s, party := range subjects {
		for _, v := range verbs {
			add(fmt.Sprintf("%s %s %s.", s, v, content), party, Demand, "withdrawal")
		}
	}

	// Reported obligations: a speaker, a speech verb, a modal, in the
	// three places the speaker takes.
	speakers := map[string]string{"Peskov": "russia", "Zelensky": "ukraine", "Rubio": "us", "Macron": "europe"}
	speech := []string{"said", "says", "told reporters", "insisted", "stressed", "argued", "noted", "added", "claimed",
		"warned", "wrote", "posted", "declared", "repeated", "reiterated", "explained", "underlined", "emphasised",
		"emphasized", "maintained", "asserted", "told Reuters", "said on Monday", "told state television",
		"said late on Tuesday", "confirmed", "announced", "stated", "indicated", "signalled", "acknowledged", "conceded",
		"replied", "responded", "countered", "remarked", "commented", "tweeted", "told the BBC", "told journalists",
		"told lawmakers", "said separately", "also said", "later said", "has said", "had said", "has repeatedly said"}
	modals := []string{"must", "should", "has to", "needs to", "would have to", "will have to", "ought to", "must first", "should first"}
	for sp, party := range speakers {
		for _, v := range speech {
			for _, m := range modals {
				add(fmt.Sprintf("%s %s any deal %s include %s.", sp, v, m, content), party, Demand, "withdrawal")
				add(fmt.Sprintf("Any deal, %s %s, %s include %s.", sp, v, m, content), party, Demand, "withdrawal")
				add(fmt.Sprintf("Any deal %s include %s, %s %s.", m, content, sp, v), party, Demand, "withdrawal")
			}
		}
	}

	// What a part of a deal needs, in a side's words.
	for sp, party := range speakers {
		for subj, plural := range map[string]bool{"any change of territory": false, "the provisions on the Zaporizhzhia plant": true, "such decisions": true, "any provisions touching the plant": true} {
			for _, v := range []string{"need", "needs", "would need", "will need"} {
				if v == "need" && !plural || v == "needs" && plural {
					continue // the verb agrees with its subject
				}
				add(fmt.Sprintf("%s said %s %s the consent of a referendum.", sp, subj, v), party, Demand, "referendum")
			}
		}
		trap(fmt.Sprintf("%s said the country needs the consent of a referendum.", sp), party, Demand, "referendum")
	}

	// A long subject with no verb of its own before the modal.
	for sp, party := range speakers {
		for _, subj := range []string{"The withdrawal of all foreign troops from the occupied territories of Ukraine",
			"The central role of the European Union in securing a lasting peace for Ukraine",
			"Any settlement of the questions of territory along the current line of contact"} {
			add(fmt.Sprintf("%s must come before any deal on the Zaporizhzhia plant, %s said.", subj, sp), party, Demand, "zaporizhzhia")
			add(fmt.Sprintf("%s said %s must come before any deal on the Zaporizhzhia plant.", sp, strings.ToLower(subj[:1])+subj[1:]), party, Demand, "zaporizhzhia")
		}
	}

	// Nested attribution: the side reported holds the demand, not the one
	// who reports it.
	reporters := map[string]string{"Zelensky": "ukraine", "Peskov": "russia", "Rubio": "us", "Macron": "europe",
		"Ukrainian officials": "ukraine", "A Kremlin spokesman": "russia", "The White House": "us", "European diplomats": "europe"}
	reported := map[string]string{"Russia": "russia", "Moscow": "russia", "Kyiv": "ukraine", "Ukraine": "ukraine",
		"Washington": "us", "the Europeans": "europe"}
	for r, rp := range reporters {
		for s, sp := range reported {
			if rp == sp {
				continue
			}
			for _, v := range []string{"wants", "still wants", "is demanding", "demands", "insists on", "is pushing for",
				"has asked for", "would accept only", "continues to seek"} {
				for _, f := range []string{"%[1]s said %[2]s %[3]s a withdrawal from Donbas.", "%[1]s told reporters %[2]s %[3]s a withdrawal from Donbas.",
					"%[2]s, %[1]s said, %[3]s a withdrawal from Donbas.", "According to %[1]s, %[2]s %[3]s a withdrawal from Donbas.",
					"%[2]s %[3]s a withdrawal from Donbas, %[1]s said."} {
					text := fmt.Sprintf(f, r, s, v)
					add(text, sp, Demand, "withdrawal")
					trap(text, rp, Demand, "withdrawal")
				}
			}
		}
	}

	// The other side's demand named, judged or refused, and one's own
	// demand dropped.
	pairs := []struct{ x, xp, y, yp, ys string }{
		{"Kyiv", "ukraine", "Moscow", "russia", "Moscow's"}, {"Zelensky", "ukraine", "Putin", "russia", "Putin's"},
		{"The Kremlin", "russia", "Kyiv", "ukraine", "Kyiv's"}, {"Peskov", "russia", "Zelensky", "ukraine", "Zelensky's"},
		{"Washington", "us", "Moscow", "russia", "Moscow's"}, {"The Europeans", "europe", "Washington", "us", "Washington's"},
	}
	for _, p := range pairs {
		for _, f := range []string{"%[1]s rejected %[3]s demand for a withdrawal from Donbas.",
			"%[1]s said %[3]s demand for a withdrawal from Donbas was unacceptable.",
			"%[1]s called %[3]s demand for a withdrawal from Donbas absurd.", "%[1]s dismissed %[3]s call for a withdrawal from Donbas.",
			"%[1]s is ready to discuss %[3]s demand for a withdrawal from Donbas.", "%[1]s responded to %[3]s call for a withdrawal from Donbas.",
			"%[3]s demand, %[1]s said, is a withdrawal from Donbas.", "%[1]s warned that %[2]s wants a withdrawal from Donbas.",
			"%[1]s said %[2]s still wants a withdrawal from Donbas.", "A withdrawal from Donbas, which %[2]s demands, is unacceptable to %[1]s.",
			"%[1]s refuses to consider %[3]s demand for a withdrawal from Donbas.", "%[1]s will not even discuss %[3]s demand for a withdrawal from Donbas.",
			"%[1]s said it would never bow to %[3]s demand for a withdrawal from Donbas.",
			"Asked about %[3]s demand for a withdrawal from Donbas, %[1]s said no.",
			"%[2]s wants a withdrawal from Donbas; %[1]s says that will never happen.",
			"%[1]s noted that %[2]s had demanded a withdrawal from Donbas."} {
			text := fmt.Sprintf(f, p.x, p.y, p.ys)
			add(text, p.yp, Demand, "withdrawal")
			trap(text, p.xp, Demand, "withdrawal")
		}
		for _, f := range []string{"%s dropped its demand for a withdrawal from Donbas.", "%s no longer demands a withdrawal from Donbas.",
			"%s has abandoned its demand for a withdrawal from Donbas.", "%s quietly dropped the demand for a withdrawal from Donbas.",
			"%s gave up its demand for a withdrawal from Donbas."} {
			trap(fmt.Sprintf(f, p.x), p.xp, Demand, "withdrawal")
		}
	}

	// Offers and refusals are no demands of the side that makes them.
	for s, party := range subjects {
		for _, v := range []string{"offered", "has offered", "is offering", "proposed", "has proposed", "put forward", "floated",
			"suggested", "would be ready to accept", "said it was ready to accept", "is prepared to accept", "said it could accept",
			"would agree to", "agreed to", "accepted", "signed up to", "would consider", "is open to", "welcomed", "promised",
			"pledged", "will consider"} {
			trap(fmt.Sprintf("%s %s a two-day truce on parts of the front.", s, v), party, Demand, "two-day truce")
		}
		for _, v := range []string{"rejected", "dismissed", "ruled out", "refused", "turned down", "vetoed", "balked at",
			"has rejected", "flatly rejected", "again rejected", "opposes", "objected to"} {
			trap(fmt.Sprintf("%s %s the demand for a withdrawal from Donbas.", s, v), party, Demand, "withdrawal")
			add(fmt.Sprintf("%s %s a withdrawal from Donbas.", s, v), party, Rejection, "withdrawal")
		}
		for _, v := range []string{"rejected outright", "has rejected outright", "dismissed outright", "ruled out outright"} {
			add(fmt.Sprintf("%s %s any withdrawal from Donbas.", s, v), party, Rejection, "withdrawal")
			trap(fmt.Sprintf("%s %s any withdrawal from Donbas.", s, v), party, Rejection, "outright") // the manner is no part of what is refused
		}
	}

	// Fighting, refusing or signing nothing until (without) a condition:
	// the condition is the demand of the side that sets it.
	for s, party := range map[string]string{"Moscow": "russia", "Russia": "russia", "Kyiv": "ukraine", "Zelensky": "ukraine", "Putin": "russia"} {
		other, otherParty := "Ukraine", "ukraine"
		if party == "ukraine" {
			other, otherParty = "Russia", "russia"
		}
		for _, f := range []string{"%s will keep fighting until %s withdraws its troops from the plant.", "%s will fight on until %s withdraws its troops from the plant.",
			"%s will continue its offensive until %s withdraws its troops from the plant.", "%s refused to meet the envoys until %s withdraws its troops from the plant.",
			"%s refused to sign the text unless %s withdraws its troops from the plant."} {
			text := fmt.Sprintf(f, s, other)
			add(text, party, Demand, "withdraws")
			trap(text, otherParty, Demand, "withdraws")
		}
		for _, v := range []string{"will not sign anything", "won't sign anything", "will not accept anything"} {
			add(fmt.Sprintf("%s %s without binding security guarantees.", s, v), party, Demand, "guarantees")
		}
	}

	// Points announced, then said: the announcer's.
	for who, party := range map[string]string{"European officials": "europe", "Russian negotiators": "russia", "Kyiv": "ukraine", "Washington": "us"} {
		for _, v := range []string{"insist on two more points", "insisted on two further points", "insists on three other points"} {
			text := fmt.Sprintf("%s %s. Frozen assets must stay frozen, and the Zaporizhzhia plant must be returned.", who, v)
			add(text, party, Demand, "frozen")
			add(text, party, Demand, "zaporizhzhia")
			trap(text, party, Demand, "points")
		}
	}

	// A headline's "as talks resume" is no part of the position.
	for s, party := range subjects {
		for _, v := range []string{"demands", "wants", "insists on", "calls for"} {
			for _, as := range []string{"as talks resume", "as talks yield prisoner deal", "as envoys prepare for Geneva", "as negotiations stall"} {
				text := fmt.Sprintf("%s %s a full withdrawal from Donbas %s.", s, v, as)
				add(text, party, Demand, "withdrawal")
				trap(text, party, Demand, strings.Fields(as)[1])
			}
		}
	}

	// What a side offers, not to whom or where it lies.
	for s, party := range subjects {
		for _, f := range []string{"%s offered Kyiv an energy truce.", "%s offered Moscow an energy truce.", "%s has offered the Europeans an energy truce.",
			"%s put an energy truce on the table.", "%s mooted an energy truce.", "%s offered Ukraine security guarantees and an energy truce."} {
			text := fmt.Sprintf(f, s)
			add(text, party, Proposal, "energy truce")
			for _, w := range []string{"kyiv", "moscow", "europeans", "table", "ukraine"} {
				trap(text, party, Proposal, w)
			}
		}
	}

	// A stance against something refuses it, and is no demand of it.
	for s, party := range subjects {
		for _, v := range []string{"is against", "is firmly against", "remains against", "was against", "is opposed to", "remains opposed to",
			"is strongly opposed to", "was opposed to", "does not want", "did not want", "doesn't want", "has no interest in", "has shown no interest in", "showed no interest in"} {
			text := fmt.Sprintf("%s %s a freeze along the current front line.", s, v)
			add(text, party, Rejection, "freeze")
			trap(text, party, Demand, "a freeze")
		}
		trap(fmt.Sprintf("%s does not want to be seen as weak on a freeze along the current front line.", s), party, Rejection, "seen")
		for _, v := range []string{"is not against", "was never opposed to"} {
			trap(fmt.Sprintf("%s %s a freeze along the current front line.", s, v), party, Rejection, "freeze")
		}
		trap(fmt.Sprintf("%s pressed on with its war against Ukraine.", s), party, Rejection, "ukraine")
		trap(fmt.Sprintf("%s's strikes were against civilian targets, officials said.", s), party, Rejection, "targets")
		trap(fmt.Sprintf("%s ruled out sending troops.", s), party, Demand, "no sending")
		for _, j := range []string{"the main obstacle", "the biggest stumbling block", "a major hurdle to a deal"} {
			text := fmt.Sprintf("%s's demand for a full withdrawal from Donbas is %s.", s, j)
			add(text, party, Demand, "withdrawal")
			trap(text, party, Demand, strings.Fields(j)[len(strings.Fields(j))-1])
		}
	}

	// Asks of another side, and conditions on a side's own offer.
	sides := map[string]string{"Moscow": "russia", "Kyiv": "ukraine", "Washington": "us", "the Europeans": "europe"}
	for s, party := range sides {
		for o := range sides {
			if o == s {
				continue
			}
			for _, v := range []string{"wants %s to", "asked %s to", "is asking %s to", "urged %s to", "has urged %s to",
				"called on %s to", "told %s to", "pressed %s to", "is pressing %s to", "pushed %s to", "is pushing %s to",
				"demanded that %s", "insists that %s", "expects %s to", "needs %s to", "would like %s to", "is pressuring %s to",
				"says %s must", "said %s should", "warned %s to", "requires %s to"} {
				add(fmt.Sprintf("%s "+v+" withdraw its troops from the Zaporizhzhia plant.", s, o), party, Demand, "withdraw")
			}
		}
	}
	for s, party := range map[string]string{"Moscow": "russia", "The Kremlin": "russia", "Kyiv": "ukraine", "Zelensky": "ukraine"} {
		other := "Ukraine"
		if party == "ukraine" {
			other = "Russia"
		}
		for _, f := range []string{"%s is ready for a ceasefire if %s withdraws its troops from the plant.",
			"%s would agree to a ceasefire provided %s withdraws its troops from the plant.",
			"%s would agree to a ceasefire as long as %s withdraws its troops from the plant.",
			"%s would agree to a ceasefire on condition that %s withdraws its troops from the plant.",
			"%s would agree to a ceasefire if %s withdraws its troops from the plant.",
			"%s will agree to a ceasefire only if %s withdraws its troops from the plant.",
			"%s will not agree to a ceasefire until %s withdraws its troops from the plant.",
			"%s will not agree to a ceasefire unless %s withdraws its troops from the plant.",
			"%s has made a ceasefire conditional on %s withdrawing its troops from the plant.",
			"%s is ready to talk once %s withdraws its troops from the plant.",
			"%s wants guarantees that %s will withdraw its troops from the plant.",
			"For %s, a ceasefire requires that %s withdraws its troops from the plant."} {
			add(fmt.Sprintf(f, s, other), party, Demand, "withdraw")
		}
	}

	// What a side gets as the price of its offer, and another side's
	// demand taken up.
	for s, party := range map[string]string{"Moscow": "russia", "Kyiv": "ukraine", "Ukraine": "ukraine", "The Kremlin": "russia"} {
		for _, offer := range []string{"is ready for a ceasefire", "is willing to freeze the front line", "would agree to a ceasefire", "is prepared to hold elections", "has offered a ceasefire"} {
			for _, cond := range []string{"if it gets", "if it receives", "provided it gets", "once it obtains"} {
				text := fmt.Sprintf("%s %s %s binding security guarantees.", s, offer, cond)
				add(text, party, Demand, "guarantees")
				trap(text, party, Demand, "it ") // the guarantees, not who gets them
			}
		}
	}
	for backer, bp := range map[string]string{"The Europeans": "europe", "Macron": "europe", "Washington": "us", "Erdogan": "turkey"} {
		for _, v := range []string{"backed", "backs", "supported", "echoed", "endorsed", "is backing"} {
			for _, owner := range []string{"Ukraine's", "Kyiv's", "the Ukrainian", "Zelensky's"} {
				for _, noun := range []string{"call for", "demand for"} {
					text := fmt.Sprintf("%s %s %s %s an unconditional ceasefire.", backer, v, owner, noun)
					add(text, "ukraine", Demand, "ceasefire")
					add(text, bp, Demand, "ceasefire")
				}
			}
		}
	}

	// Passives, possessives and terms under a side's plan.
	for s, party := range map[string]string{"Moscow": "russia", "Kyiv": "ukraine", "the Kremlin": "russia", "Washington": "us", "Brussels": "europe", "Ankara": "turkey"} {
		for _, v := range []string{"is demanded by", "was demanded by", "is being demanded by", "has been demanded by", "is sought by",
			"was sought by", "is being sought by", "has been requested by", "was requested by", "was called for by", "has been called for by"} {
			add(fmt.Sprintf("A full withdrawal from Donbas %s %s.", v, s), party, Demand, "withdrawal")
		}
		for _, v := range []string{"was rejected by", "is opposed by", "was ruled out by", "was dismissed by", "has been rejected by"} {
			add(fmt.Sprintf("A full withdrawal from Donbas %s %s.", v, s), party, Rejection, "withdrawal")
		}
		owner := s + "'s"
		for _, f := range []string{"%s demands include a full withdrawal from Donbas.", "Among %s demands is a full withdrawal from Donbas.",
			"Among %s demands are a full withdrawal from Donbas and a cap on the army.", "%s list of demands includes a full withdrawal from Donbas.",
			"%s conditions for a ceasefire include a full withdrawal from Donbas.", "%s terms include a full withdrawal from Donbas.",
			"%s demands also include a full withdrawal from Donbas.", "%s key demands, officials said, include a full withdrawal from Donbas.",
			"%s conditions are a full withdrawal from Donbas and a cap on the army.", "%s demand for a full withdrawal from Donbas stands.",
			"%s call for a full withdrawal from Donbas was repeated on Monday.", "One of %s demands is a full withdrawal from Donbas.",
			"Under %s plan, Ukraine would withdraw its troops from Donbas.", "Under %s proposal, Ukraine would withdraw its troops from Donbas."} {
			add(fmt.Sprintf(f, owner), party, "", "withdraw")
		}
		for _, f := range []string{"%s has made a full withdrawal from Donbas a condition for any deal.", "%s has made a full withdrawal from Donbas its main demand.",
			"%s is making a full withdrawal from Donbas a precondition.", "What %s wants is a full withdrawal from Donbas.",
			"What %s demands is a full withdrawal from Donbas.", "%s wants one thing: a full withdrawal from Donbas.", "All %s wants is a full withdrawal from Donbas.",
			"All %s demands is a full withdrawal from Donbas.",
			"%s says there can be no deal without a full withdrawal from Donbas.", "%s said peace was impossible without a full withdrawal from Donbas.",
			"%s said it would not sign a deal unless there was a full withdrawal from Donbas.", "%s will agree to a ceasefire only after a full withdrawal from Donbas.",
			"For %s, any deal must include a full withdrawal from Donbas."} {
			add(fmt.Sprintf(f, s), party, Demand, "withdraw")
		}
		for _, v := range []string{"hand over", "give up", "return", "release", "swap"} {
			if party != "ukraine" {
				text := fmt.Sprintf("%s plan was presented on Friday. Under the plan, Ukraine would %s the part of Donbas it still controls.", upperFirst(owner), v)
				add(text, party, Proposal, "donbas")
				trap(text, "ukraine", "", "donbas") // the plan's terms, not an offer of the side they bind
			}
		}
		for _, f := range []string{"Under the terms %s put forward, Ukraine would withdraw its troops from Donbas.", "Under the plan %s drafted, Ukraine would withdraw its troops from Donbas."} {
			if party != "ukraine" { // what Kyiv's own terms have Ukraine do is no demand on another
				add(fmt.Sprintf(f, s), party, "", "withdraw")
			}
		}
	}

	// Quotes and the first person.
	for sp, party := range speakers {
		for _, f := range []string{"\"A full withdrawal from Donbas must come first,\" %s said.", "%s said: \"A full withdrawal from Donbas must come first.\"",
			"\"We want a full withdrawal from Donbas,\" %s said.", "\"We demand a full withdrawal from Donbas,\" %s told reporters.",
			"\"Our position is clear: a full withdrawal from Donbas,\" %s said.", "\"What we need is a full withdrawal from Donbas,\" %s said.",
			"%s said: \"We insist on a full withdrawal from Donbas.\"", "\"There must be a full withdrawal from Donbas,\" %s said.",
			"\"We are calling for a full withdrawal from Donbas,\" said %s.", "\"A full withdrawal from Donbas is a must,\" %s said."} {
			add(fmt.Sprintf(f, sp), party, Demand, "withdrawal")
		}
	}

	// An aside between a side's verb and its object.
	for s, party := range subjects {
		for _, v := range []string{"wants", "also wants", "is seeking", "demanded", "is pushing for", "rejected", "has proposed"} {
			for _, aside := range []string{"according to officials briefed on the talks", "officials said", "sources say", "diplomats told Reuters"} {
				text := fmt.Sprintf("%s %s, %s, recognition of its conquests and a full withdrawal from Donbas.", s, v, aside)
				add(text, party, "", "withdrawal")
				trap(text, party, "", strings.Fields(aside)[0])
			}
		}
	}

	// A speaker quoted by the press, and a side joined by "like".
	for sp, party := range speakers {
		for _, f := range []string{"%s was quoted as saying that any deal must include a withdrawal from Donbas.", "%s was quoted by TASS as saying any deal must include a withdrawal from Donbas.",
			"%s was cited by Reuters as saying that any deal must include a withdrawal from Donbas."} {
			add(fmt.Sprintf(f, sp), party, Demand, "withdrawal")
		}
	}
	for a, ap := range sides {
		for b, bp := range sides {
			if a == b {
				continue
			}
			for _, j := range []string{"along with", "together with"} {
				text := upperFirst(fmt.Sprintf("%s, %s %s, wants a full withdrawal from Donbas.", a, j, b))
				add(text, ap, Demand, "withdrawal")
				add(text, bp, Demand, "withdrawal")
			}
			trap(upperFirst(fmt.Sprintf("Unlike %s, %s wants a full withdrawal from Donbas.", b, a)), bp, Demand, "withdrawal")
			trap(upperFirst(fmt.Sprintf("%s, like %s, wants a full withdrawal from Donbas.", a, b)), bp, Demand, "withdrawal") // a comparison may be all it is
		}
	}

	// The people of each side, named with or without a title.
	for who, party := range map[string]string{
		"Russian Foreign Minister Sergei Lavrov": "russia", "Kremlin spokesman Dmitry Peskov": "russia", "Kremlin aide Yuri Ushakov": "russia",
		"Vladimir Medinsky": "russia", "Kirill Dmitriev": "russia", "Maria Zakharova": "russia", "Dmitry Medvedev": "russia",
		"Igor Kostyukov": "russia", "Grigory Karasin": "russia", "Alexei Polishchuk": "russia", "Vasily Nebenzya": "russia",
		"Ukrainian Foreign Minister Andrii Sybiha": "ukraine", "Rustem Umerov": "ukraine", "Andriy Yermak": "ukraine", "Kyrylo Budanov": "ukraine",
		"Dmytro Lubinets": "ukraine", "Mykhailo Podolyak": "ukraine", "Yulia Svyrydenko": "ukraine", "Sergiy Kyslytsya": "ukraine",
		"David Arakhamia": "ukraine", "Oleksandr Bevz": "ukraine",
		"US Secretary of State Marco Rubio": "us", "Steve Witkoff": "us", "Jared Kushner": "us", "Vice President JD Vance": "us",
		"Keith Kellogg": "us", "Army Secretary Dan Driscoll": "us", "Karoline Leavitt": "us", "Treasury Secretary Scott Bessent": "us",
		"Matthew Whitaker":                 "us",
		"French President Emmanuel Macron": "europe", "British Prime Minister Keir Starmer": "europe", "German Chancellor Friedrich Merz": "europe",
		"EU foreign policy chief Kaja Kallas": "europe", "Ursula von der Leyen": "europe", "Italian Prime Minister Giorgia Meloni": "europe",
		"Finnish President Alexander Stubb": "europe", "Antonio Costa": "europe", "Yvette Cooper": "europe", "Jonathan Powell": "europe",
		"Turkish Foreign Minister Hakan Fidan": "turkey", "President Recep Tayyip Erdogan": "turkey", "Ibrahim Kalin": "turkey",
	} {
		add(fmt.Sprintf("%s said any deal must include %s.", who, content), party, Demand, "withdrawal")
		add(fmt.Sprintf("Any deal must include %s, %s said.", content, who), party, Demand, "withdrawal")
	}

	// A pronoun goes on with the side of the sentence before.
	for s, party := range map[string]string{"Moscow": "russia", "Kyiv": "ukraine", "The Kremlin": "russia", "Washington": "us", "Zelensky": "ukraine", "Putin": "russia", "Trump": "us"} {
		pronoun := "It"
		if s == "Zelensky" || s == "Putin" || s == "Trump" {
			pronoun = "He"
		}
		for _, f := range []string{"%s wants a full withdrawal from Donbas.", "%s also demands a full withdrawal from Donbas.",
			"%s insists on a full withdrawal from Donbas.", "%s has called for a full withdrawal from Donbas.",
			"%s said a full withdrawal from Donbas must come first.", "%s is still pressing for a full withdrawal from Donbas."} {
			add(s+" sent its delegation to Istanbul on Monday. "+fmt.Sprintf(f, pronoun), party, Demand, "withdrawal")
		}
	}

	// Openers, appositions and inversions around the speaker.
	for who, party := range map[string]string{"Peskov": "russia", "Dmitry Peskov": "russia", "Zelensky": "ukraine", "Rubio": "us", "Macron": "europe", "Fidan": "turkey"} {
		title := map[string]string{"russia": "the Kremlin spokesman", "ukraine": "Ukraine's president", "us": "the US secretary of state", "europe": "the French president", "turkey": "Turkey's foreign minister"}[party]
		for _, f := range []string{"On Monday, %[1]s said any deal must include a withdrawal from Donbas.", "Speaking in Istanbul, %[1]s said any deal must include a withdrawal from Donbas.",
			"In a televised address on Sunday, %[1]s said any deal must include a withdrawal from Donbas.", "%[1]s, %[2]s, said any deal must include a withdrawal from Donbas.",
			"Any deal must include a withdrawal from Donbas, said %[1]s.", "Any deal must include a withdrawal from Donbas, said %[2]s, %[1]s.",
			"%[1]s, speaking in Kyiv, said any deal must include a withdrawal from Donbas.", "%[1]s, who met his counterparts on Tuesday, said any deal must include a withdrawal from Donbas.",
			"But %[1]s said any deal must include a withdrawal from Donbas.", "However, %[1]s said any deal must include a withdrawal from Donbas.",
			"%[1]s said on Telegram that any deal must include a withdrawal from Donbas.", "%[1]s said in a statement that any deal must include a withdrawal from Donbas.",
			"%[1]s told a news conference that any deal must include a withdrawal from Donbas.", "%[1]s said after the talks that any deal must include a withdrawal from Donbas.",
			"According to %[1]s, any deal must include a withdrawal from Donbas.", "As %[1]s put it, any deal must include a withdrawal from Donbas."} {
			add(fmt.Sprintf(f, who, title), party, Demand, "withdrawal")
		}
	}
	for group, party := range map[string]string{"Russia's foreign ministry": "russia", "Russian negotiators": "russia", "the Russian delegation": "russia",
		"Russian officials": "russia", "Ukrainian negotiators": "ukraine", "the Ukrainian delegation": "ukraine", "Kyiv's negotiators": "ukraine",
		"American officials": "us", "the US delegation": "us", "European leaders": "europe", "the coalition of the willing": "europe", "EU officials": "europe"} {
		other := "Kyiv"
		if party == "ukraine" {
			other = "Moscow"
		}
		for _, f := range []string{"%s demanded that %s withdraw from Donbas.", "%s demanded that %s withdraws from Donbas.", "%s demanded that %s should withdraw from Donbas.",
			"%s said any deal must have %s withdraw from Donbas.", "%s insisted that %s pull out of Donbas."} {
			add(fmt.Sprintf(f, group, other), party, Demand, "donbas")
		}
	}

	// A document's terms are its author's.
	for author, party := range map[string]string{"Russian": "russia", "Moscow's": "russia", "the Kremlin's": "russia", "Ukrainian": "ukraine",
		"Kyiv's": "ukraine", "US": "us", "American": "us", "Washington's": "us", "European": "europe", "Europe's": "europe"} {
		det := "The "
		if strings.HasSuffix(author, "'s") {
			det = ""
		}
		other := "Kyiv"
		if party == "ukraine" {
			other = "Moscow"
		}
		for _, doc := range []string{"plan", "draft", "text", "document", "proposal", "counter-proposal", "framework", "blueprint", "roadmap", "peace plan"} {
			for _, v := range []string{"demands", "calls for", "requires", "would require", "insists on", "envisages", "includes", "provides for",
				"proposes", "sets out", "foresees", "stipulates"} {
				add(fmt.Sprintf("%s%s %s %s a withdrawal of troops from the Zaporizhzhia plant.", det, author, doc, v), party, "", "withdrawal")
			}
			for _, f := range []string{"%s%s %s says %s must withdraw its troops from the plant.", "%s%s %s would have %s withdraw its troops from the plant.",
				"%s%s %s requires %s to withdraw its troops from the plant."} {
				add(fmt.Sprintf(f, det, author, doc, other), party, "", "withdraw")
			}
		}
		for _, v := range []string{"demands", "calls for", "requires", "would require", "insists on", "envisages", "includes"} {
			add(fmt.Sprintf("%s%s memorandum %s a withdrawal of troops from the Zaporizhzhia plant.", det, author, v), party, Demand, "withdrawal")
		}
	}

	// A list gives one statement per item, however its last item is joined.
	items := []string{"a full ceasefire", "an exchange of all prisoners", "the return of deported children"}
	for _, frame := range []string{"Kyiv demands %s.", "Kyiv's conditions: %s.", "Zelensky said Ukraine wants %s.", "Kyiv's demands include %s.",
		"Ukraine is pushing for %s.", "Kyiv has three demands: %s.", "The Ukrainian side called for %s.", "Kyiv insists on %s.",
		"Ukrainian negotiators asked for %s.", "Umerov listed Kyiv's demands: %s.", "Kyiv came with a short list: %s.",
		"Ukraine's priorities are %s.", "Kyiv's conditions are %s."} {
		for _, join := range []string{"%s, %s and %s", "%s, %s, and %s", "%s, %s as well as %s", "%s; %s; and %s", "%s, %s, plus %s", "%s and %s, and also %s"} {
			text := fmt.Sprintf(frame, fmt.Sprintf(join, items[0], items[1], items[2]))
			add(text, "ukraine", Demand, "ceasefire")
			add(text, "ukraine", Demand, "prisoners")
			add(text, "ukraine", Demand, "children")
			trap(text, "ukraine", Demand, "ceasefire, an exchange") // each item on its own
		}
	}

	// Lists of that-clauses, a clause's subjects joined by "and".
	for s, party := range map[string]string{"Moscow": "russia", "The Kremlin": "russia", "Putin": "russia", "Russia's delegation": "russia"} {
		for _, v := range []string{"demands", "demanded", "is demanding", "has demanded", "insists", "insisted", "is insisting", "asked"} {
			for _, f := range []string{"%s %s that Ukraine become neutral, that Crimea and the four regions be recognised as Russian, and that limits be placed on its army.",
				"%s %s that Ukraine become neutral, that Crimea and Donbas be recognised as Russian and that limits be placed on its army.",
				"%s %s that Kyiv and its allies halt arms deliveries, that Ukraine become neutral, and that limits be placed on its army.",
				"%s %s that Ukraine become neutral; that Crimea and the four regions be recognised as Russian; and that limits be placed on its army."} {
				text := fmt.Sprintf(f, s, v)
				for _, w := range []string{"neutral", "limits", "recognised as russian", "arms deliveries"} {
					if strings.Contains(strings.ToLower(text), w) {
						add(text, party, Demand, w)
					}
				}
				trap(text, party, Demand, "neutral, that")
			}
		}
	}

	// The head of a side's people, then its verb.
	for owner, party := range owners {
		for _, head := range []string{"delegation", "negotiating team", "envoy", "foreign ministry", "government", "leadership", "chief negotiator"} {
			for _, v := range []string{"demands", "calls for", "insists on", "wants", "is demanding", "has demanded", "demanded", "seeks"} {
				add(fmt.Sprintf("%s %s %s a full withdrawal from Donbas.", owner, head, v), party, Demand, "withdrawal")
			}
			add(fmt.Sprintf("%s %s demands that the other side withdraw from Donbas.", owner, head), party, Demand, "withdraw")
		}
	}

	// Joint voices, second obligations and "what" before a colon.
	for _, pair := range [][2]string{{"The US and Ukraine", "us ukraine"}, {"Washington and Kyiv", "us ukraine"}, {"Moscow and Washington", "russia us"},
		{"Kyiv and the Europeans", "ukraine europe"}, {"Ukraine and European leaders", "ukraine europe"}} {
		for _, f := range []string{"%s said any agreement must respect the UN Charter.", "Any agreement must respect the UN Charter, %s said.",
			"%s insist that any agreement must respect the UN Charter."} {
			who := pair[0]
			if strings.HasPrefix(f, "Any") && strings.HasPrefix(who, "The ") {
				who = "the " + who[4:] // "..., the US and Ukraine said."
			}
			text := fmt.Sprintf(f, who)
			for _, party := range strings.Fields(pair[1]) {
				add(text, party, Demand, "charter")
			}
		}
	}
	for _, f := range []string{"A joint statement by %s said any agreement must respect the UN Charter.", "A joint statement from %s said any agreement must respect the UN Charter.",
		"In a joint statement, %s said any agreement must respect the UN Charter."} {
		for who, pair := range map[string][2]string{"the US and Ukraine": {"us", "ukraine"}, "Washington and Kyiv": {"us", "ukraine"}, "Ukraine and the EU": {"ukraine", "europe"}} {
			for _, party := range pair {
				add(fmt.Sprintf(f, who), party, Demand, "charter")
			}
		}
	}
	for adj, pair := range map[string][2]string{"US-Ukrainian": {"us", "ukraine"}, "Ukrainian-American": {"ukraine", "us"}, "Russian-American": {"russia", "us"}} {
		for _, party := range pair {
			add(fmt.Sprintf("The joint %s statement said any agreement must respect the UN Charter.", adj), party, Demand, "charter")
		}
	}

	// A stance before a that-clause says what the side holds.
	for s, party := range subjects {
		other := "Ukraine"
		if party == "ukraine" {
			other = "Russia"
		}
		for _, st := range []string{"is adamant", "was adamant", "remains adamant", "has been clear", "was clear", "is firm", "was emphatic", "is absolutely adamant", "has been explicit", "is insistent"} {
			add(fmt.Sprintf("%s %s that %s must withdraw its troops from the plant.", s, st, other), party, Demand, "withdraw")
		}
		for _, v := range []string{"wants", "demands", "will accept", "will settle for", "is seeking"} {
			for _, n := range []string{"nothing less than", "nothing short of"} {
				add(fmt.Sprintf("%s %s %s a full withdrawal from Donbas.", s, v, n), party, Demand, "withdrawal")
			}
		}
	}
	trap("It is clear that Ukraine must hold elections.", "", Demand, "elections")

	// A side as the label of bullets that open on its verbs.
	for label, party := range map[string]string{"the Russian delegation": "russia", "According to Ukrainian officials, the Russian delegation": "russia",
		"Russian negotiators": "russia", "The Ukrainian side": "ukraine", "In Geneva, the US team": "us", "European leaders": "europe"} { // a lone "Moscow:" opens a dateline
		for _, sep := range []string{" ", "\n"} {
			for _, v := range []string{"demanded", "insisted on", "called for", "pressed for", "asked for"} {
				text := fmt.Sprintf("%s:%s- %s a full withdrawal from Donbas;%s- rejected a 30-day ceasefire.", label, sep, v, sep)
				add(text, party, Demand, "withdrawal")
				add(text, party, Rejection, "ceasefire")
			}
		}
	}

	// A side's demand or offer in a relative clause inside the subject: the
	// noun phrase, never the main verb's predicate.
	for s, party := range map[string]string{"Moscow": "russia", "Kyiv": "ukraine", "Washington": "us", "the Europeans": "europe"} {
		for _, v := range []string{"wants", "is demanding", "has long sought", "insists on", "proposed", "has floated"} {
			for _, rel := range []string{"that ", "which ", ""} {
				for _, main := range []string{"never took hold", "would cost Ukraine its fortress belt", "has collapsed", "could take months"} {
					if party == "europe" { // the verb agrees with "the Europeans"
						v = strings.NewReplacer("wants", "want", "is ", "are ", "has ", "have ", "insists", "insist").Replace(v)
					}
					text := upperFirst(fmt.Sprintf("The 30-day energy truce %s%s %s %s.", rel, s, v, main))
					add(text, party, "", "energy truce")
					trap(text, party, "", strings.Fields(main)[1])
				}
			}
		}
		text := fmt.Sprintf("The talks did not produce a full ceasefire, which %s has long sought.", s)
		if party == "europe" {
			text = strings.Replace(text, "has", "have", 1)
		}
		add(text, party, Demand, "full ceasefire")
		trap(text, party, Demand, "talks")
	}

	// What someone fears a side will demand is no demand made.
	for s, party := range subjects {
		for _, f := range []string{"Some in Kyiv fear %s will demand a full withdrawal from Donbas.", "Officials fear that %s would demand a full withdrawal from Donbas.",
			"Diplomats worry that %s could demand a full withdrawal from Donbas.", "Analysts predict %s will demand a full withdrawal from Donbas."} {
			trap(fmt.Sprintf(f, s), party, Demand, "withdrawal")
		}
		add(fmt.Sprintf("Officials said %s will demand a full withdrawal from Donbas.", s), party, Demand, "withdrawal")
	}

	// A deal still to come is none made.
	for _, adj := range []string{"future", "final", "eventual", "lasting", "comprehensive"} {
		for _, noun := range []string{"agreement", "deal", "settlement", "accord"} {
			for _, det := range []string{"Any", "No"} {
				trap(fmt.Sprintf("%s %s %s on the Donbas can be put to a referendum, Zelensky said.", det, adj, noun), "", Agreement, "referendum")
			}
		}
	}

	// A title alone stands for the person the text first named with it.
	for who, party := range map[string]string{"Kremlin spokesman Dmitry Peskov": "russia", "German Chancellor Friedrich Merz": "europe",
		"Foreign Minister Andrii Sybiha": "ukraine", "Secretary of State Marco Rubio": "us", "Foreign Minister Hakan Fidan": "turkey"} {
		title := strings.ToLower(strings.Fields(who)[len(strings.Fields(who))-3])
		other := "Kyiv"
		if party == "ukraine" {
			other = "Moscow"
		}
		for _, f := range []string{"%[1]s, the %[2]s insisted, must withdraw its troops from the plant.", "%[1]s must withdraw its troops from the plant, the %[2]s said.",
			"The %[2]s said %[1]s must withdraw its troops from the plant."} {
			add(fmt.Sprintf("%s spoke on Monday. ", who)+fmt.Sprintf(f, other, title), party, Demand, "withdraw")
		}
	}
	for sp, party := range speakers {
		for _, v := range []string{"insisted", "said", "stressed", "warned"} {
			text := fmt.Sprintf("%s %s that Kyiv must stop recruiting, which it has done since 2022, and must hold elections.", sp, v)
			if party == "ukraine" {
				text = strings.Replace(text, "Kyiv", "Moscow", 1)
			}
			add(text, party, Demand, "recruiting")
			add(text, party, Demand, "elections")
		}
	}
	for s, party := range subjects {
		for _, v := range []string{"wants", "is asking for", "demands", "is pushing for"} {
			add(fmt.Sprintf("%s %s what it has wanted since March: %s.", s, v, content), party, Demand, "withdrawal")
		}
	}

	// The main verb after a side's noun phrase is no part of its position.
	for _, owner := range []string{"Moscow's", "Kyiv's", "Washington's", "The Kremlin's"} {
		for _, noun := range []string{"demand for", "call for", "rejection of", "refusal of", "offer of", "insistence on"} {
			for _, verb := range []string{"angered", "frustrated", "stunned", "surprised", "alarmed"} {
				trap(fmt.Sprintf("%s %s a 30-day ceasefire %s the Europeans.", owner, noun, verb), "", "", verb)
			}
		}
	}

	// Agreed exchanges, whoever is named.
	for _, text := range []string{"Russia and Ukraine agreed to exchange 1,000 prisoners each.", "The two sides agreed to swap 1,000 prisoners each.",
		"Moscow and Kyiv swapped 390 prisoners each on Friday.", "Russia and Ukraine exchanged 390 prisoners each.",
		"Both sides agreed to exchange 1,000 prisoners each.", "Kyiv and Moscow struck a deal to exchange 1,000 prisoners each.",
		"The sides agreed on a prisoner exchange of 1,000 for 1,000.", "Russia returned 6,000 bodies to Ukraine.",
		"Russia handed over 6,000 bodies of Ukrainian soldiers.", "Ukraine received the bodies of 6,000 soldiers from Russia."} {
		add(text, "", Agreement, "")
	}
	for _, n := range []string{"agreement", "deal", "understanding", "accord"} {
		for _, v := range []string{"was reached", "was struck", "has been reached", "was sealed"} {
			open := "Russian and Ukrainian negotiators met in Istanbul. "
			article := "A"
			if strings.ContainsRune("aeiou", rune(n[0])) {
				article = "An"
			}
			add(fmt.Sprintf("%s%s %s %s on a three-day truce.", open, article, n, v), "", Agreement, "truce")
			trap(fmt.Sprintf("%sNo %s %s on a three-day truce.", open, n, v), "", Agreement, "truce")
		}
	}
	trap("Russian and Ukrainian negotiators met in Istanbul. They agreed to disagree on a three-day truce.", "", Agreement, "truce")
	trap("Russia and Ukraine reached no agreement on a three-day truce.", "", Agreement, "truce")
	trap("Russian and Ukrainian negotiators met in Istanbul. Not a single prisoner was exchanged, Kyiv said.", "", Agreement, "")
	trap("Russian and Ukrainian negotiators met in Istanbul. No prisoners were exchanged this time.", "", Agreement, "")

	// An aim a side's adversary ascribes to it is no position it holds:
	// "Moscow's demands to weaken Ukraine", "Putin wants to destroy Ukraine".
	for _, v := range []string{"weaken", "destroy", "undermine", "humiliate", "subjugate", "cripple", "crush", "dismember", "destabilise", "sabotage", "torpedo", "derail", "wreck"} {
		for _, frame := range []string{"Zelensky said Putin wants to %s Ukraine.", "Putin seeks to %s Ukraine, Kyiv says.", "Moscow is not backing off its demands to %s Ukraine.",
			"The Kremlin aims to %s the talks, European officials said.", "Peskov said Europe was trying to %s the talks and wants to %s Russia."} {
			trap(strings.ReplaceAll(frame, "%s", v), "", "", v)
		}
	}
	add("Zelensky said Putin wants to weaken Ukraine and demands that Kyiv give up Donbas.", "russia", Demand, "donbas")
	for _, n := range []string{"capitulation", "surrender", "subjugation", "destruction", "humiliation", "defeat"} {
		for _, frame := range []string{"Russia wants Ukraine's %s.", "Zelensky said Moscow seeks the %s of Ukraine.", "The Kremlin's demands amount to a demand for Ukraine's %s.", "We should be clear: Putin wants Kyiv's total %s."} {
			trap(strings.ReplaceAll(frame, "%s", n), "", "", n)
		}
	}
	add("Moscow demands the surrender of weapons by Azov fighters.", "russia", Demand, "weapons")

	// A present verb joined to a reported clause after a past "said" goes
	// on with that clause's subject: "Zelensky said Putin wants a pause and
	// demands ...".
	speakers = map[string]string{"Zelensky": "ukraine", "Peskov": "russia", "Rubio": "us", "Macron": "europe"}
	subjects = map[string]string{"Putin": "russia", "the Kremlin": "russia", "Zelensky": "ukraine", "Kyiv": "ukraine", "Trump": "us", "Washington": "us"}
	for sp, spParty := range speakers {
		for subj, party := range subjects {
			if party == spParty {
				continue
			}
			for _, said := range []string{"said", "told reporters", "claimed", "said on Monday that"} {
				for _, first := range []string{"wants a long pause", "insists on a ceasefire", "is stalling"} {
					for _, second := range []string{"demands the withdrawal of troops from Donbas", "calls for a withdrawal of troops from Donbas", "insists on the withdrawal of troops from Donbas", "wants a withdrawal of troops from Donbas"} {
						text := fmt.Sprintf("%s %s %s %s and %s.", sp, said, subj, first, second)
						add(text, party, Demand, "donbas")
						trap(text, spParty, Demand, "donbas")
					}
				}
			}
		}
	}

	// A plural subject's verbs in a series share it: "European capitals
	// press for a ceasefire, insist that no limits be placed on the army
	// and have called for sanctions".
	plurals := map[string]string{"European capitals": "europe", "The Europeans": "europe", "Kyiv and its allies": "ukraine", "Russian officials": "russia", "Ukrainian negotiators": "ukraine", "American envoys": "us"}
	for subj, party := range plurals {
		for _, first := range []string{"continue to press for a ceasefire as a first step", "want a ceasefire first", "reject any freeze", "have long called for a ceasefire"} {
			for _, v := range []string{"insist that no restrictions be placed", "demand that no restrictions be placed", "stress that no restrictions should be placed", "say no restrictions must be placed"} {
				for _, last := range []string{" and have called for tougher sanctions", "", " and want talks to go on"} {
					add(fmt.Sprintf("%s %s, %s on the size of the Ukrainian army%s.", subj, first, v, last), party, Demand, "restrictions")
				}
			}
		}
	}

	// What a side names as a condition is its demand: "Putin named the
	// withdrawal of Ukrainian troops from Donetsk as a condition for ending
	// the conflict".
	sideSubjects := map[string]string{"Putin": "russia", "The Kremlin": "russia", "Zelensky": "ukraine", "Kyiv": "ukraine", "Trump": "us", "European leaders": "europe"}
	for subj, party := range sideSubjects {
		for _, v := range []string{"named", "set", "cited", "identified", "had named", "had set", "once again named"} {
			for _, cond := range []string{"a condition for ending the conflict", "the main condition for a ceasefire", "a precondition for any truce", "the key condition for a settlement"} {
				add(fmt.Sprintf("%s %s the withdrawal of troops from the Zaporizhzhia plant as %s.", subj, v, cond), party, Demand, "withdrawal")
			}
		}
	}

	// An offer on a proviso: the offer, and the proviso a demand of the
	// same side. "Russia offers a truce only if Kyiv's troops pull out".
	for subj, party := range sideSubjects {
		for _, v := range []string{"offers", "offered", "has offered", "is ready to offer"} {
			for _, proviso := range []string{"only if", "only once", "only after", "on condition that", "on the condition that", "provided that", "provided"} {
				text := fmt.Sprintf("%s %s a three-day truce %s the troops leave the Zaporizhzhia plant.", subj, v, proviso)
				add(text, party, Proposal, "truce")
				add(text, party, Demand, "zaporizhzhia")
				trap(text, party, Proposal, "zaporizhzhia")
			}
		}
	}

	// "pointed out that" reports as "said that" does.
	for subj, party := range sideSubjects {
		for _, open := range []string{"pointed out that", "pointed out on Monday that", "had pointed out that"} {
			for _, clause := range []string{"any final documents would have to be signed at the Zaporizhzhia plant", "all troops must leave the Zaporizhzhia plant", "the Zaporizhzhia plant should be demilitarised"} {
				add(fmt.Sprintf("%s %s %s.", subj, open, clause), party, Demand, "zaporizhzhia")
			}
		}
	}

	// A side's list goes on in the next sentence's agentless terms: "The
	// Kremlin also wants Ukraine to stay neutral. Sanctions on Russia would
	// have to be lifted."; not in a "must" of no one named, nor past a
	// sentence between, nor when someone else is quoted.
	for subj, party := range sideSubjects {
		want := "wants"
		if subj == "European leaders" {
			want = "want"
		}
		for _, first := range []string{"also %s the other side to stay neutral", "%s a ceasefire along the current line", "%s the troops out of the Zaporizhzhia plant"} {
			lead := fmt.Sprintf("%s %s.", subj, fmt.Sprintf(first, want))
			trap(lead+" Sanctions must be lifted as well.", party, Demand, "sanctions") // a "must" of no one named: the writer's, or anyone's
			for _, must := range []string{"Sanctions on Russia would have to be lifted.", "All Western sanctions would also have to go.", "Sanctions on Russia would need to be lifted."} {
				add(lead+" "+must, party, Demand, "sanctions")
				trap(lead+" "+strings.TrimSuffix(must, ".")+", analysts said.", party, Demand, "sanctions")
				trap(lead+" The talks ended on Friday. "+must, party, Demand, "sanctions")
			}
		}
	}

	// "Other conditions include ..." goes on with the side whose demands
	// came just before; after a sentence of no demand it is no one's.
	for subj, party := range sideSubjects {
		want := "insists"
		if subj == "European leaders" {
			want = "insist"
		}
		lead := fmt.Sprintf("%s %s on caps on the size of the armed forces.", subj, want)
		for _, open := range []string{"Other conditions include", "Further demands include", "Other demands include", "Additional conditions include", "Other terms include", "Other conditions, officials said, include"} {
			add(fmt.Sprintf("%s %s the return of the Zaporizhzhia plant.", lead, open), party, Demand, "zaporizhzhia")
			trap(fmt.Sprintf("%s The talks ended late. %s the return of the Zaporizhzhia plant.", lead, open), party, Demand, "zaporizhzhia")
		}
	}

	// A bare noun of terms and an item with its article are two items:
	// "caps on the size of its armed forces and a ban on foreign troops".
	for _, first := range []string{"caps on the size of its armed forces", "a cap on its army", "neutrality for Ukraine", "restrictions on its army", "reparations for the damage", "protection for Russian speakers", "compensation for war damage", "demilitarisation of the south", "ceilings on its army"} {
		for _, second := range []string{"a ban on foreign troops", "an end to strikes on the Zaporizhzhia plant", "the return of the Zaporizhzhia plant"} {
			for _, open := range []string{"The Kremlin is insisting on", "Moscow wants", "Russia's terms include"} {
				text := fmt.Sprintf("%s %s and %s.", open, first, second)
				w := strings.Fields(second)[2]
				add(text, "russia", Demand, strings.Fields(first)[0])
				add(text, "russia", Demand, w)
				trap(text, "russia", Demand, strings.Fields(first)[0]+" "+strings.Join(strings.Fields(first)[1:], " ")+" and")
			}
		}
	}

	// "It says ..." right after a sentence that named a side's text speaks
	// for its author: "The European version takes a chainsaw to the worst
	// bits. It says Ukraine's army should be allowed 800,000 troops."
	texts := map[string]string{"The European version": "europe", "Moscow's memorandum": "russia", "The Russian draft": "russia", "The Ukrainian text": "ukraine", "Kyiv's counter-proposal": "ukraine"}
	for text, party := range texts {
		for _, pred := range []string{"takes a chainsaw to the worst bits", "runs to twelve pages", "was published on Sunday"} {
			for _, says := range []string{"It says", "It states", "It adds", "It also says"} {
				for _, clause := range []string{"all troops should leave the Zaporizhzhia plant", "the Zaporizhzhia plant must be demilitarised"} {
					add(fmt.Sprintf("%s %s. %s %s.", text, pred, says, clause), party, Demand, "zaporizhzhia")
				}
				add(fmt.Sprintf("%s %s. %s the Zaporizhzhia plant would have to be handed back.", text, pred, says), party, "", "zaporizhzhia") // a draft's terms may be read as its proposal
			}
		}
	}

	// "Under the second, a package of conditions, Ukraine would ...": the
	// terms after the apposition, not the apposition.
	for _, app := range []string{"a package of conditions", "a \"package\" of conditions", "a set of terms", "the so-called package", "a package option", "the tougher option"} {
		for _, doc := range []string{"Moscow's memorandum offers Kyiv two routes to a ceasefire.", "The Russian text sets out two options."} {
			text := fmt.Sprintf("%s Under the second, %s, Ukraine would halt mobilisation and stop receiving weapons at the Zaporizhzhia plant.", doc, app)
			add(text, "russia", Demand, "halt mobilisation")
			trap(text, "russia", Demand, strings.Trim(strings.Fields(app)[1], "\""))
		}
	}

	// A that-clause opening on a condition or a time with no comma: the
	// side named before its modal is the one asked. "insisted that before
	// any guns fell silent Ukraine must pull its troops out".
	for _, who := range []struct{ speaker, party, other string }{{"Medinsky", "russia", "Ukraine"}, {"The Kremlin", "russia", "Kyiv"}, {"Zelensky", "ukraine", "Russia"}, {"Umerov", "ukraine", "Moscow"}} {
		for _, v := range []string{"insisted that", "said that", "demanded that", "made clear that"} {
			for _, cond := range []string{"before any guns fell silent", "before a truce could begin", "until the talks were over", "once the talks were over", "if there was to be a ceasefire"} {
				for _, modal := range []string{"must", "would have to", "should"} {
					add(fmt.Sprintf("%s %s %s %s %s leave the Zaporizhzhia plant.", who.speaker, v, cond, who.other, modal), who.party, Demand, "zaporizhzhia")
				}
			}
		}
	}

	// A fronted phrase names one of a side's demands, or the head of its
	// list: "At the heart of Moscow's demands is ...", "Top of Kyiv's wish
	// list is ...".
	for owner, party := range owners {
		for _, open := range []string{"At the heart of %s demands is", "Central to %s conditions is", "At the core of %s demands is", "Top of %s list is", "At the top of %s wish list is", "First on %s list is", "High on %s list is", "%s wish list includes"} {
			add(upperFirst(fmt.Sprintf(open, strings.Replace(owner, "The ", "the ", 1)))+" a full withdrawal of troops from the Zaporizhzhia plant.", party, Demand, "withdrawal")
		}
	}
	trap("Kyiv's answer to Moscow's demands is a firm refusal of any withdrawal from the Zaporizhzhia plant.", "russia", Demand, "withdrawal")

	// A side's readiness (willingness) to act is its offer, and so is being
	// ready to take part; being ready to take land is none.
	for owner, party := range owners {
		o := strings.Replace(owner, "The ", "the ", 1)
		for _, v := range []string{"reiterated", "confirmed", "signalled", "stressed"} {
			for _, n := range []string{"readiness", "willingness"} {
				add(fmt.Sprintf("Officials %s %s %s to host talks at the Zaporizhzhia plant.", v, o, n), party, Proposal, "zaporizhzhia")
			}
		}
	}
	for subj, party := range sideSubjects {
		add(fmt.Sprintf("%s is ready to take part in a monitoring mission at the Zaporizhzhia plant.", subj), party, Proposal, "zaporizhzhia")
		trap(fmt.Sprintf("%s is ready to take the Zaporizhzhia plant by force.", subj), party, Proposal, "zaporizhzhia")
	}

	// A side's condition as a bare "no" phrase after its name: "Zelensky:
	// no territorial concessions without a referendum"; "says no to X"
	// refuses X; a clause with a verb of its own is a report.
	for subj, party := range sideSubjects {
		for _, open := range []string{": ", " says ", " insists "} {
			if open == " says " && subj == "European leaders" {
				open = " say "
			}
			add(subj+open+"no withdrawal from the Zaporizhzhia plant without guarantees.", party, Demand, "zaporizhzhia")
			if open != " insists " { // "insists no decision has been made" claims, read as any "insists"
				trap(subj+open+"no decision on the Zaporizhzhia plant has been made.", party, "", "zaporizhzhia")
			}
		}
		add(subj+" says no to a withdrawal from the Zaporizhzhia plant.", party, Rejection, "zaporizhzhia")
	}

	// "X set out its terms." then numbered "must"s: X's terms, while the
	// numbering goes on; an unrelated sentence between ends them.
	for subj, party := range sideSubjects {
		for _, open := range []string{"set out its terms", "laid out its conditions", "outlined its demands", "presented its terms"} {
			o := open
			if subj == "European leaders" {
				o = strings.Replace(open, "its", "their", 1)
			}
			lead := fmt.Sprintf("%s %s.", subj, o)
			add(lead+" First, all troops must leave the Zaporizhzhia plant.", party, Demand, "zaporizhzhia")
			add(lead+" First, a ceasefire must hold. Second, all troops must leave the Zaporizhzhia plant.", party, Demand, "zaporizhzhia")
			add(lead+" First, a ceasefire must hold. Second, a monitoring mission must be set up. Third, all troops must leave the Zaporizhzhia plant.", party, Demand, "zaporizhzhia")
			trap(lead+" The talks ended late. All troops must leave the Zaporizhzhia plant, analysts said.", party, Demand, "zaporizhzhia")
		}
	}
	// A chain of that-clauses after a demand verb is demanded whole, also
	// when the sentence is itself reported ("A source said Moscow demanded
	// that A, that B, and that C") and when A lists names ("the Donetsk,
	// Luhansk and Kherson regions"); a ", that" after a plain speech verb
	// is the next thing said.
	for _, who := range []struct{ subj, party, other string }{{"Moscow", "russia", "Kyiv"}, {"The Kremlin", "russia", "Ukraine"}, {"Kyiv", "ukraine", "Moscow"}, {"Washington", "us", "Kyiv"}} {
		for _, open := range []string{"", "According to the source, ", "A source said ", "Officials said on Monday that ", "On Monday, "} {
			for _, v := range []string{"demanded", "insisted", "asked", "demands"} {
				for _, first := range []string{"troops leave the Donetsk, Luhansk and Kherson regions", "troops leave Donetsk", "troops leave the entire territory of four regions as the price of a truce"} {
					subj := who.subj
					if strings.HasSuffix(open, "said ") || strings.HasSuffix(open, "that ") {
						subj = strings.Replace(subj, "The ", "the ", 1)
					}
					text := upperFirst(fmt.Sprintf("%s%s %s that %s, that %s recognise the new borders, and that sanctions on the Zaporizhzhia plant be lifted.", open, subj, v, first, who.other))
					add(text, who.party, Demand, "leave")
					add(text, who.party, Demand, "recognise")
					add(text, who.party, Demand, "zaporizhzhia")
				}
			}
		}
	}
	trap("Peskov said the talks were useful, that the Zaporizhzhia plant must stay under Russian control.", "russia", Demand, "useful")
	// A list whose middle item is an event noun with its object ("an
	// exchange of prisoners") and whose last item has no article ("and
	// security guarantees") goes on past the middle item; a comment noun
	// there ("a demand of long standing") ends it.
	for subj, party := range sideSubjects {
		v := "wants"
		if subj == "European leaders" {
			v = "want"
		}
		for _, first := range []string{"a ceasefire", "the return of all children deported to Russia", "a halt to strikes on the Zaporizhzhia plant"} {
			for _, mid := range []string{"an exchange of prisoners", "a swap of prisoners on an \"all for all\" basis", "the release of all civilians", "a return of bodies"} {
				for _, last := range []string{"security guarantees for the Zaporizhzhia plant", "reliable guarantees for the Zaporizhzhia plant", "international monitors at the Zaporizhzhia plant"} {
					text := fmt.Sprintf("%s %s %s, %s and %s.", subj, v, first, mid, last)
					add(text, party, Demand, strings.Fields(mid)[1])
					add(text, party, Demand, strings.Fields(last)[0])
				}
			}
		}
		trap(fmt.Sprintf("%s %s a ceasefire at the Zaporizhzhia plant, a demand of long standing and wide support.", subj, v), party, Demand, "wide support")
	}
	// The size of an exchange agreed in the sentence before, told in a
	// sentence of its own, is part of the agreement; after a demand, or as
	// a hope, it is none.
	for _, agreed := range []string{"Russia and Ukraine agreed to exchange all wounded prisoners.", "The Russian and Ukrainian delegations agreed on a new prisoner swap.", "Moscow and Kyiv agreed to swap the seriously ill and the young soldiers."} {
		for _, subj := range []string{"The exchange", "The swap", "Medinsky said the exchange", "Umerov said that the swap", "The second stage of the exchange", "The first phase of the swap"} {
			for _, v := range []string{"will cover", "would cover", "will involve", "would involve", "would include", "will total"} {
				for _, n := range [][2]string{{"at least 1,000 people on each side", "1,000"}, {"1,200 prisoners from each side", "1,200"}, {"about 390 soldiers each", "390"}} {
					add(fmt.Sprintf("%s %s %s %s.", agreed, subj, v, n[0]), "", Agreement, n[1])
				}
			}
		}
	}
	for _, v := range []string{"would cover", "will involve"} {
		trap(fmt.Sprintf("Russia demanded a prisoner swap. The exchange %s 1,000 people.", v), "", Agreement, "1,000")
		trap(fmt.Sprintf("Russia and Ukraine agreed to swap prisoners. Kyiv had hoped the exchange %s 5,000 people.", v), "", Agreement, "5,000")
		trap(fmt.Sprintf("Russia and Ukraine agreed to swap prisoners. The next talks will be held in Istanbul. Officials met again. The exchange %s 5,000 people.", v), "", Agreement, "5,000")
	}
	// "can only be" + a participle, regular or not, or + "the starting
	// point (basis)", is the one way a speaker allows; a connective
	// opening the sentence or the quote ("However,", "Still,") leaves the
	// subject after it.
	for who, party := range map[string]string{"Erdogan": "turkey", "Zelensky": "ukraine", "Lavrov": "russia", "Macron": "europe"} {
		for _, claim := range []string{"a lasting peace can only be built on respect for the Zaporizhzhia plant's safety", "any deal can only be struck with the Zaporizhzhia plant under IAEA control",
			"the issue can only be settled once troops leave the Zaporizhzhia plant", "the current line can only be the starting point for talks on the Zaporizhzhia plant",
			"the Zaporizhzhia plant can only be the basis of a deal if it is demilitarised", "a settlement could only be reached with the Zaporizhzhia plant returned"} {
			add(fmt.Sprintf("%s said %s.", who, claim), party, Demand, "zaporizhzhia")
			for _, open := range []string{"However, ", "Still, ", "Nevertheless, ", "Ultimately, "} {
				add(fmt.Sprintf("\"%s%s,\" %s said.", open, claim, who), party, Demand, "zaporizhzhia")
				add(fmt.Sprintf("%s%s, %s said.", open, claim, who), party, Demand, "zaporizhzhia")
			}
		}
	}
	for _, open := range []string{"However, ", "Still, ", ""} {
		trap(open+"the offensive near the Zaporizhzhia plant can only be stopped by force.", "", Demand, "zaporizhzhia")
		trap(open+"the Zaporizhzhia plant can only be reached by boat, engineers said.", "", Demand, "zaporizhzhia")
	}
	// A side's own text refusing an act ("Its roadmap adds that Ukraine
	// will not recognise ...") sets a red line, no offer; a plural demand
	// noun after "are" is a noun ("both are demands dressed up as
	// choices"), no verb with a subject.
	for owner, party := range map[string]string{"Kyiv": "ukraine", "Moscow": "russia", "Washington": "us"} {
		side := map[string]string{"ukraine": "Ukraine", "russia": "Russia", "us": "the United States"}[party]
		for _, doc := range []string{"roadmap", "memorandum", "draft", "plan"} {
			for _, v := range []string{"adds that", "says that", "states that", "says"} {
				for _, act := range []string{"will not recognise the Zaporizhzhia plant as foreign", "will never cede the Zaporizhzhia plant", "will not give up the Zaporizhzhia plant", "would not accept a withdrawal from the Zaporizhzhia plant", "will never surrender the Zaporizhzhia plant"} {
					text := fmt.Sprintf("%s brought a %s of its own. Its %s %s %s %s.", owner, doc, doc, v, side, act)
					add(text, party, Demand, "zaporizhzhia")
					trap(text, party, Proposal, "zaporizhzhia")
				}
			}
		}
		for _, be := range []string{"are", "were"} {
			for _, n := range []string{"demands", "conditions", "ultimatums"} {
				trap(fmt.Sprintf("%s was offered two routes to a truce at the Zaporizhzhia plant, and both %s %s dressed up as choices.", owner, be, n), "", Demand, "dressed")
			}
		}
	}
	// A side's label, a predicate of no change "since" a time, then the
	// list after a colon.
	for owner, party := range owners {
		for _, n := range []string{"red lines", "demands", "conditions", "terms"} {
			for _, since := range []string{"since spring", "since the summer", "since then", "since June", "since 2022", "since the Istanbul talks"} {
				for _, v := range []string{"have not moved", "have not changed", "have stayed the same"} {
					add(fmt.Sprintf("%s %s %s %s: no withdrawal from the Zaporizhzhia plant, and security guarantees.", owner, n, v, since), party, Demand, "zaporizhzhia")
				}
			}
		}
	}
	// Warning (telling) a side not to do something, also with a quoted
	// verb, a participle after leaving, or two sides told, is the
	// warner's demand; a second predicate after ", and," is not part of it.
	for who, party := range map[string]string{"Putin": "russia", "Trump": "us", "Zelensky": "ukraine", "Macron": "europe"} {
		for _, v := range []string{"warned", "left, warning", "left warning", "flew home, telling", "cautioned"} {
			for _, obj := range []string{"Moscow", "Kyiv and the European capitals", "Washington and Brussels"} {
				if strings.Contains(obj, map[string]string{"russia": "Moscow", "us": "Washington", "ukraine": "Kyiv", "europe": "Brussels"}[party]) {
					continue
				}
				for _, act := range []string{"not to \"torpedo\" the talks on the Zaporizhzhia plant", "not to torpedo the talks on the Zaporizhzhia plant", "to \"respect\" the Zaporizhzhia plant's safety"} {
					add(fmt.Sprintf("%s %s %s %s.", who, v, obj, act), party, Demand, "zaporizhzhia")
					text := fmt.Sprintf("%s moved not an inch. He %s %s %s and, speaking in English, suggested talks in Moscow.", who, v, obj, act)
					add(text, party, Demand, "zaporizhzhia")
					trap(text, party, Demand, "speaking")
				}
			}
		}
	}
	// "X's team (delegation) under NAME" is X's: the leader after "under"
	// names no other subject, also after a sentence naming another side.
	for owner, party := range owners {
		for _, n := range []string{"team", "delegation", "negotiators"} {
			for _, lead := range []string{"Andriy Yermak", "Rustem Umerov", "Vladimir Medinsky", "Marco Rubio", "Steve Witkoff"} {
				for _, prior := range []string{"", "Peskov spoke to reporters. ", "Kyiv and Moscow traded blame. "} {
					v := "insisted on"
					add(fmt.Sprintf("%s%s %s under %s %s a monitoring mission at the Zaporizhzhia plant.", prior, owner, n, lead, v), party, Demand, "zaporizhzhia")
				}
			}
		}
	}
	// A side that "is asked (urged, expected) to" act is the one asked,
	// whose demand it is not.
	for subj, party := range map[string]string{"Ukraine": "ukraine", "Kyiv": "ukraine", "Russia": "russia", "Moscow": "russia", "Europe": "europe"} {
		for _, be := range []string{"is asked", "was asked", "has been asked", "is being asked", "was once again asked", "is urged", "was urged", "has been urged"} {
			trap(fmt.Sprintf("%s %s to hand over the Zaporizhzhia plant by a date chosen in Washington.", subj, be), party, Demand, "zaporizhzhia")
		}
		add(fmt.Sprintf("Trump asked %s to hand over the Zaporizhzhia plant.", subj), "us", Demand, "zaporizhzhia")
	}
	// What a side "needs" in a column's narrative, once its author has
	// spoken as "I", is the author's view; said by a side, it is its own.
	for subj, party := range map[string]string{"Kyiv": "ukraine", "Ukraine": "ukraine", "Moscow": "russia", "Europe": "europe"} {
		for _, me := range []string{"I do not say the talks are worthless.", "My own view is simple.", "I have covered these talks for a year."} {
			for _, need := range []string{"%s needs monitors at the Zaporizhzhia plant.", "What %s needs is monitors at the Zaporizhzhia plant.", "What %s needs, in my view, is monitors at the Zaporizhzhia plant."} {
				trap(me+" "+fmt.Sprintf(need, subj), party, Demand, "zaporizhzhia")
			}
		}
		add(fmt.Sprintf("%s needs monitors at the Zaporizhzhia plant, officials in %s said.", subj, subj), party, Demand, "zaporizhzhia")
	}
	// ", saying ..." after a clause that follows a semicolon is said by
	// that clause's subject, not by a speaker before the semicolon.
	for _, pair := range [][4]string{{"Kyiv", "ukraine", "Vladimir Medinsky", "russia"}, {"Moscow", "russia", "Andriy Yermak", "ukraine"}, {"Zelensky", "ukraine", "Yuri Ushakov", "russia"}, {"The Kremlin", "russia", "Marco Rubio", "us"}} {
		for _, v := range []string{"asked", "pressed", "pushed", "called"} {
			for _, r := range []string{"ruled that out", "rejected the idea", "dismissed it", "would not hear of it"} {
				text := fmt.Sprintf("%s %s once more for a summit; %s %s, saying monitors must first be sent to the Zaporizhzhia plant.", pair[0], v, pair[2], r)
				add(text, pair[3], Demand, "zaporizhzhia")
				trap(text, pair[1], Demand, "zaporizhzhia")
			}
		}
	}
	// "pressed for A and for B": the preposition before the content opens
	// the second item; a Ukrainian retreat turned down ("rather than")
	// is no withdrawal Ukraine asks of itself; ", and by most accounts
	// they were heard" is a clause of its own.
	for subj, party := range sideSubjects {
		for _, v := range []string{"pressed for", "pushed for", "called for", "insisted on"} {
			if subj == "European leaders" {
				continue
			}
			prep := strings.Fields(v)[1]
			for _, tail := range []string{"", ", and by most accounts they were heard", ", and in the end they were heard"} {
				text := fmt.Sprintf("%s %s the cap on the army to be raised to 800,000 and %s any talks to begin from the Zaporizhzhia plant rather than from a Ukrainian retreat%s.", subj, v, prep, tail)
				add(text, party, Demand, "800,000")
				add(text, party, Demand, "zaporizhzhia")
				trap(text, party, Demand, "and "+prep)
				if tail != "" {
					trap(text, party, Demand, "heard")
				}
			}
		}
	}
	// "The document (text, draft, memorandum) goes further still. It
	// calls for X": the text named before is the document, and "it" is
	// its author's, not the side named last.
	for _, side := range [][3]string{{"Russian", "russia", "Ukraine"}, {"Ukrainian", "ukraine", "Russia"}} {
		for _, doc := range []string{"text", "memorandum", "draft"} {
			for _, again := range []string{"document", "text", "draft", "memorandum"} {
				for _, goes := range []string{"goes further still", "does not stop there", "goes on"} {
					text := fmt.Sprintf("Under the %s %s, %s would have to be neutral. The %s %s. It calls for monitors at the Zaporizhzhia plant.", side[0], doc, side[2], again, goes)
					add(text, side[1], "", "zaporizhzhia")
					trap(text, strings.ToLower(side[2]), "", "zaporizhzhia")
				}
			}
		}
	}
	// "such a summit should take place only to sign ..." after "insisting
	// (demanding) that" is the insister's condition, not that of a speaker
	// reported earlier in the sentence.
	for _, pair := range [][4]string{{"Umerov", "ukraine", "Medinsky", "russia"}, {"Zelensky", "ukraine", "Peskov", "russia"}, {"Peskov", "russia", "Yermak", "ukraine"}} {
		for _, ins := range []string{"insisting that", "demanding that", "saying"} {
			for _, meet := range []string{"such a summit should take place only to sign a deal on the Zaporizhzhia plant", "a meeting could happen only once a deal on the Zaporizhzhia plant is ready"} {
				text := fmt.Sprintf("%s said his side had renewed its call for a summit; %s dismissed the idea, %s %s.", pair[0], pair[2], ins, meet)
				add(text, pair[3], Demand, "zaporizhzhia")
				trap(text, pair[1], Demand, "zaporizhzhia")
			}
		}
	}
	// "until X" after a side's want is that side's condition: a side
	// named only to qualify a noun ("a US security guarantee") is none
	// who acts, and a pronoun subject ("They ask ...") is the side.
	for _, open := range [][2]string{{"The Europeans", "europe"}, {"Kyiv", "ukraine"}, {"The Europeans propose a ceasefire. They", "europe"}} {
		for _, qual := range []string{"a US security guarantee", "Russian assets to stay frozen", "an American guarantee"} {
			v, w := "ask", "want"
			if open[1] == "ukraine" {
				v, w = "asks", "wants"
			}
			text := fmt.Sprintf("%s %s for %s and %s Russian assets to stay frozen until Moscow pays for the Zaporizhzhia plant.", open[0], v, qual, w)
			add(text, open[1], Demand, "zaporizhzhia")
			trap(text, "us", Demand, "zaporizhzhia")
			trap(text, "russia", Demand, "zaporizhzhia")
		}
	}
	// "X's minister NAME, who headed the team, told reporters that the
	// two sides had agreed on a swap. The next step, he said, should be
	// ...": he is the minister, whichever side the agreement is filed
	// under.
	for _, who := range [][3]string{{"Ukraine's Defence Minister Rustem Umerov", "ukraine", "Kyiv's"}, {"Russia's chief negotiator Vladimir Medinsky", "russia", "Moscow's"}, {"Ukraine's Foreign Minister Andrii Sybiha", "ukraine", "Kyiv's"}} {
		for _, v := range []string{"told reporters", "said"} {
			for _, next := range []string{"The next step, he said, should be monitors at the Zaporizhzhia plant.", "The next step, he added, must be monitors at the Zaporizhzhia plant."} {
				text := fmt.Sprintf("Russia and Ukraine met in Istanbul. %s, who headed %s team, %s that the two sides had settled on a 1,000-for-1,000 exchange. %s", who[0], who[2], v, next)
				add(text, who[1], Demand, "zaporizhzhia")
				other := map[string]string{"ukraine": "russia", "russia": "ukraine"}[who[1]]
				trap(text, other, Demand, "zaporizhzhia")
			}
		}
	}
	// "Ukraine's Rustem Umerov went in with a different agenda. He
	// demanded ...": he is the person the possessive side names.
	for _, who := range [][4]string{{"Ukraine's Rustem Umerov", "ukraine", "Medinsky", "russia"}, {"Russia's Vladimir Medinsky", "russia", "Umerov", "ukraine"}, {"Ukraine's Andriy Yermak", "ukraine", "Peskov", "russia"}} {
		for _, went := range []string{"went in with a very different agenda", "arrived with other plans", "had a different list"} {
			text := fmt.Sprintf("%s spoke first. %s %s. He demanded monitors at the Zaporizhzhia plant.", who[2], who[0], went)
			add(text, who[1], Demand, "zaporizhzhia")
			trap(text, who[3], Demand, "zaporizhzhia")
		}
	}
	// An agreed exchange's size after a colon stays with it ("agreed to
	// swap all wounded prisoners: at least 1,000 on each side"), and so
	// does "This will be 1,000 people on each side" said right after it;
	// after a demand it is none.
	for _, agreed := range []string{"Russia and Ukraine agreed to swap all wounded prisoners", "The delegations of Russia and Ukraine agreed to exchange the seriously wounded, as well as all those aged 18 to 25", "Moscow and Kyiv agreed on a swap of wounded prisoners"} {
		for _, size := range [][2]string{{"at least 1,000 on each side", "1,000"}, {"1,200 each", "1,200"}, {"about 390 prisoners per side", "390"}} {
			add(fmt.Sprintf("%s: %s, according to Medinsky.", agreed, size[0]), "", Agreement, size[1])
			add(fmt.Sprintf("%s: %s.", agreed, size[0]), "", Agreement, "wounded")
			for _, q := range []string{"\"This will be %s, possibly more,\" Medinsky said.", "\"It will be %s,\" Umerov told reporters."} {
				add(fmt.Sprintf("%s. "+q, agreed, size[0]), "", Agreement, size[1])
			}
		}
	}
	trap("Russia demanded a swap of wounded prisoners. \"This will be at least 1,000 people on each side,\" Medinsky said.", "", Agreement, "1,000")
	// A bullet opening on a side and a label after a comma ("- Russia,
	// maximalist: A, B") lists that side's demands.
	for name, party := range map[string]string{"Russia": "russia", "Moscow": "russia", "Ukraine": "ukraine", "Kyiv": "ukraine", "Washington": "us"} {
		for _, label := range []string{"maximalist", "wants", "demands", "asks"} {
			for _, items := range []string{"monitors at the Zaporizhzhia plant", "a ceasefire first, then monitors at the Zaporizhzhia plant", "a ceasefire; monitors at the Zaporizhzhia plant"} {
				add(fmt.Sprintf("Russia and Ukraine met in Istanbul.\n\nPositions\n\n- %s, %s: %s.", name, label, items), party, Demand, "zaporizhzhia")
			}
		}
	}
	// A heading in sentence case over bullets ("What was agreed") makes
	// every point under it of its kind, as "WHAT WAS AGREED" does.
	for _, h := range []string{"What was agreed", "What was agreed in Istanbul", "What they agreed"} {
		for _, pts := range [][2]string{{"a 1,000-for-1,000 exchange of prisoners", "a new round of talks on the Zaporizhzhia plant"}, {"a return of 6,000 bodies", "monitors for the Zaporizhzhia plant"}} {
			text := fmt.Sprintf("Russia and Ukraine met in Istanbul.\n\n%s\n\n- %s;\n- %s.\n", h, pts[0], pts[1])
			add(text, "", Agreement, strings.Fields(pts[0])[1])
			add(text, "", Agreement, "zaporizhzhia")
		}
	}
	// A point under a heading may open on a hedge: "- in principle, a
	// further round of talks".
	for _, hedge := range []string{"in principle, ", "for now, ", "provisionally, ", "tentatively, "} {
		for _, h := range []string{"What was agreed", "WHAT WAS AGREED"} {
			add(fmt.Sprintf("Russia and Ukraine met in Istanbul.\n\n%s\n\n- a return of bodies;\n- %sa new round of talks on the Zaporizhzhia plant.\n", h, hedge), "", Agreement, "zaporizhzhia")
		}
	}
	// "In a joint statement, the two delegations said ... Any final
	// agreement, they said, must ...": they are both, so what must be is
	// agreed, and Ukraine's sovereignty Ukraine's demand.
	for _, open := range []string{"In a joint statement, the two delegations said they had drawn up a framework.", "The two sides said in a joint statement that they had refined the plan."} {
		for _, must := range []string{"Any final agreement, they said, must fully uphold Ukraine's sovereignty over the Zaporizhzhia plant.", "Any deal, they added, must respect Ukraine's sovereignty over the Zaporizhzhia plant."} {
			text := "American and Ukrainian negotiators met in Geneva. " + open + " " + must
			add(text, "", Agreement, "zaporizhzhia")
			add(text, "ukraine", Demand, "zaporizhzhia")
		}
	}
	// A joint statement's "must" on Ukraine's own interest is Ukraine's
	// demand too, whoever else signed it.
	for _, who := range []string{"The joint US-Ukrainian statement said", "In a joint statement, Washington and Kyiv said", "A joint statement by the US and Ukrainian delegations said"} {
		add("Rubio met Yermak in Geneva. "+who+" any future agreement must fully uphold Ukraine's sovereignty over the Zaporizhzhia plant.", "ukraine", Demand, "zaporizhzhia")
	}
	// "the coalition" after "the coalition of the willing" is Europe.
	for _, v := range []string{"The coalition insists that", "In the declaration, the coalition said", "The coalition said"} {
		add("The coalition of the willing met in Paris. "+v+" monitors must be sent to the Zaporizhzhia plant.", "europe", Demand, "zaporizhzhia")
	}
	// "- Russia. Maximalist: A. Minimal: B.": a bullet naming a side on
	// its own, then labels on the same line, which are its demands; the
	// next line's side is another.
	for name, party := range map[string]string{"Russia": "russia", "Ukraine": "ukraine", "United States": "us", "Europe": "europe"} {
		for _, label := range []string{"Maximalist", "Minimal"} {
			text := fmt.Sprintf("Russia and Ukraine met.\n\nPositions\n\n- %s. %s: monitors at the Zaporizhzhia plant.\n- Turkey. %s: a summit in Istanbul.\n", name, label, label)
			add(text, party, Demand, "zaporizhzhia")
			trap(text, party, Demand, "istanbul")
		}
	}
	// "handed over to the Ukrainian delegation a draft memorandum": the
	// one it went to is no author; "The document also provides for X" is
	// the presenter's term.
	for _, who := range [][2]string{{"The Russian side", "russia"}, {"Medinsky", "russia"}, {"The Ukrainian side", "ukraine"}, {"Umerov", "ukraine"}} {
		to := map[string]string{"russia": "the Ukrainian delegation", "ukraine": "the Russian delegation"}[who[1]]
		for _, v := range []string{"handed over to %s a draft memorandum", "handed to %s a memorandum", "presented to %s a draft memorandum"} {
			text := fmt.Sprintf("%s %s. The document also provides for monitors at the Zaporizhzhia plant.", who[0], fmt.Sprintf(v, to))
			add(text, who[1], Demand, "zaporizhzhia")
			trap(text, map[string]string{"russia": "ukraine", "ukraine": "russia"}[who[1]], Demand, "zaporizhzhia")
		}
	}
	// The places a side wants recognised, listed with commas up to "as
	// part of Russia", are one item; what follows the list is another.
	for _, places := range []string{"Crimea, the Donetsk and Lugansk republics and the Zaporizhzhia and Kherson regions", "Crimea, Donetsk, Luhansk, Zaporizhzhia and Kherson", "Crimea and of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions"} {
		for _, as := range []string{"as part of Russia", "as Russian territory", "as Russian"} {
			for _, then := range []string{", and the complete withdrawal of Ukrainian forces from them", ", along with the complete withdrawal of Ukrainian forces from them"} {
				text := fmt.Sprintf("Moscow demands international legal recognition of %s %s%s.", places, as, then)
				add(text, "russia", Demand, strings.ToLower(places+" "+as))
				add(text, "russia", Demand, "withdrawal of ukrainian forces")
				trap(text, "russia", Demand, "along with")
			}
		}
	}
	// "..., the memorandum (document) says. It further calls for X": it is
	// the text, its author's, not the side the sentence was about.
	for _, who := range [][3]string{{"Russia handed Kyiv its memorandum.", "russia", "Ukraine"}, {"Moscow handed over a memorandum.", "russia", "Ukraine"}, {"Kyiv handed Moscow its own memorandum.", "ukraine", "Russia"}} {
		for _, says := range []string{"the memorandum says", "the document says", "the memorandum states"} {
			for _, it := range []string{"It further calls for", "It also demands", "It calls for"} {
				text := fmt.Sprintf("%s %s must also remain neutral, %s. %s monitors at the Zaporizhzhia plant.", who[0], who[2], says, it)
				add(text, who[1], Demand, "zaporizhzhia")
				trap(text, strings.ToLower(who[2]), Demand, "zaporizhzhia")
			}
		}
	}
	// An agreed exchange's size told in the passive in the next sentence
	// ("Medinsky said at least 1,000 people from each side would be
	// covered"), or after a semicolon in the same sentence ("...; Umerov
	// said the swap would involve ...").
	for _, size := range [][2]string{{"at least 1,000 people from each side", "1,000"}, {"1,200 prisoners on each side", "1,200"}} {
		for _, v := range []string{"would be covered", "will be freed", "would be exchanged"} {
			add(fmt.Sprintf("Russia and Ukraine agreed to an exchange of wounded prisoners. Medinsky said %s %s.", size[0], v), "", Agreement, size[1])
		}
		trap(fmt.Sprintf("Russia demanded an exchange of wounded prisoners. Medinsky said %s would be covered.", size[0]), "", Agreement, size[1])
		for _, v := range []string{"would involve", "will cover"} {
			add(fmt.Sprintf("The delegations of Russia and Ukraine settled on an exchange of wounded prisoners; Umerov said the swap %s %s.", v, size[0]), "", Agreement, size[1])
		}
	}
	// "Moscow has given Kyiv two options (routes) for a ceasefire. The
	// first is X. The second is Y.": the options are its terms.
	for _, who := range [][3]string{{"Moscow", "russia", "Kyiv"}, {"The Kremlin", "russia", "Ukraine"}, {"Washington", "us", "Kyiv"}} {
		for _, v := range []string{"has given %s two options", "gave %s two routes", "offered %s two ways"} {
			lead := fmt.Sprintf("%s %s to a ceasefire.", who[0], fmt.Sprintf(v, who[2]))
			add(lead+" The first is a full pullout from the Zaporizhzhia plant.", who[1], Demand, "zaporizhzhia")
			add(lead+" The first is a truce. The second is a full pullout from the Zaporizhzhia plant.", who[1], Demand, "zaporizhzhia")
		}
	}
	// What a side's red lines are, reported, it demands there be none of:
	// "Sources in Kyiv said recognition of occupied land and a hard cap on
	// the army remained red lines".
	for _, who := range [][2]string{{"Sources in Kyiv said", "ukraine"}, {"Zelensky said that", "ukraine"}, {"Peskov said", "russia"}, {"Officials in Moscow said", "russia"}} {
		for _, v := range []string{"remained red lines", "are red lines", "were red lines"} {
			text := fmt.Sprintf("%s a withdrawal from the Zaporizhzhia plant and a hard cap on the army %s.", who[0], v)
			add(text, who[1], Demand, "no withdrawal from the zaporizhzhia plant")
			add(text, who[1], Demand, "no hard cap")
		}
	}
	trap("Kyiv's demands remained red lines, officials said of the Zaporizhzhia plant.", "", Demand, "zaporizhzhia")
	// A text headed "Joint statement by X ... on Ukraine" speaks as X: its
	// unquoted "we" is X, not the side named first (Ukraine, in a title
	// "... for Ukraine"); a person's relative clause is the person's.
	for _, by := range [][2]string{{"the President of the European Council and the leaders of France and Germany", "europe"}, {"the Ministry of Foreign Affairs of the Russian Federation", "russia"}, {"the Secretary of the National Security and Defense Council of Ukraine, Rustem Umerov", "ukraine"}} {
		for _, head := range []string{"Joint statement by %s on the peace framework", "Statement by %s", "Declaration by %s following the talks"} {
			heading := fmt.Sprintf(head, by[0])
			add("Title: A peace framework for Ukraine\n\n"+heading+"\n\n1. We are clear that monitors must be sent to the Zaporizhzhia plant.\n", by[1], Demand, "zaporizhzhia")
		}
	}
	trap("Statement by the Secretary of the National Security and Defense Council of Ukraine\n\nWe note the position of President Trump, who on 14 July gave Russia fifty days to agree to monitors at the Zaporizhzhia plant.\n", "ukraine", Demand, "zaporizhzhia")
	// What a side "proceeds from" is its basis: "Russia proceeds from the
	// understandings reached in Anchorage".
	for subj, party := range map[string]string{"Russia": "russia", "The Kremlin": "russia", "Kyiv": "ukraine", "Ushakov said Moscow": "russia"} {
		for _, v := range []string{"proceeds from", "continues to proceed from", "proceeded from"} {
			add(fmt.Sprintf("%s %s the understandings reached on the Zaporizhzhia plant.", subj, v), party, Demand, "zaporizhzhia")
		}
	}
	// A lone abstract noun in a list ("all of Donbas, neutrality and a cap
	// on the army") is an item: the list is split, the noun kept with its
	// neighbour, one word being too bare a statement.
	for _, who := range [][2]string{{"Moscow demands", "russia"}, {"Kyiv insists on", "ukraine"}, {"The Kremlin's conditions are", "russia"}, {"Washington wants", "us"}} {
		for _, lone := range []string{"neutrality", "demilitarisation", "elections", "disarmament"} {
			text := fmt.Sprintf("%s a withdrawal from the Zaporizhzhia plant, %s and a cap on the army.", who[0], lone)
			add(text, who[1], Demand, lone+" and a cap on the army")
			trap(text, who[1], Demand, "plant, "+lone)
			text = fmt.Sprintf("%s a cap on the army, a withdrawal from the Zaporizhzhia plant and %s.", who[0], lone)
			add(text, who[1], Demand, "plant and "+lone)
			trap(text, who[1], Demand, "army, a withdrawal")
		}
	}
	add("Moscow demands the Donetsk, Luhansk and Zaporizhzhia regions.", "russia", Demand, "the donetsk, luhansk and zaporizhzhia regions") // names stay one item
	// "no one" agreeing is no agreement, by the previous sentence's side or
	// anyone: "The Kremlin says it has not seen the text. Bottom line: no one
	// has agreed to anything yet."
	for _, lead := range []string{"The Kremlin says it has not seen the new text.", "Zelensky said Kyiv was studying the plan.", "Witkoff flew home."} {
		for _, who := range []string{"no one", "Bottom line: no one", "So far no one", "No one in the room"} {
			for _, v := range []string{"has agreed to", "agreed to", "has accepted", "has signed up to"} {
				trap(fmt.Sprintf("%s %s %s monitors at the Zaporizhzhia plant yet.", lead, upperFirst(who), v), "", Agreement, "zaporizhzhia")
			}
		}
	}
	// A side's position "is" a noun phrase that names it: "Ukraine's position
	// is a ceasefire along the current line"; not one that judges it ("a
	// difficult one", "the mirror image").
	for _, who := range [][2]string{{"Ukraine's", "ukraine"}, {"Moscow's", "russia"}, {"Zelensky said Kyiv's", "ukraine"}, {"Peskov said the Kremlin's", "russia"}, {"Washington's", "us"}} {
		for _, v := range []string{"is", "remains", "was"} {
			add(fmt.Sprintf("%s position %s a withdrawal of troops from the Zaporizhzhia plant.", who[0], v), who[1], Demand, "zaporizhzhia")
			add(fmt.Sprintf("%s position %s no troops at the Zaporizhzhia plant.", who[0], v), who[1], Demand, "zaporizhzhia")
			for _, judged := range []string{"a difficult one", "the same as on the Zaporizhzhia plant", "the mirror image of the Zaporizhzhia plan", "the strongest it has been", "a matter of record"} {
				trap(fmt.Sprintf("%s position %s %s.", who[0], v, judged), "", Demand, "")
			}
		}
	}
	// A refused withdrawal or handover keeps its object over a relative
	// "that": "Ukraine will not withdraw from land that Russia could not
	// take" refuses the withdrawal, not "that Russia could not take".
	for _, who := range [][2]string{{"Zelensky said Ukraine", "ukraine"}, {"Kyiv", "ukraine"}, {"Peskov said Russia", "russia"}} {
		for _, v := range []string{"will not withdraw from", "would never cede", "will not leave", "will not hand over", "would not surrender", "won't hand"} {
			add(fmt.Sprintf("%s %s the Zaporizhzhia land that the other side could not take by force.", who[0], v), who[1], "", "zaporizhzhia land that")
		}
	}
	trap("Russia did not hand over the list of children from the Zaporizhzhia region.", "russia", "", "zaporizhzhia")           // a fact, no refusal
	trap("Russia does not hand over the bodies from the Zaporizhzhia region on time, Kyiv says.", "russia", "", "zaporizhzhia") // a habit told
	trap("Ukraine had no hand in the Zaporizhzhia text.", "ukraine", "", "zaporizhzhia")
	// "his country" (or "her nation") is the speaker's side: "Zelenskyy says
	// his country will not give up land".
	for _, who := range [][2]string{{"Zelenskyy says his", "ukraine"}, {"Peskov said his", "russia"}, {"Kallas said her", "europe"}, {"Ukraine's president said his", "ukraine"}} {
		for _, n := range []string{"country", "nation"} {
			for _, v := range []string{"will not give up", "would never accept", "will not hand over", "wants", "cannot accept", "can't give up"} {
				add(fmt.Sprintf("%s %s %s the Zaporizhzhia plant.", who[0], n, v), who[1], Demand, "zaporizhzhia")
			}
		}
	}
	// A headline "'QUOTE': NAME on TOPIC" says what the quote says, not who
	// spoke on what.
	for _, q := range [][2]string{{"'", "'"}, {"‘", "’"}, {"\"", "\""}, {"“", "”"}} {
		for _, said := range [][2]string{{"We will not give up the Zaporizhzhia plant", "ukraine"}, {"Ukraine will never leave the Zaporizhzhia plant", "ukraine"}, {"We are ready for monitors at the Zaporizhzhia plant", "russia"}} {
			for _, who := range []string{"Zelenskyy on the peace plan", "Kremlin aide Yuri Ushakov on the US plan"} {
				if strings.Contains(who, "Kremlin") != (said[1] == "russia") {
					continue
				}
				text := fmt.Sprintf("%s%s%s: %s\n\nThe interview was edited for length.\n", q[0], said[0], q[1], who)
				add(text, said[1], "", "zaporizhzhia plant")
				trap(text, "", "", " on the ")
			}
		}
	}
	// What a side "hoped to secure" (win, obtain, get) it wanted: "Ukraine
	// had hoped to secure a 30-day ceasefire, but Russia did not agree".
	for _, who := range [][2]string{{"Ukraine had", "ukraine"}, {"Zelensky said he", "ukraine"}, {"Moscow", "russia"}, {"The Europeans had", "europe"}} {
		for _, v := range []string{"hoped to secure", "hoped to win", "hoped to obtain", "hoped to get", "hopes to secure"} {
			add(fmt.Sprintf("%s %s monitors at the Zaporizhzhia plant.", who[0], v), who[1], Demand, "zaporizhzhia")
		}
		trap(fmt.Sprintf("%s hoped to get it done at the Zaporizhzhia talks.", who[0]), "", Demand, "zaporizhzhia")
	}
	// Not expecting X until Y is a forecast, not a condition: "Rubio said he
	// did not expect a breakthrough until Trump and Putin meet directly".
	for _, who := range []string{"Rubio said he", "Peskov said Moscow", "Zelensky said he", "Kallas"} {
		for _, v := range []string{"did not expect", "does not expect", "doesn't anticipate", "did not foresee"} {
			trap(fmt.Sprintf("%s %s a breakthrough until the Zaporizhzhia plant is handed back.", who, v), "", Demand, "zaporizhzhia")
		}
	}
	add("Peskov said Moscow would not sign anything until the Zaporizhzhia plant is handed back.", "russia", Demand, "zaporizhzhia")
	// "They" with "us" or "our" after it are the other side of us: in
	// Umerov's quote "They want us to leave four regions", they are Russia.
	for _, sp := range [][3]string{{"Umerov", "ukraine", "russia"}, {"Zelensky", "ukraine", "russia"}, {"Medinsky", "russia", "ukraine"}, {"Peskov", "russia", "ukraine"}} {
		for _, v := range []string{"They want us to", "They demand that we", "They insist our troops"} {
			text := fmt.Sprintf("%s spoke to reporters. \"The paper is a list of ultimatums. %s leave the Zaporizhzhia plant. We said no.\"", sp[0], v)
			add(text, sp[2], Demand, "zaporizhzhia")
			trap(text, sp[1], Demand, "zaporizhzhia")
		}
	}
	// An interview introduced as "a conversation with X" (or "an interview
	// with X", "Interview: X") answers as X: its unquoted "we" is X, not the
	// side the headline's quote names first.
	for _, iv := range [][3]string{{"Estonia's foreign minister", "europe", "Putin is playing for time"}, {"Ukraine's defence minister", "ukraine", "Moscow is stalling"}, {"Kremlin aide Yuri Ushakov", "russia", "Kyiv must decide"}} {
		for _, intro := range []string{"\"%s\": a conversation with %s", "\"%s\": an interview with %s", "%s? Interview: %s"} {
			text := fmt.Sprintf(intro, iv[2], iv[0]) + "\n\nWe spoke by video link.\n\nWhat do you want?\n\nWe want monitors at the Zaporizhzhia plant.\n"
			add(text, iv[1], Demand, "zaporizhzhia")
		}
	}
	// An interview's "what do you need?" asks the one who answers, and the
	// answer's fragment after the speaker's label is that side's demand:
	// "SPIEGEL: And what do you need in return? Umerov: Guarantees that work."
	for _, iv := range [][2]string{{"Umerov", "ukraine"}, {"Medinsky", "russia"}, {"Sybiha", "ukraine"}} {
		for _, q := range []string{"And what do you need in return?", "What do you want from the talks?", "What are you asking for?"} {
			for _, label := range []string{iv[0] + ":", "A:"} {
				text := fmt.Sprintf("An interview.\n\n%s: We are ready for talks.\n\nSPIEGEL: %s\n\n%s A monitoring mission at the Zaporizhzhia plant.\n", iv[0], q, label)
				add(text, iv[1], Demand, "zaporizhzhia")
			}
		}
	}
	// "security arrangements" are a thing to settle, no agreement.
	for _, who := range []string{"We are ready to discuss", "Kyiv wants", "Moscow rejected"} {
		trap(fmt.Sprintf("Umerov said: %s security arrangements for the Zaporizhzhia plant.", who), "", Agreement, "zaporizhzhia")
	}
	// A side's hyphenated authorship makes the text its own as "the US plan"
	// does: "The US-drafted plan calls on Ukraine to withdraw ...".
	for _, side := range [][3]string{{"US", "us", "plan"}, {"Russian", "russia", "memorandum"}, {"European", "europe", "counter-proposal"}, {"Ukrainian", "ukraine", "framework"}} {
		for _, by := range []string{"drafted", "written", "authored", "backed", "crafted"} {
			for _, v := range []string{"calls for", "calls on Russia and Ukraine to agree to"} {
				add(fmt.Sprintf("The %s-%s %s %s monitors at the Zaporizhzhia plant.", side[0], by, side[2], v), side[1], "", "zaporizhzhia")
			}
		}
	}
	// "He told Trump he will never give up X": he tells of himself, not of
	// the one he tells.
	for _, sp := range [][3]string{{"Zelensky", "ukraine", "Trump"}, {"Putin", "russia", "Witkoff"}, {"Zelensky", "ukraine", "Macron"}, {"Peskov", "russia", "Erdogan"}} {
		for _, v := range []string{"told %s he", "told %s that he", "assured %s he"} {
			for _, c := range []string{"will never give up the Zaporizhzhia plant", "would not accept monitors at the Zaporizhzhia plant", "wants the Zaporizhzhia plant back"} {
				text := fmt.Sprintf("%s spoke to %s by phone. He %s %s.", sp[0], sp[2], fmt.Sprintf(v, sp[2]), c)
				add(text, sp[1], Demand, "zaporizhzhia")
			}
		}
	}
	// An interview's unlabelled answer that puts a duty with no speaker
	// ("Europe must be at the table.") is the interviewee's demand.
	for _, iv := range [][3]string{{"Estonia's foreign minister", "europe", "Russia"}, {"Ukraine's defence minister", "ukraine", "Russia"}, {"Kremlin aide Yuri Ushakov", "russia", "Ukraine"}} {
		for _, duty := range []string{"%s must leave the Zaporizhzhia plant.", "%s should hand back the Zaporizhzhia plant.", "%s has to withdraw from the Zaporizhzhia plant."} {
			text := fmt.Sprintf("\"Time is short\": a conversation with %s\n\nWe spoke by video link.\n\nWhat comes next?\n\n%s\n", iv[0], fmt.Sprintf(duty, iv[2]))
			add(text, iv[1], Demand, "zaporizhzhia")
		}
	}
	// What a side stresses the importance (need, necessity) of it asks for:
	// "Umerov stressed the importance of the return of all prisoners".
	for _, who := range [][2]string{{"Umerov", "ukraine"}, {"Peskov", "russia"}, {"Rubio", "us"}, {"The Ukrainian side", "ukraine"}} {
		for _, v := range []string{"stressed", "underlined", "underscored", "emphasised", "reiterated"} {
			for _, n := range []string{"the importance of", "the need for"} {
				add(fmt.Sprintf("%s %s %s monitors at the Zaporizhzhia plant.", who[0], v, n), who[1], Demand, "zaporizhzhia")
			}
		}
		trap(fmt.Sprintf("%s did not stress the need for monitors at the Zaporizhzhia plant.", who[0]), who[1], Demand, "zaporizhzhia")
	}
	// An answer's "X is unacceptable to us" is the answering side's.
	for _, iv := range [][2]string{{"Maria Zakharova", "russia"}, {"Rustem Umerov", "ukraine"}} {
		for _, adj := range []string{"unacceptable", "absolutely unacceptable", "categorically unacceptable"} {
			text := fmt.Sprintf("Q: What about the plant?\n\n%s: We see no change. Any foreign presence at the Zaporizhzhia plant is %s to us.\n", iv[0], adj)
			add(text, iv[1], Rejection, "zaporizhzhia")
		}
	}
	// What someone says is not negotiable (not subject to negotiation, not up
	// for discussion) is what it holds to.
	for _, who := range [][2]string{{"Zelensky said", "ukraine"}, {"The Ukrainian side emphasized that", "ukraine"}, {"Peskov said", "russia"}, {"Kallas said", "europe"}} {
		for _, v := range []string{"is non-negotiable", "is not negotiable", "is not subject to negotiation", "is not up for negotiation", "is not up for discussion", "is not open to negotiation"} {
			add(fmt.Sprintf("%s the status of the Zaporizhzhia plant %s.", who[0], v), who[1], Demand, "zaporizhzhia")
		}
	}
	trap("Zelensky said the status of the Zaporizhzhia plant is negotiable.", "ukraine", Demand, "zaporizhzhia")
	// Coordinate adjectives after a determiner open one item, not two: "the
	// neutral, non-aligned and non-nuclear status of Ukraine, its
	// demilitarisation, and ..." (the list still split after it).
	for _, who := range [][2]string{{"Moscow demands", "russia"}, {"Zakharova said Russia's position remains unchanged:", "russia"}, {"Kyiv insists on", "ukraine"}} {
		for _, adj := range []string{"neutral", "peaceful", "international", "comprehensive"} {
			text := fmt.Sprintf("%s the %s, non-aligned and non-nuclear status of the Zaporizhzhia plant, its demilitarisation, and a cap on the army.", who[0], adj)
			add(text, who[1], Demand, "the "+adj+", non-aligned and non-nuclear status of the zaporizhzhia plant")
			add(text, who[1], Demand, "a cap on the army")
			trap(text, who[1], Demand, "plant, its")
		}
	}
	// "underscored that" reports speech as "stressed that" does.
	for _, who := range [][2]string{{"The Secretary of State, Marco Rubio,", "us"}, {"The Ukrainian side also", "ukraine"}, {"Peskov", "russia"}, {"Kallas", "europe"}} {
		for _, v := range []string{"underscored that", "underscores that"} {
			add(fmt.Sprintf("%s %s any settlement must put monitors at the Zaporizhzhia plant.", who[0], v), who[1], Demand, "zaporizhzhia")
		}
	}
	// "would have had to" under an earlier draft reads as "would have to":
	// "Under the original draft, Ukraine would have had to withdraw ...".
	for _, side := range [][2]string{{"The US presented a plan.", "us"}, {"Moscow handed over a memorandum.", "russia"}} {
		add(side[0]+" Under the original draft, Ukraine would have had to withdraw from the Zaporizhzhia plant.", side[1], "", "ukraine to withdraw from the zaporizhzhia plant")
		trap(side[0]+" Under the original draft, Ukraine would have had to withdraw from the Zaporizhzhia plant.", side[1], "", "have had")
	}
	// A newsletter's "Who wants what" (or "What each side wants") heading,
	// then one line per side, "Russia — A; B; C." or "- Russia: A; B; C":
	// each item that side's demand.
	for _, head := range []string{"WHO WANTS WHAT", "Who wants what", "What each side wants"} {
		for _, sep := range []string{" —", ":", " –"} {
			for _, bullet := range []string{"", "- "} {
				text := fmt.Sprintf("Intro.\n\n%s\n%sRussia%s a cap on the army; monitors at the Zaporizhzhia plant; sanctions relief.\n%sUkraine%s a ceasefire on current lines; the return of deported children.\n", head, bullet, sep, bullet, sep)
				add(text, "russia", Demand, "monitors at the zaporizhzhia plant")
				trap(text, "russia", Demand, "army; monitors")
				add(text, "ukraine", Demand, "the return of deported children")
			}
		}
	}
	trap("Intro.\n\nWhat Washington had proposed\n\nKyiv: monitors at the Zaporizhzhia plant now reflected\n\nZelensky spoke.\n", "ukraine", "", "zaporizhzhia") // a section's title
	// A side's "counter-offer" states its conditions, as its counter-proposal
	// does.
	for _, who := range [][2]string{{"Kyiv's", "ukraine"}, {"Moscow's", "russia"}, {"The European", "europe"}} {
		for _, n := range []string{"counter-offer", "counteroffer"} {
			add(fmt.Sprintf("%s %s: monitors at the Zaporizhzhia plant.", who[0], n), who[1], Demand, "zaporizhzhia")
			add(fmt.Sprintf("%s %s is a plan for monitors at the Zaporizhzhia plant.", who[0], n), who[1], Demand, "zaporizhzhia")
		}
	}
	// An aim of delay ascribed to a side is no position it holds: "Observers
	// say Russia is seeking to buy time".
	for _, who := range []string{"Observers say Russia is seeking to", "Kyiv accused Moscow of trying to", "Zelensky said Putin wants to", "Analysts believe Kyiv hopes to"} {
		for _, aim := range []string{"buy time at the Zaporizhzhia talks", "play for time at the Zaporizhzhia talks", "drag out the Zaporizhzhia talks", "stall the Zaporizhzhia talks"} {
			trap(fmt.Sprintf("%s %s.", who, aim), "", Demand, "zaporizhzhia")
		}
	}
	// A side's "brief" or "agenda" (owned) lists what it asks for; an
	// exchange in that list is asked for, not done.
	for _, who := range [][2]string{{"Umerov's", "ukraine"}, {"Kyiv's", "ukraine"}, {"Medinsky's", "russia"}, {"Witkoff's", "us"}} {
		for _, n := range []string{"brief was narrow:", "brief:", "agenda:", "agenda was simple:"} {
			text := fmt.Sprintf("%s %s monitors at the Zaporizhzhia plant, an exchange of all prisoners, and a meeting of the presidents.", who[0], n)
			add(text, who[1], Demand, "zaporizhzhia")
			trap(text, "", Agreement, "exchange of all prisoners")
		}
	}
	trap("The talks were brief and the Zaporizhzhia plant was not discussed.", "", Demand, "zaporizhzhia")
	// A label judged clear before its colon still lists: "Kyiv's goal was
	// clear: A".
	for _, who := range [][2]string{{"Kyiv's", "ukraine"}, {"Moscow's", "russia"}, {"Washington's", "us"}} {
		for _, n := range []string{"goal was", "aim is", "agenda was", "priority was", "demand is"} {
			add(fmt.Sprintf("%s %s clear: monitors at the Zaporizhzhia plant.", who[0], n), who[1], Demand, "zaporizhzhia")
		}
	}
	trap("Kyiv's goal was clear from the start at the Zaporizhzhia talks.", "ukraine", Demand, "zaporizhzhia")
	// An answer's "they" after a plural subject a side owns is that side's:
	// "Maria Zakharova: The European counter-proposals are not
	// constructive. They ignore the root causes."
	for _, iv := range [][3]string{{"Maria Zakharova", "European", "europe"}, {"Maria Zakharova", "American", "us"}, {"Rustem Umerov", "Russian", "russia"}} {
		for _, subj := range []string{"The %s counter-proposals are", "The %s demands were", "%s proposals are", "The so-called %s counter-proposals are", "The new %s demands are"} {
			text := fmt.Sprintf("Q: What about the texts?\n\n%s: %s not constructive. They reject monitors at the Zaporizhzhia plant.\n", iv[0], fmt.Sprintf(subj, iv[1]))
			add(text, iv[2], Rejection, "zaporizhzhia")
		}
	}
	// In a labelled answer, "he" is not the one who answers but the person
	// the question named: "TIME: Putin says he wants all of Donbas.
	// Zelensky: He wants all of Ukraine."
	for _, qa := range [][4]string{{"Putin", "russia", "Zelensky", "ukraine"}, {"Zelensky", "ukraine", "Peskov", "russia"}, {"Trump", "us", "Lavrov", "russia"}} {
		for _, v := range []string{"He wants", "He still demands", "He insists on"} {
			text := fmt.Sprintf("An interview.\n\nTIME: %s says he is ready for a deal.\n\n%s: %s monitors at the Zaporizhzhia plant.\n", qa[0], qa[2], v)
			add(text, qa[1], Demand, "zaporizhzhia")
			trap(text, qa[3], Demand, "zaporizhzhia")
		}
	}
	// What is one of a side's red lines, that side demands there be none of:
	// "Recognition of occupied territory is one of Kyiv's red lines".
	for _, who := range [][2]string{{"Kyiv's", "ukraine"}, {"Moscow's", "russia"}, {"Europe's", "europe"}} {
		for _, v := range []string{"is one of %s red lines", "remains one of %s red lines", "is %s red line", "is among %s red lines"} {
			add(fmt.Sprintf("A withdrawal from the Zaporizhzhia plant %s.", fmt.Sprintf(v, who[0])), who[1], Demand, "no withdrawal from the zaporizhzhia plant")
			trap(fmt.Sprintf("The withdrawal from the Zaporizhzhia plant %s.", fmt.Sprintf(v, who[0])), who[1], Demand, "no the") // the article goes as redLinesNamed drops it
		}
	}
	// A title's byline after its quote ("\"...\": a European diplomat on the
	// counter-proposal") is no statement, and names the interviewee whose
	// unlabelled answers and "A:" lines follow; an answer's "They want X
	// until Y" keeps Y theirs.
	for _, iv := range [][2]string{{"a European diplomat", "europe"}, {"a Ukrainian negotiator", "ukraine"}, {"a US official", "us"}, {"a Kremlin adviser", "russia"}} {
		for _, q := range [][2]string{{"\"", "\""}, {"'", "'"}} {
			title := fmt.Sprintf("%sWhat Moscow and Kyiv handed over was an ultimatum%s: %s on the Zaporizhzhia talks\n\nThe official spoke to Statecraft Quarterly on Monday.\n\n", q[0], q[1], iv[0])
			trap(title+"Q: What now?\n\nA: We wait.\n", "", "", " on the zaporizhzhia talks")
			add(title+"Q: What now?\n\nA: We want monitors at the Zaporizhzhia plant.\n", iv[1], Demand, "zaporizhzhia")
		}
	}
	add("\"Nobody gets everything\": a US official on Geneva\n\nQ: Europe has put its own text on the table.\n\nA: We read it. They want the assets to stay frozen until the Zaporizhzhia plant is handed back.\n", "europe", Demand, "zaporizhzhia")
	trap("\"Nobody gets everything\": a US official on Geneva\n\nQ: Europe has put its own text on the table.\n\nA: We read it. They want the assets to stay frozen until the Zaporizhzhia plant is handed back.\n", "us", Demand, "zaporizhzhia")
	// A side's "line:" (owned) lists its terms: "That is their line: no
	// foreign troops, a neutral Ukraine, a small army"; "agreed to talk on
	// condition of anonymity" is how a source spoke, no agreement.
	for _, who := range [][2]string{{"Moscow's", "russia"}, {"Kyiv's", "ukraine"}, {"Q: Moscow says any Western soldier would be a target.\n\nA: That is their", "russia"}} {
		text := fmt.Sprintf("%s line: no foreign troops, monitors at the Zaporizhzhia plant and a small army.\n", who[0])
		add(text, who[1], Demand, "monitors at the zaporizhzhia plant")
		trap(text, who[1], Demand, "troops, monitors")
	}
	trap("Russian forces held the front line: Zaporizhzhia, Myrnohrad and Kostiantynivka.", "", "", "zaporizhzhia")
	for _, who := range []string{"He", "Peskov", "A Ukrainian negotiator"} {
		for _, v := range []string{"agreed to talk", "agreed to speak", "agreed to comment"} {
			trap(fmt.Sprintf("%s %s on condition of anonymity about the Zaporizhzhia talks.", who, v), "", Agreement, "")
		}
	}
	// A counter-proposal's points are the conditions its author puts on the
	// draft it answers, so its author's demands; the plan it answers only
	// proposes. "Moscow dismissed it" two sentences after a position is no
	// rejection of that position.
	for _, doc := range [][2]string{{"Europe's counter-proposal", "europe"}, {"The European counterproposal", "europe"}, {"Kyiv's counter-plan", "ukraine"},
		{"The Ukrainian counter-draft", "ukraine"}, {"Britain, France and Germany circulated a counterproposal that", "europe"}} {
		for _, v := range []string{"would raise the cap on Ukraine's army to 800,000", "calls for a cap of 800,000 on Ukraine's army", "would let Ukraine keep an army of 800,000"} {
			if strings.HasSuffix(doc[0], "that") && strings.HasPrefix(v, "calls") {
				continue // "a paper that calls for" is not read yet
			}
			add(fmt.Sprintf("%s %s.", doc[0], v), doc[1], Demand, "800,000")
			trap(fmt.Sprintf("%s %s.", doc[0], v), doc[1], Proposal, "800,000")
		}
	}
	for _, v := range []string{"would cap Ukraine's army at 600,000", "calls for a cap of 600,000 on Ukraine's army"} {
		trap(fmt.Sprintf("The US plan %s.", v), "us", Demand, "600,000")
	}
	for _, v := range []string{"dismissed it", "rejected it", "brushed it aside"} {
		trap(fmt.Sprintf("Europe wants the Zaporizhzhia plant returned to Ukraine. Britain then circulated a paper on Sunday. Moscow %s.", v), "russia", Rejection, "zaporizhzhia")
	}
	// A joint statement named in one sentence speaks for both its sides in
	// the next: "They said", "the statement said" what any agreement must
	// be is agreed between them, and the side it protects demands it; but a
	// European joint statement is Europe's alone.
	for _, intro := range []string{"In a joint statement, the US and Ukraine said they had drafted a framework.", "Geneva produced what a joint statement called a refined framework.",
		"Washington and Kyiv issued a joint statement on Sunday.", "Rubio and Yermak signed a joint declaration after the talks."} {
		for _, next := range []string{"They said any future agreement must fully uphold Ukraine's sovereignty.", "Any future agreement must fully uphold Ukraine's sovereignty, the statement said.",
			"Any future agreement, the statement says, must fully uphold Ukraine's sovereignty.", "Any future agreement \"must fully uphold Ukraine's sovereignty\", the declaration said."} {
			if strings.Contains(intro, "declaration") != strings.Contains(next, "declaration") && !strings.HasPrefix(next, "They") {
				continue
			}
			add(intro+" "+next, "ukraine", Demand, "uphold ukraine's sovereignty")
			add(intro+" "+next, "", Agreement, "uphold ukraine's sovereignty")
			trap(intro+" "+next, "russia", "", "uphold")
		}
	}
	for _, next := range []string{"They said any future agreement must fully uphold Ukraine's sovereignty.", "Any future agreement must fully uphold Ukraine's sovereignty, the statement said."} {
		trap("European leaders issued a joint statement on Sunday. "+next, "", Agreement, "uphold")
	}
	// A threat's condition may name its side by a pronoun ("threatened
	// Russia with tariffs if it did not agree to X"), and may only assent
	// ("if it did not sign up") to the demand said just before.
	for _, who := range [][2]string{{"Trump", "us"}, {"The European leaders", "europe"}, {"Zelensky", "ukraine"}} {
		for _, th := range []string{"threatened Russia with new sanctions", "warned Moscow of massive new sanctions", "threatened the Kremlin with tariffs"} {
			for _, cond := range []string{"if it did not agree to monitors at the Zaporizhzhia plant", "if it refused to accept monitors at the Zaporizhzhia plant"} {
				add(fmt.Sprintf("%s %s %s.", who[0], th, cond), who[1], Demand, "monitors at the zaporizhzhia plant")
				trap(fmt.Sprintf("%s %s %s.", who[0], th, cond), "russia", Demand, "zaporizhzhia")
			}
			for _, cond := range []string{"if it did not sign up", "if it did not agree", "if it refused to comply"} {
				text := fmt.Sprintf("%s demanded monitors at the Zaporizhzhia plant. %s %s %s.", who[0], upperFirst(strings.TrimPrefix(who[0], "The ")), th, cond)
				add(text, who[1], Demand, "monitors at the zaporizhzhia plant")
				trap(text, who[1], Demand, strings.TrimPrefix(cond, "if it did not "))
			}
		}
	}
	// A broadcast transcript's clip label ("CLIP — RUSTEM UMEROV (via
	// interpreter):") speaks for its side to the line's end, and a host's
	// question naming one person ("HOST: And Medinsky's answer?") is who
	// "he" is in the answer under another label.
	for _, who := range [][2]string{{"RUSTEM UMEROV", "ukraine"}, {"DMITRY PESKOV", "russia"}, {"MARCO RUBIO", "us"}} {
		for _, label := range []string{"CLIP — %s (via interpreter):", "SOUNDBITE — %s:", "%s (via interpreter):", "CLIP - %s (in English):"} {
			intro := "HOST: Medinsky spoke first, for Moscow.\n\n"
			if who[1] == "russia" {
				intro = "HOST: Umerov spoke first, for Kyiv.\n\n"
			}
			text := fmt.Sprintf(intro+label+" We insist on monitors at the Zaporizhzhia plant.\n", who[0])
			add(text, who[1], Demand, "monitors at the zaporizhzhia plant")
			for _, other := range []string{"russia", "ukraine", "us"} {
				if other != who[1] {
					trap(text, other, Demand, "zaporizhzhia")
				}
			}
		}
	}
	for _, q := range [][2]string{{"And Medinsky's answer on the summit?", "russia"}, {"And what did Umerov say?", "ukraine"}} {
		text := "HOST: Medinsky spoke first, for Moscow.\n\nCLIP — RUSTEM UMEROV (via interpreter): We want a summit.\n\nHOST: " + q[0] + "\n\nCORRESPONDENT (Istanbul): He did not slam the door. His line was that monitors at the Zaporizhzhia plant must come first.\n"
		add(text, q[1], Demand, "monitors at the zaporizhzhia plant")
	}
	// A side may want its own side to receive: "Estonia wants Europe to
	// have a seat at the table" is Europe's demand; "to give up" is no
	// demand of its own.
	for _, who := range [][3]string{{"Estonia", "Europe", "europe"}, {"Zelensky", "Ukraine", "ukraine"}, {"The Kremlin", "Russia", "russia"}} {
		for _, v := range []string{"wants", "insists", "demands"} {
			for _, g := range []string{"to have a seat at the Zaporizhzhia talks", "to be included in the Zaporizhzhia talks", "to get a say in the Zaporizhzhia talks", "must have a seat at the Zaporizhzhia talks"} {
				verb := v
				if strings.HasPrefix(g, "must") {
					if v == "wants" {
						continue
					}
					verb += " that"
				} else if v != "wants" {
					continue
				}
				add(fmt.Sprintf("%s %s %s %s.", who[0], verb, who[1], g), who[2], Demand, "zaporizhzhia talks")
			}
		}
		trap(fmt.Sprintf("%s wants %s to give up the Zaporizhzhia plant.", who[0], who[1]), who[2], Demand, "zaporizhzhia")
	}
	// The place in a correspondent's label ("CORRESPONDENT (Kyiv):") is no
	// party of what the correspondent says: "They" after "HOST: And the
	// Europeans?" are the Europeans.
	for _, place := range []string{"Kyiv", "Moscow", "Washington"} {
		for _, label := range []string{"CORRESPONDENT", "REPORTER", "OUR CORRESPONDENT"} {
			text := fmt.Sprintf("HOST: And the Europeans?\n\n%s (%s): They put out a joint statement. They want monitors at the Zaporizhzhia plant.\n", label, place)
			add(text, "europe", Demand, "monitors at the zaporizhzhia plant")
			trap(text, map[string]string{"Kyiv": "ukraine", "Moscow": "russia", "Washington": "us"}[place], Demand, "zaporizhzhia")
		}
	}
	// A counter-proposal named once is what "It", "Under it" and the
	// clauses after it go on with, as its author's conditions; a document
	// "drafted by" a side is that side's plan, what "that text" is next.
	for _, intro := range []string{"Europe put forward a counter-proposal on Sunday.", "The European counterproposal, drawn up by France, Germany and Britain, rewrites key points.", "Britain and France responded with a counter-plan."} {
		for _, next := range []string{"It would put monitors at the Zaporizhzhia plant.", "Monitors would be put at the Zaporizhzhia plant.", "Under it, monitors would be put at the Zaporizhzhia plant."} {
			add(intro+" "+next, "europe", Demand, "monitors")
		}
		for _, plan := range []string{"The original 28-point document was drafted by US envoy Steve Witkoff.", "The first draft was written by Witkoff with Kirill Dmitriev."} {
			text := intro + " " + plan + " Under that text, Ukraine would cap its army at 600,000."
			add(text, "us", "", "600,000")
			trap(text, "europe", "", "600,000")
		}
	}
	// "..., while X would have to (must) Y" is the other half of the same
	// side's terms.
	for _, intro := range []string{"The Russian memorandum sets out two options. Under the second, Kiev would have to halt mobilisation",
		"The Russian memorandum sets out two options. The second requires Kyiv to halt mobilisation", "Moscow demanded that Kyiv halt mobilisation"} {
		for _, w := range []string{"while Western countries would have to stop monitoring the Zaporizhzhia plant", "while Western countries must stop monitoring the Zaporizhzhia plant",
			"while Western countries are to stop monitoring the Zaporizhzhia plant"} {
			add(intro+", "+w+".", "russia", Demand, "western countries")
		}
	}
	// A package "under which" A would ..., B would ..., and C would ...:
	// each clause its own term.
	for _, intro := range []string{"Russia sets two conditions. The other is a package under which", "Moscow sets out a package under which"} {
		for _, clauses := range []string{"Kyiv would halt mobilisation, Western arms deliveries would stop, and monitors would leave the Zaporizhzhia plant",
			"Kyiv would halt mobilisation, monitors would leave the Zaporizhzhia plant and Ukraine would hold elections"} {
			text := intro + " " + clauses + "."
			add(text, "russia", Demand, "monitors would leave the zaporizhzhia plant")
			trap(text, "russia", Demand, "mobilisation,")
		}
	}
	// "The list continues:", "The list goes on:", "Also on the list:" go on
	// with the demands of the side just named.
	for _, who := range [][2]string{{"Moscow also wants", "russia"}, {"Kyiv insists on", "ukraine"}, {"The Europeans demand", "europe"}} {
		for _, on := range []string{"The list continues:", "The list goes on:", "Also on the list:"} {
			for _, items := range []string{"monitors at the Zaporizhzhia plant, a ban on drones, and the lifting of sanctions", "a ban on drones and monitors at the Zaporizhzhia plant"} {
				text := fmt.Sprintf("%s limits on the army. %s %s.", who[0], on, items)
				add(text, who[1], Demand, "monitors at the zaporizhzhia plant")
				trap(text, who[1], Demand, "drones,")
			}
		}
	}
	// Europe's plan, however named ("Drawn up by Britain, France and
	// Germany, it would ...", "The European plan would ..."), states
	// Europe's conditions; the US plan only proposes.
	for _, intro := range []string{"Drawn up by Britain, France and Germany, it would", "The European plan would", "The European draft would", "Europe's text would"} {
		add(fmt.Sprintf("The Europeans produced a draft of their own. %s put monitors at the Zaporizhzhia plant.", intro), "europe", Demand, "monitors")
	}
	for _, intro := range []string{"The US plan would", "The American draft would"} {
		trap(fmt.Sprintf("The Americans wrote a text of their own. %s put monitors at the Zaporizhzhia plant.", intro), "us", Demand, "monitors")
	}
	// What a side "raised" at the talks, when it is a term ("the return
	// of", "official status for", "the issue of the release of"), it asks
	// for; not "raised objections", "raised the stakes".
	for _, who := range [][2]string{{"The Russian side", "russia"}, {"Umerov", "ukraine"}, {"Moscow also", "russia"}} {
		for _, t := range []string{"the return of the Zaporizhzhia plant", "the issue of the return of the Zaporizhzhia plant", "official status for the Zaporizhzhia plant's staff", "protection for the Zaporizhzhia plant"} {
			add(fmt.Sprintf("%s raised %s, Reuters reported.", who[0], t), who[1], Demand, "zaporizhzhia")
		}
		for _, t := range []string{"objections to the Zaporizhzhia plan", "the stakes at the Zaporizhzhia talks", "concerns about the Zaporizhzhia plant"} {
			trap(fmt.Sprintf("%s raised %s.", who[0], t), who[1], Demand, "zaporizhzhia")
		}
	}
	// A side's numbered demands: after "First, X must ..." (one side's
	// demand), "Second, ..." and "Finally, ..." are that side's, though a
	// sentence comes between and the point has no verb of wanting; but a
	// point that names its own holder keeps it.
	for _, who := range [][3]string{{"Peskov", "russia", "Ukrainian forces must leave Donbas"}, {"Umerov", "ukraine", "Russia must return the children"}} {
		for _, between := range []string{"", " That is not up for discussion."} {
			for _, ord := range []string{"Second", "Third", "Finally"} {
				text := fmt.Sprintf("%s spoke on Monday. \"First, %s.%s %s, monitors stay at the Zaporizhzhia plant for good,\" he said.", who[0], who[2], between, ord)
				add(text, who[1], Demand, "monitors stay at the zaporizhzhia plant")
			}
		}
		trap(fmt.Sprintf("%s spoke first. \"First, %s. Second, Europe wants monitors at the Zaporizhzhia plant,\" he said.", who[0], who[2]), who[1], Demand, "zaporizhzhia")
	}
	// An answer's verbless numbered points are the answering side's:
	// "Umerov: Our position has not changed. First, a full ceasefire.
	// Second, ...".
	for _, who := range [][2]string{{"Umerov", "ukraine"}, {"Peskov", "russia"}, {"Kallas", "europe"}} {
		for _, first := range []string{"monitors at the Zaporizhzhia plant", "a full ceasefire"} {
			text := fmt.Sprintf("Q: What is in your paper?\n\n%s: Our position has not changed. First, %s. Second, a ban on drone strikes on the Zaporizhzhia plant.\n", who[0], first)
			add(text, who[1], Demand, strings.ToLower(first))
			add(text, who[1], Demand, "a ban on drone strikes")
		}
	}
	// "Kyiv and its European allies insisted on X": Ukraine's and Europe's;
	// "the Europeans and their partners", unnamed partners, stay the first
	// named side's.
	for _, who := range [][3]string{{"Kyiv and its European allies", "ukraine", "europe"}, {"Ukraine and its European partners", "ukraine", "europe"}, {"Washington and its European allies", "us", "europe"}} {
		for _, v := range []string{"insisted on monitors at the Zaporizhzhia plant", "have been demanding monitors at the Zaporizhzhia plant for weeks", "want monitors at the Zaporizhzhia plant"} {
			text := fmt.Sprintf("%s %s.", who[0], v)
			add(text, who[1], Demand, "monitors")
			add(text, who[2], Demand, "monitors")
		}
	}
	trap("The Europeans and their partners insisted on monitors at the Zaporizhzhia plant.", "ukraine", Demand, "monitors")
	// Who a side says decides is its demand: "decisions on territory are
	// for the people of Ukraine", "The choice is for Kyiv to make".
	for _, who := range [][2]string{{"European leaders", "europe"}, {"Zelensky", "ukraine"}, {"Peskov", "russia"}} {
		for _, f := range []string{"%s said decisions on the Zaporizhzhia plant are for the people of Ukraine.", "Decisions on the Zaporizhzhia plant, %s said, are for the people of Ukraine.",
			"The decision on the Zaporizhzhia plant is for Kyiv to take, %s said.", "%s said the choice on the Zaporizhzhia plant was for Kyiv alone."} {
			add(fmt.Sprintf(upperFirst(f), who[0]), who[1], Demand, "zaporizhzhia plant")
		}
		trap(fmt.Sprintf("%s said the decisions on the Zaporizhzhia plant are not for Kyiv.", who[0]), who[1], Demand, "are not for")
	}
	// A side named in a noun's relative clause at the end ("not from the
	// map Moscow claims") is no speaker of the sentence.
	for _, who := range [][2]string{{"Kallas said", "europe"}, {"Zelensky said", "ukraine"}, {"", ""}} {
		for _, rel := range []string{"not from the map Moscow claims", "not from the lines Moscow says it annexed", "rather than from the borders the Kremlin wants"} {
			text := fmt.Sprintf("Talks on the Zaporizhzhia plant should start from the line of contact, %s", rel)
			if who[0] != "" {
				text += ", " + who[0]
			}
			text += "."
			trap(text, "russia", Demand, "zaporizhzhia")
			if who[1] != "" {
				add(text, who[1], Demand, "zaporizhzhia")
			}
		}
	}
	// One more thing wanted after a demand's own clause: "wants A that
	// would ..., and monitors at the plant"; "wants A, he said, and B";
	// but no clause with a verb of its own ("and the talks ended").
	for _, who := range [][2]string{{"Kyiv", "ukraine"}, {"Moscow", "russia"}, {"The Europeans", "europe"}} {
		for _, first := range []string{"security guarantees that would stop a new invasion", "an immediate ceasefire, he said,"} {
			text := fmt.Sprintf("%s still wants %s and monitors at the Zaporizhzhia plant that would stay for years.", who[0], first)
			if !strings.HasSuffix(first, ",") {
				text = fmt.Sprintf("%s still wants %s, and monitors at the Zaporizhzhia plant that would stay for years.", who[0], first)
			}
			add(text, who[1], Demand, "monitors at the zaporizhzhia plant")
		}
		for _, after := range []string{"and Russia refused the Zaporizhzhia plan", "and still describes the Zaporizhzhia plan as a basis", "and only then can the Zaporizhzhia plant restart"} {
			trap(fmt.Sprintf("%s still wants a ceasefire, %s.", who[0], after), who[1], Demand, "zaporizhzhia")
		}
	}
	// "our American colleagues (counterparts)" are the Americans, whoever
	// speaks; "called Putin to arrange X" has the caller arrange it, but
	// "called on Putin to accept X" asks it of Putin.
	for _, sp := range []string{"Ushakov:", "Peskov said", "Umerov said"} {
		for _, c := range [][2]string{{"our American colleagues", "us"}, {"our Russian counterparts", "russia"}, {"our European colleagues", "europe"}} {
			text := fmt.Sprintf("%s %s want monitors at the Zaporizhzhia plant.", sp, c[0])
			add(text, c[1], Demand, "monitors")
			if own := map[string]string{"Ushakov:": "russia", "Peskov said": "russia", "Umerov said": "ukraine"}[sp]; own != c[1] {
				trap(text, own, Demand, "monitors")
			}
		}
	}
	for _, v := range []string{"called", "phoned"} {
		text := fmt.Sprintf("Trump said he had %s Putin to propose monitors at the Zaporizhzhia plant.", v)
		add(text, "us", Proposal, "monitors")
		trap(text, "russia", "", "monitors")
	}
	add("Macron called on Putin to accept monitors at the Zaporizhzhia plant.", "europe", Demand, "monitors")
	return ps
}

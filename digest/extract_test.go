package digest

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// want is one expected statement: party, kind and its exact text.
type want struct {
	Party string
	Kind  Kind
	Text  string
}

func extractTexts(t *testing.T, text string) []want {
	t.Helper()
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	var got []want
	for _, s := range a.Extract(Item{ID: "t", Content: text}) {
		got = append(got, want{s.Party, s.Kind, s.Text})
	}
	return got
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"reported speech", "Zelenskyy said Russia wants Ukraine to give up the rest of Donbas.",
			[]want{{"russia", Demand, "Ukraine to give up the rest of Donbas"}}},
		{"nested attribution", "Moscow dismissed Kyiv's call for an immediate ceasefire.",
			[]want{{"russia", Rejection, "Kyiv's call for an immediate ceasefire"}, {"ukraine", Demand, "an immediate ceasefire"}}},
		{"list and pronoun", "The Russian side demanded that Ukraine accept neutral status, with no foreign troops and no weapons of mass destruction on its soil. It also wants Ukraine to drop any claim to reparations.",
			[]want{
				{"russia", Demand, "Ukraine to accept neutral status"},
				{"russia", Demand, "no foreign troops"},
				{"russia", Demand, "no weapons of mass destruction on its soil"},
				{"russia", Demand, "Ukraine to drop any claim to reparations"},
			}},
		{"two that-clauses after a document's demands", "The Kremlin's paper demands that Kyiv dissolve its parliament and that foreign instructors leave.",
			[]want{{"russia", Demand, "Kyiv to dissolve its parliament"}, {"russia", Demand, "foreign instructors leave"}}},
		{"needs after an adverb", "Kyiv still needs more Patriot batteries, its foreign minister said.",
			[]want{{"ukraine", Demand, "more Patriot batteries"}}},
		{"exchange named by a noun", "Kyiv welcomed the exchange of 84 for 84 on Friday.",
			[]want{{"ukraine", Agreement, "the exchange of 84 for 84 on Friday"}}},
		{"exchange only talked about", "Talks on a swap of 500 prisoners between Russia and Ukraine stalled.", nil},
		{"exchange wanted", "Kyiv wants an exchange of all for all.",
			[]want{{"ukraine", Demand, "an exchange of all for all"}}},
		{"exchange in -ing form", "The US said the swap began, with 150 soldiers returning to each side, and that Russia and Ukraine would meet again.",
			[]want{{"russia", Agreement, "150 soldiers returning to each side"}}},
		{"agreement as a condition", "Ukraine must withdraw before Russia will agree to a ceasefire, Peskov said.",
			[]want{{"russia", Demand, "Ukraine to withdraw before Russia will agree to a ceasefire"}}},
		{"refusal without object", "Ukraine proposed a halt to strikes on ports. Russia refused, saying the ports serve the army.",
			[]want{{"ukraine", Proposal, "a halt to strikes on ports"}, {"russia", Rejection, "a halt to strikes on ports"}}},
		{"title before the speaker of a pronoun", "President Volodymyr Zelenskyy said he wanted to meet Xi Jinping, but he insisted that any settlement must start with the withdrawal of Russian troops from all Ukrainian land.",
			[]want{{"ukraine", Demand, "meet Xi Jinping"}, {"ukraine", Demand, "any settlement must start with the withdrawal of Russian troops from all Ukrainian land"}}},
		{"own withdrawal is never the demander's", "The Kremlin commented first. He insisted that any deal must begin with the withdrawal of Russian forces from Ukraine.", nil},
		{"handing over in an exchange", "Russia and Ukraine completed a swap on Sunday, with each side handing over 1,000 people.",
			[]want{{"russia", Agreement, "1,000 people"}}},
		{"support for going on is agreement", "The Kremlin said the two leaders supported the continuation of direct talks between the delegations.",
			[]want{{"russia", Agreement, "the continuation of direct talks between the delegations"}}},
		{"no support, no agreement", "Kyiv did not support the continuation of talks in Minsk.", nil},
		{"judged unconstructive", "Ushakov said the European counter-offer was completely unconstructive.",
			[]want{{"russia", Rejection, "the European counter-offer was completely unconstructive"}}},
		{"did not suit", "Ushakov said the American draft did not suit Russia.",
			[]want{{"russia", Rejection, "the American draft did not suit Russia"}}},
		{"did not need", "Zelenskyy said Ukraine did not need go-betweens in its dealings with Moscow.",
			[]want{{"ukraine", Rejection, "go-betweens in its dealings with Moscow"}}},
		{"opposed", "The Kremlin said Russia opposed a brief truce over the holidays.",
			[]want{{"russia", Rejection, "a brief truce over the holidays"}}},
		{"refusal reported in the perfect", "Russia has not agreed to any list of children to be handed back.", nil},
		{"expected to is no demand", "Witkoff is expected to brief Russian officials later this week.", nil},
		{"offer is a proposal", "Putin proposed direct talks without preliminary conditions.",
			[]want{{"russia", Proposal, "direct talks without preliminary conditions"}}},
		{"third-party demand", "Washington and European capitals had demanded that he agree to an unconditional 30-day ceasefire.",
			[]want{{"us", Demand, "agree to an unconditional 30-day ceasefire"}, {"europe", Demand, "agree to an unconditional 30-day ceasefire"}}},
		{"passive", "A full withdrawal from the four regions was demanded by Moscow.",
			[]want{{"russia", Demand, "A full withdrawal from the four regions"}}},
		{"under terms", "Under Russia's terms, Ukraine would pull its troops out of Donetsk and Luhansk.",
			[]want{{"russia", Demand, "Ukraine to pull its troops out of Donetsk and Luhansk"}}},
		{"possessive negotiators", "Moscow's negotiators demanded that US representatives be kept out of the room.",
			[]want{{"russia", Demand, "US representatives to be kept out of the room"}}},
		{"demands include", "The Kremlin's demands include recognition of Crimea as Russian and the lifting of sanctions.",
			[]want{{"russia", Demand, "recognition of Crimea as Russian"}, {"russia", Demand, "the lifting of sanctions"}}},
		{"place list stays whole", "Russia insists that Ukraine withdraw from the Donetsk, Luhansk, Kherson and Zaporizhzhia regions.",
			[]want{{"russia", Demand, "Ukraine to withdraw from the Donetsk, Luhansk, Kherson and Zaporizhzhia regions"}}},
		{"agreement", "Russia and Ukraine agreed to swap 1,000 prisoners each.",
			[]want{{"russia", Agreement, "swap 1,000 prisoners each"}}},
		{"conditional agreement is a demand", "The Kremlin would agree to stop fighting only after Ukrainian troops withdraw from Donbas.",
			[]want{{"russia", Demand, "Ukrainian troops to withdraw from Donbas"}}},
		{"judgement", "A Ukrainian negotiator called the Russian terms unrealistic.",
			[]want{{"ukraine", Rejection, "called the Russian terms unrealistic"}}},
		{"plan is a proposal", "The US 28-point plan would require Ukraine to cede the rest of Donbas. It would also cap Ukraine's army at 600,000 troops.",
			[]want{{"us", Proposal, "Ukraine to cede the rest of Donbas"}, {"us", Proposal, "cap Ukraine's army at 600,000 troops"}}},
		{"negated", "Moscow did not demand new talks. Kyiv will never accept the loss of Crimea. Zelenskyy said he would not accept the 28-point plan.",
			[]want{{"ukraine", Demand, "never accept the loss of Crimea"}, {"ukraine", Rejection, "the 28-point plan"}}},
		{"plan kept with what it is for", "Washington presented a plan for ending the war. The Europeans brought a revised plan of their own to Geneva.",
			[]want{{"us", Proposal, "a plan for ending the war"}, {"europe", Proposal, "a revised plan"}}},
		{"subject before a relative clause", "European leaders who joined the talks on Monday evening proposed a multinational force to secure Ukraine after a ceasefire.",
			[]want{{"europe", Proposal, "a multinational force to secure Ukraine after a ceasefire"}}},
		{"suggestion as a first step", "Merz said a Christmas truce could be the first step. Lukashenko said talks in Minsk could be a start.",
			[]want{{"europe", Proposal, "a Christmas truce"}}},
		{"past need", "Zelenskyy told him that Ukraine needed the return of all deported children. Kyiv needed to rest.",
			[]want{{"ukraine", Demand, "the return of all deported children"}}},
		{"second verb after a refusal", "Ukraine has called for a 30-day ceasefire. Russia has refused, saying a truce would let Ukraine rearm, and demands that Western arms deliveries stop first.",
			[]want{{"ukraine", Demand, "a 30-day ceasefire"}, {"russia", Rejection, "a 30-day ceasefire"}, {"russia", Demand, "Western arms deliveries stop first"}}},
		// The last check: a statement names something and ends on a word
		// that needs nothing more.
		{"unreadable fragments", "Shoigu signed for Moscow and Kubrakov for Kyiv. Kyiv said each side signed with Turkey and the UN separately. Merz urged Putin to accept it.",
			nil},
		{"coordinated verb", "Medinsky said the list had 339 names and rejected the claim that Russia abducted children.",
			[]want{{"russia", Rejection, "the claim that Russia abducted children"}}},
		{"appositive demand", "Ukraine's withdrawal from Donbas, a demand Russia put in writing in its memorandum, is in the plan.",
			[]want{{"russia", Demand, "Ukraine's withdrawal from Donbas"}}},
		{"plan continuation", "The US plan would freeze the front line. Ukraine's army would be capped at 600,000 troops, and elections would be held within 100 days.",
			[]want{{"us", Proposal, "freeze the front line"}, {"us", Proposal, "Ukraine's army would be capped at 600,000 troops"}, {"us", Proposal, "elections would be held within 100 days"}}},
		{"precondition", "Kyiv's memorandum makes a full ceasefire the precondition for talks.",
			[]want{{"ukraine", Demand, "a full ceasefire"}}},
		{"event", "The 157-for-157 swap agreed in Abu Dhabi was completed on Thursday, Russia said.",
			[]want{{"russia", Agreement, "The 157-for-157 swap agreed in Abu Dhabi"}}},
		{"questions say nothing", "Will Russia demand more land?", nil},
		{"refused offer is a rejection too", "The Kremlin said it would not accept peacekeepers from European countries on Ukrainian soil.",
			[]want{{"russia", Demand, "not accept peacekeepers from European countries on Ukrainian soil"}, {"russia", Rejection, "peacekeepers from European countries on Ukrainian soil"}}},
		{"deal without a condition", "Moscow would not accept any deal without the lifting of sanctions on its banks, an aide said.",
			[]want{{"russia", Demand, "the lifting of sanctions on its banks"}}},
		{"rejected it after a judgement", "Zelenskyy said the call to lift sanctions on the bank was a trap for the West, and he rejected it.",
			[]want{{"ukraine", Rejection, "the call to lift sanctions on the bank"}}},
		{"impossible with the speaker set off", "Lavrov spoke in Moscow. It was impossible, he said, to sign anything with people who wanted more war.",
			[]want{{"russia", Rejection, "It was impossible to sign anything with people who wanted more war"}}},
		{"plan point stated with is", "Kyiv sent its paper to Ankara. The first point of the Ukrainian paper is a call for a summit of the two presidents. The second point is that nothing is agreed.",
			[]want{{"ukraine", Proposal, "a call for a summit of the two presidents"}}},
		{"denied reports are no rejection", "Kyiv denies a Russian claim that it had held up the return of bodies. Moscow denied stalling the talks.",
			nil},
		{"markup", "<p>Moscow <b>demanded</b> the lifting of sanctions &amp; a ban on foreign troops.</p><script>x()</script>",
			[]want{{"russia", Demand, "the lifting of sanctions & a ban on foreign troops"}}},
		{"and that", "Russia insists that Crimea, Donetsk and Luhansk be recognized as Russian, and that Ukrainian forces withdraw from them.",
			[]want{{"russia", Demand, "Crimea, Donetsk and Luhansk be recognized as Russian"}, {"russia", Demand, "Ukrainian forces to withdraw from them"}}},
		{"passive rejection of a proposal", "The proposal by Kyiv to hold a leaders' summit was dismissed by the Kremlin.",
			[]want{{"ukraine", Proposal, "hold a leaders' summit"}, {"russia", Rejection, "The proposal by Kyiv to hold a leaders' summit"}}},
		{"speaker's must", "Ukraine's foreign minister Andrii Sybiha said Russia must stop its attacks on energy infrastructure.",
			[]want{{"ukraine", Demand, "Russia to stop its attacks on energy infrastructure"}}},
		{"apposition rejects", "European leaders called on Russia to accept a 30-day ceasefire, a proposal the Kremlin rejected.",
			[]want{{"europe", Demand, "Russia to accept a 30-day ceasefire"}, {"russia", Rejection, "a 30-day ceasefire"}}},
		{"we is the speaker", `"We demand the complete withdrawal of Russian troops," Zelenskyy said.`,
			[]want{{"ukraine", Demand, "the complete withdrawal of Russian troops"}}},
		{"noun phrase subject", "The Kremlin said Kyiv's insistence on a ceasefire first was a ploy.",
			[]want{{"ukraine", Demand, "a ceasefire first"}}},
		{"two clauses", "Russia's demands include the withdrawal of Ukrainian troops from four regions, while Kyiv wants a ceasefire along the current front line.",
			[]want{{"russia", Demand, "the withdrawal of Ukrainian troops from four regions"}, {"ukraine", Demand, "a ceasefire along the current front line"}}},
		{"headline speaker", "Putin: Ukraine must leave Donbas or Russia will take it by force",
			[]want{{"russia", Demand, "Ukraine to leave Donbas"}}},
		{"relative clause", "Zelensky said Moscow's latest proposal, which calls for Ukraine to give up Kherson, was unacceptable.",
			[]want{{"russia", Proposal, "Ukraine to give up Kherson"}, {"ukraine", Rejection, "Moscow's latest proposal was unacceptable"}}},
		{"prepositional subject", "Families of Ukrainian prisoners demanded faster exchanges. Ukraine's allies want Russia to accept a ceasefire.", nil},
		{"plan with coordinated verbs", "The US plan would cap Ukraine's army at 600,000 troops, bar Ukraine from joining NATO and rule out NATO troops on its soil.",
			[]want{{"us", Proposal, "cap Ukraine's army at 600,000 troops"}, {"us", Proposal, "bar Ukraine from joining NATO"}, {"us", Proposal, "rule out NATO troops on its soil"}}},
		{"relative that", "Zelenskyy said Kyiv would not accept a plan that takes away its dignity.",
			[]want{{"ukraine", Rejection, "a plan that takes away its dignity"}}},
		{"names joined by and", "Ukraine proposes that the nuclear plant be run jointly by Ukraine and the United States.",
			[]want{{"ukraine", Proposal, "the nuclear plant be run jointly by Ukraine and the United States"}}},
		{"charges are no positions", "Moscow accused Kyiv of demanding the impossible.", nil},
		{"not in English", "Россия потребовала от Украины нейтралитета.", nil},
		{"criticism is no rejection", "Kyiv criticised the Russian memorandum.", nil},
		{"condition told to a listener", "Ushakov said Putin had told Trump that a lasting truce required an end to arms deliveries.",
			[]want{{"russia", Demand, "an end to arms deliveries"}}},
		{"condition with a trailing speaker", "The shipping deal would take effect only after curbs were lifted on the farm bank, the Kremlin said.",
			[]want{{"russia", Demand, "curbs were lifted on the farm bank"}}},
		{"cue verb used as a noun", "Sybiha welcomed the pledge and said Ukraine wanted firm answers from its partners.",
			[]want{{"ukraine", Demand, "firm answers from its partners"}}},
		{"under an arrangement", "Ukraine and Russia met in Istanbul. Under the arrangement, cargo ships will leave Odesa unhindered.",
			[]want{{"ukraine", Agreement, "cargo ships will leave Odesa unhindered"}}},
		{"negated second predicate", "Yermak said Kyiv rejected a brief pause and did not need new mediators.",
			[]want{{"ukraine", Rejection, "a brief pause"}, {"ukraine", Rejection, "new mediators"}}},
		{"second verb after but", "Putin offered talks in Minsk. 10:15 Zelenskyy called the offer a start but said the first step must be a truce.",
			[]want{{"russia", Proposal, "talks in Minsk"}, {"ukraine", Demand, "the first step must be a truce"}}},
		{"the need to as a noun", "Russia and Ukraine sent envoys. The Holy See said the envoys discussed the need to support aid, and agreed that grain shipments should be protected.",
			[]want{{"russia", Agreement, "grain shipments should be protected"}}},
		{"want with a participle after a relative clause", "Ukraine came to Istanbul with papers. The delegation gave the Russians a list of 212 civilians it says were detained and wants released.",
			[]want{{"ukraine", Demand, "212 civilians released"}}},
		{"want with an object and a participle", "Moscow wants sanctions lifted on the farm bank.",
			[]want{{"russia", Demand, "sanctions lifted on the farm bank"}}},
		{"asked a party for something", "Sybiha asked Washington for more air defence.",
			[]want{{"ukraine", Demand, "more air defence"}}},
		{"price of an offer", "Zelenskyy said Ukraine was ready to drop its NATO bid in exchange for binding guarantees from the West.",
			[]want{{"ukraine", Proposal, "drop its NATO bid in exchange for binding guarantees from the West"}, {"ukraine", Demand, "binding guarantees from the West"}}},
		{"claim denied by its holder", "The Kremlin claimed Ukraine wanted a pause to rearm, a charge Kyiv rejected.", nil},
		{"position rejected by the other side", "Kyiv wants a full ceasefire, which Moscow rejects.",
			[]want{{"ukraine", Demand, "a full ceasefire"}, {"russia", Rejection, "a full ceasefire"}}},
		{"agreed to in a relative clause", "The halt to port strikes that Russia and Ukraine agreed to in April has collapsed.",
			[]want{{"russia", Agreement, "The halt to port strikes"}}},
		{"a then-and-now line's past", "Then: Trump wanted Kyiv's answer by Thanksgiving. Now: the date has gone.", nil},
		{"a condition no longer pressed", "Before the summit Trump had warned of consequences unless Moscow agreed to halt the fighting; an aide said this condition was no longer being pressed.", nil},
		{"second predicate after an apposition in an after-clause", "Kyiv denied it, after Vladimir Medinsky, the Kremlin aide, had accused it of stalling and demanded that it take the remains without delay.",
			[]want{{"russia", Demand, "take the remains without delay"}}},
		{"second predicate inside an after-clause", "Kyiv denied it after Vladimir Medinsky had criticised the delay and demanded that it take the remains.",
			[]want{{"russia", Demand, "take the remains"}}},
		{"a side's answer set out after a colon", "Zelensky's answer was conditional: any such zone would have to be mirrored by an equal Russian pullback, and a deal could go ahead only if Ukrainians approved it in a referendum.",
			[]want{{"ukraine", Demand, "any such zone would have to be mirrored by an equal Russian pullback"}, {"ukraine", Demand, "a deal could go ahead only if Ukrainians approved it in a referendum"}}},
		{"an aside with and before that", "Peskov insisted, and Kyiv should hear this, that the talks must stay in Istanbul.",
			[]want{{"russia", Demand, "the talks must stay in Istanbul"}}},
		{"a paper handed over is no exchange", "The memorandum handed over by Vladimir Medinsky requires Kyiv to withdraw its troops from four regions.",
			[]want{{"russia", Demand, "Kyiv to withdraw its troops from four regions"}}},
		{"a document's terms in a which-clause", "The terms were set out in Russia's June memorandum, which includes Kyiv's recognition of the four regions.",
			[]want{{"russia", Demand, "Kyiv's recognition of the four regions"}}},
		{"demanded in a which-clause as a price", "Kyiv has refused to pull its troops out of Donbas, which the Kremlin still demands as the price of peace.",
			[]want{{"ukraine", Rejection, "pull its troops out of Donbas"}, {"russia", Demand, "pull its troops out of Donbas"}}},
		{"a party's line that", "Izvestia stresses the Kremlin's long-standing line that any settlement must remove the root causes.",
			[]want{{"russia", Demand, "any settlement must remove the root causes"}}},
		{"their statement and its that-clauses", "European leaders met in Paris. Their joint statement says Ukraine must have ironclad guarantees, that borders must not be changed by force, and that its army must not be capped.",
			[]want{{"europe", Demand, "Ukraine to have ironclad guarantees"}, {"europe", Demand, "borders must not be changed by force"}, {"europe", Demand, "its army must not be capped"}}},
		{"a position dropped for a price", "Kyiv, which for years had demanded membership of NATO, said it was prepared to drop that aim in exchange for binding guarantees.",
			[]want{{"ukraine", Proposal, "drop that aim in exchange for binding guarantees"}, {"ukraine", Demand, "binding guarantees"}}},
		{"it after a semicolon is the first clause's subject", "Kyiv proposed that Zelensky and Putin meet in August; it asked again for the return of the children taken to Russia.",
			[]want{{"ukraine", Proposal, "Zelensky and Putin meet in August"}, {"ukraine", Demand, "the return of the children taken to Russia"}}},
		{"a demand given up over an aside", "Ukraine was ready to give up, at least for now, its long-standing demand to join NATO.",
			[]want{{"ukraine", Proposal, "give up, at least for now, its long-standing demand to join NATO"}}},
		{"a headline's second clause", "Europe demands a say and Moscow keeps its Donbas condition",
			[]want{{"europe", Demand, "a say"}}},
		{"the delegation of whoever reports", "The Russian delegation was led by Kostyukov. Umerov said the delegation had pressed for a ceasefire along the current line.",
			[]want{{"ukraine", Demand, "a ceasefire along the current line"}}},
		{"a comment on the sequence ends the position", "Medinsky said a summit made sense only to sign a final agreement, a sequence that, like the Korean armistice, leaves the signing for the end.",
			[]want{{"russia", Demand, "a summit made sense only to sign a final agreement"}}},
		{"passive with a titled agent", "A settlement within fifty days had been demanded by President Trump.",
			[]want{{"us", Demand, "A settlement within fifty days"}}},
		{"passive with an agent by role", "The acceptance by Moscow of a ceasefire had been demanded by the leaders of France and Germany.",
			[]want{{"europe", Demand, "The acceptance by Moscow of a ceasefire"}}},
		{"a denied report rejects nothing", "A report that Washington had made its guarantees conditional on a withdrawal was denied by a White House official.", nil},
		{"an offer extended by a party", "An offer to host further rounds in Istanbul was extended by Ankara.",
			[]want{{"turkey", Proposal, "host further rounds in Istanbul"}}},
		{"passive over adverbs", "An all-for-all exchange of prisoners, including civilians, was once again sought by Kyiv.",
			[]want{{"ukraine", Demand, "An all-for-all exchange of prisoners, including civilians"}}},
		{"passive subject before an as-aside", "The establishment of a full ceasefire, as a first step, was sought by the Ukrainian delegation.",
			[]want{{"ukraine", Demand, "The establishment of a full ceasefire"}}},
		{"presented as a condition", "The withdrawal of Ukrainian forces was presented by the Russian delegation as a condition for any truce.",
			[]want{{"russia", Demand, "The withdrawal of Ukrainian forces"}}},
		{"it was insisted by an agent that", "It was, by contrast, insisted by Ukraine's chief negotiator, Rustem Umerov, that the presidents meet before the end of August.",
			[]want{{"ukraine", Demand, "the presidents meet before the end of August"}}},
		{"a reported what-cleft", "Peskov told reporters that what Moscow sought was the elimination of the root causes.",
			[]want{{"russia", Demand, "the elimination of the root causes"}}},
		{"a that-clause denied", "That the children had been deported was denied by Medinsky.", nil},
		{"a passive's date is no part of it", "On 14 July a settlement within fifty days had been demanded by President Trump.",
			[]want{{"us", Demand, "a settlement within fifty days"}}},
		{"participle phrases with agents", "A full 30-day ceasefire, proposed by the United States and accepted by Ukraine at Jeddah, was rejected by the Russian side.",
			[]want{{"us", Proposal, "A full 30-day ceasefire"}, {"ukraine", Agreement, "A full 30-day ceasefire"}, {"russia", Rejection, "A full 30-day ceasefire"}}},
		{"a that-clause demanded", "That Ukraine should hold elections was demanded by President Donald Trump.",
			[]want{{"us", Demand, "Ukraine to hold elections"}}},
		{"described as unacceptable", "The deployment of troops from NATO countries was described as unacceptable by the Russian foreign ministry.",
			[]want{{"russia", Rejection, "The deployment of troops from NATO countries"}, {"russia", Demand, "no deployment of troops from NATO countries"}}},
		{"insisted upon by", "The handover of the rest of Donetsk region is still insisted upon by Moscow.",
			[]want{{"russia", Demand, "The handover of the rest of Donetsk region"}}},
		{"a passive subject with a before-phrase", "A ceasefire before the next round of talks was called for by Chancellor Friedrich Merz.",
			[]want{{"europe", Demand, "A ceasefire before the next round of talks"}}},
		{"what befell a draft", "The draft was subsequently reduced to nineteen points.", nil},
		{"a parliament speaks for its side", "The Verkhovna Rada called for a 30-day truce. The State Duma rejected it.",
			[]want{{"ukraine", Demand, "a 30-day truce"}, {"russia", Rejection, "a 30-day truce"}}},
		{"a passive agent is not who speaks after the comma", "Zelensky spoke in Berlin. The guarantees must be legally binding and approved by the US Congress, the president said.",
			[]want{{"ukraine", Demand, "The guarantees must be legally binding and approved by the US Congress"}}},
		{"it after though is the clause before's subject", "American envoys met Zelensky in Berlin, and he says Kyiv would set aside its bid to join NATO, though it still wants a path into the European Union.",
			[]want{{"ukraine", Demand, "a path into the European Union"}}},
		{"an interview's answer speaks for its label", "Q: Is that a fair summary?\nMedinsky: It is our first option. A truce could start only if the other side halts its mobilisation. We also want the sanctions lifted.\nQ: And Kyiv?\nWe will see.",
			[]want{{"russia", Demand, "the other side halts its mobilisation"}, {"russia", Demand, "the sanctions lifted"}}},
		{"a condition goes on after and", "Russia said a full truce is possible only if foreign arms deliveries to Ukraine stop and Kyiv halts mobilisation.",
			[]want{{"russia", Demand, "foreign arms deliveries to Ukraine stop and Kyiv halts mobilisation"}}},
		{"a headline's clauses after commas", "Bankova wants a Zelensky–Putin summit, the Kremlin takes note, and Istanbul yields a swap",
			[]want{{"ukraine", Demand, "a Zelensky–Putin summit"}}},
		{"before the summit, a threat", "Before the summit, Trump threatened severe consequences if Moscow did not agree to an immediate ceasefire.", nil},
		{"before the talks, a statement that may hold", "Before the talks, Ushakov said there could be no settlement until Ukraine left Donbas.",
			[]want{{"russia", Demand, "Ukraine left Donbas"}}},
		{"no longer something asked for", "Trump had said he would not be happy unless Moscow agreed to an immediate ceasefire; the immediate ceasefire is no longer something Washington is asking for.", nil},
		{"no longer a leader is no position given up", "Moscow says any settlement must be signed by lawful authorities; Zelensky, it says, is no longer a legitimate leader.",
			[]want{{"russia", Demand, "any settlement must be signed by lawful authorities"}}},
		{"a stance dropped in a passive", "Trump, who had warned of severe consequences if Putin would not accept an immediate ceasefire, came home with a different view. The demand for a truce first, which Kyiv still shares, had been quietly dropped in Washington.", nil},
		{"dropped the demand he had made, when", "Trump dropped the demand he had made only days earlier, when he insisted on an immediate ceasefire.", nil},
		{"an op-ed's author is who we are", "By Kaja Kallas, High Representative of the EU\nWhen the plan surfaced, I read it with alarm. First, borders must not be changed by force. We will not accept a deal made over Ukraine's head.",
			[]want{{"europe", Demand, "borders must not be changed by force"}, {"europe", Rejection, "a deal made over Ukraine's head"}}},
		{"to demand that is a verb", "Moscow continues to demand that Ukraine withdraw from Donbas.",
			[]want{{"russia", Demand, "Ukraine to withdraw from Donbas"}}},
		{"a judgement after and ends a demand", "Moscow still wants all of Donbas and calls any European presence unacceptable.",
			[]want{{"russia", Demand, "all of Donbas"}, {"russia", Rejection, "calls any European presence unacceptable"}}},
		{"brands as a judgement", "Putin brands Europe's amendments unacceptable before the Kremlin session",
			[]want{{"russia", Rejection, "brands Europe's amendments unacceptable"}}},
		{"a role noun says", "Moscow's envoy says the root causes must be removed before any truce.",
			[]want{{"russia", Demand, "the root causes must be removed before any truce"}}},
		{"a pronoun looks first in its own clause after a semicolon", "If Kyiv refused it, he warned, Russian forces would keep advancing; the Kremlin has made clear that it still wants Ukraine to pull its troops out of the Donbas.",
			[]want{{"russia", Demand, "Ukraine to pull its troops out of the Donbas"}}},
		{"an aside's insisting is not the clause", "Zelensky spoke in Kyiv. Any change to Ukraine's borders, he insisted, would have to be put to a referendum.",
			[]want{{"ukraine", Demand, "Any change to Ukraine's borders would have to be put to a referendum"}}},
		{"a pronoun's aside with a place", "Zelensky spoke in Kyiv. The guarantees, he told journalists in the chat, would have to be legally binding.",
			[]want{{"ukraine", Demand, "The guarantees would have to be legally binding"}}},
		{"a paper its holder handed over", "The memorandum Russia's delegation handed over in Istanbul requires Ukraine to withdraw its troops from Donetsk.",
			[]want{{"russia", Demand, "Ukraine to withdraw its troops from Donetsk"}}},
		{"its line is that", "Kyiv spoke on Friday. Its line is that the fighting should stop where the armies now stand.",
			[]want{{"ukraine", Demand, "the fighting should stop where the armies now stand"}}},
		{"a format a party asked for", "Trump has proposed a trilateral meeting with Putin and Zelensky, a format Kyiv has long asked for.",
			[]want{{"us", Proposal, "a trilateral meeting with Putin and Zelensky"}, {"ukraine", Demand, "a trilateral meeting with Putin and Zelensky"}}},
		{"a document its giver put down", "Medinsky spoke. The memorandum his delegation put on the table insists that Kyiv pull its troops out of four regions.",
			[]want{{"russia", Demand, "Kyiv to pull its troops out of four regions"}}},
		{"a plan its author drafted", "The plan Witkoff drafted calls for a ceasefire.",
			[]want{{"us", Proposal, "a ceasefire"}}},
		{"ignoring a demand rejects it", "EU adopts sanctions package after Kremlin ignores demand for 30-day ceasefire",
			[]want{{"russia", Rejection, "demand for 30-day ceasefire"}}},
		{"has no deadline now", "The president, who a week earlier wanted Kyiv's answer by Thanksgiving, now says he has no deadline at all.", nil},
		{"dropping the idea as a condition", "A White House official had said a day earlier that Trump wanted Putin to sit down with Zelensky as well; the president then told reporters that Putin did not have to meet the Ukrainian leader before meeting him, dropping the idea of a three-way meeting as a condition.", nil},
		{"abandoning in a supposition", "Moscow would still want its police in the zone. Suppose instead Moscow accepted a freeze. It would be abandoning the one demand it has never softened.",
			[]want{{"russia", Demand, "its police in the zone"}}},
		{"dropping a demand named by its words", "Trump wants the two sides to go straight to a peace agreement, dropping the ceasefire-first demand Washington had pressed since March.",
			[]want{{"us", Demand, "the two sides to go straight to a peace agreement"}}},
		{"another negotiation in a roundup", "Tehran insists the agenda be limited to its nuclear programme; Washington wants missiles on the table as well.", nil},
		{"a transliteration of a negotiator's name", "Separately, Medinskiy proposed local pauses of two to three days on sections of the front.",
			[]want{{"russia", Proposal, "local pauses of two to three days on sections of the front"}}},
		{"an offer made by proposing", "Putin answered that ultimatum by proposing instead that the two sides resume direct talks in Istanbul.",
			[]want{{"russia", Proposal, "the two sides resume direct talks in Istanbul"}}},
		{"by suggesting over an aside", "Putin closed the press conference by suggesting, in English, that the next meeting be held in Moscow.",
			[]want{{"russia", Proposal, "the next meeting be held in Moscow"}}},
		{"time for the other side to act", "Trump said it was time for Ukraine to hold a vote.",
			[]want{{"us", Demand, "Ukraine to hold a vote"}}},
		{"an offer with its proviso", "Zelensky said he was ready to hold a vote within 90 days as long as the allies could guarantee security during the campaign.",
			[]want{{"ukraine", Proposal, "hold a vote within 90 days as long as the allies could guarantee security during the campaign"}, {"ukraine", Demand, "the allies could guarantee security during the campaign"}}},
		{"a proviso that mirrors the offer", "Kyiv said it was ready to stop hitting refineries as long as Moscow did the same.",
			[]want{{"ukraine", Proposal, "stop hitting refineries as long as Moscow did the same"}}},
		{"a text agreed, over a speakers' aside", "Russia and Ukraine met in Berlin. By Monday night, officials on both sides said, most of a 20-point framework had been agreed.",
			[]want{{"russia", Agreement, "most of a 20-point framework"}}},
		{"a side's document named", "Ukraine's memorandum calls for a ceasefire. The Russian text, which Medinsky summarised, sets out two routes. For a final settlement, the document lists the lifting of sanctions.",
			[]want{{"ukraine", Demand, "a ceasefire"}, {"russia", Demand, "the lifting of sanctions"}}},
		{"a fact-check's claim", "Claim, Russian state television: \"Kyiv only wants a pause so that it can rearm.\"", nil},
		{"a correction's earlier version", "Our earlier version said that Putin had demanded Ukraine hand over all of Zaporizhzhia.", nil},
		{"a correction's misquote", "We quoted Peskov as saying that Moscow demands a ceasefire first.", nil},
		{"a correction, then the news", "An earlier version said the arrangement would take effect at once; Moscow now says it will not take effect until some sanctions are lifted.",
			[]want{{"russia", Demand, "some sanctions are lifted"}}},
		{"insisted over a speakers' aside", "Moscow also insisted, these officials said, that Ukraine renounce membership of NATO and that no Western troops be stationed on its soil.",
			[]want{{"russia", Demand, "Ukraine to renounce membership of NATO"}, {"russia", Demand, "no Western troops be stationed on its soil"}}},
		{"a denial over an aside", "Medinsky denied, as Moscow has done before, that Ukrainian children had been abducted.", nil},
		{"something a party has sought", "An all-for-all exchange is something Kyiv has sought for months.",
			[]want{{"ukraine", Demand, "An all-for-all exchange"}}},
		{"an idea a party floated", "One idea that US negotiators have floated is a demilitarised free economic zone.",
			[]want{{"us", Proposal, "a demilitarised free economic zone"}}},
		{"a party's opening ask", "A ceasefire of thirty days was Kyiv's opening ask.",
			[]want{{"ukraine", Demand, "A ceasefire of thirty days"}}},
		{"the priority, reported", "Umerov told reporters that a full ceasefire was still the priority.",
			[]want{{"ukraine", Demand, "a full ceasefire"}}},
		{"a cleft names who asked", "It was the Ukrainian side that asked for a meeting between the two presidents.",
			[]want{{"ukraine", Demand, "a meeting between the two presidents"}}},
		{"an earlier demand dropped", "Moscow has quietly dropped its earlier demand for the whole of Kherson.", nil},
		{"ask as a verb", "Rubio said Washington would ask Russia to agree to the same terms.",
			[]want{{"us", Demand, "Russia to agree to the same terms"}}},
		{"clauses after a semicolon go on with the report", "European leaders issued a statement. Decisions on Ukraine's territory, they wrote, are for Ukraine to take; international borders must not be changed by force; and no limits should be placed on Ukraine's armed forces.",
			[]want{{"europe", Demand, "Decisions on Ukraine's territory are for Ukraine to take"}, {"europe", Demand, "international borders must not be changed by force"}, {"europe", Demand, "no limits should be placed on Ukraine's armed forces"}}},
		{"the speaker of a clause after a semicolon", "Zelensky spoke in Berlin. Russia, he said, still wants Kyiv to hand over the rest of the Donbas; his own suggestion is that the front line be frozen where it now stands.",
			[]want{{"russia", Demand, "Kyiv to hand over the rest of the Donbas"}, {"ukraine", Proposal, "the front line be frozen where it now stands"}}},
		{"a document in an aside", "The Russian memorandum sets out two routes. Ukraine, the document says, must become neutral.",
			[]want{{"russia", Demand, "Ukraine to become neutral"}}},
		{"a roadmap is a side's document", "Kyiv's own roadmap starts from the opposite end. Russia must pay for the damage, the document says.",
			[]want{{"ukraine", Demand, "Russia to pay for the damage"}}},
		{"what a side's text says the other must do", "Kyiv circulated its own roadmap. The Ukrainian text says Russia must compensate Ukraine for the damage.",
			[]want{{"ukraine", Proposal, "its own roadmap"}, {"ukraine", Demand, "Russia to compensate Ukraine for the damage"}}},
		{"up to a party to decide", "European leaders said it would be up to Ukraine alone to make decisions on its territory.",
			[]want{{"europe", Demand, "Ukraine alone to make decisions on its territory"}}},
		{"advisers with words between", "European national security advisers met in Geneva. Any cap on Ukraine's forces, they insisted, should be set at 800,000.",
			[]want{{"europe", Demand, "Any cap on Ukraine's forces should be set at 800,000"}}},
		{"a demand after a colon", "Kyiv arrived with one central demand: a full and unconditional ceasefire lasting at least 30 days.",
			[]want{{"ukraine", Demand, "a full and unconditional ceasefire lasting at least 30 days"}}},
		{"there can be no", "Kyiv said there can be no restrictions on the strength of its military.",
			[]want{{"ukraine", Demand, "no restrictions on the strength of its military"}}},
		{"there can be no, without a condition", "Without that, Ushakov told reporters, there can be no territorial settlement.", nil},
		{"glad to host", "Erdogan said he would be glad to host a three-way meeting in Istanbul.",
			[]want{{"turkey", Proposal, "host a three-way meeting in Istanbul"}}},
		{"a penalty over an including aside", "Trump said Russia would face heavy tariffs, including secondary tariffs on buyers of its oil, unless a deal is reached within 50 days.",
			[]want{{"us", Demand, "a deal is reached within 50 days"}}},
		{"requests after a colon", "Moscow's main requests were unchanged: the return of six diplomatic properties, and the resumption of direct flights.",
			[]want{{"russia", Demand, "the return of six diplomatic properties"}, {"russia", Demand, "the resumption of direct flights"}}},
		{"a condition over an aside is that", "Zelensky spoke in Kyiv. His condition, repeated several times this month, is that any change to Ukraine's borders would have to be approved in a referendum.",
			[]want{{"ukraine", Demand, "any change to Ukraine's borders would have to be approved in a referendum"}}},
		{"a position over two asides is that", "Ukraine's position, as described by Rustem Umerov, its top negotiator, is that security guarantees must be signed with Washington first.",
			[]want{{"ukraine", Demand, "security guarantees must be signed with Washington first"}}},
		{"a starting point before a colon", "Kyiv's own starting point is simpler: a ceasefire along the current line.",
			[]want{{"ukraine", Demand, "a ceasefire along the current line"}}},
		{"a starting point compared", "Kyiv's starting point is the mirror image.", nil},
		{"a topic returned to, and only then", "The one point the Kremlin keeps returning to is Donbas: Russia insists that Ukrainian troops leave it entirely, and only then, Moscow says, can the guns fall silent.",
			[]want{{"russia", Demand, "Ukrainian troops to leave it entirely"}}},
		{"a party inside an of-phrase is no subject", "Putin said he agreed with Trump that the security of Ukraine should also be ensured.", nil},
		{"a condition of years past", "For years, an invitation to join the Alliance was Kyiv's central condition for any settlement.", nil},
		{"reporting predicates in a series", "In a joint statement, European leaders demanded that Ukraine receive security guarantees, declared that international borders must not be changed by force, and said that Russia could not have a veto.",
			[]want{{"europe", Demand, "Ukraine to receive security guarantees"}, {"europe", Demand, "international borders must not be changed by force"}, {"europe", Demand, "Russia could not have a veto"}}},
		{"an offer in a second that-clause", "Western media reported that Putin had demanded that Ukraine withdraw from Donetsk, and that Russia was prepared in return to freeze the front line.",
			[]want{{"russia", Demand, "Ukraine to withdraw from Donetsk"}, {"russia", Proposal, "freeze the front line"}}},
		{"a dated passive exchange and its source", "On August 24, 146 Russian servicemen were returned, the Russian Defence Ministry said.",
			[]want{{"russia", Agreement, "146 Russian servicemen were returned"}}},
		{"a duty in the passive under a side's terms", "Russia handed over its memorandum. Kiev is also required to adopt neutral status, to accept limits on the size of its armed forces, and to agree to the lifting of sanctions.",
			[]want{{"russia", Demand, "Kiev to adopt neutral status"}, {"russia", Demand, "Kiev to accept limits on the size of its armed forces"}, {"russia", Demand, "Kiev to agree to the lifting of sanctions"}}},
		{"a list of infinitives, each with its subject", "Zelensky said the Russians want Ukraine to leave Donbas, to accept a small army and to give up NATO.",
			[]want{{"russia", Demand, "Ukraine to leave Donbas"}, {"russia", Demand, "Ukraine to accept a small army"}, {"russia", Demand, "Ukraine to give up NATO"}}},
		{"a scorecard's labels under a party's section", "UKRAINE\n\n- Wanted and did not get: a full ceasefire of at least 30 days.\n- Also asked for: a meeting between Zelensky and Putin.",
			[]want{{"ukraine", Demand, "a full ceasefire of at least 30 days"}, {"ukraine", Demand, "a meeting between Zelensky and Putin"}}},
		{"a tally's points with their parties", "- Proposed: a Zelensky–Putin meeting (Ukraine); a Trump–Putin meeting (United States).\n- Not agreed: a ceasefire.",
			[]want{{"ukraine", Proposal, "a Zelensky–Putin meeting"}, {"us", Proposal, "a Trump–Putin meeting"}}},
		{"a side's paper as a heading, points with labels", "THE RUSSIAN PAPER\n\n- Territory: recognition of Crimea as part of Russia.\n- Status: a neutral Ukraine outside military blocs.",
			[]want{{"russia", Demand, "recognition of Crimea as part of Russia"}, {"russia", Demand, "a neutral Ukraine outside military blocs"}}},
		{"a sentence before a colon is no label", "The Europeans' own demands are familiar: they want Ukraine to be at the table.",
			[]want{{"europe", Demand, "Ukraine to be at the table"}}},
		{"a request it quietly abandoned", "Kyiv had also asked to see the Russian text beforehand, a request it quietly abandoned when Moscow would not hand it over.", nil},
		{"they had let it go", "The Americans had at first insisted that the amnesty clause stay as written; by evening, he said, they had let it go.", nil},
		{"a demand buried", "Until Friday, Washington had demanded an immediate ceasefire; the post quietly buried that demand.", nil},
		{"a live blog's correction", "17:31 GMT — Correction: an earlier version of our 14:55 entry said Kyiv was demanding the withdrawal of Russian forces from the plant.", nil},
		{"a quote goes on with its speaker", "Putin spoke at Valdai. \"He wants us to leave our own land,\" the Ukrainian president said. \"Our position has not changed: first a ceasefire along the current line. And we need long-range capabilities.\"",
			[]want{{"russia", Demand, "us to leave our own land"}, {"ukraine", Demand, "first a ceasefire along the current line"}, {"ukraine", Demand, "long-range capabilities"}}},
		{"a plan's author in an opening participle", "The Europeans have gone further and produced a counter-draft of their own. Drawn up by British, French and German national security advisers, it would raise the cap on forces to 800,000.",
			[]want{{"europe", Proposal, "raise the cap on forces to 800,000"}}},
		{"a plan's list of acts over a relative clause", "Witkoff's draft reached Kyiv on Thursday. It would have Ukraine pull out of the part of Donetsk it still holds, which would become a demilitarised buffer zone, cap its armed forces at 600,000 and write into its constitution that it will never join NATO.",
			[]want{{"us", Proposal, "Ukraine to pull out of the part of Donetsk it still holds, which would become a demilitarised buffer zone"}, {"us", Proposal, "Ukraine to cap its armed forces at 600,000"}, {"us", Proposal, "Ukraine to write into its constitution that it will never join NATO"}}},
		{"a demand only guessed at", "Others suspect the Kremlin could eventually ask for the lifting of sanctions on fertiliser exporters.", nil},
		{"the month of May is no guess", "European leaders in May demanded that Moscow accept a 30-day ceasefire.",
			[]want{{"europe", Demand, "Moscow to accept a 30-day ceasefire"}}},
		{"a document's section speaks for its author", "The Russian document, styled a memorandum on the settlement, is short: Ukraine \"shall\", Ukraine \"undertakes\", Ukraine \"renounces\". Its first section stipulates that Crimea is to be recognised as part of the Russian Federation.",
			[]want{{"russia", Demand, "Crimea is to be recognised as part of the Russian Federation"}}},
		{"conditions listed, among them", "The Kremlin listed further conditions, among them the lifting of restrictions on Russian-flagged vessels carrying food.",
			[]want{{"russia", Demand, "the lifting of restrictions on Russian-flagged vessels carrying food"}}},
		{"what a party says a truce would require", "Putin set out what Moscow says a broader ceasefire would require: a complete end to foreign military aid, and a stop to Ukrainian mobilisation.",
			[]want{{"russia", Demand, "a complete end to foreign military aid"}, {"russia", Demand, "a stop to Ukrainian mobilisation"}}},
		{"a that-clause's list of acts, each with its subject", "Moscow demanded that Ukraine pull its troops out of the four regions, declare itself neutral, accept limits on the size of its armed forces, and hold elections.",
			[]want{{"russia", Demand, "Ukraine to pull its troops out of the four regions"}, {"russia", Demand, "Ukraine to declare itself neutral"}, {"russia", Demand, "Ukraine to accept limits on the size of its armed forces"}, {"russia", Demand, "Ukraine to hold elections"}}},
		{"a demand and its price, then the idea rejected", "Putin told Trump that he wants Ukraine to hand over the part of Donetsk it still holds, in return for which Russian forces would halt their advance. Zelensky rejected the idea.",
			[]want{{"russia", Demand, "Ukraine to hand over the part of Donetsk it still holds"}, {"russia", Proposal, "halt their advance"}, {"ukraine", Rejection, "Ukraine to hand over the part of Donetsk it still holds"}}},
		{"the leaders named before by a name of the pack", "European leaders met in Berlin. Ukraine's army should remain at 800,000 troops in peacetime, the leaders said.",
			[]want{{"europe", Demand, "Ukraine's army should remain at 800,000 troops in peacetime"}}},
		{"what they described as", "American officials, for their part, offered what they described as \"Article 5-like\" protection.",
			[]want{{"us", Proposal, "\"Article 5-like\" protection"}}},
		{"a list whose items name an exchange", "Ukraine wants security guarantees, a swap of prisoners and the return of the children.",
			[]want{{"ukraine", Demand, "security guarantees"}, {"ukraine", Demand, "a swap of prisoners"}, {"ukraine", Demand, "the return of the children"}}},
		{"a list whose first item has places", "Kyiv wants a full ceasefire on land, in the air and at sea, an exchange of all prisoners for all and the return of children.",
			[]want{{"ukraine", Demand, "a full ceasefire on land, in the air and at sea"}, {"ukraine", Demand, "an exchange of all prisoners for all"}, {"ukraine", Demand, "the return of children"}}},
		{"conditions a pronoun attached, with a colon", "Putin rejected the blanket truce, and he attached conditions of his own: a halt to foreign military aid, and a stop to Ukraine's mobilisation.",
			[]want{{"russia", Rejection, "the blanket truce"}, {"russia", Demand, "a halt to foreign military aid"}, {"russia", Demand, "a stop to Ukraine's mobilisation"}}},
		{"a claim denied is no position rejected", "Russia demanded a halt to Western aid. Moscow accuses Kyiv of shelling a gas station at Sudzha; Kyiv denied it.",
			[]want{{"russia", Demand, "a halt to Western aid"}}},
		{"a demand backed away from", "Trump demanded an immediate ceasefire, but he backed away from that on Tuesday. Russia wants Ukraine to leave Donetsk.",
			[]want{{"russia", Demand, "Ukraine to leave Donetsk"}}},
		{"a deadline let slide", "Trump had given Kyiv until Thanksgiving to accept. He has since let that deadline slide. Russia wants Ukraine to leave Donetsk.",
			[]want{{"russia", Demand, "Ukraine to leave Donetsk"}}},
		{"a drop only imagined", "Kyiv wants any guarantee ratified by Congress so that a future president could not drop it.",
			[]want{{"ukraine", Demand, "any guarantee ratified by Congress so that a future president could not drop it"}}},
		{"the three governments of an aside", "Britain, France and Germany sent a counter-draft. Frozen Russian assets, the three governments insist, should stay frozen.",
			[]want{{"europe", Demand, "Frozen Russian assets should stay frozen"}}},
		{"an aside's demand over the clause around it", "European leaders met in Berlin. No decisions on territory, they insisted, could be taken without Ukraine.",
			[]want{{"europe", Demand, "No decisions on territory could be taken without Ukraine"}}},
		{"an aside over a claim", "Russia wants a ceasefire. The children, Moscow insists, had been evacuated for their safety.",
			[]want{{"russia", Demand, "a ceasefire"}}},
		{"a demonstrative that before an aside", "That treaty, Moscow insists, must enshrine Ukraine's neutrality.",
			[]want{{"russia", Demand, "treaty must enshrine Ukraine's neutrality"}}},
		{"the fairest option, a demand", "Zelensky rejected the idea of simply pulling out and said the fairest option was to stand where the armies now stand.",
			[]want{{"ukraine", Rejection, "the idea of simply pulling out"}, {"ukraine", Demand, "stand where the armies now stand"}}},
		{"the fair option after an adverb", "Zelensky spoke on Monday. The fair option, he said, was still to freeze the front.",
			[]want{{"ukraine", Demand, "freeze the front"}}},
		{"in his words, an aside", "Zelensky spoke on Monday. Any deal, in his words, must respect the constitution.",
			[]want{{"ukraine", Demand, "Any deal must respect the constitution"}}},
		{"a summit's sense, over an aside, after a side's answer", "Umerov said Ukraine wants a summit. Medinsky's answer was blunt. A meeting of the presidents made sense, he said, only if it was held to sign a final agreement.",
			[]want{{"ukraine", Demand, "a summit"}, {"russia", Demand, "A meeting of the presidents made sense only if it was held to sign a final agreement"}}},
		{"a summit's sense, said the head of a team", "Kyiv proposed a summit; a meeting made sense only to sign a final agreement, said the head of the Russian team, Vladimir Medinsky.",
			[]want{{"ukraine", Proposal, "a summit"}, {"russia", Demand, "a meeting made sense only to sign a final agreement"}}},
		{"warned not to", "Putin warned Kyiv and European capitals not to torpedo the progress.",
			[]want{{"russia", Demand, "Kyiv and European capitals not to torpedo the progress"}}},
		{"a penalty imposed unless", "Trump warned that he would impose severe tariffs on Russia and on buyers of its oil unless a deal was reached within 50 days.",
			[]want{{"us", Demand, "a deal was reached within 50 days"}}},
		{"the need to, spoken of", "Putin spoke of the need to eliminate the root causes of the conflict.",
			[]want{{"russia", Demand, "eliminate the root causes of the conflict"}}},
		{"a text drafted in a joint statement", "In a joint statement, American and Ukrainian negotiators said they had drawn up an \"updated and refined peace framework\" after talks in Geneva.",
			[]want{{"us", Agreement, "an \"updated and refined peace framework\""}}},
		{"a text drafted by one side", "European governments drafted their own counter-proposal.",
			[]want{{"europe", Proposal, "their own counter-proposal"}}},
		{"the side after while, and its call", "Moscow offered a short truce, he said, while the Ukrainian side gave the Russians a list of children it wants brought home and repeated its call for an unconditional ceasefire.",
			[]want{{"russia", Proposal, "a short truce"}, {"ukraine", Demand, "children brought home"}, {"ukraine", Demand, "an unconditional ceasefire"}}},
		{"a request in the main clause after an if-clause", "Zelensky spoke in Kyiv. If Russia breaks the arrangement, he added, he would ask Trump for more weapons.",
			[]want{{"ukraine", Demand, "more weapons"}}},
		{"a want inside an if-clause", "If Britain, France and Germany want to be taken seriously, they should arrive with numbers.",
			nil},
		{"a need over an aside", "Zelensky spoke after the summit. Ukraine, he said, needs a real ceasefire and security guarantees.",
			[]want{{"ukraine", Demand, "a real ceasefire"}, {"ukraine", Demand, "security guarantees"}}},
		{"a need another voice states", "European leaders met. Kyiv, they insisted, needs ironclad security guarantees.",
			[]want{{"europe", Demand, "Kyiv needs ironclad security guarantees"}}},
		{"a quote's speaker over a relative clause", "Putin flew to Alaska. \"We will not give up our land,\" Zelensky, who was not invited, had said the week before. He ruled out withdrawing from Donbas.",
			[]want{{"ukraine", Demand, "not give up our land"}, {"ukraine", Rejection, "withdrawing from Donbas"}}},
		{"a second that-clause after saying", "Zelensky went further, saying Russia was trying to distort the deal and that no sanctions should be eased before a full ceasefire.",
			[]want{{"ukraine", Demand, "no sanctions should be eased before a full ceasefire"}}},
		{"refused before a side acts", "Lifting restrictions on Russian banks before Russian troops withdraw from Ukraine is out of the question, a spokeswoman for the European Commission said.",
			[]want{{"europe", Rejection, "Lifting restrictions on Russian banks before Russian troops withdraw from Ukraine is out of the question"}, {"europe", Demand, "Russian troops to withdraw from Ukraine"}}},
		{"a list of musts goes on in the voice that reported it", "Talks on territory, the Europeans say, must start from the current line of contact. Ukraine's peacetime army should be allowed to number up to 800,000. Russian assets should pay for reconstruction.",
			[]want{{"europe", Demand, "Talks on territory must start from the current line of contact"}, {"europe", Demand, "Ukraine's peacetime army should be allowed to number up to 800,000"}, {"europe", Demand, "Russian assets should pay for reconstruction"}}},
		{"a must of no one", "Russia wants the whole of Donbas. Ukraine's army should be allowed to number 800,000.",
			[]want{{"russia", Demand, "the whole of Donbas"}}},
		{"a list of 'on's over a relative clause", "Russia insists on Ukrainian neutrality, which would mean renouncing NATO, on caps on Ukraine's armed forces, and on the lifting of sanctions.",
			[]want{{"russia", Demand, "Ukrainian neutrality, which would mean renouncing NATO"}, {"russia", Demand, "caps on Ukraine's armed forces"}, {"russia", Demand, "the lifting of sanctions"}}},
		{"what is recognised as what, one item", "Russia insists on international recognition of Crimea and the four regions as Russian, and on the lifting of sanctions.",
			[]want{{"russia", Demand, "international recognition of Crimea and the four regions as Russian"}, {"russia", Demand, "the lifting of sanctions"}}},
		{"terms that include a demand that, two acts", "Russia handed over its memorandum. Those terms, which state media published, include a demand that Ukraine withdraw its forces from the four regions and accept neutral status.",
			[]want{{"russia", Demand, "Ukraine to withdraw its forces from the four regions"}, {"russia", Demand, "Ukraine to accept neutral status"}}},
		{"two acts of one subject after and", "Moscow wants Kyiv to halt mobilisation and stop receiving Western weapons.",
			[]want{{"russia", Demand, "Kyiv to halt mobilisation"}, {"russia", Demand, "Kyiv to stop receiving Western weapons"}}},
		{"a place joined by and, no act", "Trump asked Putin to stop striking Kyiv and other cities for a week.",
			[]want{{"us", Demand, "Putin to stop striking Kyiv and other cities for a week"}}},
		{"a second that-clause past a passive 'maintained'", "European leaders said in a joint statement that Ukraine's army should be maintained at 800,000 and that borders must not be changed by force.",
			[]want{{"europe", Demand, "Ukraine's army should be maintained at 800,000"}, {"europe", Demand, "borders must not be changed by force"}}},
		{"but that", "European leaders said they welcomed Trump's efforts but that international borders must not be changed by force.",
			[]want{{"europe", Demand, "international borders must not be changed by force"}}},
		{"a condition and its alternative", "Moscow would accept a full ceasefire only if Ukrainian troops withdrew from the four regions, or, as an alternative, if Kyiv halted mobilisation.",
			[]want{{"russia", Demand, "Ukrainian troops withdrew from the four regions"}, {"russia", Demand, "Kyiv halted mobilisation"}}},
		{"the only way something could be decided", "Zelensky spoke in Kyiv. Questions of territory, he said, could only be decided with Ukraine at the table.",
			[]want{{"ukraine", Demand, "Questions of territory could only be decided with Ukraine at the table"}}},
		{"decisions that are for a side to take", "European leaders met. Decisions about Ukrainian territory, they said, are for Ukraine alone to make.",
			[]want{{"europe", Demand, "Decisions about Ukrainian territory are for Ukraine alone to make"}}},
		{"decisions that belong to a people", "European leaders said decisions on territory belong to the Ukrainian people alone.",
			[]want{{"europe", Demand, "decisions on territory belong to the Ukrainian people alone"}}},
		{"he after a sentence that reports another side", "Zelensky said the Russians wanted Ukrainian troops to leave Donetsk. He ruled out a unilateral withdrawal.",
			[]want{{"russia", Demand, "Ukrainian troops to leave Donetsk"}, {"ukraine", Rejection, "a unilateral withdrawal"}}},
		{"a forecast after an if-clause", "If Kyiv ceded the Donbas, she argued, Moscow would then demand the rest of Kherson. Russia wants Ukraine to stay neutral.",
			[]want{{"russia", Demand, "Ukraine to stay neutral"}}},
		{"a side and its state, no verb", "Russia wants Ukraine neutral and outside NATO.",
			[]want{{"russia", Demand, "Ukraine neutral and outside NATO"}}},
		{"his negotiators after a condition on the other side", "Zelensky has offered to keep drones away from Russian refineries as long as Russia stops hitting the grid, and his negotiators, one of them told reporters, want an energy ceasefire.",
			[]want{{"ukraine", Proposal, "keep drones away from Russian refineries as long as Russia stops hitting the grid"}, {"ukraine", Demand, "an energy ceasefire"}}},
		{"a plan drawn up by a side, over a leaked version", "Russia's memorandum demands Ukraine's neutrality. Drawn up by British, French and German advisers, it would, according to a version seen by several outlets, raise the cap on Ukraine's forces to 800,000.",
			[]want{{"russia", Demand, "Ukraine's neutrality"}, {"europe", Proposal, "raise the cap on Ukraine's forces to 800,000"}}},
		{"a stance held for a stretch of time past", "For nearly four years Zelensky insisted that the only guarantee worth having was NATO membership. For weeks before that, Kyiv had insisted that a ceasefire must come first. Kyiv wants security guarantees.",
			[]want{{"ukraine", Demand, "security guarantees"}}},
		{"an insistence that was gone", "Kyiv's early insistence on a truce before any talks was gone before the first session opened. Kyiv wants a real ceasefire.",
			[]want{{"ukraine", Demand, "a real ceasefire"}}},
		{"a second verb of an unknown subject is not the object's", "Lawmakers demanded that Russia return the children, and insisted that sanctions stay in place.",
			nil},
		{"MEPs are Europe's", "MEPs demanded that Russia return the children, and insisted that sanctions stay in place.",
			[]want{{"europe", Demand, "Russia to return the children"}, {"europe", Demand, "sanctions stay in place"}}},
		{"a headline drops a call", "Trump drops call for a ceasefire first. Trump now wants a full peace deal rather than a temporary halt to the fighting.",
			[]want{{"us", Demand, "a full peace deal rather than a temporary halt to the fighting"}}},
		{"a precondition let go of", "Kyiv had insisted that a truce come into force before talks could begin, a precondition it let go of within days. Kyiv wants security guarantees.",
			[]want{{"ukraine", Demand, "security guarantees"}}},
		{"giving up a long-standing demand", "Zelensky has offered something Kyiv once called impossible: giving up, for now, its long-standing demand to join NATO. Kyiv wants security guarantees.",
			[]want{{"ukraine", Proposal, "giving up, for now, its long-standing demand to join NATO"}, {"ukraine", Demand, "security guarantees"}}},
		{"a line dropped", "Washington drops the ceasefire-first line. Trump had wanted Russia to agree to stop the fighting.",
			nil},
		{"what both sides will each hand back", "Russia and Ukraine will each hand back the bodies of 6,000 fallen soldiers, Umerov said.",
			[]want{{"russia", Agreement, "hand back the bodies of 6,000 fallen soldiers"}}},
		{"agreed on a day, over an aside, to", "Russia and Ukraine agreed on Thursday, at the close of a second round of talks in Abu Dhabi, to exchange 314 prisoners.",
			[]want{{"russia", Agreement, "exchange 314 prisoners"}}},
		{"a pledge by both sides", "Russia and Ukraine met in Istanbul. The second round added a pledge by both sides to hand back the bodies of 6,000 soldiers.",
			[]want{{"russia", Agreement, "hand back the bodies of 6,000 soldiers"}}},
		{"broad agreement reached", "Russia and Ukraine met in Geneva. The officers reached broad agreement on how a future ceasefire would be monitored.",
			[]want{{"russia", Agreement, "broad agreement on how a future ceasefire would be monitored"}}},
		{"a plan reworked by two sides", "In Geneva, US and Ukrainian negotiators reworked the original 28-point plan into a shorter 19-point framework.",
			[]want{{"us", Agreement, "the original 28-point plan into a shorter 19-point framework"}}},
		{"a joint statement describing a framework", "Rubio sat down with a Ukrainian team, and the two sides issued a joint statement describing an \"updated and refined peace framework\".",
			[]want{{"us", Agreement, "an \"updated and refined peace framework\""}}},
		{"a second condition after and if", "Putin said a full truce could work only if Western military aid stopped and if Ukraine halted mobilisation.",
			[]want{{"russia", Demand, "Western military aid stopped"}, {"russia", Demand, "Ukraine halted mobilisation"}}},
		{"no veto, and they who wrote it", "European leaders issued a statement. Ukraine must have ironclad security guarantees, they wrote; no limitations should be placed on its armed forces; and Russia cannot have a veto over Ukraine's path to the EU.",
			[]want{{"europe", Demand, "Ukraine to have ironclad security guarantees"}, {"europe", Demand, "no limitations should be placed on its armed forces"}, {"europe", Demand, "Russia cannot have a veto over Ukraine's path to the EU"}}},
		{"a place at the table claimed for one's own side", "Kaja Kallas said Europe must have a place at the table.",
			[]want{{"europe", Demand, "a place at the table"}}},
		{"a platform's one-letter name ends a sentence", "European leaders replied in a statement they reposted on X. Decisions on territory, they wrote, are for Ukraine to take.",
			[]want{{"europe", Demand, "Decisions on territory are for Ukraine to take"}}},
		{"a truce made dependent on", "Putin made any broader truce dependent on a complete halt to foreign military aid.",
			[]want{{"russia", Demand, "a complete halt to foreign military aid"}}},
		{"a meeting with a named side only once", "Lavrov spoke on Sunday. Putin, Lavrov says, would meet Zelensky only once experts had prepared an agenda.",
			[]want{{"russia", Proposal, "meet Zelensky only once experts had prepared an agenda"}, {"russia", Demand, "Putin to meet Zelensky only once experts had prepared an agenda"}}},
		{"what a side would rather do", "The Americans floated a free economic zone; Zelensky says Ukraine would rather stay where it stands.",
			[]want{{"us", Proposal, "a free economic zone"}, {"ukraine", Demand, "stay where it stands"}}},
		{"what a person would rather do, no side named", "Trump told him he would rather end the war without sending missiles.",
			nil},
		{"conditions that are that-clauses", "Putin spoke in Moscow. His conditions for a truce are that foreign military aid stop entirely, that Ukraine halts mobilisation, and that there is some verification.",
			[]want{{"russia", Demand, "foreign military aid stop entirely"}, {"russia", Demand, "Ukraine halts mobilisation"}, {"russia", Demand, "there is some verification"}}},
		{"a truce possible only as part of a settlement", "The Kremlin's answer came from Dmitry Peskov. An energy truce, he said, was possible only as part of a comprehensive settlement.",
			[]want{{"russia", Demand, "An energy truce was possible only as part of a comprehensive settlement"}}},
		{"a threat of before, and things changed", "Trump had threatened very severe consequences if Putin did not agree to an immediate ceasefire. He came back from Alaska saying the opposite. Russia wants Ukraine to leave Donetsk.",
			[]want{{"russia", Demand, "Ukraine to leave Donetsk"}}},
		{"a second verb in a relative clause about a name", "Russia and Ukraine agreed to swap 1,200 prisoners, said Rustem Umerov, who now heads Ukraine's security council and pressed for a Zelensky-Putin meeting.",
			[]want{{"russia", Agreement, "swap 1,200 prisoners"}, {"ukraine", Demand, "a Zelensky-Putin meeting"}}},
		{"a suggestion called absurd", "Dmitry Peskov called the suggestion, made by some European politicians, that Moscow wanted to swallow the whole of Ukraine \"absurd\".",
			nil},
		{"they in a speaker line's quote", "Peskov: the formula stands.\nZelensky: \"they want it all by June\"\nThe Ukrainian president said the Americans want the war settled by June.",
			[]want{{"us", Demand, "the war settled by June"}}},
		{"they, said of the Russians", "Zelensky spoke in Kyiv. \"They want the whole of Donbas,\" he said of the Russians.",
			[]want{{"russia", Demand, "the whole of Donbas"}}},
		{"a threat of before that still stands", "Trump had threatened Russia with heavy tariffs if Putin did not agree to a ceasefire by the end of the month.",
			[]want{{"us", Demand, "agree to a ceasefire by the end of the month"}}},
		{"it after a section of the document", "The Russian memorandum offers Kyiv two routes to a ceasefire. The section on a final settlement goes further still. It calls for the lifting of Western sanctions on Russia.",
			[]want{{"russia", Demand, "the lifting of Western sanctions on Russia"}}},
		{"a stance held long, then given up", "Kyiv had long demanded NATO membership. Zelensky now offers to give up the bid for security guarantees.",
			[]want{{"ukraine", Proposal, "give up the bid for security guarantees"}}},
		{"a stance held long, and still", "Kyiv had long demanded NATO membership.",
			[]want{{"ukraine", Demand, "NATO membership"}}},
		{"terms handed over, points after a demand verb", "Russia handed over a written memorandum. According to the text, a final settlement would require:\n\n- recognition of Crimea as Russian\n- the lifting of Western sanctions",
			[]want{{"russia", Demand, "recognition of Crimea as Russian"}, {"russia", Demand, "the lifting of Western sanctions"}}},
		{"a return the two sides would each make, reported", "Russia and Ukraine met in Istanbul. Medinsky added that the two sides would each return the bodies of 6,000 soldiers.",
			[]want{{"russia", Agreement, "the bodies of 6,000 soldiers"}}},
		{"ruled out so far, after a relative clause", "The Kremlin, which says the leaders should meet only to sign a finished agreement, has so far ruled out a summit.",
			[]want{{"russia", Demand, "the leaders should meet only to sign a finished agreement"}, {"russia", Rejection, "a summit"}}},
		{"he rejects the idea another said he wants", "Putin, the Ukrainian president said, wants Kyiv to simply hand over the rest of Donbas - and he rejected the idea flatly.",
			[]want{{"russia", Demand, "Kyiv to simply hand over the rest of Donbas"}, {"ukraine", Rejection, "Kyiv to simply hand over the rest of Donbas"}}},
		{"drew up what a statement called a framework", "American and Ukrainian negotiators in Geneva drew up what a joint statement called an \"updated and refined peace framework\" on Sunday.",
			[]want{{"us", Agreement, "an \"updated and refined peace framework\""}}},
		{"a spokesperson for an institution, in an aside", "The unconditional withdrawal of all Russian forces, a spokesperson for the European Commission said, would be one of the main preconditions for lifting sanctions.",
			[]want{{"europe", Demand, "The unconditional withdrawal of all Russian forces"}}},
		{"they who back doing something, then speak on", "The leaders of Germany and France proposed a European-led force. They also backed keeping Ukraine's army at 800,000 troops. International borders, they said, must not be changed by force.",
			[]want{{"europe", Proposal, "a European-led force"}, {"europe", Proposal, "keeping Ukraine's army at 800,000 troops"}, {"europe", Demand, "International borders must not be changed by force"}}},
		{"he of someone the pack does not know", "Zelensky wants security guarantees. Senator Lindsey Graham said he would support putting guarantees to a vote.",
			[]want{{"ukraine", Demand, "security guarantees"}}},
		{"described, far back, as unacceptable", "Mr Putin later described some of the changes Britain had suggested for the plan as unacceptable.",
			[]want{{"russia", Rejection, "described some of the changes Britain had suggested for the plan as unacceptable"}}},
		{"would find it unacceptable", "Moscow has repeatedly said it would find any deployment of European troops on Ukrainian soil unacceptable.",
			[]want{{"russia", Rejection, "find any deployment of European troops on Ukrainian soil unacceptable"}}},
		{"agreement only to meet again", "The talks between Russia and Ukraine ended with agreement only to meet again.",
			[]want{{"russia", Agreement, "meet again"}}},
		{"the delegations will report back and continue talks", "Russia and Ukraine met in Geneva. According to Witkoff, the three delegations will report back to their capitals and continue talks in the coming weeks.",
			[]want{{"russia", Agreement, "continue talks in the coming weeks"}}},
		{"both sides would also resume talks, reported", "Russia and Ukraine met in Geneva. Medinsky said both sides would also resume the talks soon.",
			[]want{{"russia", Agreement, "resume the talks soon"}}},
		{"a reason is no part of a position, and 'it for that reason' points back", "Kyiv wants an immediate and lengthy truce because its army needs a rest; Moscow rejected it for exactly that reason.",
			[]want{{"ukraine", Demand, "an immediate and lengthy truce"}, {"russia", Rejection, "an immediate and lengthy truce"}}},
		{"a motive given with because", "The Kremlin wants the whole of Donbas, because it hopes the war will end on its terms.",
			[]want{{"russia", Demand, "the whole of Donbas"}}},
		{"a position stated in a reason", "Territory remained unresolved, a Ukrainian official said, because Russia still insists that Kyiv hand over the rest of the Donetsk region.",
			[]want{{"russia", Demand, "Kyiv to hand over the rest of the Donetsk region"}}},
		{"which a side rejected on the grounds that", "Kyiv called for a full ceasefire, which Russia has repeatedly rejected on the grounds that Ukraine would rearm.",
			[]want{{"ukraine", Demand, "a full ceasefire"}, {"russia", Rejection, "a full ceasefire"}}},
		{"threatened to do something unless", "Putin also threatened to cut Ukraine off from the sea unless attacks on tankers carrying Russian oil stopped.",
			[]want{{"russia", Demand, "attacks on tankers carrying Russian oil stopped"}}},
		{"now up to a party to act", "Trump flew home. He said it was now up to Zelensky to get a deal done.",
			[]want{{"us", Demand, "Zelensky to get a deal done"}}},
		{"each side will hand back", "Russia and Ukraine met. Each side will also hand back the bodies of 6,000 fallen soldiers, he said.",
			[]want{{"russia", Agreement, "hand back the bodies of 6,000 fallen soldiers"}}},
		{"a precondition set aside", "Ukraine spoke. In May it had insisted that a 30-day truce must precede any negotiation; that precondition has long since been set aside.",
			nil},
		{"an exchange announced, beside the month of May", "Russia and Ukraine met. There will be another exchange of 1,200 prisoners from each side, Medinsky said, the largest since the swap in May.",
			[]want{{"russia", Agreement, "exchange of 1,200 prisoners from each side"}}},
		{"what the country needs, said by someone", "What the country needs, Zelensky said, is a full ceasefire.",
			[]want{{"ukraine", Demand, "a full ceasefire"}}},
		{"he after a group named by adjectives", "Russian and Ukrainian negotiators agreed to exchange 1,200 prisoners of war each, Ukraine's top negotiator, Rustem Umerov, said after a session at which he pressed for a meeting between Zelensky and Putin.",
			[]want{{"russia", Agreement, "exchange 1,200 prisoners of war each"}, {"ukraine", Demand, "a meeting between Zelensky and Putin"}}},
		{"a speaker in apposition, name after title", "Russia and Ukraine agreed to exchange 1,200 prisoners each, Rustem Umerov, Ukraine's top negotiator, said.",
			[]want{{"russia", Agreement, "exchange 1,200 prisoners each"}}},
		{"no speaker in apposition: a number, a list, a negation", "Russia and Ukraine agreed to exchange 314 prisoners, 157 from each side, Witkoff said. Zelensky spoke. Any monitoring would have to be carried out by neutral observers, not by Russian officials, he said.",
			[]want{{"russia", Agreement, "exchange 314 prisoners, 157 from each side"}, {"ukraine", Demand, "Any monitoring would have to be carried out by neutral observers, not by Russian officials"}}},
		{"would under no circumstances accept", "Ryabkov said Russia would under no circumstances accept troops from NATO countries on Ukrainian soil.",
			[]want{{"russia", Rejection, "troops from NATO countries on Ukrainian soil"}, {"russia", Demand, "no troops from NATO countries on Ukrainian soil"}}},
		{"a must whose subject holds a relative clause, after 'said, and'", "Zelensky spoke in Berlin. \"We want peace,\" the Ukrainian president said, and any deal that gave up land would have to be approved by Ukrainians in a referendum.",
			[]want{{"ukraine", Demand, "any deal that gave up land would have to be approved by Ukrainians in a referendum"}}},
		{"the fair option is, after a colon", "Zelensky spoke in Berlin. \"The fair option is: we stand where we stand,\" the Ukrainian president said.",
			[]want{{"ukraine", Demand, "stand where we stand"}}},
		{"a position of one word keeps its reason", "The Kremlin has long insisted on elections because it questions Zelensky's legitimacy.",
			[]want{{"russia", Demand, "elections because it questions Zelensky's legitimacy"}}},
		{"asked about a call, then rejected it", "Asked about Kyiv's call for an unconditional ceasefire, he said Moscow had rejected it, because Ukraine would use any long pause to rearm.",
			[]want{{"ukraine", Demand, "an unconditional ceasefire"}, {"russia", Rejection, "Kyiv's call for an unconditional ceasefire"}}},
		{"after a titled name, a clause's subject", "Putin agreed to hold off on strikes against Kyiv until February 1, the Kremlin said, after President Trump asked him personally to spare the city.",
			[]want{{"russia", Agreement, "hold off on strikes against Kyiv until February 1"}, {"us", Demand, "him personally to spare the city"}}},
		{"a stance of before an event, given up after it", "Before Alaska the White House was demanding an immediate ceasefire. Trump now wants a full peace deal instead.",
			[]want{{"us", Demand, "a full peace deal instead"}}},
		{"their demand, after a day that is no title", "Witkoff said on Thursday the Russians had made clear the withdrawal from the Donbas remained their central demand.",
			[]want{{"russia", Demand, "the withdrawal from the Donbas"}}},
		{"a side that would give up its demand", "The shape of the bargain became clear: Ukraine would give up, at least for now, its long-standing demand to join NATO, and in exchange it wants security guarantees from the United States.",
			[]want{{"ukraine", Demand, "security guarantees from the United States"}}},
		{"telling, after a clause reported without that", "A source in the Ukrainian delegation said the Russian team went much further at the table, telling the Ukrainians that a ceasefire would be possible only if Kyiv agreed to withdraw its troops from all four regions.",
			[]want{{"russia", Demand, "Kyiv agreed to withdraw its troops from all four regions"}}},
		{"stressing that", "The Ukrainian side raised the return of children deported to Russia, stressing that every one of them must be brought home.",
			[]want{{"ukraine", Demand, "the return of children deported to Russia"}, {"ukraine", Demand, "every one of them must be brought home"}}},
		{"they, in an interview's answer", "Q: Their memorandum still asks your troops to leave four regions. Has anything moved?\n\nUmerov: Nothing. They want us to withdraw from Kramatorsk and Sloviansk.",
			[]want{{"russia", Demand, "us to withdraw from Kramatorsk and Sloviansk"}}},
		{"which, after a memorandum someone handed over", "It came back in the memorandum the Russian delegation handed over in Istanbul in June 2025, which called for Ukraine's neutrality.",
			[]want{{"russia", Demand, "Ukraine's neutrality"}}},
		{"a list after 'demands are simple:'", "Kyiv's demands are simple: a full ceasefire, a place at the table, and firm guarantees.",
			[]want{{"ukraine", Demand, "a full ceasefire"}, {"ukraine", Demand, "a place at the table"}, {"ukraine", Demand, "firm guarantees"}}},
		{"a list after 'have not changed since:'", "Kyiv's demands have not changed since: a full ceasefire, a place at the table, and firm guarantees.",
			[]want{{"ukraine", Demand, "a full ceasefire"}, {"ukraine", Demand, "a place at the table"}, {"ukraine", Demand, "firm guarantees"}}},
		{"unless, then what a side will do", "Unless Russia agrees to a ceasefire, Trump said, the US will impose new sanctions.",
			[]want{{"us", Demand, "Russia agrees to a ceasefire"}}},
		{"the fairest course", "Zelensky spoke. The fairest course, in his view, would be to freeze the front and stop where the armies now stand.",
			[]want{{"ukraine", Demand, "freeze the front and stop where the armies now stand"}}},
		{"along with, after the speaker", "Kyiv wants an exchange of all for all, Lubinets said on Wednesday, along with the release of civilians held in Russia.",
			[]want{{"ukraine", Demand, "an exchange of all for all along with the release of civilians held in Russia"}}},
		{"a list of semicolons whose items hold a verb of their own", "Kyiv's memorandum calls for a full ceasefire of at least thirty days; for an all-for-all exchange of prisoners; and for the return of every child deported to Russia.",
			[]want{{"ukraine", Demand, "a full ceasefire of at least thirty days"}, {"ukraine", Demand, "an all-for-all exchange of prisoners"}, {"ukraine", Demand, "the return of every child deported to Russia"}}},
		{"a list of semicolons after a comment on the first item", "Moscow wants recognition of Crimea, which it annexed in 2014; the neutrality of Ukraine; and new elections in Kyiv.",
			[]want{{"russia", Demand, "recognition of Crimea"}, {"russia", Demand, "the neutrality of Ukraine"}, {"russia", Demand, "new elections in Kyiv"}}},
		{"an offer with its condition", "Volodymyr Zelensky has offered to give up Ukraine's ambition of NATO membership if the United States and Europe provide legally binding security guarantees, a shift that dominated the talks.",
			[]want{{"ukraine", Proposal, "give up Ukraine's ambition of NATO membership"}, {"ukraine", Demand, "the United States and Europe provide legally binding security guarantees"}}},
		{"repeated in a statement at a place that", "Putin also repeated in his brief statement at the base that any lasting settlement must remove the root causes of the conflict.",
			[]want{{"russia", Demand, "any lasting settlement must remove the root causes of the conflict"}}},
		{"a deadline for a side to act", "Trump set a Thanksgiving deadline for Kyiv to accept the plan.",
			[]want{{"us", Demand, "a Thanksgiving deadline for Kyiv to accept the plan"}}},
		{"he, after a name that speaks over an aside", "Zelensky, speaking at a gathering in Tirana, described the Russian team as decorative and said Moscow wanted to keep fighting. He urged Washington to answer with tougher sanctions.",
			[]want{{"russia", Demand, "keep fighting"}, {"ukraine", Demand, "Washington to answer with tougher sanctions"}}},
		{"he, after a side's own account", "Zelensky told European leaders that Putin wanted all of Donbas. Putin's own public account was vaguer. A lasting settlement, he said in Anchorage, requires removing the root causes of the conflict.",
			[]want{{"russia", Demand, "all of Donbas"}, {"russia", Demand, "removing the root causes of the conflict"}}},
		{"must itself be among", "Lavrov said Russia must itself be among the guarantors of any arrangement.",
			[]want{{"russia", Demand, "be among the guarantors of any arrangement"}}},
		{"the country needs, after an aside", "Zelensky spoke. Kyiv rejected any withdrawal; instead, Ukraine's president said, the country needs security guarantees as strong as Article 5.",
			[]want{{"ukraine", Rejection, "any withdrawal"}, {"ukraine", Demand, "security guarantees as strong as Article 5"}}},
		{"it's really up to a titled party", "\"Now it's really up to President Zelensky to get it done,\" Trump said.",
			[]want{{"us", Demand, "Zelensky to get it done"}}},
		{"made plain that, and that", "Zelensky spoke. He promised to offer alternatives, but made plain that any peace must come with guarantees strong enough to deter another invasion.",
			[]want{{"ukraine", Proposal, "offer alternatives"}, {"ukraine", Demand, "any peace must come with guarantees strong enough to deter another invasion"}}},
		{"made clear, with its own condition after a colon", "The Kremlin made clear that its central condition had not changed: Ukrainian forces must leave the parts of the Donbas they still hold.",
			[]want{{"russia", Demand, "Ukrainian forces to leave the parts of the Donbas they still hold"}}},
		{"a proposal named with capitals", "European leaders proposed a Multinational Force Ukraine.",
			[]want{{"europe", Proposal, "a Multinational Force Ukraine"}}},
		{"terms set out after a colon, by a memorandum with an aside", "Russia handed over a memorandum. Its memorandum, which Russian state media had pushed out by evening, sets out the terms of a final settlement: international recognition of Crimea as part of Russia; the lifting of sanctions; and elections in Ukraine.",
			[]want{{"russia", Demand, "international recognition of Crimea as part of Russia"}, {"russia", Demand, "the lifting of sanctions"}, {"russia", Demand, "elections in Ukraine"}}},
		{"a condition after a colon: unless, then what troops would do", "Putin spoke. He paired that with a condition: unless Kyiv agreed to give up the rest of Donbas, Russian troops would keep advancing and take it.",
			[]want{{"russia", Demand, "Kyiv agreed to give up the rest of Donbas"}}},
		{"take by force unless", "Russian forces, Putin has said, will take the rest of Donbas by force unless Ukrainian troops leave it.",
			[]want{{"russia", Demand, "Ukrainian troops to leave it"}}},
		{"a position, over an aside, is to", "Zelensky spoke. Ukraine's position, set out in the draft that Zelensky made public before Christmas, is to hold a referendum on any deal.",
			[]want{{"ukraine", Demand, "hold a referendum on any deal"}}},
		{"chief among them, after terms", "Russia handed over its terms. Chief among them: international recognition of Crimea as part of Russia; limits on the size of Ukraine's armed forces; and new elections in Ukraine.",
			[]want{{"russia", Demand, "international recognition of Crimea as part of Russia"}, {"russia", Demand, "limits on the size of Ukraine's armed forces"}, {"russia", Demand, "new elections in Ukraine"}}},
		{"a longer aside, and a shorthand as comment", "Any settlement, the Russian leader told reporters at the joint appearance, must remove the root causes of the conflict, Moscow's shorthand for NATO's expansion.",
			[]want{{"russia", Demand, "Any settlement must remove the root causes of the conflict"}}},
		{"made it clear that X is ruled out", "The Russian side has repeatedly made it clear that the appearance of military contingents of NATO countries on Ukrainian territory is ruled out.",
			[]want{{"russia", Rejection, "the appearance of military contingents of NATO countries on Ukrainian territory"}}},
		{"could be taken only by", "Zelensky spoke. Any decision on territory, he added, could be taken only by the Ukrainian people in a referendum.",
			[]want{{"ukraine", Demand, "Any decision on territory could be taken only by the Ukrainian people in a referendum"}}},
		{"stuck to the terms: A, B and C", "Moscow, for its part, stuck to the terms of the memorandum it presented in June: recognition of Crimea as Russian, a Ukrainian withdrawal from four regions, and strict limits on the size of Ukraine's army.",
			[]want{{"russia", Demand, "recognition of Crimea as Russian"}, {"russia", Demand, "a Ukrainian withdrawal from four regions"}, {"russia", Demand, "strict limits on the size of Ukraine's army"}}},
		{"there can be no, with the speaker after", "Kyiv published its plan. There can be no recognition of occupied land, it said, under any formula.",
			[]want{{"ukraine", Demand, "no recognition of occupied land"}}},
		{"a text that would have a side do something", "Russia handed over its memorandum. Russia, he said, still stands by the memorandum it tabled in June, which would have Kyiv withdraw from the four regions Moscow claims.",
			[]want{{"russia", Demand, "Kyiv to withdraw from the four regions Moscow claims"}}},
		{"a plan that would have had a side do something", "The US plan leaked. The original document would have had Ukraine hand over the part of the Donbas it still controls.",
			[]want{{"us", Proposal, "Ukraine to hand over the part of the Donbas it still controls"}}},
		{"the fair option is, a quote after it", "Zelensky spoke. The fair option, he told reporters on Monday, is \"we stand where we stand\", a ceasefire on the current line.",
			[]want{{"ukraine", Demand, "stand where we stand, a ceasefire on the current line"}}},
		{"a subject over asides that name someone else", "Ukraine's delegation, headed by Rustem Umerov, secretary of the national security council, insists that any ceasefire start from the current line of contact.",
			[]want{{"ukraine", Demand, "any ceasefire start from the current line of contact"}}},
		{"a list over a relative clause", "What Kyiv still insists on, Zelensky told reporters, is a full ceasefire of at least thirty days, after which real negotiations could begin, and a face-to-face meeting with Vladimir Putin.",
			[]want{{"ukraine", Demand, "a full ceasefire of at least thirty days, after which real negotiations could begin"}, {"ukraine", Demand, "a face-to-face meeting with Vladimir Putin"}}},
		{"and, on a day, a clause of its own", "Putin repeated that Russia wants Ukrainian troops to withdraw, and on Tuesday he dismissed the amendments as unacceptable.",
			[]want{{"russia", Demand, "Ukrainian troops to withdraw"}, {"russia", Rejection, "the amendments as unacceptable"}}},
		{"he, after a question that named him", "Zelensky spoke at the UN. \"What does Putin want? He wants us to hand over the rest of Donbas, and he wants a written promise that Ukraine will never join any alliance,\" Zelensky said.",
			[]want{{"russia", Demand, "us to hand over the rest of Donbas"}, {"russia", Demand, "a written promise that Ukraine will never join any alliance"}}},
		{"the logical next step was", "Umerov confirmed the swap and said the logical next step was a meeting of the two presidents.",
			[]want{{"ukraine", Demand, "a meeting of the two presidents"}}},
		{"a preference that remains, over an aside", "Zelensky spoke. Kyiv's own preference, he said, remains to freeze the fighting along the current line of contact.",
			[]want{{"ukraine", Demand, "freeze the fighting along the current line of contact"}}},
		{"according to a text, over a relative clause, a side wants", "Russia presented a memorandum. According to the text, which state news agencies put out several hours later, Moscow wants Ukrainian forces to withdraw from the four regions.",
			[]want{{"russia", Demand, "Ukrainian forces to withdraw from the four regions"}}},
		{"an offer as long as a condition holds", "Zelenskiy said Ukraine would give up its bid to join NATO as long as the United States and European allies provide legally binding security guarantees.",
			[]want{{"ukraine", Proposal, "give up its bid to join NATO as long as the United States and European allies provide legally binding security guarantees"}, {"ukraine", Demand, "the United States and European allies provide legally binding security guarantees"}}},
		{"it was for a party to decide", "In a joint statement, the leaders of France and Germany said it was for Ukraine to decide on its territory, that international borders must not be changed by force.",
			[]want{{"europe", Demand, "Ukraine to decide on its territory"}, {"europe", Demand, "international borders must not be changed by force"}}},
		{"their return, after a list of children", "The Ukrainian side also handed over a list of several hundred children it says were deported to Russia, and demanded their return.",
			[]want{{"ukraine", Demand, "the return of several hundred children"}}},
		{"them, after a list of children", "The Ukrainian side handed over a list of 339 children it says were deported to Russia and called for every one of them to be returned.",
			[]want{{"ukraine", Demand, "every one of 339 children to be returned"}}},
		{"a claim about them is no demand for them", "Medinsky denied that any children had been abducted, insisting they had been evacuated from a war zone.",
			nil},
		{"he who speaks in an aside is who 'he' is next", "Umerov spoke. The Russian paper, he told reporters, demanded that Ukraine pull its troops out of four regions. He also handed the Russian side a list of several hundred children, and asked that they be returned.",
			[]want{{"russia", Demand, "Ukraine to pull its troops out of four regions"}, {"ukraine", Demand, "several hundred children be returned"}}},
		{"which it regards as a condition", "Umerov said Kyiv had also raised the return of Ukrainian children deported to Russia, which it regards as a condition of any lasting peace.",
			[]want{{"ukraine", Demand, "the return of Ukrainian children deported to Russia"}}},
		{"had to, with the speaker in an aside", "Putin spoke. Any lasting settlement, he repeated, had to remove the root causes of the conflict.",
			[]want{{"russia", Demand, "Any lasting settlement had to remove the root causes of the conflict"}}},
		{"at least a number, exchanged", "Russia and Ukraine met. The sides will exchange at least 1,200 prisoners each, Medinsky said.",
			[]want{{"russia", Agreement, "at least 1,200 prisoners each"}}},
		{"wants A, wants B, and wants C", "Kallas spoke. Russia, she said, wants Ukraine to give up territory, wants Europe to lift sanctions without getting anything in return, and wants a Ukrainian army too small to deter the next invasion.",
			[]want{{"russia", Demand, "Ukraine to give up territory"}, {"russia", Demand, "Europe to lift sanctions without getting anything in return"}, {"russia", Demand, "a Ukrainian army too small to deter the next invasion"}}},
		{"a second verb after a comma with a subject of its own", "Kyiv wants the guns to fall silent first, while Moscow, if the reports are accurate, wants territory settled first.",
			[]want{{"ukraine", Demand, "the guns to fall silent first"}, {"russia", Demand, "territory settled first"}}},
		{"it ..., and it", "The Rada passed a resolution. It demands that Russia return every Ukrainian child deported to its territory, and it calls on Ukraine's partners to impose tougher sanctions on Moscow.",
			[]want{{"ukraine", Demand, "Russia to return every Ukrainian child deported to its territory"}, {"ukraine", Demand, "Ukraine's partners to impose tougher sanctions on Moscow"}}},
		{"insisting on what did not hold is a position", "Kyiv insisted the Black Sea deal did not depend on any easing of sanctions.",
			[]want{{"ukraine", Demand, "the Black Sea deal did not depend on any easing of sanctions"}}},
		{"had to, with a conditional clause and an aside first", "Zelensky spoke. If Russia kept refusing a ceasefire, he argued, Europe and the United States had to answer with tougher sanctions.",
			[]want{{"ukraine", Demand, "Europe and the United States had to answer with tougher sanctions"}}},
		{"remain the main precondition", "A spokeswoman for the European Commission said the unconditional withdrawal of all Russian forces and the end of the aggression remain the main precondition for lifting sanctions.",
			[]want{{"europe", Demand, "the unconditional withdrawal of all Russian forces"}, {"europe", Demand, "the end of the aggression"}}},
		{"could only work, over an aside, if", "Putin spoke. A full ceasefire could only work, Putin told Trump last week, if foreign military aid to Kyiv were halted.",
			[]want{{"russia", Demand, "foreign military aid to Kyiv were halted"}}},
		{"only once, over an aside", "Ukraine would hold elections, the Ukrainian leader added, only once a ceasefire is in force and the guarantees are signed.",
			[]want{{"ukraine", Demand, "a ceasefire is in force"}, {"ukraine", Demand, "the guarantees are signed"}}},
		{"whose return it insists on", "Kyiv handed over a list of 339 deported Ukrainian children whose return it insists on, and proposed holding the next meeting in June.",
			[]want{{"ukraine", Demand, "the return of 339 deported Ukrainian children"}, {"ukraine", Proposal, "holding the next meeting in June"}}},
		{"a side's document provides for points, after its memorandum", "Russia handed over its memorandum. The Russian document provides, among other things, for:\n\n- the international legal recognition of Crimea as part of Russia;\n- the neutral status of Ukraine.",
			[]want{{"russia", Demand, "the international legal recognition of Crimea as part of Russia"}, {"russia", Demand, "the neutral status of Ukraine"}}},
		{"the ceasefire Kyiv keeps calling for", "Medinsky offered a two- to three-day truce in certain sections of the front, well short of the full, unconditional ceasefire Kyiv keeps calling for.",
			[]want{{"russia", Proposal, "a two- to three-day truce in certain sections of the front"}, {"ukraine", Demand, "unconditional ceasefire"}}},
		{"no longer something a side is asking for", "The White House had set Friday as the date for Kyiv's answer; the deadline is no longer something Washington is asking for.",
			nil},
		{"agreed on what a statement called a framework", "Russia and Ukraine met. By Sunday night the two delegations had agreed on what a joint statement called an \"updated and refined peace framework\".",
			[]want{{"russia", Agreement, "an \"updated and refined peace framework\""}}},
		{"agreed, in someone's words, on a share", "By the end of the talks Washington and Kyiv had agreed, in Mr Zelensky's words, about 90 per cent of the 20-point framework.",
			[]want{{"us", Agreement, "about 90 per cent of the 20-point framework"}}},
		{"what the two sides had settled", "The US and Ukraine met. The two sides, the official added, had settled about 90 per cent of the issues in the 20-point framework.",
			[]want{{"ukraine", Agreement, "about 90 per cent of the issues in the 20-point framework"}}},
		{"a promise to meet again", "Russia and Ukraine met. Two days of trilateral talks in Abu Dhabi ended on Thursday with a promise to meet again and little else.",
			[]want{{"russia", Agreement, "meet again and little else"}}},
		{"terms of three clauses, each with would", "Russia handed over its memorandum. It sets out two routes to a ceasefire. Under the second, Kyiv would halt mobilisation, Western weapons deliveries would stop, and Ukraine would hold elections after lifting martial law.",
			[]want{{"russia", Demand, "Kyiv to halt mobilisation"}, {"russia", Demand, "Western weapons deliveries would stop"}, {"russia", Demand, "Ukraine to hold elections after lifting martial law"}}},
		{"a text that ends 'the week before'", "Russia and Ukraine met in Riyadh. Both had also agreed to develop measures for implementing the moratorium on strikes against energy facilities that Trump and Putin had discussed the week before.",
			[]want{{"russia", Agreement, "develop measures for implementing the moratorium on strikes against energy facilities that Trump and Putin had discussed the week before"}}},
		{"raised the return of, with a comment on which", "At the table, Umerov raised the return of the deported children, on which Moscow has so far given nothing.",
			[]want{{"ukraine", Demand, "the return of the deported children"}}},
		{"said afterwards that a side had to", "France's Emmanuel Macron said afterwards that Moscow had to agree to a full truce.",
			[]want{{"europe", Demand, "Moscow had to agree to a full truce"}}},
		{"pledged, a time and a place before the infinitive", "Britain and France pledged last week in London to deploy a reassurance force once the guns fall silent.",
			[]want{{"europe", Proposal, "deploy a reassurance force once the guns fall silent"}}},
		{"a goal is for a side to V and to accept, over a long aside", "Moscow's true goal, Zelensky told a press conference in Kyiv on Friday, is for Ukraine to give up Donetsk and to accept a smaller army.",
			[]want{{"russia", Demand, "Ukraine to give up Donetsk and to accept a smaller army"}}},
		{"its key passage: the quote is the statement's reader's", "The Russian statement went on:\n\n\"We offered short truces.\"\n\nKyiv's chief negotiator, Rustem Umerov, who now runs the security council, read a shorter text. Its key passage:\n\n\"We demanded a full ceasefire.\"",
			[]want{{"russia", Proposal, "short truces"}, {"ukraine", Demand, "a full ceasefire"}}},
		{"stressing, after a main clause whose subject is a paper", "Ukraine spoke first. A European counter-draft proposed a truce along the line of contact, stressing that borders must not be changed by force.",
			[]want{{"europe", Proposal, "a truce along the line of contact"}, {"europe", Demand, "borders must not be changed by force"}}},
		{"only after A and after B", "Moscow said the grain corridor would reopen only after the sanctions on its farm bank were lifted and after the bank was plugged back into Swift.",
			[]want{{"russia", Demand, "the sanctions on its farm bank were lifted"}, {"russia", Demand, "the bank was plugged back into Swift"}}},
		{"which in turn wants", "Moscow tabled its memorandum, according to Kyiv, which in turn wants the return of the children taken to Russia.",
			[]want{{"ukraine", Demand, "the return of the children taken to Russia"}}},
		{"the ceasefire a side has sought since", "Russia offered a pause of two days, a far cry from the lasting ceasefire Kyiv has sought since the spring.",
			[]want{{"russia", Proposal, "a pause of two days"}, {"ukraine", Demand, "the lasting ceasefire"}}},
		{"an object, an aside, then its infinitive", "Russia's memorandum requires Ukraine, according to Kyiv, to give up four regions.",
			[]want{{"russia", Demand, "Ukraine to give up four regions"}}},
		{"and a side's officials then reject it", "Moscow wants Ukraine to leave the Donbas, and Ukrainian officials rejected the demand as an ultimatum.",
			[]want{{"russia", Demand, "Ukraine to leave the Donbas"}, {"ukraine", Rejection, "the demand as an ultimatum"}}},
		{"an offer that stands only as long as", "The White House put forward guarantees modelled on Article 5, and made clear the offer would stand only as long as Kyiv accepted the wider deal.",
			[]want{{"us", Proposal, "guarantees modelled on Article 5"}, {"us", Demand, "Kyiv accepted the wider deal"}}},
		{"asked what a side should do, a quoted order", "Asked on a podcast what Kyiv should do next, Rubio said: \"Sign the framework.\"",
			[]want{{"us", Demand, "Kyiv to sign the framework"}}},
		{"asked whether a side must: a question, no position", "Asked whether Ukraine must give up the Donbas, Rubio said that was for the two sides to settle.",
			nil},
		{"a plan's points after semicolons", "The US plan proposes that Ukraine leave the Donbas, which would become a neutral zone; that its army be capped at 600,000; and that it stay out of NATO.",
			[]want{{"us", Proposal, "Ukraine to leave the Donbas"}, {"us", Proposal, "its army be capped at 600,000"}, {"us", Proposal, "stay out of NATO"}}},
		{"semicolons between clauses of their own", "US envoys floated a deal under which the plant's power would be shared; Washington and Kyiv have drafted a reconstruction fund; and Kirill Dmitriev, the Kremlin's envoy, has pressed for sanctions relief.",
			[]want{{"us", Proposal, "a deal under which the plant's power would be shared"}, {"russia", Demand, "sanctions relief"}}},
		{"semicolon items that open on a noun cue and hold 'it says'", "Kyiv came with its own list. It wants a halt to strikes on power plants, after a winter of blackouts; the return of the children it says were taken to Russia; and guarantees ratified by Congress.",
			[]want{{"ukraine", Demand, "a halt to strikes on power plants"}, {"ukraine", Demand, "the return of the children it says were taken to Russia"}, {"ukraine", Demand, "guarantees ratified by Congress"}}},
		{"a side's own list, and a list of what a deal covers", "Moscow wants all of Donbas. Kyiv's own list is shorter: a ceasefire on the current line, guarantees ratified by Congress, and an end to strikes on the grid.",
			[]want{{"russia", Demand, "all of Donbas"}, {"ukraine", Demand, "a ceasefire on the current line"}, {"ukraine", Demand, "guarantees ratified by Congress"}, {"ukraine", Demand, "an end to strikes on the grid"}}},
		{"a list of the sites a pause covers is no side's demand", "The Kremlin published the Kremlin's list of sites covered by the pause: refineries, pipelines, power plants and dams.",
			nil},
		{"proposed that two meet and again pressed for", "Ukraine's team proposed that the two presidents meet in August and again pressed for the release of all civilians.",
			[]want{{"ukraine", Proposal, "the two presidents meet in August"}, {"ukraine", Demand, "the release of all civilians"}}},
		{"ruled out something unless it was done", "Peskov ruled out a summit unless it was held to sign a finished treaty.",
			[]want{{"russia", Rejection, "a summit"}, {"russia", Demand, "a summit was held to sign a finished treaty"}}},
		{"a side's ships would count as a breach", "Zelensky warned that Russian warships sailing west of Odesa would count as a breach of the deal.",
			[]want{{"ukraine", Demand, "no Russian warships sailing west of Odesa"}}},
		{"would be treated as a breach, over an aside", "Any movement of Russian warships out of the eastern Black Sea, Umerov said, would be treated as a violation.",
			[]want{{"ukraine", Demand, "no movement of Russian warships out of the eastern Black Sea"}}},
		{"either A, or a side will take it by force", "Putin put it bluntly: either Kyiv's forces pull out of Donetsk, or Russia will take the region by force.",
			[]want{{"russia", Demand, "Kyiv's forces pull out of Donetsk"}}},
		{"either A or B, no threat", "Either the talks resume in Geneva, or Russia will host them in Moscow.",
			nil},
		{"ready to, if, and only if,", "Kyiv is ready to shelve its NATO bid if, and only if, Washington signs binding guarantees.",
			[]want{{"ukraine", Proposal, "shelve its NATO bid"}, {"ukraine", Demand, "Washington signs binding guarantees"}}},
		{"a side's reply was conditional:", "Kyiv's reply was conditional: if its troops pulled back, Russian forces should pull back as well.",
			[]want{{"ukraine", Demand, "Russian forces to pull back as well"}}},
		{"could come only with a settlement", "Ushakov said a truce could come only with a comprehensive settlement.",
			[]want{{"russia", Demand, "a comprehensive settlement"}}},
		{"dealt only with: no condition", "The State Department said the talks dealt only with the running of the two embassies.",
			nil},
		{"the idea a side first floated", "Kyiv asked for a month-long truce on land and sea, the idea Washington first floated in Jeddah.",
			[]want{{"ukraine", Demand, "a month-long truce on land and sea"}, {"us", Proposal, "a month-long truce on land and sea"}}},
		{"an idea a side offered to help with is no proposal of that idea", "Iran's uranium could be shipped abroad, an idea Russia has offered to help with.",
			nil},
		{"tied X to Y", "The Kremlin tied the shipping deal to the lifting of sanctions on its farm bank.",
			[]want{{"russia", Demand, "the lifting of sanctions on its farm bank"}}},
		{"a bank linked to a side: no demand", "A bank linked to the Kremlin was named in the report.",
			nil},
		{"a force led by one side and backed by another, one proposal", "European leaders proposed a protection force, led by Britain and France and backed by the United States.",
			[]want{{"europe", Proposal, "a protection force, led by Britain and France and backed by the United States"}}},
		{"A, along with B", "Kyiv wants every deported child returned, along with the release of civilians held in Russian jails.",
			[]want{{"ukraine", Demand, "every deported child returned"}, {"ukraine", Demand, "the release of civilians held in Russian jails"}}},
		{"A, along a line: one item", "Kyiv proposed that both armies stop where they stand, along the current line.",
			[]want{{"ukraine", Proposal, "both armies stop where they stand, along the current line"}}},
		{"was ruled out, said by a side", "Peskov told reporters that a leaders' summit this year was ruled out.",
			[]want{{"russia", Rejection, "a leaders' summit this year"}}},
		{"the two sides' positions were opposed: no rejection", "Medinsky said the two sides' positions were diametrically opposed.",
			nil},
		{"the ceasefire that a side had come for", "The first round broke up without the ceasefire that Kyiv had come for.",
			[]want{{"ukraine", Demand, "the ceasefire"}}},
		{"the truce a side's officials had pushed for, across a front", "Talks ended without a truce across the whole front Ukrainian officials had pushed for.",
			[]want{{"ukraine", Demand, "a truce across the whole front"}}},
		{"a quote's comma, then 'and' goes on", "Zelensky said Ukraine needs guarantees \"as strong as Article 5,\" and a ceasefire before any talk of borders.",
			[]want{{"ukraine", Demand, "guarantees \"as strong as Article 5,\" and a ceasefire before any talk of borders"}}},
		{"having spent months insisting: a stance left behind", "Having spent months insisting that a truce must come first, Trump wrote on Sunday that a settlement was the better path.",
			nil},
		{"insisted that A rather than a figure, that B, and that C", "European governments insisted that the army cap be 800,000 rather than the 600,000 of the US draft, that talks start from the line of contact, and that NATO keep its door open.",
			[]want{{"europe", Demand, "the army cap be 800,000"}, {"europe", Demand, "talks start from the line of contact"}, {"europe", Demand, "NATO keep its door open"}}},
		{"X had been a side's central demand, a preposition in X", "A truce before any talks had been Kyiv's central demand since the spring.",
			[]want{{"ukraine", Demand, "A truce before any talks"}}},
		{"with someone saying, as late as a day, that", "European capitals backed Kyiv, with Merz saying as late as Wednesday that a truce had to come first.",
			[]want{{"europe", Demand, "a truce had to come first"}}},
		{"nobody should expect: a forecast", "Peskov said nobody should expect a miraculous breakthrough.",
			nil},
		{"would have to be studied: no answer yet", "Putin said the idea of a pause in strikes would have to be studied.",
			nil},
		{"only after A, over an apposition and a list, and after B", "The Kremlin said the deal would start only after sanctions were lifted on Rosselkhozbank, the farm lender, and on other banks in the grain trade, and after those banks were plugged back into Swift.",
			[]want{{"russia", Demand, "sanctions were lifted on Rosselkhozbank, the farm lender, and on other banks in the grain trade"}, {"russia", Demand, "those banks were plugged back into Swift"}}},
		{"What each side wants, then a side's label and its points", "Talks resume on Monday.\n\nWhat each side wants\n\nRussia:\n- All of the Donetsk region\n- No Western troops in Ukraine\n\nUkraine:\n- A ceasefire on the current line\n- The return of deported children",
			[]want{{"russia", Demand, "All of the Donetsk region"}, {"russia", Demand, "No Western troops in Ukraine"}, {"ukraine", Demand, "A ceasefire on the current line"}, {"ukraine", Demand, "The return of deported children"}}},
		{"would be a violation of the deal", "Zelensky said any movement of Russian warships west of Crimea would be a violation of the deal.",
			[]want{{"ukraine", Demand, "no movement of Russian warships west of Crimea"}}},
		{"raised the fate of", "Umerov raised the fate of the children deported to Russia.",
			[]want{{"ukraine", Demand, "the fate of the children deported to Russia"}}},
		{"proposed that A, and that a side continued to seek B", "Umerov said his side had proposed that the presidents meet in August, and that Kyiv still wanted a full ceasefire.",
			[]want{{"ukraine", Proposal, "the presidents meet in August"}, {"ukraine", Demand, "a full ceasefire"}}},
		{"asked X not to V, and X had agreed", "Trump said he had asked Putin not to strike Kyiv for a week during the cold, and that Putin had agreed.",
			[]want{{"us", Demand, "Putin not to strike Kyiv for a week during the cold"}, {"russia", Agreement, "Putin not to strike Kyiv for a week during the cold"}}},
		{"asked, and agreed in the next sentence", "Kyiv asked Moscow to return the bodies of 900 soldiers. Russia accepted.",
			[]want{{"ukraine", Demand, "Moscow to return the bodies of 900 soldiers"}, {"russia", Agreement, "Moscow to return the bodies of 900 soldiers"}}},
		{"two sides would resume", "Witkoff said Washington and Moscow would resume military-to-military dialogue.",
			[]want{{"us", Agreement, "resume military-to-military dialogue"}}},
		{"agreed, by their own account, only to", "Trump met Putin in Anchorage. The two men agreed, by their own account, only to keep talking.",
			[]want{{"russia", Agreement, "keep talking"}}},
		{"waiting for a side to V", "A Russian diplomat said Moscow was still waiting for Kyiv to accept the new borders.",
			[]want{{"russia", Demand, "Kyiv to accept the new borders"}}},
		{"in a side's view, a must until", "Moscow wants relief first; in Kyiv's view the sanctions must stay until the war is over.",
			[]want{{"russia", Demand, "relief first"}, {"ukraine", Demand, "the war is over"}}},
		{"under the second, an option's apposition, then the terms", "Russia handed over its memorandum. Under the second, a \"package\" option, Kyiv halts mobilisation and holds elections within 100 days.",
			[]want{{"russia", Demand, "Kyiv halts mobilisation and holds elections within 100 days"}}},
		{"it was for a side, over an aside, to decide", "European leaders met in Paris. It was for Ukraine, they added, to take decisions on its own land.",
			[]want{{"europe", Demand, "Ukraine to take decisions on its own land"}}},
		{"two sides emerged with what they called a framework, then a participle", "American and Ukrainian officials emerged from talks in Geneva with what they called a refined peace framework, trimming the US plan to 19 points.",
			[]want{{"us", Agreement, "a refined peace framework"}}},
		{"a comment that opens with 'one that'", "Moscow wants a durable peace, one that removes the root causes of the war.",
			[]want{{"russia", Demand, "a durable peace"}}},
		{"rejected their call, with the speakers in an aside", "The Kremlin, Ukrainian negotiators said, rejected their call for a month-long truce.",
			[]want{{"russia", Rejection, "their call for a month-long truce"}, {"ukraine", Demand, "a month-long truce"}}},
		{"the best way is to: the route proposed and held out for, without its contrast", "Trump wrote that the best way to end the war was to go directly to a peace agreement rather than a mere ceasefire.",
			[]want{{"us", Proposal, "go directly to a peace agreement rather than a mere ceasefire"}, {"us", Demand, "go directly to a peace agreement"}}},
		{"a participle of writing reports its clause's subject", "After Alaska, Mr Trump abandoned that demand, writing that the best way to end the war was to go directly to a peace agreement.",
			[]want{{"us", Proposal, "go directly to a peace agreement"}, {"us", Demand, "go directly to a peace agreement"}}},
		{"the president is the first President named, not the one named last", "President Donald Trump met Vladimir Putin in Alaska. Russian President Vladimir Putin spoke first. Afterward, the president said the United States wanted a ceasefire.",
			[]want{{"us", Demand, "a ceasefire"}}},
		{"he after an opening phrase is the subject, not the leaders named in it", "Trump had demanded a truce. By Saturday, after a call with Zelensky and several European leaders, he had dropped it. He said Kyiv must now make a deal.",
			[]want{{"us", Demand, "Kyiv to now make a deal"}}},
		{"told reporters as an aside: the judged subject without it", "The European plan, Kremlin aide Yuri Ushakov told reporters, was \"completely unconstructive\".",
			[]want{{"russia", Rejection, "The European plan was completely unconstructive"}}},
		{"an opening phrase goes with the aside", "Ushakov spoke about the European text. At first glance, he said, it was unacceptable.",
			[]want{{"russia", Rejection, "it was unacceptable"}}},
		{"no deal until there is a deal sets no condition", "\"There's no deal until there's a deal,\" Trump said after the summit.",
			nil},
		{"its after a sentence about a side's position", "The substance of the Russian position has not shifted since June. Its memorandum, delivered at the second round, demanded that Ukraine withdraw from four regions.",
			[]want{{"russia", Demand, "Ukraine to withdraw from four regions"}}},
		{"a side's version is an account, not its terms", "Zelensky's version was broader. He said the Americans had told him Russia had accepted a pause, and he offered to reciprocate: Ukraine would not hit Russian refineries if Russia spared Ukraine's.",
			[]want{{"russia", Agreement, "a pause"}, {"ukraine", Proposal, "Ukraine to not hit Russian refineries"}, {"ukraine", Demand, "Russia spared Ukraine's"}}},
		{"wants X to A, accept B, and C: one list of what X is to do", "Russia wants Kyiv to renounce NATO membership, accept a limit on its army, and hold new elections.",
			[]want{{"russia", Demand, "Kyiv to renounce NATO membership"}, {"russia", Demand, "Kyiv to accept a limit on its army"}, {"russia", Demand, "Kyiv to hold new elections"}}},
		{"a list of what a side wants ends before ', and no one could'", "What Russia wants, he told journalists, is for Ukraine to disarm itself, give away its land and then go to elections, and no Ukrainian government could ever sign that.",
			[]want{{"russia", Demand, "Ukraine to disarm itself"}, {"russia", Demand, "Ukraine to give away its land"}, {"russia", Demand, "go to elections"}}},
		{"requests, a speech aside, then a colon and the list", "Kyiv came with three requests, he told reporters: a halt to strikes on energy infrastructure, a new all-for-all exchange of prisoners, and the return of children.",
			[]want{{"ukraine", Demand, "a halt to strikes on energy infrastructure"}, {"ukraine", Demand, "a new all-for-all exchange of prisoners"}, {"ukraine", Demand, "the return of children"}}},
		{"asked about conditions, the speaker's quote after a colon is no condition", "Asked about the Russian conditions, Trump said: \"We're looking at all of them.\"",
			nil},
		{"repeating that: a participle that reports, after a rejection", "Zelensky ruled out any withdrawal, repeating that the fighting should stop along the current front line.",
			[]want{{"ukraine", Rejection, "any withdrawal"}, {"ukraine", Demand, "the fighting should stop along the current front line"}}},
		{"either the threat, over an aside, or the demand", "Putin has been blunt. Either Russian forces take the Donbas by force of arms, he said this month, or Ukrainian troops leave it.",
			[]want{{"russia", Demand, "Ukrainian troops to leave the Donbas"}}},
		{"raised, over an aside, the release of", "Ukraine also raised, as a separate item, the release of civilians held in Russian captivity.",
			[]want{{"ukraine", Demand, "the release of civilians held in Russian captivity"}}},
		{"according to a speaker, possible only if", "According to Putin, a lasting settlement is possible only if all the root causes of the crisis are eliminated.",
			[]want{{"russia", Demand, "all the root causes of the crisis are eliminated"}}},
		{"listed three further conditions: a list after the colon", "Moscow listed three further conditions: an end to restrictions on port services, an end to limits on trade finance.",
			[]want{{"russia", Demand, "an end to restrictions on port services, an end to limits on trade finance"}}},
		{"according to a side's readout, a truce would require", "According to the Kremlin's readout, a full truce would require a complete halt to foreign military aid and a stop to mobilisation in Ukraine.",
			[]want{{"russia", Demand, "a complete halt to foreign military aid"}, {"russia", Demand, "a stop to mobilisation in Ukraine"}}},
		{"and what a side wants above all, over an aside, is", "Its negotiators insisted on talks from the line of contact, and what Ukraine wants above all, Zelensky said in an address, is security guarantees that actually work.",
			[]want{{"ukraine", Demand, "talks from the line of contact"}, {"ukraine", Demand, "security guarantees that actually work"}}},
		{"a reply that a must comes past a condition", "Zelensky's reply was that if Ukrainian troops pull back, Russian troops must pull back the same distance.",
			[]want{{"ukraine", Demand, "Russian troops to pull back the same distance"}}},
		{"the Russian side's answer is that X is possible only as part of Y", "The Russian side's answer is that an energy truce is possible only as part of a comprehensive settlement.",
			[]want{{"russia", Demand, "an energy truce is possible only as part of a comprehensive settlement"}}},
		{"an interview's question: their is the other side of the one asked", "Umerov: We agreed on another exchange.\n\nQ: Their June memorandum still asks your troops to leave four regions.\n\nUmerov: They also offered to hand over three thousand more bodies.",
			[]want{{"ukraine", Agreement, "another exchange"}, {"russia", Demand, "your troops to leave four regions"}, {"russia", Proposal, "hand over three thousand more bodies"}}},
		{"a statement's aside with a dashed compound of its authors", "Sovereignty, the joint US–Ukrainian statement said, must be fully upheld in any final agreement.",
			[]want{{"ukraine", Demand, "Sovereignty must be fully upheld in any final agreement"}}},
		{"they don't raise it any more gives up the demand before", "Russia insisted that the Americans be kept out of the room. Russia doesn't raise it any more.",
			nil},
		{"had to come first, with the speaker after it", "German Chancellor Friedrich Merz spoke. A ceasefire had to come first, the Chancellor said after a video call.",
			[]want{{"europe", Demand, "A ceasefire had to come first"}}},
		{"narrative had to, with the speaker after it, is no demand", "Ukrainian troops had to retreat from the village, officers said.",
			nil},
		{"the noun a side had wanted covered", "Kyiv welcomed the energy deal. The list did not include the wider civilian infrastructure that Kyiv had wanted covered as well.",
			[]want{{"ukraine", Demand, "the wider civilian infrastructure covered as well"}}},
		{"any movement would break the deal", "Kyiv says any movement of Russian warships to the west would break the deal.",
			[]want{{"ukraine", Demand, "no movement of Russian warships to the west"}}},
		{"an if-clause's party is not the he of the aside after it", "Umerov spoke. If the Kremlin kept refusing a truce, he said, Kyiv wanted strong sanctions on Russian banks.",
			[]want{{"ukraine", Demand, "strong sanctions on Russian banks"}}},
		{"a side could act unless: a threat whose condition is its demand", "Putin said Russia could cut Ukraine off from the sea altogether unless the attacks on the tankers stopped.",
			[]want{{"russia", Demand, "the attacks on the tankers stopped"}}},
		{"a side would act if the other refused to: that the other not refuse", "Putin said Russian forces would keep advancing if Kyiv refused to engage with the plan.",
			[]want{{"russia", Demand, "Kyiv to engage with the plan"}}},
		{"a side will not sign unless stays a refusal's condition", "Kyiv said it will not sign anything unless Russia withdraws.",
			[]want{{"ukraine", Demand, "Russia withdraws"}}},
		{"accept it: the plan named before", "Washington's 28-point plan was leaked. Putin said Kyiv should accept it.",
			[]want{{"russia", Demand, "Kyiv to accept Washington's 28-point plan"}}},
		{"engage with it, in a threat: the plan named in the sentence before", "Putin said the American draft could form the basis of a settlement. If Kyiv refused to engage with it, he said, Russian forces would keep advancing.",
			[]want{{"russia", Demand, "Kyiv to engage with the American draft"}}},
		{"came with it is no plan taken", "Kyiv studied the text. It would drop its NATO bid only if Western guarantees came with it.",
			nil},
		{"will help restore: a commitment of a deal as much as an offer", "Washington said it would also help restore Russia's access to world markets for farm exports.",
			[]want{{"us", Proposal, "help restore Russia's access to world markets for farm exports"}, {"us", Agreement, "help restore Russia's access to world markets for farm exports"}}},
		{"agreed at hyphenated talks to", "Russian and Ukrainian delegations agreed at U.S.-brokered three-way talks in Abu Dhabi to exchange 314 prisoners.",
			[]want{{"russia", Agreement, "exchange 314 prisoners"}}},
		{"two sides would restore", "Witkoff said Washington and Moscow would restore a line of dialogue.",
			[]want{{"us", Agreement, "restore a line of dialogue"}}},
		{"remained one of the cornerstones of any deal", "Ukraine's non-aligned status, Dmitry Peskov added, remained one of the cornerstones of any deal for Moscow.",
			[]want{{"russia", Demand, "Ukraine's non-aligned status"}}},
		{"he came with requests rather than rhetoric: the list", "Zelensky spoke at the UN. He closed with requests rather than rhetoric: security guarantees, and an end to the purchases of Russian oil.",
			[]want{{"ukraine", Demand, "security guarantees"}, {"ukraine", Demand, "an end to the purchases of Russian oil"}}},
		{"a Commission spokesperson speaks for Europe", "A Commission spokesperson said the main precondition for lifting sanctions was the withdrawal of Russian forces.",
			[]want{{"europe", Demand, "the withdrawal of Russian forces"}}},
		{"warned X and the Y not to", "Putin warned Kyiv and the European capitals not to throw a spanner in the works.",
			[]want{{"russia", Demand, "Kyiv and the European capitals not to throw a spanner in the works"}}},
		{"a condition no one expects a side to meet is nobody's demand", "The precondition was the withdrawal of Russian forces, a condition no one in Brussels expects Moscow to meet soon.",
			nil},
		{"when-clause first: the came-with list is the main clause's subject's", "When Zelensky flew to Washington, the Europeans came with two requests: that any settlement include security guarantees, and that a trilateral meeting follow quickly.",
			[]want{{"europe", Demand, "any settlement include security guarantees"}, {"europe", Demand, "a trilateral meeting follow quickly"}}},
		{"an option would have a side do", "Russia handed over its memorandum. The second, a so-called package option, would have Kyiv halt mobilisation and stop receiving Western arms.",
			[]want{{"russia", Demand, "Kyiv to halt mobilisation"}, {"russia", Demand, "Kyiv to stop receiving Western arms"}}},
		{"a side would have no choice is no demand", "Zelensky said Ukraine would have Russia pay for the damage one day.",
			nil},
		{"a when-clause that dates the earlier position set against this one", "It is a position much closer to Moscow's than the one he held in the spring, when Washington pressed both sides to accept a thirty-day truce.",
			nil},
		{"which for years demanded, then dropped", "Kyiv, which for years demanded an invitation to join the alliance, has not dropped that position lightly.",
			nil},
		{"has for years demanded still holds", "Kyiv has for years demanded an invitation to join the alliance.",
			[]want{{"ukraine", Demand, "an invitation to join the alliance"}}},
		{"the best way rather than a ceasefire gives up the speaker's ceasefire", "Before the summit Trump demanded that Putin agree to halt the fighting. Trump posted that the best way to end the war is to go directly to a peace agreement rather than a ceasefire.",
			[]want{{"us", Proposal, "go directly to a peace agreement rather than a ceasefire"}, {"us", Demand, "go directly to a peace agreement"}}},
		{"another's claim that a side could act is no offer", "Zelensky, Trump posted, could end the war almost immediately if he wanted to.",
			nil},
		{"a share of the issues settled is an agreement", "American officials said afterwards that roughly 90 per cent of the issues between Washington and Kyiv had been settled.",
			[]want{{"us", Agreement, "roughly 90 per cent of the issues between Washington and Kyiv had been settled"}}},
		{"a text so many percent agreed", "By Sunday, Trump and Zelensky were saying the 20-point framework was about ninety percent agreed.",
			[]want{{"us", Agreement, "the 20-point framework was about ninety percent agreed"}}},
		{"a share not agreed is no agreement", "Officials said not even 50 per cent of the text had been agreed.",
			nil},
		{"committed to help restore: the commitment too", "Washington further committed to help restore Russia's access to the world market for farm exports.",
			[]want{{"us", Proposal, "help restore Russia's access to the world market for farm exports"}, {"us", Agreement, "help restore Russia's access to the world market for farm exports"}}},
		{"asked for three things, then First, Second, Third", "By Andrii Sybiha, Minister of Foreign Affairs of Ukraine\n\nWe asked for three things, none of them new. First, a full ceasefire of at least 30 days. Second, the return of the children Russia has taken. Third, a meeting between Zelenskyy and Putin.",
			[]want{{"ukraine", Demand, "a full ceasefire of at least 30 days"}, {"ukraine", Demand, "the return of the children Russia has taken"}, {"ukraine", Demand, "a meeting between Zelenskyy and Putin"}}},
		{"pushed for two things: the list", "Kyiv's team pushed for two things: an immediate ceasefire, and a sit-down between Zelenskyy and Putin.",
			[]want{{"ukraine", Demand, "an immediate ceasefire"}, {"ukraine", Demand, "a sit-down between Zelenskyy and Putin"}}},
		{"a writer who wants to explain states no position", "Zelensky wrote that he wanted to explain plainly what Ukraine asked for, and to acknowledge the progress honestly.",
			nil},
		{"each side would set out its vision: what both agreed", "Medinsky said each side would now set out in detail, on paper, its own vision of a possible future ceasefire.",
			[]want{{"russia", Agreement, "set out in detail, on paper, its own vision of a possible future ceasefire"}}},
		{"a side, according to its own statement, will help", "Washington, according to its statement on the Russian track, will help restore Russia's access to world markets for farm produce.",
			[]want{{"us", Proposal, "help restore Russia's access to world markets for farm produce"}, {"us", Agreement, "help restore Russia's access to world markets for farm produce"}}},
		{"a statement adds that a side would help", "The statement added that the United States would help restore Russia's access to world markets.",
			[]want{{"us", Proposal, "help restore Russia's access to world markets"}, {"us", Agreement, "help restore Russia's access to world markets"}}},
		{"a side's claim that another would act is no offer", "Zelensky said that Russia would attack again.",
			nil},
		{"reached an understanding that he hoped would: the understanding", "Putin said the two men had reached an \"understanding\" that he hoped would open the way to peace.",
			[]want{{"russia", Agreement, "an \"understanding\" that he hoped would open the way to peace"}}},
		{"a pause, which a side had agreed to: the pause agreed", "A one-week pause in Russian strikes on Kyiv, which Trump said Putin had agreed to at his request, expired on Feb. 1.",
			[]want{{"russia", Agreement, "A one-week pause in Russian strikes on Kyiv"}}},
		{"ready to V only once: the offer and its condition", "Zelensky said Ukraine is ready to hold elections only once a ceasefire is in place.",
			[]want{{"ukraine", Proposal, "hold elections"}, {"ukraine", Demand, "a ceasefire is in place"}}},
		{"put three things on the table: the list", "Umerov said his delegation had put three things on the table: a full ceasefire, the return of all prisoners, and a meeting between Zelensky and Putin.",
			[]want{{"ukraine", Proposal, "a full ceasefire"}, {"ukraine", Proposal, "the return of all prisoners"}, {"ukraine", Proposal, "a meeting between Zelensky and Putin"}, {"ukraine", Demand, "a full ceasefire"}, {"ukraine", Demand, "the return of all prisoners"}, {"ukraine", Demand, "a meeting between Zelensky and Putin"}}},
		{"could V, provided X: the offer and its proviso", "Zelenskyy has also said that Ukraine could hold elections within 60 to 90 days, provided its partners can guarantee security during the vote.",
			[]want{{"ukraine", Proposal, "hold elections within 60 to 90 days"}, {"ukraine", Demand, "its partners can guarantee security during the vote"}}},
		{"provided by is no proviso", "Kyiv said it would accept the guarantees, provided by the United States and Europe.",
			[]want{{"ukraine", Agreement, "the guarantees"}}},
		{"ready to V, as long as: the offer without its proviso, and the proviso", "Zelensky said he was ready to give up the bid to join the alliance, as long as the United States and Europe give Ukraine security guarantees as strong as NATO's Article 5.",
			[]want{{"ukraine", Proposal, "give up the bid to join the alliance"}, {"ukraine", Demand, "the United States and Europe give Ukraine security guarantees as strong as NATO's Article 5"}}},
		{"ready to V, over a speech aside, if", "Ukraine is ready to give up its bid to join NATO, the president told reporters, if the United States and Europe give it binding security guarantees.",
			[]want{{"ukraine", Proposal, "give up its bid to join NATO"}, {"ukraine", Demand, "the United States and Europe give it binding security guarantees"}}},
		{"take a place by military means unless they leave it: the place", "Putin said Russia will take Donbas by military means unless Ukrainian troops leave it.",
			[]want{{"russia", Demand, "Ukrainian troops to leave Donbas"}}},
		{"warned that if the understandings were stripped out: keep them", "Sergei Lavrov warned that if the understandings reached in Anchorage were stripped out of the plan, the situation would be fundamentally different.",
			[]want{{"russia", Demand, "the understandings reached in Anchorage"}}},
		{"should X be stripped out, he said: keep X", "Lavrov went further: should the understandings reached at Anchorage be stripped out of the plan, he said, the situation would be different.",
			[]want{{"russia", Demand, "the understandings reached at Anchorage"}}},
		{"if the text lost X: keep X", "Lavrov warned that if the revised text lost the \"spirit and letter\" of the Anchorage understandings, Moscow would see a different situation.",
			[]want{{"russia", Demand, "the \"spirit and letter\" of the Anchorage understandings"}}},
		{"a meeting only made sense at the very end - to sign", "Medinsky spoke. A meeting of the two presidents, he said, only made sense at the very end of the process - to sign an agreement.",
			[]want{{"russia", Demand, "A meeting of the two presidents only made sense at the very end of the process - to sign an agreement"}}},
		{"a leaders' meeting, X countered, should come only to sign", "Kyiv pressed for a summit; a leaders' meeting, Medinsky countered, should come only to sign a finished deal, and his side instead proposed three working groups.",
			[]want{{"ukraine", Demand, "a summit"}, {"russia", Demand, "a leaders' meeting should come only to sign a finished deal"}, {"russia", Proposal, "three working groups"}}},
		{"and its officials: the main clause's subject", "Russia keeps insisting that Ukraine withdraw from Donbas, and its officials have ruled out a freeze along the front.",
			[]want{{"russia", Demand, "Ukraine to withdraw from Donbas"}, {"russia", Rejection, "a freeze along the front"}}},
		{"there can be no settlement without Y", "Ushakov repeated that there can be no long-term settlement without resolving the territorial issue in line with the Anchorage formula.",
			[]want{{"russia", Demand, "resolving the territorial issue in line with the Anchorage formula"}}},
		{"only if they pulled back the same distance is a condition, not a mirror", "Zelensky said Kyiv could consider pulling its troops back from some positions only if Russian forces pulled back the same distance.",
			[]want{{"ukraine", Proposal, "consider pulling its troops back from some positions only if Russian forces pulled back the same distance"}, {"ukraine", Demand, "Russian forces pulled back the same distance"}}},
		{"he is no plural people named before", "Sybiha spoke in Kyiv. The Russians, he said, had handed over a memorandum, and he rejected it as an ultimatum.",
			[]want{{"ukraine", Rejection, "it as an ultimatum"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, extractTexts(t, tt.text)); diff != "" {
				t.Errorf("extract(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestExtractStatementFields(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 6, 2, 18, 0, 0, 0, time.UTC)
	it := Item{ID: "i1", URL: "https://news.example/a", Title: "Sides agree swap", Feed: "Example",
		Published: pub, Content: "Russia and Ukraine agreed to return 6,000 bodies each."}
	got := a.Extract(it)
	if len(got) != 1 {
		t.Fatalf("got %d statements, want 1: %+v", len(got), got)
	}
	want := Statement{Party: "russia", Kind: Agreement, Text: "return 6,000 bodies each",
		Figures:   []Figure{{Value: 6000, Unit: "bodies", Text: "6,000 bodies"}},
		FirstSeen: pub, LastSeen: pub,
		Sources: []Source{{ItemID: "i1", Title: "Sides agree swap", URL: "https://news.example/a", Feed: "Example", Published: pub}}}
	if diff := cmp.Diff(want, got[0]); diff != "" {
		t.Errorf("statement (-want +got):\n%s", diff)
	}
}

// A position taken up again in a later sentence ("Moscow rejected that
// call") keeps the figures of the sentence that stated it, with their text.
func TestFiguresOfEarlierSentence(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	got := a.Extract(Item{ID: "i1", Content: "Kyiv wants a full, unconditional ceasefire, at least 30 days long. " +
		"Moscow rejected that call again on Monday; a general truce, the Russian side argued, would only help Ukraine regroup."})
	kinds := map[Kind]bool{}
	for _, s := range got {
		kinds[s.Kind] = true
		want := []Figure{{Value: 30, Unit: "days", Text: "30 days"}}
		if diff := cmp.Diff(want, s.Figures); diff != "" {
			t.Errorf("%s %s %q: figures (-want +got):\n%s", s.Party, s.Kind, s.Text, diff)
		}
	}
	if !kinds[Demand] || !kinds[Rejection] {
		t.Errorf("got %+v, want Kyiv's demand and Moscow's rejection of it", got)
	}
}

// A subject opened by "no" ("a condition no Ukrainian government could
// meet") once sent the offer reading past the party names, and the panic
// cost the whole item its statements.
func TestOfferSubjectOpenedByNo(t *testing.T) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		t.Fatal(err)
	}
	got := a.ext.extract(Item{ID: "i1", Content: "Moscow wants Kyiv to leave four regions. " +
		"Kyiv rejected that outright as a condition no Ukrainian government could meet; the Kremlin declined to comment."}) // unguarded: a panic fails
	kinds := map[Kind]bool{}
	for _, s := range got {
		kinds[s.Kind] = true
	}
	if !kinds[Demand] || !kinds[Rejection] {
		t.Errorf("got %+v, want Moscow's demand and Kyiv's rejection", got)
	}
}

// checkStatements fails on a statement no reader could use.
func checkStatements(t *testing.T, in string, stmts []Statement, parties map[string]bool) {
	t.Helper()
	for _, s := range stmts {
		words := len(strings.Fields(s.Text))
		if words < 2 || words > maxStatementWords+1 || !utf8.ValidString(s.Text) {
			t.Fatalf("absurd statement %q (%d words) from %q", s.Text, words, in)
		}
		if !parties[s.Party] || s.Kind == "" || len(s.Sources) != 1 {
			t.Fatalf("bad statement %+v from %q", s, in)
		}
		if strings.ContainsAny(s.Text, "<>") {
			t.Fatalf("markup in statement %q", s.Text)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Add(strings.Repeat("Russia demanded that Ukraine withdraw, ", 2000))
	f.Add("<div class=x>Moscow <b>demanded</b> <a href='u'>neutrality</a>, and no NATO</div>")
	f.Add("Россия потребовала нейтралитета Украины.")
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		f.Fatal(err)
	}
	parties := map[string]bool{}
	for _, p := range DefaultTopic().Parties {
		parties[p.ID] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkStatements(t, s, a.ext.extract(Item{ID: "f", Title: s, Content: s}), parties) // unguarded: a panic must fail
	})
}

// benchItems builds about 1 MB of full articles from the eval fixtures.
func benchItems(b *testing.B) ([]Item, int) {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "eval", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no fixtures: %v", err)
	}
	var items []Item
	size := 0
	for i := 0; size < 1<<20; i++ {
		raw, err := os.ReadFile(paths[i%len(paths)])
		if err != nil {
			b.Fatal(err)
		}
		_, body, _ := strings.Cut(string(raw), "\n\n")
		title, _, _ := strings.Cut(strings.TrimPrefix(string(raw), "Title: "), "\n")
		items = append(items, Item{ID: paths[i%len(paths)], Title: title, Content: body})
		size += len(title) + len(body)
	}
	return items, size
}

// BenchmarkExtract measures extraction over about 1 MB of article text:
// go test ./digest/ -run '^$' -bench Extract -benchtime 20x
func BenchmarkExtract(b *testing.B) {
	a, err := NewAnalyzer(DefaultTopic())
	if err != nil {
		b.Fatal(err)
	}
	items, size := benchItems(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, it := range items {
			a.Extract(it)
		}
	}
}

func TestWithMaxText(t *testing.T) {
	filler := strings.Repeat("The talks went on for hours in the palace. ", 10)
	text := filler + "Russia demanded that Ukraine withdraw from Donbas."
	tests := []struct {
		name string
		opts []Option
		want int
	}{
		{"default reads the whole item", nil, 1},
		{"zero keeps the default", []Option{WithMaxText(0)}, 1},
		{"cap before the position", []Option{WithMaxText(len(filler) / 2)}, 0},
		{"cap after the position", []Option{WithMaxText(len(text) + 10)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := NewAnalyzer(DefaultTopic(), tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			got := a.Extract(Item{ID: "m", Content: text})
			if len(got) != tt.want {
				t.Errorf("got %d statements %+v, want %d", len(got), got, tt.want)
			}
		})
	}
}

func TestContainedExtraction(t *testing.T) {
	var logged bytes.Buffer
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&logged, nil)))
	defer slog.SetDefault(prev)

	it := Item{ID: "feed#odd", Title: "An odd item"}
	got := contained(it, func(Item) []Statement { panic("index out of range [5] with length 5") })
	if got != nil {
		t.Errorf("a failed extraction returned %v, want no statements", got)
	}
	for _, want := range []string{"level=ERROR", "item_id=feed#odd", "index out of range"} {
		if !strings.Contains(logged.String(), want) {
			t.Errorf("log %q lacks %q", logged.String(), want)
		}
	}
	want := []Statement{{Party: "russia", Kind: Demand, Text: "neutrality for Ukraine"}}
	if diff := cmp.Diff(want, contained(it, func(Item) []Statement { return want })); diff != "" {
		t.Errorf("a sound extraction changed (-want +got):\n%s", diff)
	}
}

// A cycle among the readings of a subject ends in "no subject" instead of a
// stack overflow, which Extract's recover could not catch: subjectOf
// refuses to nest deeper than maxSubjectDepth.
func TestSubjectDepthBound(t *testing.T) {
	toks := tokenize("He said Russia must withdraw.")
	sn := &sentence{toks: toks, mentAt: make([]int, len(toks)), quoted: make([]bool, len(toks)), st: &docState{prev: "ukraine"}}
	for i := range sn.mentAt {
		sn.mentAt[i] = -1
	}
	if p, _ := sn.subjectOf(1); len(p) == 0 {
		t.Fatalf("subjectOf(said) = none, want the subject the text goes on with")
	}
	sn.depth = maxSubjectDepth
	if p, head := sn.subjectOf(1); p != nil || head != "" {
		t.Errorf("subjectOf at the depth bound = %v, %q; want none", p, head)
	}
	if sn.depth != maxSubjectDepth {
		t.Errorf("depth = %d after the call, want %d", sn.depth, maxSubjectDepth)
	}
}

// A table of positions, as text or as an HTML table turned into text,
// gives each party the cells of its column.
func TestExtractTable(t *testing.T) {
	text := "Where they stand.\n\nIssue | Russia | Ukraine | US (28-point draft)\n\n" +
		"Donbas | insists Kyiv withdraw from the rest of Donetsk | rejects any pull-out | draft: Ukrainian forces leave\n\n" +
		"Army | wants tight caps on Ukraine's forces | no ceiling imposed from outside | no position\n\n" +
		"Kyiv demands a ceasefire | Reuters | 2025"
	want := []want{
		{"russia", Demand, "Kyiv to withdraw from the rest of Donetsk"},
		{"ukraine", Rejection, "any pull-out"},
		{"us", Proposal, "Ukrainian forces to leave"},
		{"russia", Demand, "tight caps on Ukraine's forces"},
		{"ukraine", Demand, "no ceiling imposed from outside"},
		{"ukraine", Demand, "a ceasefire"},
	}
	if diff := cmp.Diff(want, extractTexts(t, text)); diff != "" {
		t.Errorf("extract (-want +got):\n%s", diff)
	}
}

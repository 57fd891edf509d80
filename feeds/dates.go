package feeds

import (
	"strings"
	"time"
)

// monthNames maps month names and abbreviations of languages gofeed's date
// parser does not read (Portuguese, Spanish, French, German, Italian,
// Russian, Ukrainian, in nominative and genitive forms) to English.
var monthNames = func() map[string]string {
	m := map[string]string{}
	for i, names := range [12]string{
		"jan janeiro enero janvier januar jänner gennaio gen ene янв январь января січ січень січня",
		"feb fev fevereiro febrero févr février februar febbraio фев февраль февраля лют лютий лютого",
		"mar março marzo mars märz мар март марта бер березень березня",
		"apr abr abril avr avril aprile апр апрель апреля кві квітень квітня",
		"may mai maio mayo mag maggio май мая тра травень травня",
		"jun junho junio juin juni giu giugno июн июнь июня чер червень червня",
		"jul julho julio juil juillet juli lug luglio июл июль июля лип липень липня",
		"aug ago agosto août aout august авг август августа сер серпень серпня",
		"sep set setembro sept septiembre septembre september settembre сен сентябрь сентября вер вересень вересня",
		"oct out outubro octubre octobre okt oktober ott ottobre окт октябрь октября жов жовтень жовтня",
		"nov novembro noviembre novembre november ноя ноябрь ноября лис листопад листопада",
		"dec dez dezembro dic diciembre déc décembre dezember dicembre дек декабрь декабря гру грудень грудня",
	} {
		english := time.Month(i + 1).String()[:3]
		for _, n := range strings.Fields(names) {
			m[n] = english
		}
	}
	return m
}()

// looseLayouts are the layouts tried on a date whose month was translated
// and whose weekday was dropped.
var looseLayouts = []string{
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
}

// parseLooseDate reads an RFC 822-like date written with another
// language's day and month names ("Seg, 24 Set 2018 19:42:40 -0300"),
// which gofeed leaves unparsed.
func parseLooseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if _, rest, ok := strings.Cut(s, ","); ok {
		s = rest
	}
	fields := strings.Fields(s)
	if len(fields) < 3 {
		return time.Time{}, false
	}
	month, ok := monthNames[strings.TrimSuffix(strings.ToLower(fields[1]), ".")]
	if !ok {
		return time.Time{}, false
	}
	fields[1] = month
	s = strings.Join(fields, " ")
	for _, layout := range looseLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

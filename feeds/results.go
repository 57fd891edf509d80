package feeds

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"
)

// WriteResults prints poll results as a table: feed, outcome ("3 new",
// "not modified", "error: reason", "backoff until …") and duration.
func WriteResults(w io.Writer, rs []Result) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tOUTCOME\tDURATION")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Feed.Name, describe(r), r.Duration.Round(time.Millisecond))
	}
	return tw.Flush()
}

// describe says how a poll ended, for people.
func describe(r Result) string {
	switch r.Outcome {
	case OutcomeNew:
		return fmt.Sprintf("%d new", r.NewItems)
	case OutcomeNotModified:
		return "not modified"
	case OutcomeSkipped:
		return "backoff until " + r.NextAttempt.Local().Format("2006-01-02 15:04:05")
	default:
		return "error: " + Reason(r.Err)
	}
}

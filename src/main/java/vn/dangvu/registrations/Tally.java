package vn.dangvu.registrations;

import java.util.List;
import java.util.Optional;

/// Counts over a registration's items: how many, how many vague (no measure or no deadline: the "chung chung"
/// problem of the news reports, seeds/), and how many assessed done / partly / not done (the review where there is
/// one, else the self-assessment).
public record Tally(int items, int vague, int done, int partly, int notDone) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

    public static Tally of(List<RegistrationItem> items) {
        int vague = 0;
        int done = 0;
        int partly = 0;
        int not = 0;
        for (RegistrationItem i : items) {
            if (RegistrationRules.vague(i)) {
                vague++;
            }
            Optional<Assessment> r = i.result();
            if (r.isPresent()) {
                switch (r.get()) {
                    case DONE -> done++;
                    case PARTLY -> partly++;
                    case NOT_DONE -> not++;
                }
            }
        }
        return new Tally(items.size(), vague, done, partly, not);
    }

    public int assessed() {
        return done + partly + notDone;
    }

    /// Every item assessed (and there is at least one).
    public boolean fullyAssessed() {
        return items > 0 && assessed() == items;
    }

    /// The registration's result once every item is assessed: DONE when all are done, NOT_DONE when none is done
    /// even partly, else PARTLY.
    public Optional<Assessment> overall() {
        if (!fullyAssessed()) {
            return Optional.empty();
        }
        if (done == items) {
            return Optional.of(Assessment.DONE);
        }
        return Optional.of(notDone == items ? Assessment.NOT_DONE : Assessment.PARTLY);
    }

    /// Percentages of the assessed items done, partly done and not done, to one decimal (the yearly report).
    public double donePercent() {
        return percent(done, assessed());
    }

    public double partlyPercent() {
        return percent(partly, assessed());
    }

    public double notDonePercent() {
        return percent(notDone, assessed());
    }

    /// Percentage of vague items among all.
    public double vaguePercent() {
        return percent(vague, items);
    }

    /// `part` of `whole` in percent, rounded half up to one decimal; 0 for an empty whole.
    static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    public Tally plus(Tally o) {
        return new Tally(items + o.items, vague + o.vague, done + o.done, partly + o.partly, notDone + o.notDone);
    }
}

package vn.dangvu.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.PartyAge;
import vn.dangvu.party.EventType;

/// `dangvu members letter-decision CARD|CCCD --decision NO --date DATE [--gap-from DATE --gap-to DATE]`: records the
/// competent committee's decision on the member's latest transfer in whose referral letter came late (Q294 §6.3.1,
/// domain.md §4.4), through the same service as the form. A gap in party age is recorded only when given (both ends);
/// without it the decision is recorded and party age is not changed. Refused (exit 1, nothing written) when the
/// member has no such arrival, the letter was in time, a decision is already recorded or a field is wrong.
@Command(name = "letter-decision")
final class MembersLetterCommand implements Callable<Integer> {

    @ParentCommand
    MembersCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD|CCCD", descriptionKey = "cli.members.show.number")
    String number;

    @Option(names = "--decision", required = true, paramLabel = "NO", descriptionKey = "cli.members.letter.opt.decision")
    String decision;

    @Option(names = "--date", required = true, paramLabel = "DATE", descriptionKey = "cli.members.letter.opt.date")
    LocalDate date;

    @Option(names = "--gap-from", paramLabel = "DATE", descriptionKey = "cli.members.letter.opt.gapFrom")
    LocalDate gapFrom;

    @Option(names = "--gap-to", paramLabel = "DATE", descriptionKey = "cli.members.letter.opt.gapTo")
    LocalDate gapTo;

    @Override
    public Integer call() throws AppException {
        if ((gapFrom == null) != (gapTo == null)) {
            throw new AppException("cli.members.letter.error.gapBoth");
        }
        Optional<PartyAge.Interruption> gap = gapFrom == null ? Optional.empty()
                : Optional.of(new PartyAge.Interruption(gapFrom, Optional.of(gapTo)));
        try (AppContext ctx = parent.parent.openContext()) {
            long id = MemberLookup.byNumber(ctx, number);
            MemberEvent arrival = ctx.members().events(id).stream()
                    .filter(e -> e.type() == EventType.TRANSFER_IN && !e.cancelled() && e.transfer().letterDate() != null)
                    .max(Comparator.comparing(MemberEvent::date).thenComparingLong(MemberEvent::id))
                    .orElseThrow(() -> new AppException("cli.members.letter.error.noArrival"));
            ctx.members().lifecycle().decideLateLetter(arrival.id(), decision, date, gap);
            String name = ctx.members().row(id).map(r -> r.fullName()).orElse("");
            PrintWriter out = spec.commandLine().getOut();
            out.println(gap.map(g -> I18n.t("cli.members.letter.doneGap", name, Dates.format(arrival.date()), decision.strip(),
                            Dates.format(date), Dates.format(g.from()), Dates.format(g.to().orElseThrow())))
                    .orElseGet(() -> I18n.t("cli.members.letter.done", name, Dates.format(arrival.date()), decision.strip(),
                            Dates.format(date))));
            out.flush();
        }
        return Cli.OK;
    }
}

package vn.dangvu.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.ReadmissionDetails;
import vn.dangvu.members.ReadmissionRules;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.units.PartyUnit;

/// `dangvu members event CARD|CCCD --type TYPE --date DATE [details]`: records one lifecycle event through the same
/// service and rules as the form. TYPE is an event code (`--help` lists them) or its Vietnamese name, accents and case
/// ignored. A refused event exits 1 with the rule's Vietnamese message and writes nothing; the readmission warnings of
/// Q294 §3.5 are printed on the error stream and do not refuse.
@Command(name = "event")
final class MembersEventCommand implements Callable<Integer> {

    @ParentCommand
    MembersCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD|CCCD", descriptionKey = "cli.members.show.number")
    String number;

    @Option(names = "--type", required = true, paramLabel = "TYPE", descriptionKey = "cli.members.event.opt.type")
    String type;

    @Option(names = "--date", required = true, paramLabel = "DATE", descriptionKey = "cli.members.event.opt.date")
    LocalDate date;

    @Option(names = "--decision", paramLabel = "NO", descriptionKey = "cli.members.event.opt.decision")
    String decision;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.members.event.opt.note")
    String note;

    @Option(names = "--org", paramLabel = "NAME", descriptionKey = "cli.members.event.opt.org")
    String org;

    @Option(names = "--cell", paramLabel = "NAME", descriptionKey = "cli.members.event.opt.cell")
    String cell;

    @Option(names = "--return", paramLabel = "DATE", descriptionKey = "cli.members.event.opt.return")
    LocalDate expectedReturn;

    @Option(names = "--letter", paramLabel = "DATE", descriptionKey = "cli.members.event.opt.letter")
    LocalDate letter;

    @Option(names = "--consent-no", paramLabel = "NO", descriptionKey = "cli.members.event.opt.consentNo")
    String consentNo;

    @Option(names = "--consent-date", paramLabel = "DATE", descriptionKey = "cli.members.event.opt.consentDate")
    LocalDate consentDate;

    @Option(names = "--record-cleared", paramLabel = "DATE", descriptionKey = "cli.members.event.opt.recordCleared")
    LocalDate recordCleared;

    /// The events a user records by hand, other than the admission (the form registers it).
    static List<EventType> recordable() {
        return Arrays.stream(EventType.values()).filter(t -> t.recordedByHand() && t != EventType.ADMISSION).toList();
    }

    /// An event code (any case) or its Vietnamese name (accents, case and spacing ignored).
    static EventType parseType(String typed) throws AppException {
        CliInput.requireText("--type", typed);
        String folded = Text.fold(typed);
        for (EventType t : recordable()) {
            if (t.name().equalsIgnoreCase(typed.strip()) || Text.fold(I18n.t(t.i18nKey())).equals(folded)) {
                return t;
            }
        }
        throw new AppException("cli.members.event.error.type", Text.clean(typed),
                String.join(", ", recordable().stream().map(Enum::name).toList()));
    }

    @Override
    public Integer call() throws AppException {
        EventType t = parseType(type);
        try (AppContext ctx = new AppContext(Database.open(parent.parent.databaseBase()))) {
            long id = MemberLookup.byNumber(ctx, number);
            Long cellId = null;
            if (cell != null) {
                CliInput.requireText("--cell", cell);
                PartyUnit unit = ctx.units().findByName(cell)
                        .orElseThrow(() -> new AppException("cli.members.error.unknownCell", Text.clean(cell)));
                cellId = unit.id();
            } else if (t == EventType.TRANSFER_IN) {
                // back by transfer: by default to the cell the member left
                cellId = ctx.members().find(id).map(m -> m.unitId()).orElse(null);
            }
            NewEvent e = new NewEvent(id, t, date, decision, note,
                    new TransferDetails(null, cellId, org, expectedReturn, letter),
                    new ReadmissionDetails(consentNo, consentDate, recordCleared));
            PrintWriter err = spec.commandLine().getErr();
            for (ReadmissionRules.Warning w : ctx.members().lifecycle().readmissionWarnings(e)) {
                err.println(I18n.t("cli.members.event.warning", I18n.t(w.key(), w.args().toArray())));
            }
            err.flush();
            MemberStatus status = ctx.members().lifecycle().record(e);
            String name = ctx.members().row(id).map(r -> r.fullName()).orElse("");
            PrintWriter out = spec.commandLine().getOut();
            out.println(I18n.t("cli.members.event.done", I18n.t(t.i18nKey()), Dates.format(date), name, I18n.t(status.i18nKey())));
            out.flush();
        }
        return Cli.OK;
    }
}

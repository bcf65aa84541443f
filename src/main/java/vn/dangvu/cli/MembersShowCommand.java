package vn.dangvu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.ui.HistoryLines;

/// `dangvu members show CARD|CCCD`: one member's record (the fields of the form, the status and party age today) and
/// the history of lifecycle events, cancelled ones marked.
@Command(name = "show")
final class MembersShowCommand implements Callable<Integer> {

    @ParentCommand
    MembersCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD|CCCD", descriptionKey = "cli.members.show.number")
    String number;

    @Override
    public Integer call() throws AppException {
        try (AppContext ctx = new AppContext(Database.open(parent.parent.databaseBase()))) {
            long id = MemberLookup.byNumber(ctx, number);
            MemberDetails d = ctx.members().find(id).orElseThrow(() -> new AppException("member.form.error.gone"));
            MemberRow row = ctx.members().row(id).orElseThrow(() -> new AppException("member.form.error.gone"));
            StringBuilder sb = new StringBuilder();
            field(sb, "name", row.fullName());
            field(sb, "birth", Dates.format(d.birthDate()));
            field(sb, "gender", d.gender() == null ? "" : I18n.t(d.gender().i18nKey()));
            field(sb, "cell", row.unitName());
            field(sb, "status", I18n.t(d.status().i18nKey()));
            field(sb, "card", d.cardNumber());
            field(sb, "cccd", d.cccdNumber());
            field(sb, "admission", join(Dates.format(d.admissionDecisionDate()), d.admissionDecisionNo()));
            field(sb, "firstAdmission", Dates.format(d.firstAdmissionDate()));
            field(sb, "ceremony", Dates.format(d.admissionCeremonyDate()));
            field(sb, "full", Dates.format(d.fullMembershipDate()));
            field(sb, "partyAge", row.partyAgeYears() == null ? "" : I18n.t("cli.members.show.years", row.partyAgeYears()));
            sb.append(I18n.t("cli.members.show.history")).append('\n');
            for (MemberEvent e : ctx.members().events(id)) {
                sb.append("  ").append(HistoryLines.of(e, ctx.members().lifecycle().lateness(e))).append('\n');
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(sb);
            out.flush();
        }
        return Cli.OK;
    }

    private static String join(String date, String no) {
        return no == null || no.isBlank() ? date : date + " (" + I18n.t("member.event.history.decision", no) + ")";
    }

    private static void field(StringBuilder sb, String key, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(I18n.t("cli.members.show." + key)).append(": ").append(value).append('\n');
        }
    }
}

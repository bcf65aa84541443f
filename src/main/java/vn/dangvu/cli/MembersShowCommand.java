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
import vn.dangvu.members.MemberRow;

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
            field(sb, "cli.members.show.name", row.fullName());
            field(sb, "cli.members.show.birth", Dates.format(d.birthDate()));
            field(sb, "cli.members.show.gender", d.gender() == null ? "" : I18n.t(d.gender().i18nKey()));
            field(sb, "cli.members.show.cell", row.unitName());
            field(sb, "cli.members.show.status", I18n.t(d.status().i18nKey()));
            field(sb, "cli.members.show.card", d.cardNumber());
            field(sb, "cli.members.show.cccd", d.cccdNumber());
            field(sb, "cli.members.show.admission", join(Dates.format(d.admissionDecisionDate()), d.admissionDecisionNo()));
            field(sb, "cli.members.show.firstAdmission", Dates.format(d.firstAdmissionDate()));
            field(sb, "cli.members.show.ceremony", Dates.format(d.admissionCeremonyDate()));
            field(sb, "cli.members.show.full", Dates.format(d.fullMembershipDate()));
            field(sb, "cli.members.show.partyAge", row.partyAgeYears() == null ? "" : I18n.t("cli.members.show.years", row.partyAgeYears()));
            sb.append(I18n.t("cli.members.show.history")).append('\n');
            for (String line : ctx.members().lifecycle().historyLines(id)) {
                sb.append("  ").append(line).append('\n');
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
            sb.append(I18n.t(key)).append(": ").append(value).append('\n');
        }
    }
}

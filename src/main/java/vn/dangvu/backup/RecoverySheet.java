package vn.dangvu.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.dangvu.common.I18n;
import vn.dangvu.document.DocumentHeader;
import vn.dangvu.document.DocumentTitle;
import vn.dangvu.document.HdDocument;
import vn.dangvu.document.PlaceDate;

/// The printable recovery sheet of an encrypted database (issue 9): whose data, which file, when, the recovery code
/// in groups of four, what it is for, what to do with it and where to keep it. Printed once when encryption is
/// turned on (the code is shown only then); with it a forgotten password is replaced ("Quên mật khẩu?").
public final class RecoverySheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RecoverySheet() {
    }

    /// The sheet for `code` (as [vn.dangvu.db.KeyFile] made it, groups joined by dashes).
    public static HdDocument build(Optional<Commune> commune, Path dataFile, LocalDate date, String code) {
        String who = commune.map(Commune::toString).orElse(I18n.t("encryption.sheet.noCommune"));
        String place = commune.map(c -> c.name().replaceFirst("(?iu)^(xã|phường|thị trấn)\\s+", "")).orElse("");
        DocumentHeader header = DocumentHeader.of(commune.map(Commune::province).orElse(I18n.t("encryption.sheet.superior")),
                commune.map(Commune::name).orElse(I18n.t("encryption.sheet.superior")),
                place.isBlank() ? I18n.t("encryption.sheet.date", date.format(DAY)) : PlaceDate.of(place, date));
        List<String> groups = Arrays.asList(code.split("-"));
        List<HdDocument.Column> cols = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            cols.add(new HdDocument.Column(String.valueOf(i + 1), 22f, true));
        }
        return HdDocument.builder(header, DocumentTitle.of(I18n.t("encryption.sheet.title"), I18n.t("encryption.sheet.summary")))
                .paragraph(HdDocument.Run.plain(I18n.t("encryption.sheet.commune") + " "), HdDocument.Run.bold(who))
                .paragraph(HdDocument.Run.plain(I18n.t("encryption.sheet.file") + " "), HdDocument.Run.bold(dataFile.toString()))
                .paragraph(HdDocument.Run.plain(I18n.t("encryption.sheet.when") + " "),
                        HdDocument.Run.bold(date.format(DAY)))
                .heading(1, I18n.t("encryption.sheet.codeHeading"))
                .table(cols, List.of(new HdDocument.Row(groups, false)))
                .paragraph(HdDocument.Run.plain(I18n.t("encryption.sheet.codeLine") + " "), HdDocument.Run.bold(code))
                .heading(1, I18n.t("encryption.sheet.useHeading"))
                .paragraph(I18n.t("encryption.sheet.use1"))
                .paragraph(I18n.t("encryption.sheet.use2"))
                .paragraph(I18n.t("encryption.sheet.use3"))
                .heading(1, I18n.t("encryption.sheet.keepHeading"))
                .paragraph(I18n.t("encryption.sheet.keep1"))
                .paragraph(I18n.t("encryption.sheet.keep2"))
                .paragraph(I18n.t("encryption.sheet.keep3"))
                .build();
    }
}

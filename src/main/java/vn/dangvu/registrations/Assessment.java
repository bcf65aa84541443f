package vn.dangvu.registrations;

import java.util.Optional;

import vn.dangvu.common.Text;

/// How far a registered item was carried out, as the member (or the cell) assesses it at year end.
/// The i18n key is "registrations.assessment.<NAME>".
public enum Assessment {
    DONE,
    PARTLY,
    NOT_DONE;

    public String i18nKey() {
        return "registrations.assessment." + name();
    }

    /// What a clerk types or a sheet holds: "Hoàn thành", "HT", "x" → DONE; "Một phần", "Hoàn thành một phần",
    /// "chưa hoàn thành đầy đủ" → PARTLY; "Chưa hoàn thành", "Không hoàn thành", "Chưa", "0" → NOT_DONE. Empty for
    /// blank text; [Optional#empty()] also for text that says none of these (the caller reports it).
    public static Optional<Assessment> read(String text) {
        String f = Text.fold(Text.clean(text)).replaceAll("[^a-z0-9 ]", " ").replaceAll(" +", " ").trim();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        if (f.contains("mot phan") || f.contains("chua day du") || f.contains("chua hoan thanh day du") || f.equals("m")
                || f.equals("p") || f.equals("partly") || f.equals("1 phan")) {
            return Optional.of(PARTLY);
        }
        if (f.startsWith("chua") || f.startsWith("khong") || f.equals("c") || f.equals("k") || f.equals("0")
                || f.equals("not done") || f.equals("not_done") || f.equals("khtnv")) {
            return Optional.of(NOT_DONE);
        }
        if (f.startsWith("hoan thanh") || f.startsWith("da hoan thanh") || f.equals("ht") || f.equals("h") || f.equals("x")
                || f.equals("dat") || f.equals("done") || f.equals("tot") || f.equals("da thuc hien")) {
            return Optional.of(DONE);
        }
        return Optional.empty();
    }
}

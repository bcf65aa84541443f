package vn.dangvu.settings;

import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.Text;

/// The commune organisation: its name ("Xã Phú Sơn"), the superior line of document headers
/// ("Đảng bộ tỉnh Khánh Hòa"), the secretary and the current committee term.
public record OrganizationSettings(String communeName, String provinceLine, Optional<String> secretaryName,
                                   Optional<Term> term) {

    public record Term(long id, String label, int startYear, int endYear) {
    }

    /// "Phú Sơn" -> "Xã Phú Sơn"; "phường An Hải" -> "Phường An Hải"; keeps "Đặc khu ...".
    public static String normaliseCommune(String raw) {
        String c = Text.clean(raw);
        String f = Text.fold(c);
        if (f.startsWith("xa ") || f.startsWith("phuong ") || f.startsWith("dac khu ")) {
            return capitaliseFirst(c);
        }
        return c.isEmpty() ? c : "Xã " + c;
    }

    /// "Khánh Hòa" -> "Đảng bộ tỉnh Khánh Hòa"; "Thành phố Huế" -> "Đảng bộ thành phố Huế"; keeps "Đảng bộ ...".
    public static String normaliseProvince(String raw) {
        String c = Text.clean(raw);
        String f = Text.fold(c);
        if (c.isEmpty() || f.startsWith("dang bo ")) {
            return capitaliseFirst(c);
        }
        if (f.startsWith("tinh ") || f.startsWith("thanh pho ")) {
            return "Đảng bộ " + c.substring(0, 1).toLowerCase(Locale.ROOT) + c.substring(1);
        }
        return "Đảng bộ tỉnh " + c;
    }

    private static String capitaliseFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /// "Đảng bộ xã Phú Sơn": the name of the root of the unit tree.
    public String partyOrganizationName() {
        return "Đảng bộ " + lowerFirst(communeName);
    }

    /// "Đảng ủy xã Phú Sơn": the issuer line of documents.
    public String committeeName() {
        return "Đảng ủy " + lowerFirst(communeName);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}

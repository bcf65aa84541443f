package vn.dangvu.reports;

import java.util.Map;

/// The names of the code-list values a member record stores (`code_list_item`: ethnicity, religion, theory level,
/// general education, professional level): every printed form and exported table shows "12/12", "Trung cấp",
/// "Kinh", never the stored code ("G12_12", "INTERMEDIATE", "01"). A value no list knows is printed as stored:
/// it is text typed or imported before the lists had it, not a code.
public record CodeNames(Map<String, String> names) {

    public static final String ETHNICITY = "ETHNICITY";
    public static final String RELIGION = "RELIGION";
    public static final String THEORY_LEVEL = "THEORY_LEVEL";
    public static final String GENERAL_EDUCATION = "GENERAL_EDUCATION";
    public static final String PROFESSIONAL_LEVEL = "PROFESSIONAL_LEVEL";

    public CodeNames {
        names = Map.copyOf(names);
    }

    /// The name of `code` in the list `kind`; "" for no value.
    public String name(String kind, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return names.getOrDefault(key(kind, code), code);
    }

    static String key(String kind, String code) {
        return kind + ":" + code;
    }
}

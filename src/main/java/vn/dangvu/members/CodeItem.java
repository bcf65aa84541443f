package vn.dangvu.members;

/// One entry of an editable code list (ethnicity, religion, theory level, education...).
public record CodeItem(String code, String name) {

    public static final String ETHNICITY = "ETHNICITY";
    public static final String RELIGION = "RELIGION";
    public static final String THEORY_LEVEL = "THEORY_LEVEL";
    public static final String GENERAL_EDUCATION = "GENERAL_EDUCATION";
    public static final String PROFESSIONAL_LEVEL = "PROFESSIONAL_LEVEL";
}

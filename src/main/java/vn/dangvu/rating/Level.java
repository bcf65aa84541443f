package vn.dangvu.rating;

import java.util.Locale;
import java.util.Optional;

import vn.dangvu.common.Text;

/// The four quality levels of a member or a party organisation, the same under Q132, Q124 and Q366 (domain.md §6.1,
/// §16 rule 3), best first. The i18n keys are "rating.level.<NAME>" (the words) and "rating.level.short.<NAME>"
/// (HTXSNV, HTTNV, HTNV, KHTNV).
public enum Level {
    EXCELLENT("htxsnv", "hoan thanh xuat sac nhiem vu"),
    GOOD("httnv", "hoan thanh tot nhiem vu"),
    COMPLETED("htnv", "hoan thanh nhiem vu"),
    NOT_COMPLETED("khtnv", "khong hoan thanh nhiem vu");

    private final String abbreviation;
    private final String words;

    Level(String abbreviation, String words) {
        this.abbreviation = abbreviation;
        this.words = words;
    }

    public String i18nKey() {
        return "rating.level." + name();
    }

    public String shortKey() {
        return "rating.level.short." + name();
    }

    /// Better than `other` (EXCELLENT is better than GOOD).
    public boolean above(Level other) {
        return ordinal() < other.ordinal();
    }

    /// What a clerk types or a sheet holds: the words with or without accents ("Hoàn thành tốt nhiệm vụ",
    /// "hoan thanh tot"), the abbreviation ("HTTNV", "httnv"), or the level's code (GOOD). Empty for anything else,
    /// blank text included (the caller says what was wrong).
    public static Optional<Level> read(String text) {
        String f = Text.fold(Text.clean(text)).replaceAll("[^a-z_ ]", " ").replaceAll(" +", " ").trim();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        String compact = f.replace(" ", "");
        for (Level l : values()) {
            if (compact.equals(l.abbreviation) || f.equals(l.words) || f.equals(l.name().toLowerCase(Locale.ROOT))
                    || f.equals(l.words.replace(" nhiem vu", ""))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}

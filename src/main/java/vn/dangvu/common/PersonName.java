package vn.dangvu.common;

/// A Vietnamese personal name in its three parts, all NFC-cleaned. The family name may have
/// several words ("Tôn Nữ") when entered as parts; when split from a full name the first word is the family name.
public record PersonName(String family, String middle, String given) {

    public PersonName {
        family = Text.clean(family);
        middle = Text.clean(middle);
        given = Text.clean(given);
    }

    /// Splits "Nguyễn Thị Thu Hương" into family "Nguyễn", middle "Thị Thu", given "Hương".
    public static PersonName parse(String fullName) {
        String c = Text.clean(fullName);
        if (c.isEmpty()) {
            return new PersonName("", "", "");
        }
        String[] w = c.split(" ");
        if (w.length == 1) {
            return new PersonName("", "", w[0]);
        }
        StringBuilder middle = new StringBuilder();
        for (int i = 1; i < w.length - 1; i++) {
            if (middle.length() > 0) {
                middle.append(' ');
            }
            middle.append(w[i]);
        }
        return new PersonName(w[0], middle.toString(), w[w.length - 1]);
    }

    public String full() {
        StringBuilder sb = new StringBuilder();
        for (String p : new String[] {family, middle, given}) {
            if (!p.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }

    public String fold() {
        return Text.fold(full());
    }

    public String sortKey() {
        return VnSort.personKey(family, middle, given);
    }
}

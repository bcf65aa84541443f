package vn.dangvu.commendation;

/// Who receives an award: a member, an organisation in the unit tree, or a collective outside it known by name
/// only (a mass organisation, a school). Stored in commendation_entry.recipient_type; `word` is the command line's
/// name for it.
public enum RecipientKind {
    MEMBER("member"),
    UNIT("organisation"),
    COLLECTIVE("collective");

    private final String word;

    RecipientKind(String word) {
        this.word = word;
    }

    /// "member", "organisation", "collective" (`commendations list --format tsv`).
    public String word() {
        return word;
    }

    /// An organisation or an outside collective (tập thể), as opposed to a member (cá nhân).
    public boolean collective() {
        return this != MEMBER;
    }

    public String i18nKey() {
        return "commendation.recipient." + name();
    }
}

package vn.dangvu.shell;

/// The sidebar sections, in menu order; Ctrl+1..9 select them in this order.
/// Sections not built yet show a plain "coming in a later version" note, never a fake screen.
public enum Section {
    OVERVIEW("overview", true),
    UNITS("units", true),
    MEMBERS("members", true),
    PLANS("plans", false),
    REGISTRATIONS("registrations", true),
    EVALUATION("evaluation", false),
    COMMENDATION("commendation", false),
    REPORTS("reports", true),
    BACKUP("backup", true);

    private final String id;
    private final boolean built;

    Section(String id, boolean built) {
        this.id = id;
        this.built = built;
    }

    /// Short ASCII id: the view's node id is id + "View", the sidebar button's is "nav-" + id.
    public String id() {
        return id;
    }

    public boolean built() {
        return built;
    }

    public String viewId() {
        return id + "View";
    }

    public String i18nKey() {
        return "shell.section." + id;
    }

    /// One sentence on what a section not built yet will do.
    public String futureKey() {
        return "shell.future." + id;
    }
}

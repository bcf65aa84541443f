package vn.dangvu.rating;

/// Who is rated: a member or a party organisation (evaluation.subject_type MEMBER / UNIT).
public record Subject(Kind kind, long id) {

    public enum Kind { MEMBER, UNIT }

    public static Subject member(long id) {
        return new Subject(Kind.MEMBER, id);
    }

    public static Subject unit(long id) {
        return new Subject(Kind.UNIT, id);
    }

    public boolean isMember() {
        return kind == Kind.MEMBER;
    }
}

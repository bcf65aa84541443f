package archbad.shell;

import archbad.members.MemberService;

/// Breaks "the shell knows no feature".
public final class Window {
    public int members(MemberService s) {
        return s.count();
    }
}

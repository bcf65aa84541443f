package archbad.common;

import archbad.members.MemberService;

/// Breaks "shared packages know no feature": a common helper reaching up into a feature.
public final class Helper {
    public static int count(MemberService s) {
        return s.count();
    }
}

package archbad.units;

import archbad.members.MemberRepository;

/// Breaks "a feature reaches another only through its service": it uses the members' repository (and so makes
/// the units → members half of a cycle).
public final class UnitService {
    public int size() {
        return new MemberRepository().rows();
    }
}

package archbad.members;

/// A repository another feature must not reach.
public final class MemberRepository {
    public int rows() {
        return 0;
    }
}

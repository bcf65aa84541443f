package archbad.members;

import java.time.LocalDate;

import archbad.Root;
import archbad.units.UnitService;

/// Breaks "one clock" (LocalDate.now() without the root's clock), "nothing imports the root", and closes the
/// members ↔ units cycle with UnitService.
public final class MemberService {
    private final Root root = new Root();

    public int count() {
        return LocalDate.now().getYear() + root.hashCode() + new UnitService().size();
    }
}

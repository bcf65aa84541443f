package vn.dangvu.members;

import vn.dangvu.common.PersonName;
import vn.dangvu.common.Text;

/// The derived name columns stored with every member: full name, folded forms and sort key.
/// One place computes them, so the single insert, the import and the demo generator agree.
public record MemberNames(PersonName name, String fullName, String fullNameFold, String givenNameFold,
                          String sortKey) {

    public static MemberNames of(PersonName name) {
        String full = name.full();
        return new MemberNames(name, full, Text.fold(full), Text.fold(name.given()), name.sortKey());
    }
}

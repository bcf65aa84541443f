package vn.dangvu.cli;

import java.util.List;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;

/// Finds the one member a command names by party card or CCCD number.
final class MemberLookup {

    private MemberLookup() {
    }

    static long byNumber(AppContext ctx, String number) throws AppException {
        CliInput.requireText("CARD|CCCD", number);
        List<Long> ids = ctx.members().findByCardOrCccd(number);
        if (ids.isEmpty()) {
            throw new AppException("cli.members.error.unknownMember", Text.clean(number));
        }
        if (ids.size() > 1) {
            throw new AppException("cli.members.error.ambiguousMember", Text.clean(number), ids.size());
        }
        return ids.getFirst();
    }
}

package vn.dangvu.reports;

import static vn.dangvu.db.jooq.Tables.CODE_LIST_ITEM;

import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

/// Reads the code lists (active or not: an old record may hold a retired value) for [CodeNames].
public final class CodeNameRepository {

    public CodeNames load(DSLContext t) {
        Map<String, String> names = new HashMap<>();
        t.select(CODE_LIST_ITEM.LIST_KIND, CODE_LIST_ITEM.CODE, CODE_LIST_ITEM.NAME).from(CODE_LIST_ITEM)
                .forEach(r -> names.put(CodeNames.key(r.value1(), r.value2()), r.value3()));
        return new CodeNames(names);
    }
}

package vn.dangvu.db;

import java.util.List;

import org.jooq.BatchBindStep;
import org.jooq.Field;
import org.jooq.Record;

/// Bulk writes as jOOQ batches: a repository builds the statement from its table's generated fields
/// (`dsl.batch(dsl.insertInto(T, fields).values(new Object[fields.length]))`), fills typed records with the generated
/// setters, and this binds each record's values of those fields, in order, to one prepared statement.
public final class BatchRows {

    private BatchRows() {
    }

    /// Binds `fields` of every row and executes the batch; nothing for no rows. Returns the rows sent.
    public static int execute(BatchBindStep batch, List<? extends Record> rows, Field<?>[] fields) {
        if (rows.isEmpty()) {
            return 0;
        }
        int[] index = new int[fields.length];
        Record first = rows.getFirst();
        for (int i = 0; i < fields.length; i++) {
            index[i] = first.indexOf(fields[i]);
            if (index[i] < 0) {
                throw new IllegalArgumentException(fields[i] + " is not a field of " + first.getClass().getSimpleName());
            }
        }
        for (Record r : rows) {
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = r.get(index[i]);
            }
            batch.bind(values);
        }
        batch.execute();
        return rows.size();
    }
}

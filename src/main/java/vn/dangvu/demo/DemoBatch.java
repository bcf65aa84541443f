package vn.dangvu.demo;

import java.util.ArrayList;
import java.util.List;

import vn.dangvu.common.AppException;

/// Rows of one table sent in chunks of 1,000, each chunk in its own transaction (the generator runs inside
/// `Database.bulk`). A batch of child rows first sends its parent's pending rows, so foreign keys find their row.
final class DemoBatch<R> implements AutoCloseable {

    static final int SIZE = 1000;

    /// Writes one chunk in its own transaction.
    @FunctionalInterface
    interface Sink<R> {
        void send(List<R> rows) throws AppException;
    }

    private final Sink<R> sink;
    private DemoBatch<?> parent;
    private List<R> pending = new ArrayList<>(SIZE);
    private int rows;

    DemoBatch(Sink<R> sink) {
        this.sink = sink;
    }

    DemoBatch<R> after(DemoBatch<?> p) {
        this.parent = p;
        return this;
    }

    void add(R row) throws AppException {
        pending.add(row);
        rows++;
        if (pending.size() == SIZE) {
            flush();
        }
    }

    void flush() throws AppException {
        if (parent != null) {
            parent.flush();
        }
        if (!pending.isEmpty()) {
            List<R> chunk = pending;
            pending = new ArrayList<>(SIZE);
            sink.send(chunk);
        }
    }

    int rows() {
        return rows;
    }

    @Override
    public void close() throws AppException {
        flush();
    }
}

package vn.dangvu.db;

import vn.dangvu.common.AppException;

/// Work for [Database#bulk]: it runs its own transactions (`Database.save`/`change`), one or several.
@FunctionalInterface
public interface BulkWork<T> {

    T run() throws AppException;
}

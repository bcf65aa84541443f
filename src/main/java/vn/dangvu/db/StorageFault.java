package vn.dangvu.db;

import vn.dangvu.common.AppException;

/// A write or read of the open database that failed for a reason the user can act on (the medium is read-only,
/// the disk is full, no permission), thrown by [Database#save] and [Database#read] where no checked exception
/// fits. Its cause is the [AppException] to show; [AppException#in] finds it, and [Database#change] throws it.
public final class StorageFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StorageFault(AppException reason) {
        super(reason.getMessage(), reason);
    }

    /// The Vietnamese reason.
    public AppException reason() {
        return (AppException) getCause();
    }
}

package org.backspasmkg.server;

/** Another process (usually a running kg serve) has the store open; TDB2 allows one process per store. */
public final class StoreInUseException extends RuntimeException {
    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}

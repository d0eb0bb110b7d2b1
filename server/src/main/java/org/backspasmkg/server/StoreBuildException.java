package org.backspasmkg.server;

/** A store could not be built or did not pass validation; the previous store stays current. */
public final class StoreBuildException extends RuntimeException {
    public StoreBuildException(String message) {
        super(message);
    }

    public StoreBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}

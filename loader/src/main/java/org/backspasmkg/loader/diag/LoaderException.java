package org.backspasmkg.loader.diag;

/** A fatal problem with an input, located at a file and line so the user can fix it. */
public final class LoaderException extends RuntimeException {
    private final SourceLocation location;

    public LoaderException(SourceLocation location, String message) {
        super(location + ": error: " + message);
        this.location = location;
    }

    public LoaderException(SourceLocation location, String message, Throwable cause) {
        super(location + ": error: " + message, cause);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }
}

package org.backspasmkg.server;

import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Stands at the update endpoint of a read-only server, so a writer gets
 * 403 with the reason rather than a bare 404 or 405.
 */
final class WritesDisabledService extends BaseActionREST {
    static final Operation OPERATION = Operation.alloc("https://w3id.org/backspasm-kg/server#writesDisabled",
            "writes-disabled", "Writes are disabled on this server");
    static final String MESSAGE = "Writes are disabled: this server is read-only (start kg serve with --password-file to allow updates)";

    @Override
    protected void doGet(HttpAction action) {
        refuse();
    }

    @Override
    protected void doHead(HttpAction action) {
        refuse();
    }

    @Override
    protected void doPost(HttpAction action) {
        refuse();
    }

    @Override
    protected void doPut(HttpAction action) {
        refuse();
    }

    @Override
    protected void doDelete(HttpAction action) {
        refuse();
    }

    @Override
    protected void doPatch(HttpAction action) {
        refuse();
    }

    private static void refuse() {
        ServletOps.errorForbidden(MESSAGE);
    }
}

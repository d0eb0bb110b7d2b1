package org.backspasmkg.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query handler with a result-size cap: SELECT, CONSTRUCT and DESCRIBE queries without a LIMIT,
 * or with a larger one, run with {@code LIMIT cap}, and the response says so in {@value #HEADER}.
 * ASK is untouched. Registered for the query operation, so it covers every query endpoint.
 */
final class ResultCapQueryService extends SPARQL_QueryDataset {
    static final String HEADER = "X-Result-Limit";
    private final long cap;

    ResultCapQueryService(long cap) {
        this.cap = cap;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= cap)) return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(cap);
        action.setResponseHeader(HEADER, Long.toString(cap));
        return Pair.create(decided.getLeft(), capped);
    }
}

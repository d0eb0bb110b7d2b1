package org.backspasmkg.server;

/** Output formats of {@link QueryRunner}: for graphs (CONSTRUCT, DESCRIBE) table means Turtle, csv N-Triples, json JSON-LD. */
public enum QueryFormat {
    TABLE, CSV, JSON
}

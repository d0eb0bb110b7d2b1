package org.backspasmkg.loader.validate;

import java.util.List;

/** Everything one validation run found; an empty list means the graph conforms. */
public record ValidationReport(List<Violation> violations) {
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}

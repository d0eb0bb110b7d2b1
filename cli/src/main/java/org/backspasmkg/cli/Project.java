package org.backspasmkg.cli;

import java.nio.file.Path;

/** Where the project's data and ontology live: KG_ROOT if set (the kg launcher sets it), else the working folder. */
final class Project {
    private Project() {}

    static Path root() {
        String env = System.getenv("KG_ROOT");
        Path p = env != null && !env.isBlank() ? Path.of(env) : Path.of("");
        return p.toAbsolutePath().normalize();
    }

}

package org.backspasmkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Fuseki with the read-only web UI over one dataset. Anonymous users can query and read;
 * with a password file, its users may also update ({@code /NAME/update}) and write graphs ({@code /NAME/data}).
 */
public final class KgServer {
    public static final String DEFAULT_DATASET = "backspasm";

    private final FusekiServer fuseki;
    private final String host;
    private final String datasetName;

    private KgServer(FusekiServer fuseki, String host, String datasetName) {
        this.fuseki = fuseki;
        this.host = host;
        this.datasetName = datasetName;
    }

    public static Builder builder() {
        return new Builder();
    }

    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound (differs from the requested one when that was 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base URL of the UI, e.g. http://127.0.0.1:3030/ */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public String datasetUrl() {
        return url() + datasetName;
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    public static final class Builder {
        private Dataset dataset;
        private String datasetName = DEFAULT_DATASET;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(10);
        private long resultLimit = 10_000;
        private Path passwordFile;

        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        public Builder datasetName(String name) {
            this.datasetName = name;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The most rows (or triples) a query returns; 0 turns the cap off. */
        public Builder resultLimit(long limit) {
            this.resultLimit = limit;
            return this;
        }

        /** A Jetty password file; null keeps the server read-only. */
        public Builder passwordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        public KgServer build() {
            Objects.requireNonNull(dataset, "dataset");
            if (resultLimit < 0) throw new IllegalArgumentException("result limit must be >= 0");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("query timeout must be positive");
            // Per dataset, so it applies to every endpoint of it; the server answers the next query normally.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));

            String path = "/" + datasetName;
            FusekiServer.Builder b = FusekiServer.create().port(port);
            // The UI module looks for this attribute (FMod_Admin normally sets it). Its base directory does not
            // exist, so the UI is served from the jena-fuseki-ui jar and nothing is written to disk.
            b.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(Path.of("fuseki-base-not-used")));
            b.fusekiModules(FusekiModules.create(FMod_UI.create()));
            // What the UI reads (dataset list, status dot, info tab); no /$/datasets, so nobody can add or drop datasets.
            b.addServlet("/$/server", new ActionServerStatus()).enablePing(true).enableStats(true);
            if (resultLimit > 0) b.registerOperation(Operation.Query, new ResultCapQueryService(resultLimit));
            b.add(path, dataset, false); // query (dataset, /sparql, /query) and read-only graph store (dataset, /get)
            if (passwordFile == null) {
                // Present but closed, so writers get a 403 that says why instead of a puzzling 404/405.
                b.registerOperation(WritesDisabledService.OPERATION, new WritesDisabledService());
                b.addEndpoint(path, "update", WritesDisabledService.OPERATION);
                // Fuseki picks the operation of a request to /data by its parameters (?default, ?graph=), so a custom
                // operation there answers 405; a closed graph-store endpoint answers 403.
                b.addEndpoint(path, "data", Operation.GSP_RW, Auth.DENY_ALL);
            } else {
                List<String> users = PasswordFile.users(passwordFile);
                AuthPolicy writers = Auth.policyAllowSpecific(users);
                b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_ANON);
                b.addEndpoint(path, "update", Operation.Update, writers);
                b.addEndpoint(path, "data", Operation.GSP_RW, writers);
            }
            FusekiServer server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(host);
            }
            return new KgServer(server, host, datasetName);
        }
    }
}

package org.backspasmkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** kg report --format json: one JSON document with the source page's question counts. */
class ReportCommandTest {
    @Test
    void jsonReportOfTheSourcePage() {
        Kg.Run run = Kg.inProject("report", "--format", "json", Kg.ROOT.resolve("data/back-spasm-faq.txt").toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonObject report = JSON.parse(run.out()); // throws on anything that is not one JSON object
        JsonObject total = report.get("total").getAsObject();
        assertThat(total.get("questions").getAsNumber().value().intValue()).isEqualTo(22);
        assertThat(total.get("answered").getAsNumber().value().intValue()).isEqualTo(17);
        assertThat(total.get("unanswered").getAsNumber().value().intValue()).isEqualTo(5);
        JsonArray pages = report.get("pages").getAsArray();
        assertThat(pages).hasSize(1);
        JsonObject page = pages.get(0).getAsObject();
        assertThat(page.get("file").getAsString().value()).isEqualTo("data/back-spasm-faq.txt");
        assertThat(page.get("counts").getAsObject().get("questions").getAsNumber().value().intValue()).isEqualTo(22);
        assertThat(page.get("unanswered").getAsArray()).hasSize(5);
    }
}

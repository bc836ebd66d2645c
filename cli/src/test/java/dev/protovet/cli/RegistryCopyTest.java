package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code protovet registry copy} between two registry processes over real HTTP, run through the packaged launcher:
 * a source with what a long-lived registry has (an id gap left by a permanently deleted subject, soft-deleted
 * versions and subjects, references, metadata and a rule set, configs and modes, a context) comes out the same on
 * the other side, id for id.
 */
@Tag("distribution")
class RegistryCopyTest {
    private static final String MONEY = """
            syntax = "proto3";
            package acme.common.v1;

            // an amount, in cents
            message Money { int64 cents = 1; }
            """;
    private static final String ORDERS = """
            syntax = "proto3";
            package acme.orders.v1;
            import "acme/common/v1/money.proto";
            message Order {
              string id = 1;
              acme.common.v1.Money total = 2;
            }
            """;
    private static final String ORDERS_V2 = ORDERS.replace("  acme.common.v1.Money total = 2;\n",
            "  acme.common.v1.Money total = 2;\n  string email = 3;\n");
    private static final String MONEY_REFERENCE =
            "[{\"name\":\"acme/common/v1/money.proto\",\"subject\":\"acme/common/v1/money.proto\",\"version\":1}]";

    @TempDir
    Path dir;

    @Test
    void copiesEverySubjectIdForIdAndASecondRunWritesNothing() throws Exception {
        try (RegistryProcess from = RegistryProcess.h2(dir.resolve("from"));
             RegistryProcess to = RegistryProcess.postgres()) {
            RegistryHttp source = new RegistryHttp(from.url());
            RegistryHttp target = new RegistryHttp(to.url());
            aLongLivedRegistry(source);

            var copy = Launcher.run(dir, "registry", "copy", "--from", from.url(), "--to", to.url());

            assertThat(copy.exitCode()).as(copy.err()).isEqualTo(ExitCodes.OK);
            assertThat(copy.out()).isEqualTo("""
                    imported 6 versions of 5 subjects (ids and version numbers kept), soft-deleted 2, set 3 configs \
                    and 1 mode; 0 already there
                    verified: 6 schema ids and 6 versions answer the same in both registries
                    """);
            assertThat(copy.err()).contains("reading " + from.url() + ": 5/5 subjects\n",
                    "copying to " + to.url() + ": 6/6 versions\n");
            for (String path : List.of("/subjects?deleted=true", "/subjects", "/config", "/mode",
                    "/config/orders-value", "/config/:.team-a:", "/mode/customers-value",
                    "/schemas/ids/2", "/schemas/ids/3", "/schemas/ids/4", "/schemas/ids/1?subject=:.team-a:orders-value",
                    "/subjects/orders-value/versions", "/subjects/orders-value/versions?deleted=true",
                    "/subjects/orders-value/versions/1?deleted=true", "/subjects/orders-value/versions/2",
                    "/subjects/legacy-value/versions/1?deleted=true", "/subjects/customers-value/versions/1",
                    "/subjects/:.team-a:orders-value/versions/1")) {
                assertThat(json(target, path)).as(path).isEqualTo(json(source, path));
            }
            assertThat(target.get("/schemas/ids/1").status()).as("the id gap stays a gap").isEqualTo(404);
            assertThat(target.get("/mode/orders-value").status()).as("no subject is left in IMPORT mode").isEqualTo(404);

            var again = Launcher.run(dir, "registry", "copy", "--from", from.url(), "--to", to.url());
            assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(again.out()).isEqualTo("""
                    nothing to copy: %s already holds all 6 versions, with the same ids, configs and modes
                    verified: 6 schema ids and 6 versions answer the same in both registries
                    """.formatted(to.url()));

            // the target goes on from there: a new schema gets an id no copied one has
            int next = target.register("shipments-value", "syntax = \"proto3\";\nmessage Shipment { string id = 1; }\n",
                    "[]");
            assertThat(next).isEqualTo(7);
        }
    }

    @Test
    void aDryRunWritesNothingAndAConflictStopsTheCopyBeforeAnyWrite() throws Exception {
        try (RegistryProcess from = RegistryProcess.h2(dir.resolve("from"));
             RegistryProcess to = RegistryProcess.h2(dir.resolve("to"))) {
            RegistryHttp source = new RegistryHttp(from.url());
            RegistryHttp target = new RegistryHttp(to.url());
            aLongLivedRegistry(source);

            var dryRun = Launcher.run(dir, "registry", "copy", "--from", from.url(), "--to", to.url(), "--dry-run");
            assertThat(dryRun.out()).isEqualTo("would import 6 versions of 5 subjects (ids and version numbers kept), "
                    + "soft-delete 2, set 3 configs and 1 mode; 0 already there\n");
            assertThat(json(target, "/subjects?deleted=true")).hasToString("[]");

            // the target gave ids 1 and 2 to schemas of its own; the source's id 2 is another schema
            target.register("x", "syntax = \"proto3\";\nmessage X { string x = 1; }\n", "[]");
            target.register("y", "syntax = \"proto3\";\nmessage Y { string y = 1; }\n", "[]");
            var conflict = Launcher.run(dir, "registry", "copy", "--from", from.url(), "--to", to.url());

            assertThat(conflict.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(conflict.out()).isEmpty();
            assertThat(conflict.err()).endsWith(to.url() + ": id 2 of acme/common/v1/money.proto version 1 is taken in "
                    + "the target by another schema\n" + to.url() + ": nothing was copied: 1 conflict with the target\n");
            assertThat(json(target, "/subjects?deleted=true")).hasToString("[\"x\",\"y\"]");
            assertThat(target.get("/mode/acme%2Fcommon%2Fv1%2Fmoney.proto").status()).isEqualTo(404);

            // a context has ids of its own, so it can still come over on its own
            var context = Launcher.run(dir, "registry", "copy", "--from", from.url(), "--to", to.url(),
                    "--subject-prefix", ":.team-a:");
            assertThat(context.exitCode()).as(context.err()).isEqualTo(ExitCodes.OK);
            assertThat(context.out()).startsWith("imported 1 version of 1 subject (ids and version numbers kept), "
                    + "soft-deleted 0, set 1 config and 0 modes; 0 already there\n");
            assertThat(json(target, "/schemas/ids/1?subject=:.team-a:orders-value"))
                    .isEqualTo(json(source, "/schemas/ids/1?subject=:.team-a:orders-value"));
        }
    }

    @Test
    void aCopyStoppedHalfwayResumesWhereItStopped() throws Exception {
        try (RegistryProcess from = RegistryProcess.h2(dir.resolve("from"));
             RegistryProcess to = RegistryProcess.h2(dir.resolve("to"))) {
            RegistryHttp source = new RegistryHttp(from.url());
            for (int i = 0; i < 200; i++) {
                source.register("topic-" + i + "-value",
                        "syntax = \"proto3\";\nmessage Event" + i + " { string id = 1; }\n", "[]");
            }

            Process first = Launcher.start(dir, Map.of(), "registry", "copy", "--from", from.url(), "--to", to.url());
            BufferedReader progress = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            String line;
            while ((line = progress.readLine()) != null && !line.startsWith("copying to")) {
                seen.add(line);
            }
            assertThat(line).as("progress before the kill: %s", seen).isEqualTo("copying to " + to.url()
                    + ": 20/200 versions");
            first.destroyForcibly().waitFor();

            var resumed = Launcher.run(dir, "registry", "copy", "--from", from.url(), "--to", to.url());

            assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCodes.OK);
            String summary = resumed.out().lines().findFirst().orElseThrow();
            int imported = Integer.parseInt(summary.replaceAll("^imported (\\d+) versions? .*", "$1"));
            int already = Integer.parseInt(summary.replaceAll(".*; (\\d+) already there$", "$1"));
            assertThat(imported + already).isEqualTo(200);
            assertThat(already).isGreaterThanOrEqualTo(20);
            assertThat(resumed.out()).endsWith("verified: 200 schema ids and 200 versions answer the same in both registries\n");
            assertThat(new RegistryHttp(to.url()).get("/mode/topic-0-value").status()).isEqualTo(404);
        }
    }

    /**
     * What years of use leave in a registry: id 1 permanently deleted, a referenced schema with comments, a
     * soft-deleted version and a soft-deleted subject, metadata and a rule set, configs and modes, and a context.
     */
    private static void aLongLivedRegistry(RegistryHttp source) {
        source.register("scratch", "syntax = \"proto3\";\nmessage Scratch { string s = 1; }\n", "[]");
        source.delete("/subjects/scratch");
        source.delete("/subjects/scratch?permanent=true");
        source.register("acme%2Fcommon%2Fv1%2Fmoney.proto", MONEY, "[]"); // id 2
        source.register("orders-value", ORDERS, MONEY_REFERENCE); // id 3
        source.register("orders-value", ORDERS_V2, MONEY_REFERENCE); // id 4
        source.delete("/subjects/orders-value/versions/1");
        source.register("legacy-value", "syntax = \"proto3\";\nmessage Legacy { string l = 1; }\n", "[]"); // id 5
        source.delete("/subjects/legacy-value");
        source.post("/subjects/customers-value/versions", "{\"schemaType\":\"PROTOBUF\",\"schema\":"
                + RegistryHttp.quote("syntax = \"proto3\";\nmessage Customer { string email = 1; }\n")
                + ",\"metadata\":{\"properties\":{\"owner\":\"team-a\"}},\"ruleSet\":{\"domainRules\":[{\"name\":"
                + "\"checkEmail\",\"kind\":\"CONDITION\",\"type\":\"CEL\",\"mode\":\"WRITE\",\"expr\":"
                + "\"message.email != ''\"}]}}"); // id 6
        source.register(":.team-a:orders-value", "syntax = \"proto3\";\nmessage TeamOrder { string id = 1; }\n", "[]");
        source.put("/config", "{\"compatibility\":\"FULL_TRANSITIVE\"}");
        source.put("/config/orders-value", "{\"compatibility\":\"FULL\"}");
        source.put("/config/:.team-a:", "{\"compatibility\":\"NONE\"}");
        source.put("/mode/customers-value", "{\"mode\":\"READONLY\"}");
    }

    private static JsonElement json(RegistryHttp registry, String path) {
        var answer = registry.get(path);
        assertThat(answer.status()).as("%s %s", path, answer.body()).isEqualTo(200);
        return answer.json();
    }
}

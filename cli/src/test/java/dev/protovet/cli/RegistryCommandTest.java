package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protovet registry ...} and {@code registry:} inputs against protovet's registry server over real HTTP. */
@Tag("distribution") // runs the packaged launcher
class RegistryCommandTest {
    private static final String COMMON = "syntax = \"proto3\";\npackage acme.common.v1;\nmessage Money { int64 cents = 1; }\n";
    private static final String ORDERS_V1 = """
            syntax = "proto3";
            package acme.orders.v1;
            import "acme/common/v1/money.proto";
            message Order {
              string id = 1;
              string email = 2;
              acme.common.v1.Money total = 3;
            }
            """;

    @TempDir
    Path dir;
    RealRegistry registry;

    @BeforeEach
    void aRegistryWithAnOrderSchemaReferencingAnother() throws Exception {
        registry = new RealRegistry(dir, "ci", "s3cret");
        Path common = Files.writeString(dir.resolve("money.proto"), COMMON);
        Path orders = Files.writeString(dir.resolve("orders.proto"), ORDERS_V1);
        assertThat(run("registry", "register", "--url", registry.url(), "--subject", "common-money", common.toString())
                .out()).isEqualTo("1\n");
        // the import's reference is given once; later registrations and checks infer it from the latest version
        assertThat(run("registry", "register", "--url", registry.url(), "--subject", "orders-value",
                "--reference", "acme/common/v1/money.proto=common-money:1", orders.toString()).out()).isEqualTo("2\n");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void aSubjectWithItsReferencesIsTheBaselineOfABreakingCheck() throws Exception {
        Path proto = dir.resolve("proto");
        Files.createDirectories(proto.resolve("acme/orders/v1"));
        Files.createDirectories(proto.resolve("acme/common/v1"));
        Files.writeString(proto.resolve("acme/common/v1/money.proto"), COMMON);
        Files.writeString(proto.resolve("acme/orders/v1/orders.proto"), ORDERS_V1.replace("  string email = 2;\n", ""));

        var result = run("breaking", "proto", "--against",
                "registry:" + registry.url() + "/subjects/orders-value/versions/latest#path=acme/orders/v1/orders.proto");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).isEqualTo("proto/acme/orders/v1/orders.proto:4:1:Previously present field \"2\" with"
                + " name \"email\" on message \"Order\" was deleted.\n");
    }

    @Test
    void getListRegisterCheckAndConfig() throws Exception {
        assertThat(run("registry", "list", "--url", registry.url()).out()).isEqualTo("common-money\norders-value\n");
        // the registry returns a schema as it was registered (its canonical form is only its identity)
        assertThat(run("registry", "get", "--url", registry.url(), "--subject", "orders-value").out())
                .isEqualTo(ORDERS_V1);

        Path next = dir.resolve("orders.proto");
        Files.writeString(next, ORDERS_V1 + "// the same schema, so the same id\n");
        assertThat(run("registry", "register", "--url", registry.url(), "--subject", "orders-value", next.toString()).out())
                .isEqualTo("2\n");

        var compatible = run("registry", "check", "--url", registry.url(), "--subject", "orders-value", next.toString());
        assertThat(compatible.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(compatible.out()).isEqualTo("compatible with orders-value latest\n");
        Files.writeString(next, ORDERS_V1.replace("  string email = 2;\n", ""));
        var incompatible = run("registry", "check", "--url", registry.url(), "--subject", "orders-value", next.toString());
        assertThat(incompatible.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(incompatible.out()).startsWith("incompatible with orders-value latest:\n"
                + "  FIELD_NO_DELETE, FIELD_NO_DELETE_UNLESS_NAME_RESERVED, FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED "
                + "orders-value.proto:4:1 Previously present field \"2\" with name \"email\"");

        assertThat(run("registry", "config", "--url", registry.url()).out()).isEqualTo("BACKWARD\n");
        assertThat(run("registry", "config", "--url", registry.url(), "--set", "FULL").out()).isEqualTo("FULL\n");
    }

    @Test
    void registerRefusedAsIncompatiblePrintsTheFindingsCheckPrints() throws Exception {
        Path next = Files.writeString(dir.resolve("orders.proto"), ORDERS_V1.replace("  string email = 2;\n", ""));
        var check = run("registry", "check", "--url", registry.url(), "--subject", "orders-value", next.toString());
        var register = run("registry", "register", "--url", registry.url(), "--subject", "orders-value", next.toString());

        assertThat(register.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(register.err()).isEmpty();
        String finding = "  FIELD_NO_DELETE, FIELD_NO_DELETE_UNLESS_NAME_RESERVED, FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED "
                + "orders-value.proto:4:1 Previously present field \"2\" with name \"email\" on message \"Order\" was "
                + "deleted.\n";
        assertThat(check.out()).startsWith("incompatible with orders-value latest:\n" + finding);
        assertThat(register.out()).startsWith("not registered: incompatible with orders-value:\n" + finding);
        assertThat(run("registry", "get", "--url", registry.url(), "--subject", "orders-value", "--version", "3")
                .err()).contains("40402");
    }

    @Test
    void checkingASubjectThatDoesNotExistSaysItIsNew() throws Exception {
        var check = run("registry", "check", "--url", registry.url(), "--subject", "payments-value",
                dir.resolve("money.proto").toString());

        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).isEqualTo("payments-value is new: no version registered yet, so nothing to check against\n");
    }

    @Test
    void registryErrorsAreOneLineWithTheRegistrysErrorCode() throws Exception {
        var missing = run("registry", "get", "--url", registry.url(), "--subject", "nope");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).isEqualTo(registry.url() + "/subjects/nope/versions/latest: HTTP 404: 40401 Subject 'nope' not found.\n");
        var unauthorized = Launcher.run(dir, "registry", "list", "--url", registry.url(), "--auth", "ci:wrong");
        assertThat(unauthorized.err()).contains("HTTP 401: 40101 Unauthorized: the credentials are not valid");
        var unreachable = Launcher.run(dir, "registry", "list", "--url", "http://127.0.0.1:9");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unreachable.err()).startsWith("http://127.0.0.1:9/subjects: registry unreachable");
    }

    private Launcher.Result run(String... args) throws Exception {
        String[] withAuth = java.util.Arrays.copyOf(args, args.length + 2);
        withAuth[args.length] = "--auth";
        withAuth[args.length + 1] = "ci:s3cret";
        return args[0].equals("breaking") ? Launcher.runWithEnv(dir, java.util.Map.of("PROTOVET_REGISTRY_AUTH", "ci:s3cret"), args)
                : Launcher.run(dir, withAuth);
    }
}

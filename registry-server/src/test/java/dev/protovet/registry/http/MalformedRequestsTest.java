package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.protovet.registry.http.RawHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Well over a thousand generated malformed requests, over real HTTP, against every kind of route: damaged JSON,
 * fields of the wrong type, invalid subjects, versions, ids and query parameters, bad configs and modes, and
 * requests that only Jetty sees (bad request lines, encodings, lying lengths, broken chunks). Every one must be
 * answered with a 4xx and Confluent's JSON error body ({@code error_code}, a one-line {@code message} without Java
 * names) — never a 5xx, an HTML page or an empty body — and none may change what the registry holds.
 */
class MalformedRequestsTest {
    private static final String JSON = "application/vnd.schemaregistry.v1+json";
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "Exception|java\\.|javax\\.|org\\.(eclipse|jdbi|h2|postgresql|gson)|com\\.(google|squareup)|\\bat [a-z]+\\.");
    private static final String VALID = """
            syntax = "proto3";
            package shop.v1;

            import "shop/common/money.proto";

            message PricedOrder {
              string id = 1;
              shop.common.Money price = 2;
            }
            """;
    private static RunningRegistry registry;
    private static int port;

    /** One malformed request, what it is (for the failure message), and the error code it must get, if one. */
    private record Case(String what, byte[] request, Integer errorCode) {
    }

    @BeforeAll
    static void start() {
        registry = new RunningRegistry(TestDatabases.h2(), AppSettings.defaults());
        port = Integer.parseInt(registry.baseUrl.substring(registry.baseUrl.lastIndexOf(':') + 1));
        // something to protect: subjects with versions, a reference, a soft delete, configs and modes
        ok(registry.post("/subjects/shop%2Fcommon%2Fmoney.proto/versions", RegistryApiContract.body(RegistryApiContract.MONEY)));
        ok(registry.post("/subjects/orders-value/versions", RegistryApiContract.body(RegistryApiContract.ORDER_V1)));
        ok(registry.post("/subjects/orders-value/versions", RegistryApiContract.body(RegistryApiContract.ORDER_V2_COMPATIBLE)));
        ok(registry.post("/subjects/priced-value/versions", RegistryApiContract.body(VALID, "shop/common/money.proto",
                "shop/common/money.proto", "1")));
        ok(registry.post("/subjects/gone-value/versions", RegistryApiContract.body(RegistryApiContract.ORDER_V1)));
        ok(registry.delete("/subjects/gone-value"));
        ok(registry.put("/config/orders-value", "{\"compatibility\":\"FULL\",\"compatibilityRules\":[\"WIRE\"]}"));
        ok(registry.post("/subjects/frozen-value/versions", RegistryApiContract.body(RegistryApiContract.ORDER_V1)));
        ok(registry.put("/mode/frozen-value", "{\"mode\":\"READONLY\"}"));
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void everyMalformedRequestIsA4xxWithAJsonErrorAndChangesNothing() {
        String before = state();
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThan(1000);
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Reply reply = RawHttp.send(port, c.request());
            String problem = problem(c, reply);
            if (problem != null) {
                wrong.add(c.what() + " [" + RawHttp.preview(c.request()) + "]: " + problem);
            }
        }
        assertThat(wrong).as("%d of %d malformed requests answered wrongly", wrong.size(), cases.size()).isEmpty();
        assertThat(state()).as("what the registry holds").isEqualTo(before);
    }

    /** What is wrong with the answer to a malformed request, or null when it is right. */
    private static String problem(Case c, Reply reply) {
        if (reply.status() < 400 || reply.status() > 499) {
            return "status " + reply.status() + " (" + reply.body() + ")";
        }
        if (!reply.contentType().startsWith(JSON)) {
            return "content type '" + reply.contentType() + "' (" + reply.body() + ")";
        }
        JsonObject error;
        try {
            JsonElement parsed = JsonParser.parseString(reply.body());
            error = parsed.getAsJsonObject();
        } catch (RuntimeException e) {
            return "a body that is not a JSON object: " + reply.body();
        }
        if (!error.has("error_code") || !error.get("error_code").isJsonPrimitive()
                || !error.get("error_code").getAsJsonPrimitive().isNumber()) {
            return "no numeric error_code: " + reply.body();
        }
        String message = error.has("message") && error.get("message").isJsonPrimitive()
                ? error.get("message").getAsString() : "";
        if (message.isBlank() || message.contains("\n") || JAVA_NAMES.matcher(message).find()) {
            return "message not one clear line: " + message;
        }
        if (c.errorCode() != null && error.get("error_code").getAsInt() != c.errorCode()) {
            return "error_code " + error.get("error_code").getAsInt() + " instead of " + c.errorCode() + ": " + message;
        }
        return null;
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(16);
        damagedJson(cases);
        wrongTypes(cases);
        badReferences(cases);
        invalidSchemas(cases);
        badSubjects(cases);
        badVersions(cases);
        badIds(cases);
        badQueries(cases);
        badConfigsAndModes(cases);
        badMethods(cases);
        badContextUrls(cases);
        protocolErrors(cases);
        garbage(cases, random);
        return cases;
    }

    /** A valid registration body cut short at every length, and with its quotes made single (lenient JSON). */
    private static void damagedJson(List<Case> cases) {
        String body = RegistryApiContract.body(VALID, "shop/common/money.proto", "shop/common/money.proto", "1");
        for (int n = 1; n < body.length(); n += 1) {
            String cut = body.substring(0, n);
            cases.add(post("truncated register body", "/subjects/new-value/versions", cut, 400));
            if (n % 3 == 0) {
                cases.add(post("truncated compatibility body", "/compatibility/subjects/orders-value/versions/latest",
                        cut, 400));
            }
            if (n % 5 == 0) {
                cases.add(post("truncated lookup body", "/subjects/orders-value", cut, 400));
            }
        }
        for (int i = body.indexOf('"'); i >= 0; i = body.indexOf('"', i + 1)) {
            cases.add(post("a single-quoted string", "/subjects/new-value/versions",
                    body.substring(0, i) + "'" + body.substring(i + 1), 400));
        }
        for (String junk : List.of("x", "}", "{}", "[]", "null", "//", "/* */", ",")) {
            cases.add(post("junk after the object", "/subjects/new-value/versions", body + junk, 400));
        }
        for (String notAnObject : List.of("[]", "[1,2]", "\"schema\"", "42", "true", "null", "nul", "{", "}",
                "{\"schema\": }", "{schema: \"x\"}", "{\"schema\": \"a\" \"b\"}", "{\"a\":1,}")) {
            cases.add(post("a body that is not one JSON object", "/subjects/new-value/versions", notAnObject, 400));
            cases.add(put("a config body that is not one JSON object", "/config/new-value", notAnObject, 400));
            cases.add(put("a mode body that is not one JSON object", "/mode/new-value", notAnObject, 400));
        }
        cases.add(post("arrays nested 100,000 deep", "/subjects/new-value/versions",
                "{\"metadata\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", 400));
        cases.add(post("objects nested 10,000 deep", "/subjects/new-value/versions",
                "{\"metadata\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}", 400));
    }

    /**
     * Each field of a registration with values of every wrong type. The subject is read-only, so whatever passes
     * the parser is refused (42205) before it could be stored.
     */
    private static void wrongTypes(List<Case> cases) {
        List<String> values = List.of("5", "1.5", "true", "[]", "{}", "\"text\"", "[\"a\"]", "{\"a\":1}", "-1e400",
                "99999999999");
        for (String field : List.of("schema", "schemaType", "references", "version", "id", "metadata", "ruleSet",
                "ruleset")) {
            for (String value : values) {
                JsonObject body = JsonParser.parseString(RegistryApiContract.body(RegistryApiContract.ORDER_V2_COMPATIBLE))
                        .getAsJsonObject();
                body.add(field, JsonParser.parseString(value));
                cases.add(post(field + " = " + value, "/subjects/frozen-value/versions", body.toString(), null));
                cases.add(post(field + " = " + value + " (check)", "/compatibility/subjects/orders-value/versions",
                        // and the JSON broken after it: the parser's 400 comes first
                        body.toString().replaceFirst("}$", ",\"x\":[1}"), 400));
            }
        }
        for (String schemaType : List.of("AVRO", "JSON", "protobuf ", "", "XML")) {
            cases.add(post("schemaType " + schemaType, "/subjects/new-value/versions",
                    "{\"schemaType\":\"" + schemaType + "\",\"schema\":\"syntax = \\\"proto3\\\";\"}", 42201));
        }
        cases.add(post("no schema", "/subjects/new-value/versions", "{\"schemaType\":\"PROTOBUF\"}", 42201));
        cases.add(post("an empty body", "/subjects/new-value/versions", "", 42201));
        cases.add(post("an id outside IMPORT mode", "/subjects/new-value/versions",
                "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\"; message A {}\",\"id\":77}", 42205));
        cases.add(post("a version outside IMPORT mode", "/subjects/new-value/versions",
                "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\"; message A {}\",\"version\":9}", 42205));
    }

    /** References that name nothing, name it twice, or give versions that are not versions. */
    private static void badReferences(List<Case> cases) {
        String ref = "{\"name\":\"shop/common/money.proto\",\"subject\":\"shop/common/money.proto\",\"version\":%s}";
        for (String version : List.of("0", "-7", "-2", "2", "1000", "\"1\"", "1.5", "null2")) {
            String refs = "[" + String.format(ref, version) + "]";
            cases.add(post("reference version " + version, "/subjects/new-value/versions", withReferences(refs),
                    version.equals("\"1\"") || version.equals("1.5") || version.equals("null2") ? 400 : 42201));
        }
        cases.add(post("two references with one name", "/subjects/new-value/versions",
                withReferences("[" + String.format(ref, "1") + "," + String.format(ref, "1") + "]"), 42201));
        cases.add(post("a reference without a name", "/subjects/new-value/versions",
                withReferences("[{\"subject\":\"shop/common/money.proto\",\"version\":1}]"), 42201));
        cases.add(post("a reference without a subject", "/subjects/new-value/versions",
                withReferences("[{\"name\":\"shop/common/money.proto\",\"version\":1}]"), 42201));
        cases.add(post("a reference to no subject", "/subjects/new-value/versions",
                withReferences("[{\"name\":\"shop/common/money.proto\",\"subject\":\"nope\",\"version\":1}]"), 42201));
        cases.add(post("references that are not objects", "/subjects/new-value/versions", withReferences("[1, \"a\"]"),
                400));
    }

    private static String withReferences(String references) {
        JsonObject body = JsonParser.parseString(RegistryApiContract.body(VALID)).getAsJsonObject();
        body.add("references", JsonParser.parseString(references.replace("null2", "nul")
                .replace(":nul}", ":\"nul\"}")));
        return body.toString();
    }

    /** Schemas protoc would refuse, on the routes that compile one: each a 42201, none stored. */
    private static void invalidSchemas(List<Case> cases) {
        List<String> schemas = List.of(
                "message 1M {}",
                "syntax = \"proto3\";\npackage ..a;",
                "syntax = \"proto3\";\noption java_package = 5;",
                "syntax = \"proto3\";\nmessage A { extensions 100 to 200; }",
                ";;;;",
                "   ",
                "syntax = \"proto3\";\nimport \"google/protobuf/any.proto\";\nimport \"google/protobuf/any.proto\";",
                "syntax = \"proto3\";\npackage google.protobuf;\nimport \"google/protobuf/any.proto\";\nmessage Any {}",
                "syntax = \"proto3\";\n" + "message M {".repeat(2000) + "}".repeat(2000),
                "syntax = \"proto3\";\n" + "message M {".repeat(40) + "}".repeat(40),
                "syntax = \"proto3\";\nmessage A { string a = 0; }",
                "syntax = \"proto3\";\nmessage A { string a = 19000; }",
                "syntax = \"proto3\";\nmessage A { string a = 536870912; }",
                "syntax = \"proto3\";\nmessage A { string a = 1; string b = 1; }",
                "syntax = \"proto3\";\nmessage A { required string a = 1; }",
                "syntax = \"proto3\";\nenum E { E_ONE = 1; }",
                "syntax = \"proto3\";\nmessage A { map<float, string> m = 1; }",
                "syntax = \"proto4\";",
                "syntax = \"proto3\";\nmessage A { Missing m = 1; }",
                "syntax = \"proto3\";\nmessage A { string a = 1 }",
                "syntax = \"proto3\";\noption optimize_for = FAST;",
                "syntax = \"proto3\";\nmessage A { reserved 5; string a = 5; }",
                "CgA=",
                "EgNmb28aA2Jhcg==",
                "syntax = \"proto3\";\nmessage A { string a = 1; }\nmessage A { string b = 1; }",
                "syntax = \"proto3\";\nimport \"acme/missing.proto\";",
                "edition = \"2023\";\nmessage A {}");
        for (String schema : schemas) {
            JsonObject json = new JsonObject();
            json.addProperty("schemaType", "PROTOBUF");
            json.addProperty("schema", schema);
            String body = json.toString();
            String what = "invalid schema " + abbreviated(schema.replace("\n", " "));
            cases.add(post(what, "/subjects/new-value/versions", body, 42201));
            cases.add(post(what + " (lookup)", "/subjects/orders-value", body, 42201));
            cases.add(post(what + " (check)",
                    "/compatibility/subjects/orders-value/versions/1", body, 42201));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }

    /** Subject names that are too long, hold control characters or cannot be decoded, on every route that takes one. */
    private static void badSubjects(List<Case> cases) {
        String schema = RegistryApiContract.body(RegistryApiContract.ORDER_V1);
        List<String> encoded = new ArrayList<>(List.of("a".repeat(1001), "%01", "a%0Ab", "c%7F", "%1F", "%C2%85",
                "%20", "%20%20", "%09"));
        List<String> undecodable = List.of("%", "%zz", "a%C3%28b", "%ED%A0%80", "%FF", "x%00y");
        for (String subject : encoded) {
            cases.add(post("register under subject " + subject, "/subjects/" + subject + "/versions", schema, 42208));
            cases.add(put("config of subject " + subject, "/config/" + subject, "{\"compatibility\":\"NONE\"}", 42208));
            cases.add(put("mode of subject " + subject, "/mode/" + subject, "{\"mode\":\"READONLY\"}", 42208));
        }
        for (String subject : undecodable) {
            cases.add(post("register under subject " + subject, "/subjects/" + subject + "/versions", schema, 400));
            cases.add(put("config of subject " + subject, "/config/" + subject, "{\"compatibility\":\"NONE\"}", 400));
            cases.add(put("mode of subject " + subject, "/mode/" + subject, "{\"mode\":\"READONLY\"}", 400));
        }
        for (String subject : concat(encoded, undecodable)) {
            cases.add(raw("lookup under subject " + subject, "POST", "/subjects/" + subject, schema));
            cases.add(raw("delete subject " + subject, "DELETE", "/subjects/" + subject, null));
            cases.add(raw("versions of subject " + subject, "GET", "/subjects/" + subject + "/versions", null));
            cases.add(raw("check under subject " + subject, "POST", "/compatibility/subjects/" + subject + "/versions",
                    schema + "x"));
        }
        for (String raw : List.of("a\u0001b", "a b", "a\u007fb", "\u00e9\u0000")) {
            byte[] path = ("/subjects/" + raw + "/versions").getBytes(StandardCharsets.ISO_8859_1);
            cases.add(new Case("raw bytes in the path " + raw, RawHttp.concat(RawHttp.concat(
                    "POST ".getBytes(StandardCharsets.ISO_8859_1), path), (" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Length: " + schema.length() + "\r\n\r\n" + schema).getBytes(StandardCharsets.ISO_8859_1)),
                    null));
        }
    }

    /** Version segments that are not versions, on every route with one. */
    private static void badVersions(List<Case> cases) {
        List<String> versions = List.of("0", "-2", "abc", "1.5", "%D9%A1", "2147483648", "99999999999", "+1", "%20",
                "latest1", "0x1", "1e3", "-0", "%EF%BC%91");
        for (String v : versions) {
            String base = "/subjects/orders-value/versions/" + v;
            cases.add(raw("GET version " + v, "GET", base, null, 42202));
            cases.add(raw("GET version " + v + " schema", "GET", base + "/schema", null, 42202));
            cases.add(raw("GET version " + v + " referencedby", "GET", base + "/referencedby", null, 42202));
            cases.add(raw("GET version " + v + " descriptor-set", "GET", base + "/descriptor-set", null, 42202));
            cases.add(raw("DELETE version " + v, "DELETE", base, null, 42202));
            cases.add(raw("diff to version " + v, "GET", "/subjects/orders-value/versions/1/diff/" + v, null, 42202));
            cases.add(raw("check against version " + v, "POST", "/compatibility/subjects/orders-value/versions/" + v,
                    RegistryApiContract.body(RegistryApiContract.ORDER_V1), 42202));
        }
    }

    /** Schema ids that are not ids, or are not there. */
    private static void badIds(List<Case> cases) {
        for (String id : List.of("abc", "-1", "0", "99999999999", "%D9%A1", "1.0", "%20", "999999", "1e2", "+1")) {
            for (String suffix : List.of("", "/schema", "/subjects", "/versions", "/descriptor-set")) {
                cases.add(raw("schema id " + id + suffix, "GET", "/schemas/ids/" + id + suffix, null, 40403));
            }
            cases.add(raw("schema id " + id + " with a query", "GET", "/schemas/ids/" + id + "?fetchMaxId=true", null,
                    40403));
        }
    }

    /** Paging and format parameters that are not numbers or known formats. */
    private static void badQueries(List<Case> cases) {
        for (String value : List.of("abc", "1.5", "%D9%A1", "99999999999", "--1", "1e3", "%20x")) {
            for (String route : List.of("/subjects", "/schemas", "/subjects/orders-value/versions",
                    "/schemas/ids/1/subjects", "/schemas/ids/1/versions", "/subjects/orders-value/versions/1/referencedby")) {
                cases.add(raw("offset " + value + " on " + route, "GET", route + "?offset=" + value, null, 400));
                cases.add(raw("limit " + value + " on " + route, "GET", route + "?limit=" + value, null, 400));
            }
        }
        for (String format : List.of("json", "xml", "serialised", "%00")) {
            cases.add(raw("format " + format, "GET", "/schemas/ids/1?format=" + format, null, 400));
            cases.add(raw("format " + format + " of a version", "GET", "/subjects/orders-value/versions/1?format="
                    + format, null, 400));
            if (!format.equals("json")) {
                cases.add(raw("diff format " + format, "GET", "/subjects/orders-value/versions/1/diff/2?format=" + format,
                        null, 400));
            }
        }
        cases.add(raw("metadata keys without values", "GET", "/subjects/orders-value/metadata?key=a&key=b&value=1", null,
                400));
        cases.add(raw("framing that is not one", "POST", "/subjects/orders-value/versions/1/encode?framing=kafka",
                "{}", 400));
    }

    /** Configs and modes that are not: unknown levels, rules and modes, and fields of the wrong type. */
    private static void badConfigsAndModes(List<Case> cases) {
        for (String scope : List.of("/config", "/config/orders-value", "/config/new-value")) {
            for (String body : List.of("{}", "{\"compatibility\":\"SIDEWAYS\"}", "{\"compatibility\":\"\"}",
                    "{\"compatibilityLevel\":\"backward-ish\"}", "{\"compatibility\":null}")) {
                cases.add(put("config " + body, scope, body, 42203));
            }
            for (String body : List.of("{\"compatibilityRules\":\"CSR\"}", "{\"compatibilityRules\":[5]}",
                    "{\"compatibilityRules\":[\"NOPE\"]}", "{\"compatibilityRules\":[]}", "{\"compatibilityRules\":[\"\"]}",
                    "{\"compatibilityRules\":[\"CSR,WIRE\"]}", "{\"compatibilityRules\":{\"a\":1}}",
                    "{\"compatibilityRules\":[[\"CSR\"]]}", "{\"compatibility\":\"FULL\",\"compatibilityRules\":[\"X\"]}")) {
                cases.add(put("config " + body, scope, body, 42210));
            }
            for (String body : List.of("{\"normalize\":\"yes\"}", "{\"normalize\":1}", "{\"compatibility\":5}",
                    "{\"compatibility\":[\"FULL\"]}", "{\"compatibility\":{}}")) {
                cases.add(put("config " + body, scope, body, 400));
            }
            String good = "{\"compatibility\":\"FULL\",\"compatibilityRules\":[\"WIRE_JSON\"],\"normalize\":true}";
            for (int n = 1; n < good.length(); n += 2) {
                cases.add(put("truncated config", scope, good.substring(0, n), 400));
            }
        }
        for (String scope : List.of("/mode", "/mode/orders-value", "/mode/new-value")) {
            for (String body : List.of("{}", "{\"mode\":\"SOMETIMES\"}", "{\"mode\":\"\"}", "{\"mode\":null}",
                    "{\"mode\":\"READ WRITE\"}")) {
                cases.add(put("mode " + body, scope, body, 42204));
            }
            for (String body : List.of("{\"mode\":5}", "{\"mode\":[\"READONLY\"]}", "{\"mode\":true}")) {
                cases.add(put("mode " + body, scope, body, 400));
            }
            String good = "{\"mode\":\"READONLY\"}";
            for (int n = 1; n < good.length(); n++) {
                cases.add(put("truncated mode", scope, good.substring(0, n), 400));
            }
        }
        cases.add(put("IMPORT on a registry that has subjects", "/mode", "{\"mode\":\"IMPORT\"}", 42205));
        cases.add(put("IMPORT on a subject that has versions", "/mode/orders-value", "{\"mode\":\"IMPORT\"}", 42205));
    }

    /** Methods a route does not take, and routes that are not there. */
    private static void badMethods(List<Case> cases) {
        for (String method : List.of("PATCH", "PUT", "TRACE")) {
            for (String route : List.of("/subjects", "/schemas/ids/1", "/subjects/orders-value/versions/1", "/schemas")) {
                cases.add(raw(method + " " + route, method, route, "{}"));
            }
        }
        for (String route : List.of("/nope", "/subjects/orders-value/nope", "/schemas/ids", "/schemas/ids/1/nope",
                "/config/a/b/c", "/v2/subjects", "/.env", "/subjects/orders-value/versions/1/2/3")) {
            cases.add(raw("no route " + route, "GET", route, null));
            cases.add(raw("no route " + route + " (POST)", "POST", route, "{}"));
        }
        cases.add(raw("a body over the limit", "POST", "/subjects/new-value/versions",
                "{\"schema\":\"" + "a".repeat((int) AppSettings.DEFAULT_MAX_REQUEST_BYTES) + "\"}", 413));
    }

    /** Confluent's /contexts/{context}/... URLs with bad contexts, subjects, ids, queries and bodies. */
    private static void badContextUrls(List<Case> cases) {
        String body = RegistryApiContract.body(RegistryApiContract.ORDER_V1);
        for (String context : List.of(".team-a", "team-a", ".", "%00", "a%0Ab", "a%2Fb", "x".repeat(1_100), ":", "%C3%28")) {
            String prefix = "/contexts/" + context;
            for (String subject : List.of("a%00b", "a%0Ab", "y".repeat(1_100), "%7F")) {
                cases.add(raw("register " + subject + " in " + context, "POST", prefix + "/subjects/" + subject
                        + "/versions", body));
                cases.add(raw("config of " + subject + " in " + context, "PUT", prefix + "/config/" + subject,
                        "{\"compatibility\":\"NONE\"}"));
            }
            cases.add(raw("schema id abc in " + context, "GET", prefix + "/schemas/ids/abc", null));
            cases.add(raw("offset abc in " + context, "GET", prefix + "/subjects?offset=abc", null));
            cases.add(raw("no route in " + context, "GET", prefix + "/nope", null));
            cases.add(raw("a bad config body in " + context, "PUT", prefix + "/config", "{"));
            cases.add(raw("a bad mode in " + context, "PUT", prefix + "/mode", "{\"mode\":\"SOMETIMES\"}"));
            cases.add(raw("not JSON in " + context, "POST", prefix + "/subjects/orders-value/versions", "{\"schema\":"));
        }
    }

    /** Requests only Jetty sees: request lines, URIs, headers, lengths and chunks that are not HTTP. */
    private static void protocolErrors(List<Case> cases) {
        String body = RegistryApiContract.body(RegistryApiContract.ORDER_V1);
        List<String> requests = new ArrayList<>(List.of(
                "GET /subjects/a%00b/versions HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /subjects/a%zzb/versions HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /subjects/a%C3%28b/versions HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /subjects/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /subjects HTTP/1.1\r\nHost: x\r\nX-A: " + "a".repeat(40_000) + "\r\n\r\n",
                "GET /subjects HTTP/1.1\r\n\r\n",
                "GET /subjects/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /subjects\\a HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /\r\n\r\n",
                "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nBad Header: a\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\n: nameless\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n",
                "GET /subjects HTTP/1.1 extra\r\nHost: x\r\n\r\n",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nxx",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\nab",
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n" + body.substring(0, 20),
                "POST /subjects/a/versions HTTP/1.1\r\nHost: x\r\nContent-Length: " + (body.length() + 50)
                        + "\r\nContent-Type: " + JSON + "\r\n\r\n" + body,
                "POST /compatibility/subjects/a/versions HTTP/1.1\r\nHost: x\r\nContent-Length: 999\r\n\r\n{\"schema\":",
                "PUT /config HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n{\"compatibility\":",
                "PUT /mode HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"m\r\nG\r\n"));
        for (String request : requests) {
            byte[] bytes = request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n").replaceFirst("Connection: close\r\n"
                    + "Connection: close", "Connection: close").getBytes(StandardCharsets.ISO_8859_1);
            cases.add(new Case("protocol error", request.startsWith("GET /\r\n") ? request.getBytes(StandardCharsets.ISO_8859_1)
                    : bytes, null));
        }
    }

    /** Request lines of random printable and unprintable bytes (seeded, so every run sends the same). */
    private static void garbage(List<Case> cases, Random random) {
        String alphabet = "GETPOSUDL /%?&=#:.-_abc019\u0000\u0001\t\u007f\u00ff\"'<>{}[]\\";
        for (int i = 0; i < 200; i++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? "GET /" : "POST /subjects/");
            int length = 1 + random.nextInt(40);
            for (int k = 0; k < length; k++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // never a well-formed request: a space inside the target or a control character breaks the request line
            line.append(random.nextBoolean() ? " x" : "\u0001");
            cases.add(new Case("garbage request line", (line + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1), null));
        }
    }

    private static Case post(String what, String path, String body, Integer errorCode) {
        return new Case(what, RawHttp.request("POST", path, JSON, body.getBytes(StandardCharsets.UTF_8)), errorCode);
    }

    private static Case put(String what, String path, String body, Integer errorCode) {
        return new Case(what, RawHttp.request("PUT", path, JSON, body.getBytes(StandardCharsets.UTF_8)), errorCode);
    }

    private static Case raw(String what, String method, String path, String body) {
        return raw(what, method, path, body, null);
    }

    private static Case raw(String what, String method, String path, String body, Integer errorCode) {
        return new Case(what, RawHttp.request(method, path, body == null ? null : JSON,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)), errorCode);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Everything the registry holds, as the API shows it: subjects, versions, schemas, configs and modes. */
    private static String state() {
        StringBuilder out = new StringBuilder();
        String subjects = registry.get("/subjects?deleted=true").body();
        out.append(subjects).append('\n');
        for (JsonElement s : JsonParser.parseString(subjects).getAsJsonArray()) {
            String subject = java.net.URLEncoder.encode(s.getAsString(), StandardCharsets.UTF_8);
            out.append(registry.get("/subjects/" + subject + "/versions?deleted=true").body()).append('\n');
            out.append(registry.get("/config/" + subject).body()).append('\n');
            out.append(registry.get("/mode/" + subject).body()).append('\n');
        }
        out.append(registry.get("/schemas?deleted=true").body()).append('\n');
        out.append(registry.get("/schemas/ids/1?fetchMaxId=true").body()).append('\n');
        out.append(registry.get("/config").body()).append(registry.get("/mode").body());
        for (String scope : List.of("new-value", "a")) {
            out.append(registry.get("/config/" + scope).status()).append(registry.get("/mode/" + scope).status());
            out.append(registry.get("/subjects/" + scope + "/versions").status());
        }
        return out.toString();
    }

    private static void ok(RunningRegistry.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }
}

package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.registry.http.RunningRegistry.Answer;
import dev.protovet.registry.store.DatabaseSettings;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's REST API as Confluent's clients use it, over real HTTP and a real database. Each database runs
 * the same contract (a subclass says which).
 */
abstract class RegistryApiContract {
    static final String ORDER_V1 = """
            syntax = "proto3";
            package shop.v1;

            message Order {
              string id = 1;
              int64 quantity = 2;
            }
            """;
    static final String ORDER_V2_COMPATIBLE = """
            syntax = "proto3";
            package shop.v1;

            // a new field is compatible
            message Order {
              string id = 1;
              int64 quantity = 2;
              string note = 3;
            }
            """;
    static final String ORDER_V2_BREAKING = """
            syntax = "proto3";
            package shop.v1;

            message Order {
              string id = 1;
            }
            """;
    static final String MONEY = """
            syntax = "proto3";
            package shop.common;

            message Money {
              string currency = 1;
              int64 units = 2;
            }
            """;
    static final String PRICED_ORDER = """
            syntax = "proto3";
            package shop.v1;

            import "shop/common/money.proto";
            import "google/protobuf/timestamp.proto";

            message PricedOrder {
              string id = 1;
              shop.common.Money price = 2;
              google.protobuf.Timestamp placed_at = 3;
            }
            """;

    RunningRegistry registry;
    private DatabaseSettings settings;

    abstract DatabaseSettings database();

    void dropDatabase(DatabaseSettings settings) {
    }

    @BeforeEach
    void start() {
        settings = database();
        registry = new RunningRegistry(settings);
    }

    @AfterEach
    void stop() {
        registry.close();
        dropDatabase(settings);
    }

    static String body(String schema, String... references) {
        JsonObject o = new JsonObject();
        o.addProperty("schemaType", "PROTOBUF");
        o.addProperty("schema", schema);
        if (references.length > 0) {
            JsonArray refs = new JsonArray();
            for (int i = 0; i < references.length; i += 3) {
                JsonObject r = new JsonObject();
                r.addProperty("name", references[i]);
                r.addProperty("subject", references[i + 1]);
                r.addProperty("version", Integer.parseInt(references[i + 2]));
                refs.add(r);
            }
            o.add("references", refs);
        }
        return o.toString();
    }

    Answer register(String subject, String schema, String... references) {
        return registry.post("/subjects/" + subject + "/versions", body(schema, references));
    }

    static int id(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getAsJsonObject().get("id").getAsInt();
    }

    @Test
    void registeringTheSameSchemaTwiceGivesTheSameIdAndVersion() {
        Answer first = register("orders-value", ORDER_V1);
        Answer again = register("orders-value", ORDER_V1.replace("package shop.v1;", "package shop.v1;  // same"));

        assertThat(id(first)).isEqualTo(1);
        assertThat(again.json().getAsJsonObject().get("id").getAsInt()).isEqualTo(1);
        assertThat(again.json().getAsJsonObject().get("version").getAsInt()).isEqualTo(1);
        assertThat(registry.get("/subjects/orders-value/versions").body()).isEqualTo("[1]");
        assertThat(first.contentType()).startsWith("application/vnd.schemaregistry.v1+json");
    }

    @Test
    void theSameSchemaUnderAnotherSubjectReusesItsId() {
        int a = id(register("orders-value", ORDER_V1));
        int b = id(register("orders-key", ORDER_V1));

        assertThat(b).isEqualTo(a);
        assertThat(registry.get("/schemas/ids/" + a + "/subjects").body()).isEqualTo("[\"orders-key\",\"orders-value\"]");
        assertThat(registry.get("/schemas/ids/" + a + "/versions").json().getAsJsonArray()).hasSize(2);
    }

    @Test
    void aCompatibleChangeBecomesTheNextVersion() {
        id(register("orders-value", ORDER_V1));
        int v2 = id(register("orders-value", ORDER_V2_COMPATIBLE));

        JsonObject latest = registry.get("/subjects/orders-value/versions/latest").json().getAsJsonObject();
        assertThat(latest.get("version").getAsInt()).isEqualTo(2);
        assertThat(latest.get("id").getAsInt()).isEqualTo(v2);
        assertThat(latest.get("schemaType").getAsString()).isEqualTo("PROTOBUF");
        // the text as registered, comments kept
        assertThat(latest.get("schema").getAsString()).isEqualTo(ORDER_V2_COMPATIBLE);
        assertThat(registry.get("/subjects/orders-value/versions/-1").json().getAsJsonObject().get("version").getAsInt())
                .isEqualTo(2);
    }

    @Test
    void commentsComeBackAsRegisteredAndDoNotMakeANewVersion() {
        String commented = """
                syntax = "proto3";
                package shop.v1;

                // An order, as the shop takes it.
                message Order {
                  string id = 1;       // the order's key
                  int64 quantity = 2;  /* how many */
                }
                """;
        int id = id(register("orders-value", commented));
        Answer again = register("orders-value", ORDER_V1);

        assertThat(again.json().getAsJsonObject().get("id").getAsInt()).isEqualTo(id);
        assertThat(registry.get("/subjects/orders-value/versions").body()).isEqualTo("[1]");
        assertThat(registry.get("/schemas/ids/" + id).json().getAsJsonObject().get("schema").getAsString())
                .isEqualTo(commented);
        assertThat(registry.post("/subjects/orders-value", body(ORDER_V1)).json().getAsJsonObject().get("version")
                .getAsInt()).isEqualTo(1);
        // the stored text's lines are the ones a check points at: a deleted field is reported at line 5
        assertThat(registry.post("/compatibility/subjects/orders-value/versions/latest?verbose=true",
                body(commented.replace("  int64 quantity = 2;  /* how many */\n", ""))).body()).contains(".proto:5:1 ");
    }

    @Test
    void aContextCountsItsOwnIdsAndListsItsOwnSubjects() {
        id(register("orders-value", ORDER_V1));
        int second = id(register("payments-value", MONEY));
        int inTeam = id(register(":.team-a:orders-value", MONEY));

        assertThat(second).isEqualTo(2);
        assertThat(inTeam).as("ids are counted per context").isEqualTo(1);
        assertThat(registry.get("/schemas/ids/1?subject=:.team-a:orders-value").json().getAsJsonObject().get("schema")
                .getAsString()).contains("message Money");
        assertThat(registry.get("/schemas/ids/1").json().getAsJsonObject().get("schema").getAsString())
                .contains("message Order");
        assertThat(registry.get("/schemas/ids/2?subject=:.team-a:x").status()).isEqualTo(404);
        assertThat(registry.get("/schemas/ids/1?subject=:.team-a:x&fetchMaxId=true").json().getAsJsonObject()
                .get("maxId").getAsInt()).isEqualTo(1);
        assertThat(registry.get("/contexts").body()).isEqualTo("[\".\",\".team-a\"]");
        assertThat(registry.get("/subjects?subjectPrefix=:.team-a:").body()).isEqualTo("[\":.team-a:orders-value\"]");
        assertThat(registry.get("/subjects?subjectPrefix=:*:").body())
                .isEqualTo("[\":.team-a:orders-value\",\"orders-value\",\"payments-value\"]");
        // the default context spelled out is the default context
        assertThat(registry.get("/subjects/:.:orders-value/versions").body()).isEqualTo("[1]");
        assertThat(registry.get("/schemas/ids/1/subjects?subject=:.team-a:orders-value").body())
                .isEqualTo("[\":.team-a:orders-value\"]");
    }

    @Test
    void registeringInAContextTakesNoIdFromTheDefaultOne() {
        id(register(":.team-a:orders-value", MONEY));
        assertThat(id(register("orders-value", ORDER_V1))).isEqualTo(1);
    }

    @Test
    void aClientWhoseUrlEndsInAContextWorksInThatContext() {
        String team = "/contexts/.team-a";
        Answer registered = registry.post(team + "/subjects/orders-value/versions", body(ORDER_V1));
        id(register("payments-value", MONEY));

        assertThat(registered.json().getAsJsonObject().get("id").getAsInt()).isEqualTo(1);
        assertThat(registry.get("/subjects/:.team-a:orders-value/versions").body()).isEqualTo("[1]");
        assertThat(registry.get(team + "/subjects").body()).isEqualTo("[\":.team-a:orders-value\"]");
        assertThat(registry.get("/contexts/team-a/subjects/orders-value/versions/latest").json().getAsJsonObject()
                .get("subject").getAsString()).as("the leading dot may be left out").isEqualTo(":.team-a:orders-value");
        assertThat(registry.get(team + "/schemas/ids/1").json().getAsJsonObject().get("schema").getAsString())
                .contains("message Order");
        assertThat(registry.get("/schemas/ids/1").json().getAsJsonObject().get("schema").getAsString())
                .contains("message Money");
        assertThat(registry.post(team + "/subjects/orders-value", body(ORDER_V1)).status()).isEqualTo(200);
        assertThat(registry.put(team + "/config", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(200);
        assertThat(registry.get("/config/:.team-a:").json().getAsJsonObject().get("compatibilityLevel").getAsString())
                .isEqualTo("NONE");
        assertThat(registry.post(team + "/compatibility/subjects/orders-value/versions/latest", body(ORDER_V2_BREAKING))
                .body()).isEqualTo("{\"is_compatible\":true}");
        assertThat(registry.put(team + "/mode/orders-value", "{\"mode\":\"READONLY\"}").status()).isEqualTo(200);
        assertThat(registry.get("/mode/:.team-a:orders-value").body()).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(registry.get("/contexts/./subjects/payments-value/versions").body()).isEqualTo("[1]");
        assertThat(registry.get(team + "/unknown").status()).isEqualTo(404);
    }

    @Test
    void aContextHasItsOwnConfigAndModeAndItsReferencesResolveInIt() {
        id(register(":.team-a:shop%2Fcommon%2Fmoney.proto", MONEY));
        Answer priced = register(":.team-a:priced-value", PRICED_ORDER, "shop/common/money.proto",
                "shop/common/money.proto", "1");
        assertThat(priced.status()).as(priced.body()).isEqualTo(200);
        assertThat(priced.json().getAsJsonObject().getAsJsonArray("references").get(0).getAsJsonObject().get("subject")
                .getAsString()).isEqualTo(":.team-a:shop/common/money.proto");
        // without the context's own money.proto, the default context has none to resolve
        assertThat(register("priced-value", PRICED_ORDER, "shop/common/money.proto", "shop/common/money.proto", "1")
                .errorCode()).isEqualTo(42201);

        id(register(":.team-a:orders-value", ORDER_V1));
        id(register("orders-value", ORDER_V1));
        assertThat(registry.put("/config/:.team-a:", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(200);
        assertThat(register(":.team-a:orders-value", ORDER_V2_BREAKING).status()).as("NONE in team-a").isEqualTo(200);
        assertThat(register("orders-value", ORDER_V2_BREAKING).status()).as("BACKWARD elsewhere").isEqualTo(409);
        assertThat(registry.put("/mode/:.team-a:", "{\"mode\":\"READONLY\"}").status()).isEqualTo(200);
        assertThat(register(":.team-a:orders-value", ORDER_V1).errorCode()).isEqualTo(42205);
        assertThat(register(":.team-a:", ORDER_V1).errorCode()).as("a context is no subject").isEqualTo(42208);
    }

    @Test
    void aSchemaHasOneGuidInEveryContextAndIsFoundByIt() {
        Answer first = register("orders-value", ORDER_V1);
        Answer inTeam = register(":.team-a:orders-value", ORDER_V1.replace("package shop.v1;", "package shop.v1;  // again"));
        String guid = first.json().getAsJsonObject().get("guid").getAsString();

        assertThat(guid).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(inTeam.json().getAsJsonObject().get("guid").getAsString()).isEqualTo(guid);
        assertThat(registry.get("/subjects/orders-value/versions/1").json().getAsJsonObject().get("guid").getAsString())
                .isEqualTo(guid);
        assertThat(registry.get("/schemas/ids/1").json().getAsJsonObject().get("guid").getAsString()).isEqualTo(guid);
        assertThat(registry.get("/schemas/guids/" + guid).json().getAsJsonObject().get("schema").getAsString())
                .isEqualTo(ORDER_V1);
        assertThat(registry.get("/schemas/guids/" + guid + "/ids").body())
                .isEqualTo("[{\"context\":\".\",\"id\":1},{\"context\":\".team-a\",\"id\":1}]");
        assertThat(registry.get("/schemas/guids/00000000-0000-0000-0000-000000000000").errorCode()).isEqualTo(40403);
        assertThat(registry.get("/schemas/guids/not-a-guid").errorCode()).isEqualTo(40403);
        // a serializer that finds no association for its topic falls back to the topic's subject
        Answer associations = registry.get("/associations/resources/-/orders?resourceType=topic&associationType=value");
        assertThat(associations.status()).isEqualTo(200);
        assertThat(associations.body()).isEqualTo("[]");
    }

    @Test
    void aBreakingChangeIsRefusedWithTheEnginesFinding() {
        id(register("orders-value", ORDER_V1));
        Answer refused = register("orders-value", ORDER_V2_BREAKING);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo(409);
        assertThat(refused.message())
                .startsWith("Schema being registered is incompatible with an earlier schema for subject \"orders-value\"")
                .contains("FIELD_NO_DELETE, FIELD_NO_DELETE_UNLESS_NAME_RESERVED, FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED "
                        + "orders-value.proto:4:1 Previously present field \"2\" with name \"quantity\" on message "
                        + "\"Order\" was deleted.");
        assertThat(registry.get("/subjects/orders-value/versions").body()).isEqualTo("[1]");
    }

    @Test
    void verboseCompatibilityChecksSayWhyAndTheTrailingSlashIsTolerated() {
        id(register("orders-value", ORDER_V1));

        Answer verbose = registry.post("/compatibility/subjects/orders-value/versions/latest?verbose=true",
                body(ORDER_V2_BREAKING));
        Answer quiet = registry.post("/compatibility/subjects/orders-value/versions/", body(ORDER_V2_COMPATIBLE));

        JsonObject v = verbose.json().getAsJsonObject();
        assertThat(v.get("is_compatible").getAsBoolean()).isFalse();
        // one message for the one deleted field, naming the three rules that report it; the version and config last
        assertThat(v.getAsJsonArray("messages").asList().stream().map(e -> e.getAsString()).toList()).containsExactly(
                "FIELD_NO_DELETE, FIELD_NO_DELETE_UNLESS_NAME_RESERVED, FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED "
                        + "orders-value.proto:4:1 Previously present field \"2\" with name \"quantity\" on message "
                        + "\"Order\" was deleted.",
                "{oldSchemaVersion: 1}",
                "{compatibility: 'BACKWARD', compatibilityRules: 'CSR'}");
        assertThat(quiet.body()).isEqualTo("{\"is_compatible\":true}");
        assertThat(registry.post("/compatibility/subjects/nothing-yet/versions/latest", body(ORDER_V1)).body())
                .isEqualTo("{\"is_compatible\":true}");
    }

    @Test
    void compatibilityLevelAndRulesArePerSubject() {
        id(register("orders-value", ORDER_V1));
        assertThat(registry.put("/config/orders-value", "{\"compatibility\":\"NONE\"}").body())
                .isEqualTo("{\"compatibility\":\"NONE\"}");
        assertThat(register("orders-value", ORDER_V2_BREAKING).status()).isEqualTo(200);

        Answer rules = registry.put("/config/orders-value", "{\"compatibility\":\"BACKWARD\",\"compatibilityRules\":[\"WIRE\"]}");
        assertThat(rules.status()).isEqualTo(200);
        JsonObject config = registry.get("/config/orders-value").json().getAsJsonObject();
        assertThat(config.get("compatibilityLevel").getAsString()).isEqualTo("BACKWARD");
        assertThat(config.getAsJsonArray("compatibilityRules").toString()).isEqualTo("[\"WIRE\"]");
        assertThat(registry.get("/config").json().getAsJsonObject().get("compatibilityLevel").getAsString())
                .isEqualTo("BACKWARD");
        assertThat(registry.get("/config/other").errorCode()).isEqualTo(40408);
        assertThat(registry.get("/config/other?defaultToGlobal=true").status()).isEqualTo(200);
    }

    @Test
    void badConfigsNameWhatIsWrong() {
        Answer level = registry.put("/config", "{\"compatibility\":\"SIDEWAYS\"}");
        Answer rule = registry.put("/config", "{\"compatibilityRules\":[\"FIELD_NO_DELETE\",\"NO_SUCH_RULE\"]}");

        assertThat(level.status()).isEqualTo(422);
        assertThat(level.errorCode()).isEqualTo(42203);
        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.errorCode()).isEqualTo(42210);
        assertThat(rule.message()).contains("NO_SUCH_RULE");
        assertThat(registry.get("/config").json().getAsJsonObject().get("compatibilityLevel").getAsString())
                .isEqualTo("BACKWARD");
    }

    @Test
    void referencesResolveRecursivelyAndProtectWhatTheyReference() {
        // the Java serializer registers the import first, under its import path, then the root with references
        int money = id(register("shop%2Fcommon%2Fmoney.proto", MONEY));
        Answer lookup = registry.post("/subjects/shop%2Fcommon%2Fmoney.proto", body(MONEY));
        assertThat(lookup.json().getAsJsonObject().get("version").getAsInt()).isEqualTo(1);

        int order = id(register("priced-orders-value", PRICED_ORDER,
                "shop/common/money.proto", "shop/common/money.proto", "1"));

        assertThat(order).isNotEqualTo(money);
        JsonObject byId = registry.get("/schemas/ids/" + order).json().getAsJsonObject();
        assertThat(byId.getAsJsonArray("references").get(0).getAsJsonObject().get("subject").getAsString())
                .isEqualTo("shop/common/money.proto");
        assertThat(registry.get("/subjects/shop%2Fcommon%2Fmoney.proto/versions/1/referencedby").body())
                .isEqualTo("[" + order + "]");

        Answer refused = registry.delete("/subjects/shop%2Fcommon%2Fmoney.proto/versions/1");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42206);
        assertThat(registry.get("/subjects").body()).isEqualTo("[\"priced-orders-value\",\"shop/common/money.proto\"]");
    }

    @Test
    void aMissingReferenceIsAnInvalidSchema() {
        Answer answer = register("priced-orders-value", PRICED_ORDER, "shop/common/money.proto", "nowhere", "1");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorCode()).isEqualTo(42201);
        assertThat(answer.message()).contains("nowhere");
    }

    @Test
    void softDeletedVersionsKeepTheirIdsAndNumbering() {
        int v1 = id(register("orders-value", ORDER_V1));
        id(register("orders-value", ORDER_V2_COMPATIBLE));

        assertThat(registry.delete("/subjects/orders-value/versions/2").body()).isEqualTo("2");
        assertThat(registry.delete("/subjects/orders-value/versions/2").errorCode()).isEqualTo(40406);
        assertThat(registry.get("/subjects/orders-value/versions").body()).isEqualTo("[1]");
        assertThat(registry.get("/subjects/orders-value/versions?deleted=true").body()).isEqualTo("[1,2]");
        assertThat(registry.get("/subjects/orders-value/versions?deleted=true&offset=1&limit=1").body()).isEqualTo("[2]");
        assertThat(registry.get("/subjects/orders-value/versions?deletedAsNegative=true").body()).isEqualTo("[1,-2]");
        assertThat(registry.get("/subjects/orders-value/versions/2").errorCode()).isEqualTo(40402);

        // a new version is numbered after every version ever registered, the deleted one included
        Answer v3 = register("orders-value", ORDER_V2_COMPATIBLE.replace("note", "comment"));
        assertThat(v3.json().getAsJsonObject().get("version").getAsInt()).isEqualTo(3);

        assertThat(registry.delete("/subjects/orders-value/versions/1?permanent=true").errorCode()).isEqualTo(40407);
        assertThat(registry.delete("/subjects/orders-value").body()).isEqualTo("[1,3]");
        assertThat(registry.get("/subjects").body()).isEqualTo("[]");
        assertThat(registry.get("/subjects?deleted=true").body()).isEqualTo("[\"orders-value\"]");
        assertThat(registry.get("/schemas/ids/" + v1).status()).isEqualTo(200);
        assertThat(registry.delete("/subjects/orders-value").errorCode()).isEqualTo(40404);
        assertThat(registry.delete("/subjects/orders-value?permanent=true").body()).isEqualTo("[1,2,3]");
        assertThat(registry.get("/subjects/orders-value/versions").errorCode()).isEqualTo(40401);
    }

    @Test
    void readOnlyModeRefusesWrites() {
        id(register("orders-value", ORDER_V1));
        assertThat(registry.put("/mode/orders-value", "{\"mode\":\"READONLY\"}").body()).isEqualTo("{\"mode\":\"READONLY\"}");

        Answer refused = register("orders-value", ORDER_V2_COMPATIBLE);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42205);
        assertThat(registry.get("/mode/orders-value").body()).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(registry.get("/mode").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertThat(registry.put("/mode", "{\"mode\":\"SIDEWAYS\"}").errorCode()).isEqualTo(42204);

        // removing the global mode leaves a subject's own, unless recursive
        registry.put("/mode", "{\"mode\":\"READONLY\"}");
        assertThat(registry.delete("/mode").body()).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(registry.get("/mode/orders-value").body()).isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(registry.delete("/mode?recursive=true").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertThat(registry.get("/mode/orders-value").errorCode()).isEqualTo(40409);
        assertThat(register("orders-value", ORDER_V2_COMPATIBLE).status()).isEqualTo(200);
    }

    @Test
    void importModeKeepsTheIdsAndVersionsItIsGiven() {
        assertThat(registry.put("/mode", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
        JsonObject request = com.google.gson.JsonParser.parseString(body(ORDER_V1)).getAsJsonObject();
        request.addProperty("id", 42);
        request.addProperty("version", 7);

        Answer imported = registry.post("/subjects/orders-value/versions", request.toString());

        assertThat(imported.json().getAsJsonObject().get("id").getAsInt()).isEqualTo(42);
        assertThat(imported.json().getAsJsonObject().get("version").getAsInt()).isEqualTo(7);
        registry.put("/mode", "{\"mode\":\"READWRITE\"}");
        assertThat(id(register("other-value", ORDER_V2_BREAKING))).as("ids go on above the imported ones, as in "
                + "Confluent, so none a record may carry is given again").isEqualTo(43);
    }

    @Test
    void badInputGetsConfluentsErrorCodes() {
        Answer invalid = register("orders-value", "syntax = \"proto3\";\nmessage Order {\n  string id = 1\n}\n");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorCode()).isEqualTo(42201);
        assertThat(invalid.message()).contains("orders-value.proto:4:");

        Answer avro = registry.post("/subjects/x/versions", "{\"schema\":\"{\\\"type\\\":\\\"string\\\"}\"}");
        assertThat(avro.errorCode()).isEqualTo(42201);
        assertThat(avro.message()).contains("AVRO");

        Answer notJson = registry.post("/subjects/x/versions", "{\"schema\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.errorCode()).isEqualTo(400);

        assertThat(registry.get("/subjects/x/versions/abc").errorCode()).isEqualTo(42202);
        assertThat(registry.get("/subjects/x/versions/0").errorCode()).isEqualTo(42202);
        assertThat(registry.get("/subjects/x/versions/1").errorCode()).isEqualTo(40401);
        assertThat(registry.get("/schemas/ids/999").errorCode()).isEqualTo(40403);
        Answer unknownRoute = registry.get("/no/such/route");
        assertThat(unknownRoute.status()).isEqualTo(404);
        assertThat(unknownRoute.errorCode()).isEqualTo(404);
        assertThat(registry.get("/subjects").body()).isEqualTo("[]");
    }

    @Test
    void lookupTellsAMissingSchemaFromAMissingSubject() {
        id(register("orders-value", ORDER_V1));

        assertThat(registry.post("/subjects/orders-value", body(ORDER_V2_COMPATIBLE)).errorCode()).isEqualTo(40403);
        assertThat(registry.post("/subjects/nobody", body(ORDER_V1)).errorCode()).isEqualTo(40401);
        JsonObject found = registry.post("/subjects/orders-value", body(ORDER_V1)).json().getAsJsonObject();
        assertThat(found.get("subject").getAsString()).isEqualTo("orders-value");
        assertThat(found.get("version").getAsInt()).isEqualTo(1);
    }

    @Test
    void serializedFormatAndDescriptorSetsCarryTheDescriptors() throws Exception {
        id(register("shop%2Fcommon%2Fmoney.proto", MONEY));
        int order = id(register("priced-orders-value", PRICED_ORDER,
                "shop/common/money.proto", "shop/common/money.proto", "1"));

        String serialized = registry.get("/schemas/ids/" + order + "?format=serialized").json().getAsJsonObject()
                .get("schema").getAsString();
        FileDescriptorProto file = FileDescriptorProto.parseFrom(Base64.getDecoder().decode(serialized));
        assertThat(file.getMessageType(0).getName()).isEqualTo("PricedOrder");
        assertThat(file.hasSourceCodeInfo()).isFalse();

        FileDescriptorSet set = FileDescriptorSet.parseFrom(
                registry.getBytes("/subjects/priced-orders-value/versions/latest/descriptor-set"));
        assertThat(set.getFileList()).extracting(FileDescriptorProto::getName).containsExactly(
                "shop/common/money.proto", "google/protobuf/timestamp.proto", "priced-orders-value.proto");
    }

    @Test
    void confluentsOwnImportsAreBuiltInAsItsSerializersExpect() throws Exception {
        // what Kafka Connect's ProtobufConverter registers, without references: Confluent's serializers skip these
        int id = id(register("payments-value", """
                syntax = "proto3";
                package shop.v1;

                import "confluent/meta.proto";
                import "confluent/type/decimal.proto";

                message Payment {
                  option (confluent.message_meta).doc = "A payment";
                  int32 retries = 1 [(confluent.field_meta) = { params: [{ key: "connect.type", value: "int8" }] }];
                  confluent.type.Decimal amount = 2 [(confluent.field_meta).tags = "PII"];
                }
                """));

        FileDescriptorSet set = FileDescriptorSet.parseFrom(registry.getBytes("/schemas/ids/" + id + "/descriptor-set"));
        assertThat(set.getFileList()).extracting(FileDescriptorProto::getName).containsExactly(
                "google/protobuf/descriptor.proto", "confluent/meta.proto", "confluent/type/decimal.proto",
                "schema-" + id + ".proto");
        assertThat(set.getFile(3).getMessageType(0).getField(1).getTypeName()).isEqualTo(".confluent.type.Decimal");
    }

    @Test
    void dataContractsAreStoredInheritedAndFoundByMetadata() {
        String metadata = "{\"properties\":{\"owner\":\"team-a\",\"tier\":\"gold\"}}";
        String ruleSet = "{\"domainRules\":[{\"name\":\"idIsSet\",\"kind\":\"CONDITION\",\"mode\":\"WRITE\","
                + "\"type\":\"CEL\",\"expr\":\"message.id != ''\"}]}";
        Answer v1 = registry.post("/subjects/orders-value/versions", withContract(ORDER_V1, metadata, ruleSet));
        assertThat(v1.status()).isEqualTo(200);
        JsonObject byId = registry.get("/schemas/ids/" + id(v1)).json().getAsJsonObject();
        assertThat(byId.getAsJsonObject("metadata").getAsJsonObject("properties").get("owner").getAsString())
                .isEqualTo("team-a");
        assertThat(byId.getAsJsonObject("ruleSet").getAsJsonArray("domainRules").get(0).getAsJsonObject()
                .get("name").getAsString()).isEqualTo("idIsSet");

        // the same contract in another key order is the same schema
        Answer again = registry.post("/subjects/orders-value/versions",
                withContract(ORDER_V1, "{\"properties\":{\"tier\":\"gold\",\"owner\":\"team-a\"}}", ruleSet));
        assertThat(id(again)).isEqualTo(id(v1));

        // a serializer auto-registering without a contract keeps the owner's; a lookup without one finds it
        assertThat(register("orders-value", ORDER_V2_COMPATIBLE).status()).isEqualTo(200);
        JsonObject v2 = registry.get("/subjects/orders-value/versions/2").json().getAsJsonObject();
        assertThat(v2.getAsJsonObject("ruleSet").getAsJsonArray("domainRules")).hasSize(1);
        assertThat(registry.post("/subjects/orders-value", body(ORDER_V2_COMPATIBLE)).json().getAsJsonObject()
                .get("version").getAsInt()).isEqualTo(2);

        String v3 = ORDER_V2_COMPATIBLE.replace("string note = 3;", "string note = 3;\n  string comment = 4;");
        assertThat(registry.post("/subjects/orders-value/versions",
                withContract(v3, "{\"properties\":{\"owner\":\"team-b\"}}", null)).status()).isEqualTo(200);
        assertThat(registry.get("/subjects/orders-value/metadata?key=owner&value=team-a").json().getAsJsonObject()
                .get("version").getAsInt()).isEqualTo(2);
        assertThat(registry.get("/subjects/orders-value/metadata?key=owner&value=team-b").json().getAsJsonObject()
                .get("version").getAsInt()).isEqualTo(3);
        assertThat(registry.get("/subjects/orders-value/metadata?key=owner&value=nobody").errorCode()).isEqualTo(40403);
        assertThat(registry.get("/subjects/nothing-here/metadata?key=owner&value=team-a").errorCode()).isEqualTo(40401);

        Answer badRule = registry.post("/subjects/orders-value/versions", withContract(v3, null,
                "{\"migrationRules\":[{\"name\":\"up\",\"kind\":\"TRANSFORM\",\"mode\":\"WRITE\",\"type\":\"JSONATA\"}]}"));
        assertThat(badRule.status()).isEqualTo(422);
        assertThat(badRule.errorCode()).isEqualTo(42210);
        assertThat(badRule.message()).contains("ruleSet.migrationRules[0].mode");
        assertThat(registry.get("/subjects/orders-value/versions").body()).isEqualTo("[1,2,3]");
    }

    private static String withContract(String schema, String metadata, String ruleSet) {
        JsonObject o = JsonParser.parseString(body(schema)).getAsJsonObject();
        if (metadata != null) {
            o.add("metadata", JsonParser.parseString(metadata));
        }
        if (ruleSet != null) {
            o.add("ruleSet", JsonParser.parseString(ruleSet));
        }
        return o.toString();
    }

    @Test
    void listingsPageAndFilter() {
        for (String subject : List.of("a-value", "b-value", "c-key")) {
            id(register(subject, ORDER_V1));
        }
        assertThat(registry.get("/subjects?subjectPrefix=c").body()).isEqualTo("[\"c-key\"]");
        assertThat(registry.get("/subjects?offset=1&limit=1").body()).isEqualTo("[\"b-value\"]");
        assertThat(registry.get("/schemas").json().getAsJsonArray()).hasSize(3);
        assertThat(registry.get("/schemas/types").body()).isEqualTo("[\"PROTOBUF\"]");
        assertThat(registry.get("/contexts").body()).isEqualTo("[\".\"]");
        assertThat(registry.get("/").body()).isEqualTo("{}");
    }

    @Test
    void aSchemaByIdIsOneAnswerWhicheverWayItIsAsked() {
        int money = id(register("money-value", MONEY));
        Answer plain = registry.get("/schemas/ids/" + money);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        // the plain GET (with or without a trailing slash) is served ahead of the routes; format=default takes the route
        assertThat(registry.get("/schemas/ids/" + money + "/").body()).isEqualTo(plain.body());
        assertThat(registry.get("/schemas/ids/" + money + "?format=default").body()).isEqualTo(plain.body());
        assertThat(plain.json().getAsJsonObject().get("schema").getAsString()).contains("message Money {");
        assertThat(registry.get("/schemas/ids/" + (money + 1)).errorCode()).isEqualTo(40403);
        assertThat(registry.get("/metrics").body())
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/schemas/ids/{id}\"}");
    }

    @Test
    void healthAndMetricsAnswer() {
        id(register("orders-value", ORDER_V1));
        assertThat(registry.get("/health/live").status()).isEqualTo(200);
        assertThat(registry.get("/health/ready").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(registry.get("/metrics").body())
                .contains("http_server_requests_seconds_count{method=\"POST\",status=\"200\",uri=\"/subjects/{subject}/versions\"}");
    }
}

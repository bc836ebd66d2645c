package dev.protovet.registry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Differential test against the real protoc: hand-written invalid and borderline schemas
 * ({@code src/test/resources/refusal-parity/cases.txt}) and a few hundred mutations of valid seeds (tokens deleted,
 * duplicated, swapped for numbers, keywords, types and names; statements inserted; deep nesting), made with a fixed
 * seed. For each, protoc refuses exactly when the registry refuses; a refusal names the file and reads as a sentence;
 * an accepted schema compiles to protoc's descriptor. Descriptors are compared the same way with protoc
 * --descriptor_set_in. Known differences are listed in {@link #KNOWN_DIFFERENCES}, each with its reason.
 */
class ProtocRefusalParityTest {
    private static final String FILE = "t.proto";
    private static final long SEED = 16;
    private static final int MUTANTS = 360;
    /** What a message must not contain: a Java or Kotlin class, an exception's name, a stack frame. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|kotlin|okio|dev\\.protovet|com\\.squareup)\\.[a-z]|Exception|\\bError\\b|\\tat ");
    /** A refusal names a file: the schema's, or the import Wire blames (an extension clashing in descriptor.proto). */
    private static final Pattern NAMES_A_FILE = Pattern.compile("^[\\w/.-]+\\.proto(:\\d+:\\d+)?: \\S");

    /** Where the registry refuses what protoc accepts, on purpose. */
    private static final Map<String, Pattern> KNOWN_DIFFERENCES = Map.of(
            // a schema of nothing but ';' and blanks defines nothing; protoc accepts it, the registry refuses
            // (issue 16: it would be stored as an empty schema)
            "empty schema", Pattern.compile("^t\\.proto: the schema is empty"),
            // groups are not supported by the registry (Wire's model has none to convert); protoc accepts them
            "groups", Pattern.compile("groups are not supported"),
            // a descriptor's field type or label outside descriptor.proto's enums: protoc keeps the number as an
            // unknown field and reads the field as a double / optional one, silently; the registry refuses (issue 16)
            "unknown type or label", Pattern.compile("has (type|label) \\d+, which descriptor.proto does not define"),
            // protoc's descriptor pool takes names that start with a digit ("1x"); they cannot be written as .proto
            // text, which the registry stores, so it refuses them
            "name starting with a digit", Pattern.compile("name \"[\\w.]*\\.?\\d\\w*\" is not an identifier"));

    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();

    private static final List<String> SEEDS = List.of("""
            syntax = "proto3";
            package acme.orders.v1;
            import "google/protobuf/timestamp.proto";
            option java_package = "com.acme.orders";
            option optimize_for = SPEED;
            message Order {
              string id = 1;
              repeated Line lines = 2 [deprecated = true];
              map<string, int64> totals = 3;
              google.protobuf.Timestamp created = 4;
              oneof payment { string card = 5; string iban = 6; }
              optional int32 priority = 7 [json_name = "prio"];
              reserved 10 to 20, 30;
              reserved "legacy";
              message Line { int32 quantity = 1; Status status = 2; }
            }
            enum Status { STATUS_UNSPECIFIED = 0; STATUS_OPEN = 1; STATUS_DONE = 2; }
            service Orders { rpc Get (Order) returns (Order); rpc Watch (Order) returns (stream Order); }
            """, """
            syntax = "proto2";
            package legacy;
            message Item {
              required string name = 1;
              optional int32 count = 2 [default = 7];
              optional Kind kind = 3 [default = SMALL];
              repeated int32 sizes = 4 [packed = true];
              optional bytes blob = 5 [default = "\\001x"];
              extensions 100 to 199;
              enum Kind { option allow_alias = true; SMALL = 1; TINY = 1; LARGE = 2; }
            }
            extend Item { optional string note = 100; }
            message Box { repeated Item items = 1; optional double weight = 2 [default = -1.5]; }
            """, """
            syntax = "proto3";
            import "google/protobuf/descriptor.proto";
            extend google.protobuf.FieldOptions { string label = 50001; }
            message Tagged {
              string a = 1 [(label) = "x"];
              sint64 b = 2 [jstype = JS_STRING];
              enum Color { COLOR_UNSPECIFIED = 0; RED = 1; reserved 5 to 9; reserved "BLUE"; }
              Color color = 3;
              message Inner { message Deeper { fixed32 f = 1; } Deeper d = 1; }
              Inner inner = 4;
            }
            """);

    private static final List<String> NUMBERS = List.of("0", "-1", "1", "2", "3", "19000", "19999", "536870911",
            "536870912", "2147483648", "0x10", "1.5", "max", "1M");
    private static final List<String> WORDS = List.of("message", "enum", "optional", "required", "repeated",
            "reserved", "extensions", "extend", "oneof", "map", "option", "import", "syntax", "package", "group",
            "stream", "returns", "to", "max", "service", "rpc", "public", "weak", ";", "{", "}", "=", ".", ",",
            "[", "]", "(", ")", "<", ">", "\"x\"", "true", "inf", "-");
    private static final List<String> TYPES = List.of("int32", "string", "bytes", "float", "double", "bool",
            "Missing", ".acme.orders.v1.Order", "google.protobuf.Timestamp", "Status", "Kind", "Item", "map<float, int32>",
            "map<string, Order>", "map<bytes, int32>", "group");
    private static final List<String> STATEMENTS = List.of("reserved 1;", "reserved 2 to 1;", "reserved \"id\";",
            "option allow_alias = true;", "extensions 100 to 200;", "int32 dup = 1;", "int32 fresh = 99;",
            "option java_package = 5;", "option optimize_for = FAST;", "option deprecated = \"yes\";",
            "required int32 r = 98;", "int32 d = 97 [default = 1];", "int32 p = 96 [packed = true];",
            "message Order {}", "enum E { A = 1; }", "enum E2 { B = 0; B2 = 0; }", "int32 x_y = 95; int32 xY = 94;",
            "map<float, string> m = 93;", "option bogus = 1;", "extend Order { int32 e = 150; }", ";",
            "message MEntry {} map<string, int32> m = 92;", "int32 big = 19500;", "oneof o { int32 oo = 91; }",
            "int32 o = 90;", "option (missing) = 1;", "int32 j = 89 [json_name = \"id\"];");

    @Test
    void schemasAreRefusedExactlyWhenProtocRefusesThem() throws Exception {
        List<String> cases = new ArrayList<>(handWritten());
        cases.addAll(SEEDS);
        cases.addAll(mutants());
        assertThat(cases.size()).isGreaterThan(400);

        List<String> problems = new ArrayList<>();
        int refused = 0;
        for (String schema : cases) {
            ProtocOracle.Outcome protoc = ProtocOracle.compileText(FILE, schema);
            String ours = compileOurs(schema, problems);
            refused += protoc.refused() ? 1 : 0;
            compare(schema, protoc, ours, problems);
        }
        assertThat(refused).as("protoc refused some and accepted some").isBetween(cases.size() / 4, cases.size() - 20);
        assertThat(problems).as("%d differences from protoc in %d schemas", problems.size(), cases.size()).isEmpty();
    }

    @Test
    void descriptorsAreRefusedExactlyWhenProtocRefusesThem() throws Exception {
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (String seed : SEEDS) {
            FileDescriptorSet set = ProtocOracle.compileText(FILE, seed).descriptors();
            FileDescriptorProto valid = ProtocOracle.root(set, FILE).toBuilder().clearSourceCodeInfo().build();
            for (UnaryOperator<FileDescriptorProto> mutation : descriptorMutations()) {
                cases++;
                FileDescriptorProto mutated = mutation.apply(valid);
                FileDescriptorSet.Builder input = FileDescriptorSet.newBuilder();
                set.getFileList().stream().filter(f -> !f.getName().equals(FILE))
                        .forEach(f -> input.addFile(f.toBuilder().clearSourceCodeInfo()));
                input.addFile(mutated);
                String name = mutated.getName();
                ProtocOracle.Outcome protoc = name.isEmpty()
                        ? new ProtocOracle.Outcome(null, "no file name") : ProtocOracle.compileDescriptor(input.build(), name);
                String base64 = Base64.getEncoder().encodeToString(mutated.toByteArray());
                String ours = compileOurs(base64, problems);
                compare(mutated.toString(), protoc, ours, problems);
            }
        }
        assertThat(cases).isGreaterThan(30);
        assertThat(problems).as("%d differences from protoc --descriptor_set_in", problems.size()).isEmpty();
    }

    /** Our verdict: null when compiled, else the message; an accepted schema's descriptor is checked by compare. */
    private String compileOurs(String schema, List<String> problems) {
        try {
            compiled = compiler.compile(FILE, schema, Map.of(), false);
            return null;
        } catch (InvalidSchemaException e) {
            compiled = null;
            return e.getMessage();
        }
    }

    private CompiledSchema compiled;

    private void compare(String schema, ProtocOracle.Outcome protoc, String ours, List<String> problems) {
        if (ours != null) {
            if (!NAMES_A_FILE.matcher(ours).find() || CLASS_NAME.matcher(ours).find()) {
                problems.add("unreadable message " + ours + "\n  for: " + schema);
            }
            if (!protoc.refused() && KNOWN_DIFFERENCES.values().stream().noneMatch(p -> p.matcher(ours).find())) {
                problems.add("only the registry refuses: " + ours + "\n  for: " + schema);
            }
        } else if (protoc.refused()) {
            problems.add("only protoc refuses: " + protoc.errors().replace('\n', '|') + "\n  for: " + schema);
        } else {
            // custom options are not kept by the registry (StandardOptions): compare without them
            String expected = withoutUnknownFields(ProtocOracle.root(protoc.descriptors(), FILE).toBuilder()
                    .clearSourceCodeInfo().build()).toString();
            String actual = compiled.file().toBuilder().clearSourceCodeInfo().build().toString();
            if (!expected.equals(actual)) {
                problems.add("descriptors differ:\n" + DescriptorAssertions.firstDifference(actual, expected)
                        + "  for: " + schema);
            }
        }
    }

    /** {@code message} without unknown fields (custom options), and without options messages left empty. */
    private static Message withoutUnknownFields(Message message) {
        Message.Builder builder = message.toBuilder().setUnknownFields(UnknownFieldSet.getDefaultInstance());
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (field.isRepeated()) {
                builder.clearField(field);
                for (Object element : (List<?>) message.getField(field)) {
                    builder.addRepeatedField(field, withoutUnknownFields((Message) element));
                }
            } else if (message.hasField(field)) {
                Message stripped = withoutUnknownFields((Message) message.getField(field));
                if (field.getName().equals("options") && stripped.getAllFields().isEmpty()) {
                    builder.clearField(field);
                } else {
                    builder.setField(field, stripped);
                }
            }
        }
        return builder.build();
    }

    private static List<String> handWritten() throws IOException {
        Path file = Path.of("src/test/resources/refusal-parity/cases.txt");
        List<String> cases = new ArrayList<>();
        for (String schema : Files.readString(file).split("\n=====\n")) {
            cases.add(schema.startsWith("#") ? schema.substring(schema.indexOf('\n') + 1) : schema);
        }
        cases.add("message M {".repeat(2000) + "}".repeat(2000));
        cases.add("syntax = \"proto3\";\n" + "message M {\n".repeat(31) + "}\n".repeat(31));
        cases.add("syntax = \"proto3\";\n" + "message M {\n".repeat(32) + "}\n".repeat(32));
        return cases;
    }

    /** Mutations of the seeds, the same every run. */
    private static List<String> mutants() {
        Random random = new Random(SEED);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < MUTANTS) {
            String seed = SEEDS.get(random.nextInt(SEEDS.size()));
            List<ProtoToken> tokens = ProtoTokenizer.tokenize(seed);
            List<String> texts = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (ProtoToken token : tokens.subList(0, tokens.size() - 1)) {
                texts.add(token.text());
                lines.add(token.line());
            }
            int at = random.nextInt(texts.size());
            switch (random.nextInt(8)) {
                case 0 -> texts.remove(at);
                case 1 -> texts.add(at, texts.get(at));
                case 2 -> replaceNext(texts, at, t -> Character.isDigit(t.charAt(0)), pick(random, NUMBERS));
                case 3 -> texts.add(at, pick(random, WORDS));
                case 4 -> replaceNext(texts, at, t -> TYPES.contains(t) || SCALAR.matcher(t).matches(),
                        pick(random, TYPES));
                case 5 -> replaceNext(texts, at, t -> Character.isLetter(t.charAt(0)), pick(random, texts.stream()
                        .filter(t -> Character.isLetter(t.charAt(0))).toList()));
                case 6 -> insertAfterBrace(texts, at, pick(random, STATEMENTS));
                default -> {
                    int depth = 28 + random.nextInt(6);
                    insertAfterBrace(texts, at, "message W {".repeat(depth) + "int32 w = 1;" + "}".repeat(depth));
                }
            }
            out.add(join(texts, lines));
        }
        return List.copyOf(out);
    }

    private static final Pattern SCALAR = Pattern.compile("u?int(32|64)|s?fixed(32|64)|sint(32|64)|bool|string|bytes|double|float");

    private static void replaceNext(List<String> texts, int from, java.util.function.Predicate<String> which,
                                    String replacement) {
        for (int i = 0; i < texts.size(); i++) {
            int index = (from + i) % texts.size();
            if (which.test(texts.get(index))) {
                texts.set(index, replacement);
                return;
            }
        }
    }

    private static void insertAfterBrace(List<String> texts, int from, String statement) {
        for (int i = 0; i < texts.size(); i++) {
            int index = (from + i) % texts.size();
            if (texts.get(index).equals("{")) {
                texts.add(index + 1, statement);
                return;
            }
        }
        texts.add(statement);
    }

    /**
     * The tokens with a space between, a line break where the seed had one (so errors have lines to name); none
     * around dots or after a minus, where Wire's parser (unlike protoc's) wants none.
     */
    private static String join(List<String> texts, List<Integer> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            boolean newLine = i > 0 && i < lines.size() && !lines.get(i).equals(lines.get(i - 1));
            boolean tight = i > 0 && (texts.get(i).equals(".") || texts.get(i - 1).equals(".")
                    || texts.get(i - 1).equals("-") || texts.get(i).equals("(") || texts.get(i - 1).equals("(")
                    || texts.get(i).equals(")"));
            out.append(i == 0 || tight ? "" : newLine ? "\n" : " ").append(texts.get(i));
        }
        return out.append('\n').toString();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Ways to break (or keep) a valid descriptor, applied to each seed's. */
    private static List<UnaryOperator<FileDescriptorProto>> descriptorMutations() {
        return List.of(
                f -> f,
                f -> f.toBuilder().setName("").build(),
                f -> FileDescriptorProto.newBuilder().setName("").build(),
                f -> f.toBuilder().setPackage("..a").build(),
                f -> withField(f, b -> b.setUnknownFields(UnknownFieldSet.newBuilder()
                        .addField(FieldDescriptorProto.TYPE_FIELD_NUMBER,
                                UnknownFieldSet.Field.newBuilder().addVarint(99).build()).build()).clearType()),
                f -> withField(f, b -> b.setUnknownFields(UnknownFieldSet.newBuilder()
                        .addField(FieldDescriptorProto.LABEL_FIELD_NUMBER,
                                UnknownFieldSet.Field.newBuilder().addVarint(9).build()).build()).clearLabel()),
                f -> withField(f, b -> b.clearName()),
                f -> withField(f, b -> b.setName("1x")),
                f -> withField(f, b -> b.setNumber(0)),
                f -> withField(f, b -> b.setNumber(19001)),
                f -> withField(f, b -> b.clearNumber()),
                f -> withField(f, b -> b.setType(FieldDescriptorProto.Type.TYPE_MESSAGE).setTypeName(".Missing")),
                f -> withField(f, b -> b.setOneofIndex(7)),
                f -> withField(f, b -> b.setExtendee(".x")),
                f -> f.toBuilder().setMessageType(0, f.getMessageType(0).toBuilder().clearName()).build(),
                f -> f.toBuilder().addMessageType(f.getMessageType(0)).build(),
                f -> f.toBuilder().setSyntax("proto4").build(),
                f -> f.toBuilder().addDependency("google/protobuf/timestamp.proto")
                        .addDependency("google/protobuf/timestamp.proto").build(),
                f -> f.toBuilder().addPublicDependency(9).build(),
                f -> f.toBuilder().setMessageType(0, f.getMessageType(0).toBuilder()
                        .addReservedRange(DescriptorProto.ReservedRange.newBuilder().setStart(5).setEnd(3))).build());
    }

    private static FileDescriptorProto withField(FileDescriptorProto file,
                                                 UnaryOperator<FieldDescriptorProto.Builder> change) {
        DescriptorProto message = file.getMessageType(0);
        return file.toBuilder().setMessageType(0, message.toBuilder()
                .setField(0, change.apply(message.getField(0).toBuilder()))).build();
    }

}

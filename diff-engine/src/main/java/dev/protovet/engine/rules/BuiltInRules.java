package dev.protovet.engine.rules;

import com.google.protobuf.DescriptorProtos.FileOptions;
import dev.protovet.engine.rules.builtin.*;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every built-in rule, once, sorted by ID: its implementation, and per config version (v2, v1, and v1beta1 where
 * it differs from v1) the categories it belongs to and whether it runs by default. Category membership lives
 * here and nowhere else, as in buf, where the v1 and v2 specs are kept apart from the rule code.
 */
public final class BuiltInRules {

    /** The categories of buf's breaking rules, strictest first. */
    public static final List<String> CATEGORIES = List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR");

    /** Where v1beta1 differs from v1: other categories, or none at all (the rule does not exist there). */
    private static final Map<String, List<String>> V1BETA1_CATEGORIES = Map.of(
            "FIELD_SAME_CARDINALITY", List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"),
            "FIELD_SAME_TYPE", List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"),
            "FILE_SAME_PACKAGE", List.of("FILE"),
            "FIELD_WIRE_COMPATIBLE_TYPE", List.of(),
            "FIELD_WIRE_JSON_COMPATIBLE_TYPE", List.of());
    private static final Map<String, RuleSpec> RULES = new LinkedHashMap<>();
    /** v1 IDs that were renamed or split, with the rules that replace them (none: the rule checks nothing now). */
    private static final Map<String, List<String>> DEPRECATED = new LinkedHashMap<>();

    static {
        rule("ENUM_NO_DELETE", new EnumNoDelete(),
                List.of("CSR", "FILE"), true, List.of("FILE"), true,
                "An enum stays in its file.");
        rule("ENUM_SAME_JSON_FORMAT", new EnumSameJsonFormat(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON"), true, List.of("FILE", "PACKAGE", "WIRE_JSON"), true,
                "An enum that supported json keeps supporting it.");
        rule("ENUM_SAME_TYPE", new EnumSameType(),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "An enum stays open or closed.");
        rule("ENUM_VALUE_NO_DELETE", new EnumValueNoDelete(FieldNoDelete.Unless.NEVER),
                List.of("CSR", "FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "An enum value number is not deleted.");
        rule("ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED", new EnumValueNoDelete(FieldNoDelete.Unless.NAME_RESERVED),
                List.of("CSR", "WIRE_JSON"), false, List.of("WIRE_JSON"), false,
                "An enum value is deleted only with its name reserved.");
        rule("ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED", new EnumValueNoDelete(FieldNoDelete.Unless.NUMBER_RESERVED),
                List.of("CSR", "WIRE_JSON", "WIRE"), false, List.of("WIRE_JSON", "WIRE"), false,
                "An enum value is deleted only with its number reserved.");
        rule("ENUM_VALUE_SAME_NAME", new EnumValueSameName(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON"), true, List.of("FILE", "PACKAGE", "WIRE_JSON"), true,
                "An enum number keeps every name it had.");
        rule("EXTENSION_MESSAGE_NO_DELETE", new ExtensionMessageNoDelete(),
                List.of("CSR", "FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "Extension ranges of a message do not shrink.");
        rule("EXTENSION_NO_DELETE", new ExtensionNoDelete(),
                List.of("FILE"), true, List.of(), false,
                "An extension stays in its file.");
        rule("FIELD_NO_DELETE", new FieldNoDelete(FieldNoDelete.Unless.NEVER),
                List.of("CSR", "FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A field number is not deleted from its message.");
        rule("FIELD_NO_DELETE_UNLESS_NAME_RESERVED", new FieldNoDelete(FieldNoDelete.Unless.NAME_RESERVED),
                List.of("CSR", "WIRE_JSON"), false, List.of("WIRE_JSON"), false,
                "A field is deleted only with its name reserved.");
        rule("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", new FieldNoDelete(FieldNoDelete.Unless.NUMBER_RESERVED),
                List.of("CSR", "WIRE_JSON", "WIRE"), false, List.of("WIRE_JSON", "WIRE"), false,
                "A field is deleted only with its number reserved.");
        rule("FIELD_SAME_CARDINALITY", new FieldCardinality(FieldCardinality.Strictness.SAME),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A field keeps its cardinality (optional, required, repeated, map) and presence.");
        rule("FIELD_SAME_CPP_STRING_TYPE", new FieldSameCppStringType(),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A string or bytes field keeps its c++ string type.");
        rule("FIELD_SAME_DEFAULT", new FieldSameDefault(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of(), false,
                "A scalar field keeps its default value.");
        rule("FIELD_SAME_JAVA_UTF8_VALIDATION", new FieldSameJavaUtf8Validation(),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A string field keeps its java utf-8 validation.");
        rule("FIELD_SAME_JSON_NAME", new FieldSameJsonName(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON"), true, List.of("FILE", "PACKAGE", "WIRE_JSON"), true,
                "A field keeps its json name.");
        rule("FIELD_SAME_JSTYPE", new FieldSameJstype(),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A 64-bit integer field keeps its jstype.");
        rule("FIELD_SAME_NAME", new FieldSameName(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON"), true, List.of("FILE", "PACKAGE", "WIRE_JSON"), true,
                "A field number keeps its name.");
        rule("FIELD_SAME_ONEOF", new FieldSameOneof(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "A field stays in (or out of) the same oneof.");
        rule("FIELD_SAME_TYPE", new FieldSameType(),
                List.of("CSR", "FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A field keeps its exact type.");
        rule("FIELD_SAME_UTF8_VALIDATION", new FieldSameUtf8Validation(),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A string field keeps its utf8_validation feature.");
        rule("FIELD_WIRE_COMPATIBLE_CARDINALITY", new FieldCardinality(FieldCardinality.Strictness.WIRE),
                List.of("WIRE"), false, List.of("WIRE"), false,
                "A field keeps a wire-compatible cardinality.");
        rule("FIELD_WIRE_COMPATIBLE_TYPE", new FieldWireCompatibleType(),
                List.of("WIRE"), false, List.of("WIRE"), false,
                "A field keeps a wire-compatible type.");
        rule("FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY", new FieldCardinality(FieldCardinality.Strictness.WIRE_JSON),
                List.of("CSR", "WIRE_JSON"), false, List.of("WIRE_JSON"), false,
                "A field keeps a wire- and json-compatible cardinality.");
        rule("FIELD_WIRE_JSON_COMPATIBLE_TYPE", new FieldWireJsonCompatibleType(),
                List.of("CSR", "WIRE_JSON"), false, List.of("WIRE_JSON"), false,
                "A field keeps a wire- and json-compatible type.");
        rule("FILE_NO_DELETE", new FileNoDelete(),
                List.of("CSR", "FILE"), true, List.of("FILE"), true,
                "A file is not deleted.");
        rule("FILE_SAME_CC_ENABLE_ARENAS", new FileSameOption("cc_enable_arenas", 31, FileOptions::getCcEnableArenas),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option cc_enable_arenas keeps its value.");
        rule("FILE_SAME_CC_GENERIC_SERVICES", new FileSameOption("cc_generic_services", 16, FileOptions::getCcGenericServices),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option cc_generic_services keeps its value.");
        rule("FILE_SAME_CSHARP_NAMESPACE", new FileSameOption("csharp_namespace", 37, FileOptions::getCsharpNamespace),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option csharp_namespace keeps its value.");
        rule("FILE_SAME_GO_PACKAGE", new FileSameOption("go_package", 11, FileOptions::getGoPackage),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option go_package keeps its value.");
        rule("FILE_SAME_JAVA_GENERIC_SERVICES", new FileSameOption("java_generic_services", 17, FileOptions::getJavaGenericServices),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option java_generic_services keeps its value.");
        rule("FILE_SAME_JAVA_MULTIPLE_FILES", new FileSameOption("java_multiple_files", 10, FileOptions::getJavaMultipleFiles),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option java_multiple_files keeps its value.");
        rule("FILE_SAME_JAVA_OUTER_CLASSNAME", new FileSameOption("java_outer_classname", 8, FileOptions::getJavaOuterClassname),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option java_outer_classname keeps its value.");
        rule("FILE_SAME_JAVA_PACKAGE", new FileSameOption("java_package", 1, FileOptions::getJavaPackage),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option java_package keeps its value.");
        rule("FILE_SAME_OBJC_CLASS_PREFIX", new FileSameOption("objc_class_prefix", 36, FileOptions::getObjcClassPrefix),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option objc_class_prefix keeps its value.");
        rule("FILE_SAME_OPTIMIZE_FOR", new FileSameOption("optimize_for", 9, FileOptions::getOptimizeFor),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option optimize_for keeps its value.");
        rule("FILE_SAME_PACKAGE", new FileSamePackage(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "A file keeps its package.");
        rule("FILE_SAME_PHP_CLASS_PREFIX", new FileSameOption("php_class_prefix", 40, FileOptions::getPhpClassPrefix),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option php_class_prefix keeps its value.");
        rule("FILE_SAME_PHP_METADATA_NAMESPACE", new FileSameOption("php_metadata_namespace", 44, FileOptions::getPhpMetadataNamespace),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option php_metadata_namespace keeps its value.");
        rule("FILE_SAME_PHP_NAMESPACE", new FileSameOption("php_namespace", 41, FileOptions::getPhpNamespace),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option php_namespace keeps its value.");
        rule("FILE_SAME_PY_GENERIC_SERVICES", new FileSameOption("py_generic_services", 18, FileOptions::getPyGenericServices),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option py_generic_services keeps its value.");
        rule("FILE_SAME_RUBY_PACKAGE", new FileSameOption("ruby_package", 45, FileOptions::getRubyPackage),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option ruby_package keeps its value.");
        rule("FILE_SAME_SWIFT_PREFIX", new FileSameOption("swift_prefix", 39, FileOptions::getSwiftPrefix),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "File option swift_prefix keeps its value.");
        rule("FILE_SAME_SYNTAX", new FileSameSyntax(),
                List.of("CSR", "FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A file keeps its syntax (proto2, proto3, editions).");
        rule("MESSAGE_NO_DELETE", new MessageNoDelete(),
                List.of("CSR", "FILE"), true, List.of("FILE"), true,
                "A message stays in its file.");
        rule("MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR", new MessageNoRemoveStandardDescriptorAccessor(),
                List.of("CSR", "FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "No_standard_descriptor_accessor does not turn on.");
        rule("MESSAGE_SAME_JSON_FORMAT", new MessageSameJsonFormat(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON"), true, List.of("FILE", "PACKAGE", "WIRE_JSON"), true,
                "A message that supported json keeps supporting it.");
        rule("MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT", new MessageSameMessageSetWireFormat(),
                List.of(), false, List.of(), false,
                "A message keeps message_set_wire_format.");
        rule("MESSAGE_SAME_REQUIRED_FIELDS", new MessageSameRequiredFields(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "Required fields are neither added nor removed.");
        rule("ONEOF_NO_DELETE", new OneofNoDelete(),
                List.of("CSR", "FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "A oneof is not deleted from its message.");
        rule("PACKAGE_ENUM_NO_DELETE", new PackageEnumNoDelete(),
                List.of("PACKAGE"), false, List.of("PACKAGE"), false,
                "An enum stays in its package (it may move between files).");
        rule("PACKAGE_EXTENSION_NO_DELETE", new PackageExtensionNoDelete(),
                List.of("PACKAGE"), false, List.of(), false,
                "An extension stays in its package.");
        rule("PACKAGE_MESSAGE_NO_DELETE", new PackageMessageNoDelete(),
                List.of("PACKAGE"), false, List.of("PACKAGE"), false,
                "A message stays in its package.");
        rule("PACKAGE_NO_DELETE", new PackageNoDelete(),
                List.of("PACKAGE"), false, List.of("PACKAGE"), false,
                "A package is not deleted.");
        rule("PACKAGE_SERVICE_NO_DELETE", new PackageServiceNoDelete(),
                List.of("PACKAGE"), false, List.of("PACKAGE"), false,
                "A service stays in its package.");
        rule("RESERVED_ENUM_NO_DELETE", new ReservedEnumNoDelete(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "Reserved numbers and names of an enum stay reserved.");
        rule("RESERVED_MESSAGE_NO_DELETE", new ReservedMessageNoDelete(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "Reserved numbers and names of a message stay reserved.");
        rule("RPC_NO_DELETE", new RpcNoDelete(),
                List.of("FILE", "PACKAGE"), true, List.of("FILE", "PACKAGE"), true,
                "An rpc stays in its service.");
        rule("RPC_SAME_CLIENT_STREAMING", new RpcSameStreaming(RpcSameStreaming.Side.CLIENT),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "An rpc keeps client streaming on or off.");
        rule("RPC_SAME_IDEMPOTENCY_LEVEL", new RpcSameIdempotencyLevel(),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "An rpc keeps its idempotency_level.");
        rule("RPC_SAME_REQUEST_TYPE", new RpcSameType(RpcSameType.Side.REQUEST),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "An rpc keeps its request message.");
        rule("RPC_SAME_RESPONSE_TYPE", new RpcSameType(RpcSameType.Side.RESPONSE),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "An rpc keeps its response message.");
        rule("RPC_SAME_SERVER_STREAMING", new RpcSameStreaming(RpcSameStreaming.Side.SERVER),
                List.of("CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true, List.of("FILE", "PACKAGE", "WIRE_JSON", "WIRE"), true,
                "An rpc keeps server streaming on or off.");
        rule("SERVICE_NO_DELETE", new ServiceNoDelete(),
                List.of("FILE"), true, List.of("FILE"), true,
                "A service stays in its file.");
        DEPRECATED.put("FIELD_SAME_CTYPE", List.of("FIELD_SAME_CPP_STRING_TYPE"));
        DEPRECATED.put("FIELD_SAME_LABEL", List.of("FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"));
        DEPRECATED.put("FILE_SAME_JAVA_STRING_CHECK_UTF8", List.of("FIELD_SAME_JAVA_UTF8_VALIDATION"));
        DEPRECATED.put("FILE_SAME_PHP_GENERIC_SERVICES", List.of());
        DEPRECATED.put("MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT", List.of());
    }

    private BuiltInRules() {
    }

    private static void rule(String id, Rule rule, List<String> v2Categories, boolean v2Default,
                             List<String> v1Categories, boolean v1Default, String purpose) {
        List<String> v1beta1Categories = V1BETA1_CATEGORIES.getOrDefault(id, v1Categories);
        RULES.put(id, new RuleSpec(id, rule, v2Categories, v2Default, v1Categories, v1Default, v1beta1Categories,
                v1beta1Categories.contains("FILE"), purpose));
    }

    /** All rules by ID, sorted. */
    public static Map<String, RuleSpec> all() {
        return Collections.unmodifiableMap(RULES);
    }

    /** The rules that replace a deprecated ID, or null when the ID is not deprecated. */
    public static List<String> replacements(String id) {
        return DEPRECATED.get(id);
    }

    /** Deprecated IDs with their replacements. */
    public static Map<String, List<String>> deprecated() {
        return Collections.unmodifiableMap(DEPRECATED);
    }
}

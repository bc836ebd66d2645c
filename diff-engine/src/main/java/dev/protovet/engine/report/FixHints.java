package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A one-line fix for each rule: what to do instead of the change that broke clients. */
public final class FixHints {
    private static final Pattern FIELD = Pattern.compile("field \"(\\d+)\" with name \"([^\"]+)\"");
    private static final Pattern ENUM_VALUE = Pattern.compile("enum value \"(-?\\d+)\"");

    private FixHints() {
    }

    public static String hint(Finding finding) {
        String rule = finding.ruleId();
        return switch (rule) {
            case "FIELD_NO_DELETE", "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", "FIELD_NO_DELETE_UNLESS_NAME_RESERVED" ->
                    reserveField(finding.message());
            case "ENUM_VALUE_NO_DELETE", "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
                    "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED" -> reserveEnumValue(finding.message());
            case "RESERVED_ENUM_NO_DELETE", "RESERVED_MESSAGE_NO_DELETE", "EXTENSION_MESSAGE_NO_DELETE" ->
                    "put the range or name back: numbers and names once reserved must stay reserved";
            case "FIELD_SAME_TYPE", "FIELD_WIRE_COMPATIBLE_TYPE", "FIELD_WIRE_JSON_COMPATIBLE_TYPE" ->
                    "keep the old type; add a new field with a new number for the new type and deprecate this one";
            case "FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY" ->
                    "keep the old label; add a new field with a new number for the new cardinality";
            case "FIELD_SAME_NAME" -> "keep the old name; generated code and JSON clients use it";
            case "FIELD_SAME_JSON_NAME" -> "keep the old JSON name (set json_name to it if you rename the field)";
            case "FIELD_SAME_ONEOF" -> "keep the field where it was; add a new field in the other oneof instead";
            case "FIELD_SAME_DEFAULT" -> "keep the old default: readers that never receive the field see it";
            case "FIELD_SAME_JSTYPE", "FIELD_SAME_CPP_STRING_TYPE", "FIELD_SAME_JAVA_UTF8_VALIDATION",
                    "FIELD_SAME_UTF8_VALIDATION", "ENUM_SAME_TYPE", "ENUM_SAME_JSON_FORMAT", "MESSAGE_SAME_JSON_FORMAT",
                    "MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT", "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
                    "RPC_SAME_IDEMPOTENCY_LEVEL" -> "restore the previous option or feature value";
            case "MESSAGE_SAME_REQUIRED_FIELDS", "REQUIRED_FIELD_ADDED", "REQUIRED_FIELD_REMOVED" ->
                    "do not add or remove required fields; add an optional field and validate it in code";
            case "ONEOF_NO_DELETE" -> "keep the oneof; deprecate its fields instead of deleting it";
            case "ENUM_VALUE_SAME_NAME" -> "keep the old name; add the new one as an alias (option allow_alias = true)";
            case "RPC_SAME_REQUEST_TYPE", "RPC_SAME_RESPONSE_TYPE", "RPC_SAME_CLIENT_STREAMING", "RPC_SAME_SERVER_STREAMING" ->
                    "keep the RPC as it was; add a new RPC with the new signature and deprecate the old one";
            case "FIELD_KIND_CHANGED", "FIELD_SCALAR_KIND_CHANGED", "FIELD_NAMED_TYPE_CHANGED" ->
                    "keep a type Confluent accepts in its place; add a new field with a new number for the new type";
            case "FIELD_NUMERIC_LABEL_CHANGED" -> "keep the label; add a new field with a new number for the new label";
            case "MULTIPLE_FIELDS_MOVED_TO_ONEOF", "FIELD_MOVED_TO_EXISTING_ONEOF" ->
                    "leave fields that could be set together outside the oneof; move at most one into a new oneof";
            case "ONEOF_FIELD_REMOVED" -> "keep the field in its oneof and deprecate it";
            case "FILE_SAME_PACKAGE", "PACKAGE_CHANGED" ->
                    "keep the package; add the types to a new file in the new package instead";
            case "FILE_SAME_SYNTAX" -> "keep the syntax: a syntax change alters field presence, defaults and validation";
            case "FILE_NO_DELETE", "MESSAGE_NO_DELETE", "MESSAGE_REMOVED", "ENUM_NO_DELETE", "SERVICE_NO_DELETE",
                    "EXTENSION_NO_DELETE", "RPC_NO_DELETE", "PACKAGE_NO_DELETE", "PACKAGE_MESSAGE_NO_DELETE", "PACKAGE_ENUM_NO_DELETE",
                    "PACKAGE_SERVICE_NO_DELETE", "PACKAGE_EXTENSION_NO_DELETE" ->
                    "keep it and mark it deprecated (option deprecated = true) until no client uses it";
            default -> rule.startsWith("FILE_SAME_")
                    ? "restore the file option's previous value: generated code is named and placed by it"
                    : "restore what was there before";
        };
    }

    private static String reserveField(String message) {
        Matcher field = FIELD.matcher(message);
        if (field.find()) {
            return "reserve " + field.group(1) + " and \"" + field.group(2) + "\" instead of deleting the field: reserved "
                    + field.group(1) + "; reserved \"" + field.group(2) + "\";";
        }
        return "reserve the field's number and name instead of deleting it";
    }

    private static String reserveEnumValue(String message) {
        Matcher value = ENUM_VALUE.matcher(message);
        if (value.find()) {
            return "reserve " + value.group(1) + " and the value's name instead of deleting it: reserved " + value.group(1) + ";";
        }
        return "reserve the value's number and name instead of deleting it";
    }
}

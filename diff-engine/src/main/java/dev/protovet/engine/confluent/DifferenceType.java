package dev.protovet.engine.confluent;

/**
 * The kinds of difference Confluent Schema Registry's protobuf provider finds between two schemas, by its names.
 * A schema is compatible with the previous one, in Confluent's sense, when every difference is of a compatible kind.
 */
public enum DifferenceType {
    /** The schema's file declares another package. */
    PACKAGE_CHANGED(false),
    MESSAGE_ADDED(true),
    MESSAGE_REMOVED(false),
    /** A message has another index among its siblings: serialized message indexes are those of the schema's id. */
    MESSAGE_MOVED(true),
    ENUM_ADDED(true),
    ENUM_REMOVED(true),
    ENUM_CONST_ADDED(true),
    /** The value of a number has another name. */
    ENUM_CONST_CHANGED(true),
    ENUM_CONST_REMOVED(true),
    FIELD_ADDED(true),
    FIELD_REMOVED(true),
    FIELD_NAME_CHANGED(true),
    /** A field changed between scalar (enums count as scalars), map and message. */
    FIELD_KIND_CHANGED(false),
    /** A scalar field left its group of interchangeable types. */
    FIELD_SCALAR_KIND_CHANGED(false),
    /** A message field names another message, or one whose definition changed incompatibly. */
    FIELD_NAMED_TYPE_CHANGED(false),
    /** A numeric or enum field changed between optional, required and repeated. */
    FIELD_NUMERIC_LABEL_CHANGED(false),
    /** A string or bytes field changed between optional, required and repeated. */
    FIELD_STRING_OR_BYTES_LABEL_CHANGED(true),
    REQUIRED_FIELD_ADDED(false),
    REQUIRED_FIELD_REMOVED(false),
    ONEOF_ADDED(true),
    ONEOF_REMOVED(true),
    ONEOF_FIELD_ADDED(true),
    /** A field of a oneof that still exists in some form is gone from the message. */
    ONEOF_FIELD_REMOVED(false),
    ONEOF_FIELD_MOVED_TO_TOP_LEVEL(true),
    /** A oneof now holds two or more fields that were outside any oneof. */
    MULTIPLE_FIELDS_MOVED_TO_ONEOF(false),
    /** A oneof now holds fields from different places (another oneof, or outside any): they were not exclusive. */
    FIELD_MOVED_TO_EXISTING_ONEOF(false);

    private final boolean compatible;

    DifferenceType(boolean compatible) {
        this.compatible = compatible;
    }

    /** Whether Confluent accepts a schema with this difference (its {@code SchemaDiff.COMPATIBLE_CHANGES}). */
    public boolean compatible() {
        return compatible;
    }
}

package dev.protovet.registry.core;

import java.util.List;

/** A request the registry refuses, with Confluent's HTTP status and {@code error_code}. */
public final class RegistryException extends RuntimeException {
    private final int status;
    private final int errorCode;

    public RegistryException(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    public static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject '" + subject + "' not found.");
    }

    public static RegistryException versionNotFound(String subject, Object version) {
        return new RegistryException(404, 40402, "Version " + version + " not found in subject '" + subject + "'.");
    }

    public static RegistryException schemaNotFound(String what) {
        return new RegistryException(404, 40403, what);
    }

    public static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(404, 40404, "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
    }

    public static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(404, 40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    public static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted. Set permanent=true to delete permanently");
    }

    public static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    public static RegistryException subjectConfigNotFound(String subject) {
        return new RegistryException(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    public static RegistryException subjectModeNotFound(String subject) {
        return new RegistryException(404, 40409, "Subject '" + subject + "' does not have subject-level mode configured");
    }

    public static RegistryException incompatible(String subject, List<String> messages) {
        return new RegistryException(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
                + subject + "\", details: " + messages);
    }

    public static RegistryException invalidSchema(String message) {
        return new RegistryException(422, 42201, "Invalid schema: " + message);
    }

    public static RegistryException invalidVersion(String version) {
        return new RegistryException(422, 42202, "The specified version '" + version + "' is not a valid version id. "
                + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    public static RegistryException invalidCompatibilityLevel(String level) {
        return new RegistryException(422, 42203, "Invalid compatibility level. Valid values are none, backward, forward, "
                + "full, backward_transitive, forward_transitive, and full_transitive; got '" + level + "'");
    }

    public static RegistryException invalidMode(String mode) {
        return new RegistryException(422, 42204, "Invalid mode. Valid values are READWRITE, READONLY and IMPORT; got '"
                + mode + "'");
    }

    public static RegistryException notPermitted(String message) {
        return new RegistryException(422, 42205, message);
    }

    public static RegistryException referenceExists(String message) {
        return new RegistryException(422, 42206, message);
    }

    public static RegistryException idMismatch(String message) {
        return new RegistryException(422, 42207, message);
    }

    public static RegistryException invalidSubject(String subject, String why) {
        return new RegistryException(422, 42208, "Invalid subject '" + subject + "': " + why);
    }

    public static RegistryException invalidRules(String message) {
        return new RegistryException(422, 42210, message);
    }

    /** The database cannot be reached; nothing was written. */
    public static RegistryException storeUnavailable() {
        return new RegistryException(503, 50003, "Error in the backend data store: the database cannot be reached "
                + "now; nothing was changed. Try again when it is back (GET /health/ready says when).");
    }

    /** The connection broke while a write was being committed: it may or may not have been stored. */
    public static RegistryException outcomeUnknown() {
        return new RegistryException(503, 50003, "Error in the backend data store: the connection to the database "
                + "broke while this change was being committed, so whether it was stored is unknown. Read the "
                + "current state (for a registration: POST /subjects/{subject} with the same schema) before trying "
                + "again.");
    }

    public static RegistryException badRequest(String message) {
        return new RegistryException(400, 400, message);
    }
}

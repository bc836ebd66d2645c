package dev.protovet.registry.model;

import java.time.Instant;

/** One version of a subject: which schema id it is, and whether it was soft-deleted. */
public record SubjectVersion(String subject, int version, int schemaId, boolean deleted, Instant registeredAt) {
}

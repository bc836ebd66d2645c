-- The registry's first schema. The same SQL runs on H2 (in its PostgreSQL mode) and on PostgreSQL.

-- Schema text, stored once however many ids, subjects and versions share it.
CREATE TABLE schema_contents (
    sha256      CHAR(64)     NOT NULL PRIMARY KEY,
    schema_text TEXT         NOT NULL
);

-- A schema id: one canonical text of one type with one list of references.
CREATE SEQUENCE schema_ids START WITH 1;
CREATE TABLE schemas (
    id             INTEGER     NOT NULL PRIMARY KEY,
    -- SHA-256 of type, canonical text and references: the same schema always gets the same id
    fingerprint    CHAR(64)    NOT NULL UNIQUE,
    schema_type    VARCHAR(16) NOT NULL,
    content_sha256 CHAR(64)    NOT NULL REFERENCES schema_contents (sha256),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The imports of a schema that point at other subjects' versions, in the order the client sent them.
CREATE TABLE schema_references (
    schema_id INTEGER       NOT NULL REFERENCES schemas (id),
    position  INTEGER       NOT NULL,
    name      VARCHAR(1024) NOT NULL,
    subject   VARCHAR(1024) NOT NULL,
    version   INTEGER       NOT NULL,
    PRIMARY KEY (schema_id, position)
);
CREATE INDEX schema_references_by_target ON schema_references (subject, version);

-- One row per subject ever registered: registrations lock it, so versions of a subject are numbered one at a time.
CREATE TABLE subjects (
    name       VARCHAR(1024) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE subject_versions (
    subject       VARCHAR(1024) NOT NULL REFERENCES subjects (name),
    version       INTEGER       NOT NULL,
    schema_id     INTEGER       NOT NULL REFERENCES schemas (id),
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject, version)
);
CREATE INDEX subject_versions_by_schema ON subject_versions (schema_id);

-- Compatibility settings; the row with scope '' is the global one, any other scope is a subject.
CREATE TABLE compatibility_configs (
    scope               VARCHAR(1024) NOT NULL PRIMARY KEY,
    compatibility_level VARCHAR(32),
    -- buf rule and category IDs, comma-separated, that decide what "compatible" means
    compatibility_rules VARCHAR(4000),
    normalize           BOOLEAN
);

-- READWRITE, READONLY or IMPORT; the row with scope '' is the global one.
CREATE TABLE modes (
    scope VARCHAR(1024) NOT NULL PRIMARY KEY,
    mode  VARCHAR(16)   NOT NULL
);

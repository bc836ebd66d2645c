-- Confluent's schema contexts and schema GUIDs.
--
-- A subject named ':.team-a:orders-value' lives in context '.team-a'; every other subject in the default context '.'.
-- Schema ids are counted per context: context_id is the id clients see. In the default context it equals the
-- row's id, as before; rows of other contexts have negative ids of their own, so the two never collide.
ALTER TABLE schemas ADD COLUMN context VARCHAR(255) NOT NULL DEFAULT '.';
ALTER TABLE schemas ADD COLUMN context_id INTEGER;
UPDATE schemas SET context_id = id;
ALTER TABLE schemas ALTER COLUMN context_id SET NOT NULL;
CREATE UNIQUE INDEX schemas_by_context_id ON schemas (context, context_id);

-- A schema's GUID: the same for the same schema in every context and every registry (the first 128 bits of its
-- content fingerprint, as a UUID), unless an import carried Confluent's own.
ALTER TABLE schemas ADD COLUMN guid CHAR(36);
UPDATE schemas SET guid = SUBSTRING(fingerprint, 1, 8) || '-' || SUBSTRING(fingerprint, 9, 4) || '-'
    || SUBSTRING(fingerprint, 13, 4) || '-' || SUBSTRING(fingerprint, 17, 4) || '-' || SUBSTRING(fingerprint, 21, 12);
ALTER TABLE schemas ALTER COLUMN guid SET NOT NULL;
CREATE INDEX schemas_by_guid ON schemas (guid);

-- The contexts that have held a subject; a registration in a new context locks its row to number its ids.
CREATE TABLE contexts (
    name       VARCHAR(255) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

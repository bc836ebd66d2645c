-- Confluent's data contracts: a schema id's metadata (properties, tags, sensitive) and rule set, as canonical JSON.
-- Both are part of what makes a schema id (they go into its fingerprint); null when the client sent none.
ALTER TABLE schemas ADD COLUMN metadata TEXT;
ALTER TABLE schemas ADD COLUMN rule_set TEXT;

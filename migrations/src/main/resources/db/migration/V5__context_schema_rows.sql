-- Row ids of schemas in contexts other than the default one (stored negated) come from a sequence of their own, so
-- that registering in a context no longer takes an id the default context would have given next (Confluent counts
-- the default context's ids 1, 2, 3, ... whatever happens in other contexts). It starts far above the ids earlier
-- versions took from schema_ids for such rows, so none is taken twice.
CREATE SEQUENCE context_schema_rows START WITH 1000000000;

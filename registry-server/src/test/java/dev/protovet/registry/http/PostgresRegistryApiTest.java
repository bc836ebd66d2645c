package dev.protovet.registry.http;

import dev.protovet.registry.store.DatabaseSettings;

/** The API contract on PostgreSQL, each test on a fresh database. */
class PostgresRegistryApiTest extends RegistryApiContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.postgres();
    }

    @Override
    void dropDatabase(DatabaseSettings settings) {
        TestDatabases.dropPostgres(settings);
    }
}

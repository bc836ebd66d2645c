package dev.protovet.registry.http;

import dev.protovet.registry.store.DatabaseSettings;

/** The API contract on the embedded default database. */
class H2RegistryApiTest extends RegistryApiContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2();
    }
}

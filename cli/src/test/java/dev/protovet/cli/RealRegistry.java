package dev.protovet.cli;

import dev.protovet.registry.core.Registry;
import dev.protovet.registry.http.App;
import dev.protovet.registry.http.AppSettings;
import dev.protovet.registry.http.Credentials;
import dev.protovet.registry.store.Database;
import dev.protovet.registry.store.DatabaseSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** protovet's registry server on a loopback port, over an in-memory database, with one admin user. */
final class RealRegistry implements AutoCloseable {
    private final Database database;
    private final Javalin app;

    RealRegistry(Path dir, String user, String password) {
        try {
            Path auth = Files.writeString(dir.resolve("registry-auth"), "user " + user + " " + password + " admin\n");
            database = Database.open(DatabaseSettings.inMemory("cli-" + UUID.randomUUID()));
            AppSettings defaults = AppSettings.defaults();
            app = App.create(Registry.open(database), new AppSettings("127.0.0.1", 0,
                    defaults.maxRequestBytes(), defaults.clusterId(), Credentials.read(auth, false)));
            app.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}

package dev.protovet.registry;

import dev.protovet.registry.core.Registry;
import dev.protovet.registry.core.Caches;
import dev.protovet.registry.http.App;
import dev.protovet.registry.http.AppSettings;
import dev.protovet.registry.store.Database;
import io.javalin.Javalin;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Starts the registry: options, database (migrated), HTTP. Exit code 2 for bad options, 1 when it cannot start. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServerOptions options = new ServerOptions();
        CommandLine line = ServerOptions.commandLine(options, System::getenv);
        AppSettings app;
        List<String> rules;
        Caches.Limits caches;
        try {
            line.parseArgs(args);
            if (line.isUsageHelpRequested()) {
                line.usage(System.out);
                return;
            }
            app = options.app();
            rules = options.defaultRules();
            caches = options.caches();
        } catch (ParameterException | IllegalArgumentException e) {
            System.err.println("protovet-registry: " + e.getMessage());
            System.err.println("Run protovet-registry --help for the options.");
            System.exit(2);
            return;
        }
        Database database;
        try {
            database = Database.open(options.database());
        } catch (RuntimeException e) {
            System.err.println("protovet-registry: cannot open the database " + options.database().jdbcUrl() + ": "
                    + rootMessage(e));
            System.exit(1);
            return;
        }
        Javalin server = App.create(Registry.open(database, caches, rules), app);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            database.close();
        }));
        try {
            server.start();
        } catch (RuntimeException e) {
            System.err.println("protovet-registry: cannot listen on " + app.host() + ":" + app.port() + ": "
                    + rootMessage(e));
            database.close();
            System.exit(1);
        }
        System.out.println("protovet-registry listening on " + (app.tls() == null ? "http" : "https")
                + "://" + app.host() + ":" + server.port() + " (database " + options.database().jdbcUrl() + ")");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

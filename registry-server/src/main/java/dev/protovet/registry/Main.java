package dev.protovet.registry;

import dev.protovet.registry.core.SchemaRegistry;
import dev.protovet.registry.http.App;
import dev.protovet.registry.store.Database;
import io.javalin.Javalin;

/** Starts the registry: options, database (migrated), HTTP. Exit code 2 for bad options, 1 when it cannot start. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args, System::getenv);
        } catch (IllegalArgumentException e) {
            System.err.println("protovet-registry: " + e.getMessage());
            System.err.print(ServerOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(ServerOptions.USAGE);
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
        Javalin app = App.create(new SchemaRegistry(database), database, options.app());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
        }));
        try {
            app.start();
        } catch (RuntimeException e) {
            System.err.println("protovet-registry: cannot listen on " + options.app().host() + ":" + options.app().port()
                    + ": " + rootMessage(e));
            database.close();
            System.exit(1);
        }
        System.out.println("protovet-registry listening on " + (options.app().tls() == null ? "http" : "https")
                + "://" + options.app().host() + ":" + app.port()
                + " (database " + options.database().jdbcUrl() + ")");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

package dev.protovet.registry.http;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTPS connector the registry listens on when a keystore is configured. */
final class Tls {
    private Tls() {
    }

    static ServerConnector connector(Server server, HttpConfiguration http, AppSettings settings) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(settings.tls().keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(settings.tls().password());
        HttpConfiguration https = new HttpConfiguration(http);
        // clients reach registries by address as often as by name; the certificate's names are the client's to check
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }
}

package dev.protovet.registry.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy between the registry and its PostgreSQL, so a test can take the database away for real: {@link #cut}
 * breaks every connection and refuses new ones (a database that went down), {@link #restore} lets them through
 * again, and {@link #cutAfterCommit} forwards the next COMMIT to the database and breaks the connection before its
 * answer comes back (a connection lost while a write was being committed).
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicBoolean cutAfterCommit = new AtomicBoolean();
    private final Thread acceptor;

    TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        acceptor = new Thread(this::accept, "tcp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Breaks every open connection; new ones are closed as soon as they arrive, as a refused connection would be. */
    void cut() {
        up.set(false);
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    void restore() {
        up.set(true);
    }

    /** The next COMMIT reaches the database, but the connection breaks before the database's answer arrives. */
    void cutAfterCommit() {
        cutAfterCommit.set(true);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (!up.get()) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket("127.0.0.1", targetPort);
                open.add(client);
                open.add(server);
                AtomicBoolean holdReplies = new AtomicBoolean();
                pump(client, server, true, holdReplies);
                pump(server, client, false, holdReplies);
            } catch (IOException e) {
                // listener closed, or the database refused: the client sees its connection close
            }
        }
    }

    private void pump(Socket from, Socket to, boolean towardsDatabase, AtomicBoolean holdReplies) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    boolean commit = towardsDatabase && cutAfterCommit.get()
                            && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains("COMMIT");
                    if (commit) {
                        cutAfterCommit.set(false);
                        holdReplies.set(true);
                    }
                    if (!towardsDatabase && holdReplies.get()) {
                        continue;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (commit) {
                        // let the database commit, then break the connection: its answer never reaches the client
                        Thread.sleep(500);
                        closeQuietly(from);
                        closeQuietly(to);
                        return;
                    }
                }
            } catch (IOException | InterruptedException e) {
                // one side closed: close the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }
}

package dev.protovet.inputs;

import java.io.PrintStream;
import java.util.Locale;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.transfer.TransferResource;

/**
 * One line per downloaded artifact, for a person at a terminal: rewritten in place while the download runs
 * ({@code Downloading orders-1.0.jar from central: 120/450 kB}), then left as {@code Downloaded orders-1.0.jar from
 * central (450 kB)}. Checksum and metadata files, which are small and many, are not shown.
 */
final class DownloadProgress extends AbstractTransferListener {
    /** Carriage return and "erase to the end of the line": the next text replaces the line in place. */
    private static final String REWRITE = "\r\u001b[K";
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private long lastRedraw;

    DownloadProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void transferProgressed(TransferEvent event) {
        TransferResource resource = event.getResource();
        long now = System.nanoTime();
        if (!shown(resource) || now - lastRedraw < REDRAW_NANOS) {
            return;
        }
        lastRedraw = now;
        long total = resource.getContentLength();
        out.print(REWRITE + "Downloading " + name(resource) + " from " + resource.getRepositoryId() + ": "
                + kilobytes(event.getTransferredBytes()) + (total > 0 ? "/" + kilobytes(total) : "") + " kB");
        out.flush();
    }

    @Override
    public synchronized void transferSucceeded(TransferEvent event) {
        TransferResource resource = event.getResource();
        if (shown(resource)) {
            out.print(REWRITE + "Downloaded " + name(resource) + " from " + resource.getRepositoryId() + " ("
                    + kilobytes(event.getTransferredBytes()) + " kB)\n");
            out.flush();
        }
    }

    @Override
    public synchronized void transferFailed(TransferEvent event) {
        // not in this repository, or broken: the resolver tries the next one, or its error says what went wrong
        if (shown(event.getResource())) {
            out.print(REWRITE);
            out.flush();
        }
    }

    @Override
    public void transferCorrupted(TransferEvent event) {
        transferFailed(event);
    }

    private static boolean shown(TransferResource resource) {
        String name = resource.getResourceName().toLowerCase(Locale.ROOT);
        return !(name.endsWith(".sha1") || name.endsWith(".md5") || name.endsWith(".sha256")
                || name.endsWith(".sha512") || name.endsWith(".asc") || name.endsWith("maven-metadata.xml"));
    }

    private static String name(TransferResource resource) {
        String name = resource.getResourceName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String kilobytes(long bytes) {
        return Long.toString((bytes + 1023) / 1024);
    }
}

package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.RepositorySystemSession.SessionBuilder;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ChecksumFailureException;

/**
 * {@code maven:} inputs outside a Maven build: Maven's own resolver with the user's settings ({@link MavenSettings}),
 * so that the local repository, mirrors, proxies, credentials, checksums and SNAPSHOT metadata work as in Maven.
 * Its classes load only when a {@code maven:} input is resolved.
 */
public final class StandaloneMavenResolver implements MavenArtifactSource {
    private final PrintStream progress;

    /** @param progress where to show each download as it runs (a terminal), or null to show nothing */
    public StandaloneMavenResolver(PrintStream progress) {
        this.progress = progress;
    }

    @Override
    public Path fetch(String input, MavenCoordinates coordinates) {
        MavenSettings settings = MavenSettings.load();
        DefaultArtifact artifact = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(),
                coordinates.classifierOrEmpty(), coordinates.extension(), coordinates.version());
        try (RepositorySystem system = new RepositorySystemSupplier().get();
             CloseableSession session = withProgress(settings.configure(new SessionBuilderSupplier(system).get()))
                     .build()) {
            List<RemoteRepository> repositories = system.newResolutionRepositories(session, settings.repositories());
            try {
                return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                        .getArtifact().getPath();
            } catch (ArtifactResolutionException e) {
                throw new InputException(input, whyNot(coordinates, settings.localRepository(), repositories, e));
            }
        }
    }

    private SessionBuilder withProgress(SessionBuilder session) {
        return progress == null ? session : session.setTransferListener(new DownloadProgress(progress));
    }

    /** One line: where it looked, or what went wrong with the download (a checksum mismatch first). */
    private static String whyNot(MavenCoordinates coordinates, Path local, List<RemoteRepository> repositories,
                                 ArtifactResolutionException e) {
        List<Exception> causes = e.getResult().getExceptions();
        for (Exception cause : causes) {
            ChecksumFailureException checksum = find(cause, ChecksumFailureException.class);
            if (checksum != null) {
                return "checksum mismatch downloading " + coordinates + ": " + oneLine(checksum.getMessage());
            }
        }
        String looked = "no " + coordinates + " in the local repository " + local + " or in "
                + repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").collect(Collectors.joining(", "));
        return causes.stream().filter(c -> !(c instanceof ArtifactNotFoundException)).findFirst()
                .map(c -> looked + ": " + oneLine(c.getMessage()))
                .orElse(looked);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }
}

package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Resolves {@code maven:group:artifact:version[:classifier][@extension]} as Maven would: the local repository
 * first, then each remote repository of the user's settings (downloaded into the local repository). A jar's
 * .proto files become the input; a descriptor set (an {@code @binpb} attachment, or one inside the jar) is used as is.
 */
final class MavenArtifacts {
    private MavenArtifacts() {
    }

    static ResolvedInput resolve(InputSpec spec) {
        MavenCoordinates coordinates = MavenCoordinates.parse(spec.location());
        Path file = fetch(spec.text(), coordinates, MavenSettings.load());
        if (!coordinates.extension().equals("jar") && !coordinates.extension().equals("zip")) {
            return new ResolvedInput(file, null); // a descriptor set, read directly
        }
        return Archives.extract(new InputSpec(spec.text(), file.toString(), spec.options()), true);
    }

    static Path fetch(String text, MavenCoordinates coordinates, MavenSettings settings) {
        Path local = settings.localRepository().resolve(coordinates.repositoryPath());
        if (Files.isRegularFile(local)) {
            return local;
        }
        List<String> tried = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        for (MavenSettings.Repository repository : settings.repositories()) {
            String url = repository.url().replaceAll("/+$", "") + "/" + coordinates.repositoryPath();
            tried.add(repository.id());
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
                if (repository.username() != null) {
                    String token = repository.username() + ":" + (repository.password() == null ? "" : repository.password());
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
                }
                HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 200) {
                    Files.createDirectories(local.getParent());
                    Path part = Files.createTempFile(local.getParent(), coordinates.fileName(), ".part");
                    try (InputStream body = response.body()) {
                        Files.copy(body, part, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(part, local, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return local;
                }
                response.body().close();
            } catch (IOException | IllegalArgumentException e) {
                tried.set(tried.size() - 1, repository.id() + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException(text, "interrupted while downloading");
            }
        }
        throw new InputException(text, "no " + coordinates + " in the local repository " + settings.localRepository()
                + " or in " + String.join(", ", tried));
    }
}

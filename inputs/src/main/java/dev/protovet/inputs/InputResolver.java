package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes any input reference loadable: local paths as they are; git refs, archives, Maven artifacts and registry
 * subjects fetched or extracted to a temp dir.
 */
public final class InputResolver {
    private final String registryAuth;
    private final MavenArtifactSource maven;

    /**
     * @param registryAuth the credentials a registry input logs in with ({@code user:password} or a token); null
     *                     means those of {@code PROTOVET_REGISTRY_AUTH}
     * @param maven        where {@code maven:} inputs come from
     */
    public InputResolver(String registryAuth, MavenArtifactSource maven) {
        this.registryAuth = registryAuth;
        this.maven = maven;
    }

    /** Outside a Maven build: registry credentials from the environment, Maven artifacts as settings.xml says. */
    public static InputResolver standalone() {
        return standalone(null);
    }

    /**
     * {@link #standalone()}, showing each Maven download on {@code downloadProgress} as it runs (for a terminal; null
     * shows nothing). Maven's resolver classes load only once a maven: input comes.
     */
    public static InputResolver standalone(PrintStream downloadProgress) {
        return new InputResolver(null,
                (input, coordinates) -> new StandaloneMavenResolver(downloadProgress).fetch(input, coordinates));
    }

    /** {@link #standalone()}'s resolution of {@code text}. */
    public static ResolvedInput resolve(String text) {
        return standalone().resolveInput(text);
    }

    public ResolvedInput resolveInput(String text) {
        InputSpec spec = InputSpec.parse(text);
        ResolvedInput resolved = switch (spec.kind()) {
            case LOCAL -> new ResolvedInput(Path.of(spec.location()), null);
            case GIT -> GitTree.checkout(spec);
            case ZIP, TAR -> Archives.extract(spec, false);
            case MAVEN -> MavenArtifacts.resolve(spec, maven);
            case REGISTRY -> RegistrySubject.fetch(spec, registryAuth != null ? registryAuth
                    : System.getenv("PROTOVET_REGISTRY_AUTH"));
        };
        String subdir = spec.option("subdir");
        if (subdir == null || spec.kind() == InputSpec.Kind.LOCAL || !Files.isDirectory(resolved.path())) {
            return resolved;
        }
        Path inside = resolved.path().resolve(subdir).normalize();
        if (!inside.startsWith(resolved.path()) || !Files.isDirectory(inside)) {
            resolved.close();
            throw new InputException(text, "no directory \"" + subdir + "\" with .proto files in it");
        }
        return new ResolvedInput(inside, resolved.scratch());
    }
}

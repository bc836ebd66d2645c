package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import dev.protovet.inputs.registry.RegistrySubject;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes any input reference loadable: local paths as they are; git refs, archives, Maven artifacts and registry
 * subjects fetched or extracted to a temp dir.
 */
public final class InputResolver {
    private InputResolver() {
    }

    public static ResolvedInput resolve(String text) {
        return resolve(text, null);
    }

    /**
     * The same, with the credentials a registry input logs in with ({@code user:password} or a token); null means
     * those of {@code PROTOVET_REGISTRY_AUTH}.
     */
    public static ResolvedInput resolve(String text, String registryAuth) {
        InputSpec spec = InputSpec.parse(text);
        ResolvedInput resolved = switch (spec.kind()) {
            case LOCAL -> new ResolvedInput(Path.of(spec.location()), null);
            case GIT -> GitTree.checkout(spec);
            case ZIP, TAR -> Archives.extract(spec, false);
            case MAVEN -> MavenArtifacts.resolve(spec);
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

package dev.protovet.inputs;

import java.nio.file.Path;

/**
 * {@code maven:group:artifact:version[:classifier][@extension]} as an input: a jar's .proto files, or a descriptor
 * set (an {@code @binpb} attachment, or one inside the jar) as it is.
 */
final class MavenArtifacts {
    private MavenArtifacts() {
    }

    static ResolvedInput resolve(InputSpec spec, MavenArtifactSource source) {
        MavenCoordinates coordinates = MavenCoordinates.parse(spec.location());
        Path file = source.fetch(spec.text(), coordinates);
        if (!coordinates.isArchive()) {
            return new ResolvedInput(file, null); // a descriptor set, read directly
        }
        return Archives.extract(new InputSpec(spec.text(), file.toString(), spec.options()), true);
    }
}

package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import java.util.Arrays;

/**
 * {@code maven:group:artifact:version[:classifier][@extension]}, the extension defaulting to jar.
 *
 * @param classifier null when there is none
 */
public record MavenCoordinates(String groupId, String artifactId, String version, String classifier, String extension) {

    static MavenCoordinates parse(String text) {
        String body = text.substring(InputSpec.MAVEN_PREFIX.length());
        String extension = "jar";
        int at = body.lastIndexOf('@');
        if (at >= 0) {
            extension = body.substring(at + 1);
            body = body.substring(0, at);
        }
        String[] parts = body.split(":", -1);
        if (parts.length < 3 || parts.length > 4 || Arrays.stream(parts).anyMatch(String::isBlank) || extension.isBlank()) {
            throw new InputException(text, "expected maven:group:artifact:version[:classifier][@extension]");
        }
        return new MavenCoordinates(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : null, extension);
    }

    /** The classifier, or the empty string when there is none (as Maven's resolver takes it). */
    public String classifierOrEmpty() {
        return classifier == null ? "" : classifier;
    }

    /** Whether the file is an archive of .proto files (a jar or zip) rather than a descriptor set. */
    boolean isArchive() {
        return extension.equals("jar") || extension.equals("zip");
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier)
                + ("jar".equals(extension) ? "" : "@" + extension);
    }
}

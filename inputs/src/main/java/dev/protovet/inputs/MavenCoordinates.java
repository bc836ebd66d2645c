package dev.protovet.inputs;

import dev.protovet.engine.InputException;

/** {@code maven:group:artifact:version[:classifier][@extension]}, the extension defaulting to jar. */
record MavenCoordinates(String groupId, String artifactId, String version, String classifier, String extension) {

    static final String PREFIX = "maven:";

    static MavenCoordinates parse(String text) {
        String body = text.substring(PREFIX.length());
        String extension = "jar";
        int at = body.lastIndexOf('@');
        if (at >= 0) {
            extension = body.substring(at + 1);
            body = body.substring(0, at);
        }
        String[] parts = body.split(":", -1);
        if (parts.length < 3 || parts.length > 4 || java.util.Arrays.stream(parts).anyMatch(String::isBlank) || extension.isBlank()) {
            throw new InputException(text, "expected maven:group:artifact:version[:classifier][@extension]");
        }
        return new MavenCoordinates(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : null, extension);
    }

    /** The file's path inside a Maven repository: {@code org/acme/api/1.0/api-1.0-protoset.binpb}. */
    String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + fileName();
    }

    String fileName() {
        return artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + extension;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier)
                + ("jar".equals(extension) ? "" : "@" + extension);
    }
}

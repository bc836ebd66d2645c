package dev.protovet.cli;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.util.JsonFormat;
import dev.protovet.engine.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code protovet build -o} writes an image, in the form its extension names: binary, or buf's JSON form. Any
 * other name is refused before anything is compiled, rather than written as binary under a misleading name (buf
 * writes binary then). Extensions match as the readers match them: case by case.
 */
final class ImageOutput {
    /** The binary extensions, as buf writes and protovet reads them. */
    static final List<String> BINARY = List.of(".binpb", ".bin", ".pb", ".desc", ".protoset");
    static final String JSON = ".json";

    private final Path file;
    private final boolean json;

    private ImageOutput(Path file, boolean json) {
        this.file = file;
        this.json = json;
    }

    /** The output {@code file}; an unknown extension is an error naming it and the accepted ones. */
    static ImageOutput of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? "" : name.substring(dot);
        if (extension.equals(JSON) || BINARY.contains(extension)) {
            return new ImageOutput(file, extension.equals(JSON));
        }
        String accepted = String.join(", ", BINARY) + " (binary) or " + JSON + " (JSON)";
        throw new IllegalArgumentException("-o " + file + ": " + (extension.isEmpty() ? "no extension"
                : "unknown extension \"" + extension + "\"") + "; the image file must end in " + accepted);
    }

    void write(FileDescriptorSet set) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (json) {
                Files.writeString(file, JsonFormat.printer().print(set), StandardCharsets.UTF_8);
            } else {
                Files.write(file, set.toByteArray());
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot write: " + e.getMessage());
        }
    }
}

package dev.protovet.engine.model;

import java.util.List;

/** A compiled set of files: what one side of a breaking check sees. */
public record Image(List<ProtoFile> files) {

    public Image {
        files = List.copyOf(files);
    }

    /** The same image without the files that are only imports. */
    public Image withoutImports() {
        return new Image(files.stream().filter(f -> !f.isImport()).toList());
    }
}

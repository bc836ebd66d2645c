package dev.protovet.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.Fixtures;
import dev.protovet.engine.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large tree is compiled by several protoc processes at once; what comes out is byte for byte what one protoc run
 * over all the files writes (the same files, in the same order, with the same source info).
 */
class SplitCompileTest {
    private static final int PACKAGES = 25;
    private static final int FILES_PER_PACKAGE = 10;

    @TempDir
    Path root;

    /** File k of package p imports two files of earlier packages and a well-known type, so groups share imports. */
    private List<Path> tree() throws IOException {
        for (int p = 0; p < PACKAGES; p++) {
            for (int k = 0; k < FILES_PER_PACKAGE; k++) {
                StringBuilder text = new StringBuilder("syntax = \"proto3\";\npackage pkg" + p + ";\n");
                text.append("import \"google/protobuf/timestamp.proto\";\n");
                if (p > 0) {
                    text.append("import \"pkg").append(p / 2).append("/f").append(k).append(".proto\";\n");
                    text.append("import \"pkg").append(p - 1).append("/f").append((k + 3) % FILES_PER_PACKAGE)
                            .append(".proto\";\n");
                }
                text.append("// message ").append(k).append(" of package ").append(p).append('\n');
                text.append("message M").append(k).append(" {\n  google.protobuf.Timestamp at = 1;\n");
                if (p > 0) {
                    text.append("  pkg").append(p / 2).append(".M").append(k).append(" half = 2;\n");
                    text.append("  pkg").append(p - 1).append(".M").append((k + 3) % FILES_PER_PACKAGE)
                            .append(" before = 3;\n");
                }
                text.append("}\n");
                Fixtures.write(root, "pkg" + p + "/f" + k + ".proto", text.toString());
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".proto")).sorted().toList();
        }
    }

    /** Two processes whatever the machine has (250 files would be split in two on two cores anyway). */
    private static ProtocCompiler twoProcesses() {
        Path protoc = Fixtures.protoc().executable();
        protoc.toFile().setExecutable(true);
        return new ProtocCompiler(protoc, 2);
    }

    /** One protoc run over every file, as the reference. */
    private FileDescriptorSet oneRun(List<Path> files) throws Exception {
        Path out = root.resolveSibling(root.getFileName() + "-one.binpb");
        List<String> command = new ArrayList<>(List.of(Fixtures.protoc().executable().toString(),
                "--proto_path=" + root, "--proto_path=" + WellKnownTypes.includeDirectory(), "--include_imports",
                "--include_source_info", "--descriptor_set_out=" + out));
        files.forEach(f -> command.add(f.toString()));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
        return FileDescriptorSet.parseFrom(Files.readAllBytes(out));
    }

    @Test
    void severalProcessesWriteWhatOneRunWrites() throws Exception {
        List<Path> files = tree();
        FileDescriptorSet split = twoProcesses().compile(List.of(root), files);
        FileDescriptorSet reference = oneRun(files);
        assertThat(split.getFileCount()).isEqualTo(PACKAGES * FILES_PER_PACKAGE + 1);
        assertThat(split.getFileList().stream().map(f -> f.getName()).toList())
                .isEqualTo(reference.getFileList().stream().map(f -> f.getName()).toList());
        assertThat(split).isEqualTo(reference);
    }

    @Test
    void anErrorInAFileSeveralGroupsImportIsReportedOnce() throws Exception {
        List<Path> files = tree();
        Files.writeString(root.resolve("pkg0/f1.proto"), "syntax = \"proto3\";\npackage pkg0;\nmessage M1 {\n  string a = 1\n}\n");
        assertThatThrownBy(() -> twoProcesses().compile(List.of(root), files))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems())
                        .filteredOn(p -> p.file().equals("pkg0/f1.proto") && p.line() == 5).hasSize(1));
    }
}

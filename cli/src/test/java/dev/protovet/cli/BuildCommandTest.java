package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.load.BufImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protovet build}: images a later {@code protovet breaking} (or buf) can use as the baseline. */
@Tag("distribution") // runs the packaged launcher
class BuildCommandTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void writesABufImageWithSourceInfoAndImportsMarked() throws Exception {
        Path image = dir.resolve("before.binpb");
        var result = Launcher.run(EXAMPLES, "build", "before", "-o", image.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();

        FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(image));
        FileDescriptorProto orders = file(set, "acme/orders/v1/orders.proto");
        assertThat(orders.hasSourceCodeInfo()).isTrue();
        assertThat(BufImages.isImport(orders)).isFalse();
        assertThat(BufImages.isImport(file(set, "google/protobuf/timestamp.proto"))).isTrue();
    }

    @Test
    void aBuiltBaselineGivesTheSameFindingsAsTheSources() throws Exception {
        Path image = dir.resolve("before.json");
        assertThat(Launcher.run(EXAMPLES, "build", "before", "-o", image.toString()).exitCode()).isZero();
        var fromImage = Launcher.run(EXAMPLES, "breaking", "after", "--against", image.toString());
        var fromSources = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before");
        assertThat(fromImage.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(fromImage.out()).isEqualTo(fromSources.out());
    }

    @Test
    void excludeImportsAndSourceInfo() throws Exception {
        Path image = dir.resolve("slim.binpb");
        assertThat(Launcher.run(EXAMPLES, "build", "before", "-o", image.toString(), "--exclude-imports",
                "--exclude-source-info").exitCode()).isZero();
        FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(image));
        assertThat(set.getFileList()).extracting(FileDescriptorProto::getName).containsExactly("acme/orders/v1/orders.proto");
        assertThat(set.getFile(0).hasSourceCodeInfo()).isFalse();
    }

    @Test
    void anUnknownExtensionIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        for (String name : List.of("out.txt", "out.txtpb", "out")) {
            Path image = dir.resolve(name);
            var result = Launcher.run(EXAMPLES, "build", "before", "-o", image.toString());
            assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(result.err()).isEqualTo("protovet: -o " + image + ": "
                    + (name.contains(".") ? "unknown extension \"" + name.substring(name.indexOf('.')) + "\"" : "no extension")
                    + "; the image file must end in .binpb, .bin, .pb, .desc, .protoset (binary) or .json (JSON)\n");
            assertThat(image).doesNotExist();
        }
        for (String name : List.of("out.bin", "out.pb", "out.desc", "out.protoset")) {
            assertThat(Launcher.run(EXAMPLES, "build", "before", "-o", dir.resolve(name).toString()).exitCode()).isZero();
            assertThat(FileDescriptorSet.parseFrom(Files.readAllBytes(dir.resolve(name))).getFileCount()).isPositive();
        }
    }

    @Test
    void aCompileErrorWritesNothingAndExits100AsInBuf() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("x.proto"), "syntax = \"proto3\";\nmessage X { int32 a = 1 }\n");
        Path image = dir.resolve("x.binpb");
        var result = Launcher.run(dir, "build", "broken", "-o", image.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.out()).startsWith("broken/x.proto:2:25:");
        assertThat(image).doesNotExist();
    }

    private static FileDescriptorProto file(FileDescriptorSet set, String name) {
        return set.getFileList().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }
}

package dev.protovet.engine.load;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.util.JsonFormat;
import dev.protovet.engine.InputException;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a descriptor set: binary {@code FileDescriptorSet} (protoc's {@code --descriptor_set_out}, {@code buf build
 * -o x.binpb}) or buf's JSON image form ({@code .json}). Files that buf marked as imports stay imports.
 */
public final class DescriptorSetReader {
    /** buf's image extension on FileDescriptorProto, and its is_import field. */
    private static final int BUF_IMAGE_EXTENSION = 8042;
    private static final int BUF_IS_IMPORT = 1;

    private DescriptorSetReader() {
    }

    public static Image read(Path file) {
        FileDescriptorSet set = file.getFileName().toString().endsWith(".json") ? readJson(file) : readBinary(file);
        if (set.getFileCount() == 0) {
            throw new InputException(file.toString(), "the descriptor set holds no files");
        }
        return ImageBuilder.build(set.getFileList(), DescriptorSetReader::markedAsImport);
    }

    private static FileDescriptorSet readBinary(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FileDescriptorSet.parseFrom(in);
        } catch (InvalidProtocolBufferException e) {
            throw new InputException(file.toString(), "not a valid binary FileDescriptorSet (truncated or not a"
                    + " descriptor set): " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static FileDescriptorSet readJson(Path file) {
        FileDescriptorSet.Builder builder = FileDescriptorSet.newBuilder();
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(Files.readString(file, StandardCharsets.UTF_8), builder);
            return builder.build();
        } catch (InvalidProtocolBufferException e) {
            throw new InputException(file.toString(), "not a valid JSON image: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static boolean markedAsImport(FileDescriptorProto proto) {
        UnknownFieldSet unknown = proto.getUnknownFields();
        if (!unknown.hasField(BUF_IMAGE_EXTENSION)) {
            return false;
        }
        for (var bytes : unknown.getField(BUF_IMAGE_EXTENSION).getLengthDelimitedList()) {
            try {
                UnknownFieldSet extension = UnknownFieldSet.parseFrom(bytes);
                if (extension.hasField(BUF_IS_IMPORT)) {
                    var values = extension.getField(BUF_IS_IMPORT).getVarintList();
                    return !values.isEmpty() && values.get(values.size() - 1) != 0;
                }
            } catch (InvalidProtocolBufferException e) {
                return false;
            }
        }
        return false;
    }

    /** Reads a descriptor set file that protoc wrote, without building a model (used by the compiler). */
    static FileDescriptorSet parseProtocOutput(Path file) throws IOException {
        return FileDescriptorSet.parseFrom(Files.readAllBytes(file));
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

package dev.protovet.engine.load;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import com.google.protobuf.util.JsonFormat;
import dev.protovet.engine.InputException;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageBuilder;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.SourceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a descriptor set: binary {@code FileDescriptorSet} (protoc's {@code --descriptor_set_out}, {@code buf build
 * -o x.binpb}) or buf's JSON image form ({@code .json}). Files that buf marked as imports stay imports.
 * Any other extension is read as binary.
 */
public final class DescriptorSetReader {
    private static final String BINARY = "binary FileDescriptorSet (truncated or not a descriptor set)";
    private static final int SET_FILE_TAG = lengthDelimitedTag(FileDescriptorSet.FILE_FIELD_NUMBER);
    private static final int FILE_SOURCE_INFO_TAG = lengthDelimitedTag(FileDescriptorProto.SOURCE_CODE_INFO_FIELD_NUMBER);

    private DescriptorSetReader() {
    }

    public static Image read(Path file) {
        if (!file.getFileName().toString().endsWith(".json")) {
            return readBinary(file);
        }
        FileDescriptorSet set = readJson(file);
        requireFiles(file, set.getFileCount());
        return ImageBuilder.build(set.getFileList(), BufImages::isImport);
    }

    /** Reads a descriptor-set file whole, as a {@code FileDescriptorSet} (binary or JSON). */
    public static FileDescriptorSet readSet(Path file) {
        if (file.getFileName().toString().endsWith(".json")) {
            return readJson(file);
        }
        try {
            return FileDescriptorSet.parseFrom(Files.readAllBytes(file));
        } catch (IOException e) {
            throw unreadable(file, e, BINARY);
        }
    }

    private static ProtoFile splitFile(ByteString bytes) throws IOException {
        CodedInputStream in = bytes.newCodedInput();
        ByteString.Output rest = ByteString.newOutput(bytes.size());
        CodedOutputStream out = CodedOutputStream.newInstance(rest);
        ByteString sourceInfo = ByteString.EMPTY;
        int tag;
        while ((tag = in.readTag()) != 0) {
            if (tag == FILE_SOURCE_INFO_TAG) {
                sourceInfo = sourceInfo.concat(in.readBytes()); // repeated occurrences merge, as in protobuf
            } else {
                in.skipField(tag, out);
            }
        }
        out.flush();
        FileDescriptorProto proto = FileDescriptorProto.parseFrom(rest.toByteString());
        return ImageBuilder.file(proto, SourceInfo.deferred(proto.getName(), sourceInfo), BufImages.isImport(proto));
    }

    /**
     * Reads a binary set file by file, splitting each file's {@code source_code_info} off unparsed: it is most of
     * the bytes, and only files with findings ever need it.
     */
    private static Image readBinary(Path file) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(Files.readAllBytes(file));
            List<ProtoFile> files = new ArrayList<>();
            int tag;
            while ((tag = in.readTag()) != 0) {
                if (tag == SET_FILE_TAG) {
                    files.add(splitFile(in.readBytes()));
                } else {
                    in.skipField(tag);
                }
            }
            requireFiles(file, files.size());
            return new Image(files);
        } catch (IOException e) {
            throw unreadable(file, e, BINARY);
        }
    }

    private static FileDescriptorSet readJson(Path file) {
        FileDescriptorSet.Builder builder = FileDescriptorSet.newBuilder();
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(Files.readString(file, StandardCharsets.UTF_8), builder);
            return builder.build();
        } catch (IOException e) {
            throw unreadable(file, e, "JSON image");
        }
    }

    private static void requireFiles(Path file, int count) {
        if (count == 0) {
            throw new InputException(file.toString(), "the descriptor set holds no files");
        }
    }

    /** A file that is not the descriptor set it should be, or that cannot be read at all. */
    private static InputException unreadable(Path file, IOException e, String expected) {
        return new InputException(file.toString(), e instanceof InvalidProtocolBufferException
                ? "not a valid " + expected + ": " + e.getMessage()
                : "cannot read: " + e.getMessage());
    }

    /** Reads a descriptor set file that protoc wrote, without building a model (used by the compiler). */
    static FileDescriptorSet parseProtocOutput(Path file) throws IOException {
        return FileDescriptorSet.parseFrom(Files.readAllBytes(file));
    }

    private static int lengthDelimitedTag(int fieldNumber) {
        return (fieldNumber << 3) | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    }
}

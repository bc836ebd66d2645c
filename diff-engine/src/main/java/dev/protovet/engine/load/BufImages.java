package dev.protovet.engine.load;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.function.Predicate;

/**
 * buf's image format: a FileDescriptorSet whose files carry an extension (field 8042 of FileDescriptorProto) telling
 * which files are only imports. protovet reads the mark and writes it, so its images and buf's are interchangeable.
 */
public final class BufImages {
    private static final int IMAGE_FILE_EXTENSION = 8042;
    private static final int IS_IMPORT = 1;

    private BufImages() {
    }

    public static boolean isImport(FileDescriptorProto proto) {
        UnknownFieldSet unknown = proto.getUnknownFields();
        if (!unknown.hasField(IMAGE_FILE_EXTENSION)) {
            return false;
        }
        boolean imported = false;
        for (ByteString bytes : unknown.getField(IMAGE_FILE_EXTENSION).getLengthDelimitedList()) {
            try {
                UnknownFieldSet extension = UnknownFieldSet.parseFrom(bytes);
                if (extension.hasField(IS_IMPORT)) {
                    var values = extension.getField(IS_IMPORT).getVarintList();
                    imported = !values.isEmpty() && values.get(values.size() - 1) != 0;
                }
            } catch (InvalidProtocolBufferException e) {
                return false;
            }
        }
        return imported;
    }

    /** The same set with every file that {@code isImport} accepts marked as an import. */
    public static FileDescriptorSet markImports(FileDescriptorSet set, Predicate<String> isImport) {
        FileDescriptorSet.Builder out = set.toBuilder();
        for (int i = 0; i < out.getFileCount(); i++) {
            FileDescriptorProto file = out.getFile(i);
            if (isImport.test(file.getName())) {
                UnknownFieldSet mark = UnknownFieldSet.newBuilder()
                        .addField(IS_IMPORT, UnknownFieldSet.Field.newBuilder().addVarint(1).build()).build();
                UnknownFieldSet fields = UnknownFieldSet.newBuilder(file.getUnknownFields())
                        .addField(IMAGE_FILE_EXTENSION, UnknownFieldSet.Field.newBuilder()
                                .addLengthDelimited(mark.toByteString()).build())
                        .build();
                out.setFile(i, file.toBuilder().setUnknownFields(fields));
            }
        }
        return out.build();
    }
}

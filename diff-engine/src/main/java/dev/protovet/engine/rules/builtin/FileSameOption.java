package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.FileOptions;
import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.rules.FilePairRule;
import dev.protovet.engine.rules.Findings;
import java.util.function.Function;

/**
 * FILE_SAME_GO_PACKAGE, FILE_SAME_JAVA_PACKAGE and the other FILE_SAME_&lt;option&gt; rules: one file option may
 * not change value. The seventeen rules differ only in the option they read, so one class serves them all.
 */
public final class FileSameOption implements FilePairRule {
    private static final int FILE_OPTIONS = 8;

    private final String optionName;
    private final int fieldNumber;
    private final Function<FileOptions, Object> value;

    public FileSameOption(String optionName, int fieldNumber, Function<FileOptions, Object> value) {
        this.optionName = optionName;
        this.fieldNumber = fieldNumber;
        this.value = value;
    }

    @Override
    public void check(FilePair pair, Findings out) {
        FileSameValue.check(
                String.valueOf(value.apply(pair.previous().options())),
                String.valueOf(value.apply(pair.current().options())),
                pair.current().source().child(FILE_OPTIONS, fieldNumber),
                pair.previous().source().child(FILE_OPTIONS, fieldNumber),
                "option \"" + optionName + "\"", out);
    }
}

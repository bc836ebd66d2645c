package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.FeatureSet.Utf8Validation;
import dev.protovet.engine.model.Features.JavaUtf8Validation;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.FieldKind;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Syntax;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/**
 * FIELD_SAME_JAVA_UTF8_VALIDATION: a string field keeps how generated Java validates UTF-8, from the file option
 * {@code java_string_check_utf8} or the {@code (pb.java).utf8_validation} feature.
 */
public final class FieldSameJavaUtf8Validation implements FieldPairRule {
    private static final int FILE_OPTIONS = 8, JAVA_STRING_CHECK_UTF8 = 27;
    private static final int FIELD_OPTIONS = 8, FEATURES = 21, JAVA = 1001, JAVA_UTF8 = 2;

    @Override
    public void check(FieldPair pair, Findings out) {
        if (pair.previous().kind() != FieldKind.STRING || pair.current().kind() != FieldKind.STRING) {
            return;
        }
        Utf8Validation before = validation(pair.previous());
        Utf8Validation now = validation(pair.current());
        if (before != now) {
            out.add(locations(pair.current()), locations(pair.previous()), pair.current().description()
                    + " changed Java string UTF8 validation from \"" + before + "\" to \"" + now + "\".");
        }
    }

    private static Utf8Validation validation(Field field) {
        Utf8Validation fallback = field.features().utf8Validation();
        boolean fileOptionSet = field.fileOptions().hasJavaStringCheckUtf8();
        if (field.syntax() != Syntax.EDITIONS || fileOptionSet) {
            return field.fileOptions().getJavaStringCheckUtf8() ? Utf8Validation.VERIFY : fallback;
        }
        return field.features().javaUtf8Validation() == JavaUtf8Validation.VERIFY ? Utf8Validation.VERIFY : fallback;
    }

    private static Source[] locations(Field field) {
        return Findings.firstLocated(new Source(field.source().info(), new int[] {FILE_OPTIONS, JAVA_STRING_CHECK_UTF8}),
                field.source().child(FIELD_OPTIONS, FEATURES, JAVA, JAVA_UTF8), field.source());
    }
}

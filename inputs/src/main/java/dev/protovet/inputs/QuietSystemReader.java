package dev.protovet.inputs;

import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit as protovet uses it: reading the objects of one repository. By default JGit runs the git executable to find
 * git's system-wide config (two process starts) and reads the user's config: a third of a second in every
 * pre-commit hook, for nothing needed to read objects, so JGit gets empty ones. Nor does it measure the file
 * system's timestamp resolution (three seconds of writing probe files, of which a run waited 100 ms before taking
 * JGit's fallback, and never long enough for JGit to save the result): the user config answers with that fallback
 * (two seconds, the coarsest any file system has), which only makes JGit re-check a pack file changed within two
 * seconds, and a run reads committed objects only.
 */
final class QuietSystemReader extends SystemReader.Delegate {
    private static final String FILESYSTEM = ConfigConstants.CONFIG_FILESYSTEM_SECTION;
    private static final String TIMESTAMP_RESOLUTION = ConfigConstants.CONFIG_KEY_TIMESTAMP_RESOLUTION;
    private static final String MIN_RACY_THRESHOLD = ConfigConstants.CONFIG_KEY_MIN_RACY_THRESHOLD;
    private static boolean installed;

    private QuietSystemReader(SystemReader delegate) {
        super(delegate);
    }

    static synchronized void install() {
        if (!installed) {
            SystemReader.setInstance(new QuietSystemReader(SystemReader.getInstance()));
            installed = true;
        }
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        return new EmptyConfig(parent, fs);
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
        return new EmptyConfig(parent, fs) {
            @Override
            public long getTimeUnit(String section, String subsection, String name, long defaultValue, TimeUnit unit) {
                if (FILESYSTEM.equals(section) && TIMESTAMP_RESOLUTION.equals(name)) {
                    return unit.convert(FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toNanos(), TimeUnit.NANOSECONDS);
                }
                if (FILESYSTEM.equals(section) && MIN_RACY_THRESHOLD.equals(name)) {
                    return 0;
                }
                return super.getTimeUnit(section, subsection, name, defaultValue, unit);
            }
        };
    }

    /** A config with nothing in it, read from nowhere. */
    private static class EmptyConfig extends FileBasedConfig {
        EmptyConfig(Config parent, FS fs) {
            super(parent, null, fs);
        }

        @Override
        public void load() {
            // nothing to read
        }

        @Override
        public boolean isOutdated() {
            return false;
        }
    }
}

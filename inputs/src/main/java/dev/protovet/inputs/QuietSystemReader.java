package dev.protovet.inputs;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit as protovet uses it: reading objects of one repository. By default JGit runs the git executable to find
 * git's system-wide config, which costs two process starts per run (felt in every pre-commit hook); that config
 * has nothing protovet needs, so JGit gets an empty one, as with {@code GIT_CONFIG_NOSYSTEM=1}.
 */
final class QuietSystemReader extends SystemReader.Delegate {
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
        return new FileBasedConfig(parent, null, fs) {
            @Override
            public void load() {
                // no system config: nothing to read
            }

            @Override
            public boolean isOutdated() {
                return false;
            }
        };
    }
}

package dev.protovet.inputs;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit as protovet uses it: reading the objects of one repository. By default JGit runs the git executable to find
 * git's system-wide config (two process starts) and reads the user's config: a third of a second in every
 * pre-commit hook, for nothing needed to read objects, so JGit gets empty ones. JGit's own config stays: it caches
 * the file system's timestamp resolution, which JGit would otherwise measure again (seconds) on every run.
 */
final class QuietSystemReader extends SystemReader.Delegate {
    private static boolean installed;

    private QuietSystemReader(SystemReader delegate) {
        super(delegate);
    }

    static synchronized void install() {
        if (!installed) {
            // The file system's timestamp resolution matters only for racy work-tree and index checks, which
            // reading commits never does: let JGit look it up in the background instead of waiting for it.
            FS.FileStoreAttributes.setBackground(true);
            SystemReader.setInstance(new QuietSystemReader(SystemReader.getInstance()));
            installed = true;
        }
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        return empty(parent, fs);
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
        return empty(parent, fs);
    }

    private static FileBasedConfig empty(Config parent, FS fs) {
        return new FileBasedConfig(parent, null, fs) {
            @Override
            public void load() {
                // nothing to read
            }

            @Override
            public boolean isOutdated() {
                return false;
            }
        };
    }
}

package dev.protovet.inputs;

import dev.protovet.engine.InputException;
import dev.protovet.engine.load.ScratchDirectories;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads the .proto files of one commit of a git repository in-process (JGit), without touching the work tree:
 * {@code .git#branch=main}, {@code #tag=v1.2.0}, {@code #ref=HEAD~1}, {@code #commit=<sha>}, {@code #subdir=proto};
 * a path to a repository, a worktree or a bare repository; or a URL, cloned to a temp directory.
 */
final class GitTree {
    private GitTree() {
    }

    static ResolvedInput checkout(InputSpec spec) {
        String depth = spec.option("depth");
        if (depth != null && !depth.matches("[1-9][0-9]{0,8}")) {
            throw new InputException(spec.text(), "depth must be a whole number of commits, 1 or more, not \"" + depth + "\"");
        }
        QuietSystemReader.install();
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("protovet-git-");
            try (Repository repository = open(spec, scratch)) {
                ObjectId commit = commitOf(repository, spec);
                Path tree = Files.createDirectories(scratch.resolve("tree"));
                writeTree(repository, commit, spec.option("subdir"), tree);
                return new ResolvedInput(tree, scratch);
            }
        } catch (IOException e) {
            ScratchDirectories.delete(scratch);
            throw new InputException(spec.text(), "cannot read the git repository: " + e.getMessage());
        } catch (RuntimeException e) {
            ScratchDirectories.delete(scratch);
            throw e;
        }
    }

    private static Repository open(InputSpec spec, Path scratch) throws IOException {
        String location = spec.location();
        if (InputSpec.parse(location).kind() == InputSpec.Kind.GIT && isRemote(location)) {
            return cloneBare(spec, scratch.resolve("clone.git"));
        }
        File start = new File(location);
        if (location.equals(".git") && System.getenv("GIT_DIR") != null) {
            start = new File(System.getenv("GIT_DIR")); // inside a git hook, git says where the repository is
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (!start.exists()) {
            // ".git" named from a subdirectory of the repository (a module of a multi-module build): look upward
            File parent = start.getAbsoluteFile().getParentFile();
            if (!start.getName().equals(".git") || parent == null || builder.findGitDir(parent).getGitDir() == null) {
                throw new InputException(spec.text(), "no such file or directory");
            }
        } else if (start.isFile() && start.getName().equals(".git")) {
            // a worktree or submodule: its .git file says where the repository is
            builder.findGitDir(start.getCanonicalFile().getParentFile());
        } else if (isGitDir(start)) {
            builder.setGitDir(start.getCanonicalFile());
        } else {
            builder.findGitDir(start.getCanonicalFile());
            if (builder.getGitDir() == null) {
                throw new InputException(spec.text(), "not a git repository (or any of its parents)");
            }
        }
        return builder.build();
    }

    /** A repository directory itself: bare, a .git directory, or a worktree's directory under .git/worktrees. */
    private static boolean isGitDir(File file) {
        return new File(file, "HEAD").isFile() && new File(file, "objects").isDirectory()
                || new File(file, "HEAD").isFile() && new File(file, "commondir").isFile();
    }

    private static boolean isRemote(String location) {
        String lower = location.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("ssh://")
                || lower.startsWith("git://") || lower.startsWith("file://") || lower.startsWith("git@");
    }

    private static Repository cloneBare(InputSpec spec, Path into) {
        try {
            var clone = Git.cloneRepository().setURI(spec.location()).setDirectory(into.toFile()).setBare(true);
            String branch = spec.option("branch");
            String tag = spec.option("tag");
            if (branch != null) {
                clone.setBranchesToClone(List.of(Constants.R_HEADS + branch)).setBranch(branch);
            } else if (tag != null) {
                clone.setBranchesToClone(List.of(Constants.R_TAGS + tag)).setBranch(Constants.R_TAGS + tag);
            }
            if (spec.option("depth") != null) {
                clone.setDepth(Integer.parseInt(spec.option("depth")));
            }
            return clone.call().getRepository();
        } catch (GitAPIException | NumberFormatException e) {
            throw new InputException(spec.text(), "cannot clone: " + e.getMessage());
        }
    }

    private static ObjectId commitOf(Repository repository, InputSpec spec) throws IOException {
        List<String> chosen = Stream.of("branch", "tag", "commit", "ref").filter(k -> spec.option(k) != null).toList();
        if (chosen.size() > 1) {
            throw new InputException(spec.text(), "choose one of branch, tag, commit and ref, not " + String.join(" and ", chosen));
        }
        String what = chosen.isEmpty() ? "ref" : chosen.get(0);
        String name = chosen.isEmpty() ? Constants.HEAD : spec.option(what);
        ObjectId id = switch (what) {
            case "branch" -> firstRef(repository, Constants.R_HEADS + name, Constants.R_REMOTES + "origin/" + name);
            case "tag" -> firstRef(repository, Constants.R_TAGS + name);
            default -> repository.resolve(name);
        };
        if (id == null) {
            throw new InputException(spec.text(), "no " + what + " \"" + name + "\" in " + repository.getDirectory()
                    + missingHint(repository, what, name));
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id).getId();
        } catch (MissingObjectException e) {
            throw new InputException(spec.text(), what + " \"" + name + "\" points at a commit this clone does not have"
                    + missingHint(repository, what, name));
        }
    }

    private static ObjectId firstRef(Repository repository, String... names) throws IOException {
        for (String name : names) {
            Ref ref = repository.exactRef(name);
            if (ref != null) {
                Ref peeled = repository.getRefDatabase().peel(ref);
                return peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
            }
        }
        return null;
    }

    private static String missingHint(Repository repository, String what, String name) {
        boolean shallow = new File(repository.getDirectory(), "shallow").isFile();
        String fetch = switch (what) {
            case "branch" -> "git fetch origin " + name;
            case "tag" -> "git fetch origin tag " + name;
            default -> "git fetch origin";
        };
        return " (fetch it first: " + fetch + (shallow ? "; this clone is shallow, so older commits may need"
                + " git fetch --unshallow" : "") + ")";
    }

    private static void writeTree(Repository repository, ObjectId commitId, String subdir, Path out) throws IOException {
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit = walk.parseCommit(commitId);
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            if (subdir != null && !subdir.isBlank() && !subdir.equals(".")) {
                tree.setFilter(PathFilter.create(subdir.replaceAll("/+$", "")));
            }
            while (tree.next()) {
                String path = tree.getPathString();
                if (tree.getFileMode(0) != FileMode.REGULAR_FILE && tree.getFileMode(0) != FileMode.EXECUTABLE_FILE
                        || !WantedFiles.wanted(path)) {
                    continue;
                }
                Path target = out.resolve(path).normalize();
                Files.createDirectories(target.getParent());
                try (OutputStream stream = Files.newOutputStream(target)) {
                    repository.open(tree.getObjectId(0)).copyTo(stream);
                }
            }
        }
    }
}

package org.icsatlas.ui.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The files opened or saved most recently, most recent first, without duplicates, at most
 * {@link AtlasSettings#RECENT_LIMIT}; persisted in the user's settings. Listeners hear of every change (the File
 * menu rebuilds its Open Recent list).
 */
public final class RecentFiles {
    private final AtlasSettings settings;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<Path> files;

    public RecentFiles(AtlasSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.files = List.copyOf(settings.recentFiles());
    }

    public List<Path> files() {
        return files;
    }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path f = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(f);
        next.add(0, f);
        update(next.subList(0, Math.min(next.size(), AtlasSettings.RECENT_LIMIT)));
    }

    /** Drops {@code file} (it could not be opened any more). */
    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(file.toAbsolutePath().normalize())) {
            update(next);
        }
    }

    public void clear() {
        update(List.of());
    }

    private void update(List<Path> next) {
        files = List.copyOf(next);
        try {
            settings.setRecentFiles(files);
        } catch (IOException e) {
            // The list still works for this session; only remembering it for the next one failed.
            System.err.println("ics-atlas: cannot remember the recent files in " + settings.file() + ": " + e.getMessage());
        }
        listeners.forEach(Runnable::run);
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }
}

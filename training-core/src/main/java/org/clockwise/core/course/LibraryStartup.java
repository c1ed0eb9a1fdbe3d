package org.clockwise.core.course;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the library folder when the server starts, so what is in the folder is what reps
 * get. A library with problems leaves the previous version live and says so in one line.
 */
@Singleton
@Requires(property = "clockwise.library.publish-on-start", value = "true", defaultValue = "true")
class LibraryStartup {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryStartup.class);

    private final LibraryEditing editing;

    LibraryStartup(LibraryEditing editing) {
        this.editing = editing;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        PublishResult result = editing.publishFolder(PublishOrigin.STARTUP, null);
        if (result instanceof PublishResult.Published p) {
            LOG.info("Published the library in {}: {} new, {} changed, {} retired module(s)",
                    editing.folder(), p.added().size(), p.changed().size(), p.retired().size());
        } else if (result instanceof PublishResult.Refused r) {
            LOG.warn("The library in {} has {} problem(s), so the previous version stays live; first: {}. "
                    + "Run: java -jar training-content/target/training-content.jar lint {}",
                    editing.folder(), r.problems().size(), r.problems().get(0), editing.folder());
        }
    }
}

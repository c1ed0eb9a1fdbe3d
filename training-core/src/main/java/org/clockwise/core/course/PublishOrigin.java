package org.clockwise.core.course;

/** What started a publish: the server's start, an author's button, the in-browser editor, an upload, a restored old version. */
public enum PublishOrigin {
    STARTUP, AUTHOR, EDITOR, UPLOAD, RESTORE
}

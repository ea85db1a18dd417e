package com.fours.workbench.core;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells open screens that a change of their topics was committed, by this workstation or another.
 * The listener is called off the UI thread, with the changes of one poll.
 */
public interface ChangeNotices {

    Subscription subscribe(Set<ChangeTopic> topics, Consumer<List<Change>> listener);

    /** Ends a subscription; closing twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}

package com.fours.workbench.app;

import java.util.Optional;

/**
 * How one module hands work to another: it brings the other module's tab to the front and returns
 * that module as the entry point asked for, or nothing when the user may not open it (or it is not
 * built), so the caller can say so instead of failing.
 */
public interface Navigator {

    <T> Optional<T> open(ModuleKind kind, Class<T> entryPoint);
}

package com.fours.workbench.repair;

/**
 * Turns the bytes of a picked file into a {@link PhotoFile} or refuses it with a
 * {@link com.fours.workbench.core.BusinessRuleException}. Reception owns the rule (size, pixels,
 * scaling); app/ hands it in, since repair may not import intake (intake imports repair).
 */
@FunctionalInterface
public interface PhotoPreparer {

    PhotoFile prepare(String fileName, byte[] bytes);
}

package com.fours.workbench.app;

/**
 * A module the home page's lines open (decision 0090): it brings one of its sections to the front
 * and, where the section shows records, the one named (an order, a complaint); an unknown section
 * leaves the module's own first section.
 */
interface OpensWork {

    void openWork(String sectionId, Long recordId);
}

package com.fours.workbench.care.ui;

import java.util.Optional;

import com.fours.workbench.care.CallbackComplaint;
import com.fours.workbench.care.Complaint;

/**
 * How the call pane hands a complaint to the complaints section (wired in app/): it records one in
 * place, so the caller stays on the call, and opens it there later. {@code raise} and
 * {@code raisedFrom} run on the background thread, {@code open} on the FX thread.
 */
public interface ComplaintHandOver {

    /** Records the complaint from the callback's unhappy answers or remark. */
    Complaint raise(CallbackComplaint from);

    /** The complaint already raised from this callback, if any. */
    Optional<Complaint> raisedFrom(long callbackId);

    /** Shows the complaint in the complaints section. */
    void open(Complaint complaint);
}

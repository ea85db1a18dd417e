package com.fours.workbench.care;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

import com.fours.workbench.db.Transactions;
import com.fours.workbench.security.Permission;
import com.fours.workbench.security.Session;

/**
 * Every contact with a customer in one time line, newest first: the union of its sources, each a
 * query of what one feature records. Complaints, confirming callbacks, due-list calls, appointment
 * calls and phone approvals are built in; another kind (the callbacks of the survey half) is added
 * with {@link #addSource} where the services are wired (decision 0083).
 */
public final class ContactHistory {

    private final Transactions transactions;
    private final Session session;
    private final List<ContactSource> sources = new CopyOnWriteArrayList<>();

    public ContactHistory(Transactions transactions, Session session) {
        this.transactions = transactions;
        this.session = session;
        sources.add(of(ContactHistoryDao::complaintsOfVehicle, ContactHistoryDao::complaintsOfCustomer));
        sources.add(of(ContactHistoryDao::confirmationsOfVehicle, ContactHistoryDao::confirmationsOfCustomer));
        sources.add(of(ContactHistoryDao::reminderCallsOfVehicle, ContactHistoryDao::reminderCallsOfCustomer));
        sources.add(of(ContactHistoryDao::appointmentCallsOfVehicle, ContactHistoryDao::appointmentCallsOfCustomer));
        sources.add(of(ContactHistoryDao::phoneApprovalsOfVehicle, ContactHistoryDao::phoneApprovalsOfCustomer));
        sources.add(of(ContactHistoryDao::progressContactsOfVehicle, ContactHistoryDao::progressContactsOfCustomer));
    }

    public void addSource(ContactSource source) {
        sources.add(source);
    }

    /** A source from a DAO's two queries, one per car and one per customer. */
    public static <D> ContactSource of(Class<D> dao, BiFunction<D, Long, List<ContactEntry>> ofVehicle,
                                       BiFunction<D, Long, List<ContactEntry>> ofCustomer) {
        return (handle, scope) -> {
            D d = handle.attach(dao);
            return scope.vehicleId() != null ? ofVehicle.apply(d, scope.vehicleId()) : ofCustomer.apply(d, scope.customerId());
        };
    }

    private static ContactSource of(BiFunction<ContactHistoryDao, Long, List<ContactEntry>> ofVehicle,
                                    BiFunction<ContactHistoryDao, Long, List<ContactEntry>> ofCustomer) {
        return of(ContactHistoryDao.class, ofVehicle, ofCustomer);
    }

    /** The contacts of a car or a customer, newest first. Seen by whoever may open the archive's cards. */
    public List<ContactEntry> of(ContactScope scope) {
        session.require(Permission.USE_CUSTOMERS);
        if ((scope.vehicleId() == null) == (scope.customerId() == null)) {
            throw new IllegalArgumentException("a car or a customer");
        }
        return transactions.read(handle -> {
            List<ContactEntry> all = new ArrayList<>();
            for (ContactSource source : sources) {
                all.addAll(source.contacts(handle, scope));
            }
            all.sort(Comparator.comparing(ContactEntry::at, Comparator.reverseOrder())
                    .thenComparing(ContactEntry::kindKey));
            return all;
        });
    }

}

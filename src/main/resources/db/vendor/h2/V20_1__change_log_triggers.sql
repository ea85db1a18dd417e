-- H2: the change feed's triggers (decision 0057), one Java class that knows each table's topic
-- and key column. Bulk tables (stock) log once per statement.
CREATE TRIGGER repair_order_changed AFTER INSERT, UPDATE, DELETE ON repair_order
    FOR EACH ROW CALL 'com.fours.workbench.db.ChangeLogTrigger';
CREATE TRIGGER repair_line_changed AFTER INSERT, UPDATE, DELETE ON repair_line
    FOR EACH ROW CALL 'com.fours.workbench.db.ChangeLogTrigger';
CREATE TRIGGER delivery_changed AFTER INSERT, UPDATE, DELETE ON delivery
    FOR EACH ROW CALL 'com.fours.workbench.db.ChangeLogTrigger';
CREATE TRIGGER job_assignment_changed AFTER INSERT, UPDATE, DELETE ON job_assignment
    CALL 'com.fours.workbench.db.ChangeLogTrigger';
CREATE TRIGGER job_clock_changed AFTER INSERT, UPDATE, DELETE ON job_clock
    CALL 'com.fours.workbench.db.ChangeLogTrigger';

CREATE TRIGGER appointment_changed AFTER INSERT, UPDATE, DELETE ON appointment
    FOR EACH ROW CALL 'com.fours.workbench.db.ChangeLogTrigger';

CREATE TRIGGER bill_changed AFTER INSERT, UPDATE, DELETE ON bill
    FOR EACH ROW CALL 'com.fours.workbench.db.ChangeLogTrigger';
CREATE TRIGGER payment_changed AFTER INSERT, UPDATE, DELETE ON payment
    FOR EACH ROW CALL 'com.fours.workbench.db.ChangeLogTrigger';

CREATE TRIGGER stock_movement_changed AFTER INSERT, UPDATE, DELETE ON stock_movement
    CALL 'com.fours.workbench.db.ChangeLogTrigger';
CREATE TRIGGER stock_reservation_changed AFTER INSERT, UPDATE, DELETE ON stock_reservation
    CALL 'com.fours.workbench.db.ChangeLogTrigger';
CREATE TRIGGER purchase_request_changed AFTER INSERT, UPDATE, DELETE ON purchase_request
    CALL 'com.fours.workbench.db.ChangeLogTrigger';

-- PostgreSQL: one trigger function per kind. TG_ARGV[0] is the topic, TG_ARGV[1] the column that
-- names the record (row triggers). Bulk tables (stock) log once per statement.
CREATE FUNCTION change_log_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_log (topic, record_key)
    VALUES (TG_ARGV[0], (to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[1])::BIGINT);
    RETURN NULL;
END
$$;

CREATE FUNCTION change_log_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_log (topic) VALUES (TG_ARGV[0]);
    RETURN NULL;
END
$$;

CREATE TRIGGER repair_order_changed AFTER INSERT OR UPDATE OR DELETE ON repair_order
    FOR EACH ROW EXECUTE FUNCTION change_log_row('REPAIR_ORDER', 'id');
CREATE TRIGGER repair_line_changed AFTER INSERT OR UPDATE OR DELETE ON repair_line
    FOR EACH ROW EXECUTE FUNCTION change_log_row('REPAIR_ORDER', 'repair_order_id');
CREATE TRIGGER delivery_changed AFTER INSERT OR UPDATE OR DELETE ON delivery
    FOR EACH ROW EXECUTE FUNCTION change_log_row('REPAIR_ORDER', 'repair_order_id');
CREATE TRIGGER job_assignment_changed AFTER INSERT OR UPDATE OR DELETE ON job_assignment
    FOR EACH STATEMENT EXECUTE FUNCTION change_log_statement('REPAIR_ORDER');
CREATE TRIGGER job_clock_changed AFTER INSERT OR UPDATE OR DELETE ON job_clock
    FOR EACH STATEMENT EXECUTE FUNCTION change_log_statement('REPAIR_ORDER');

CREATE TRIGGER appointment_changed AFTER INSERT OR UPDATE OR DELETE ON appointment
    FOR EACH ROW EXECUTE FUNCTION change_log_row('BOOKING', 'id');

CREATE TRIGGER bill_changed AFTER INSERT OR UPDATE OR DELETE ON bill
    FOR EACH ROW EXECUTE FUNCTION change_log_row('BILL', 'id');
CREATE TRIGGER payment_changed AFTER INSERT OR UPDATE OR DELETE ON payment
    FOR EACH ROW EXECUTE FUNCTION change_log_row('BILL', 'bill_id');

CREATE TRIGGER stock_movement_changed AFTER INSERT OR UPDATE OR DELETE ON stock_movement
    FOR EACH STATEMENT EXECUTE FUNCTION change_log_statement('STOCK');
CREATE TRIGGER stock_reservation_changed AFTER INSERT OR UPDATE OR DELETE ON stock_reservation
    FOR EACH STATEMENT EXECUTE FUNCTION change_log_statement('STOCK');
CREATE TRIGGER purchase_request_changed AFTER INSERT OR UPDATE OR DELETE ON purchase_request
    FOR EACH STATEMENT EXECUTE FUNCTION change_log_statement('STOCK');

-- Tables for the plan-parser integration test (tst_plan_capture): sized so that every
-- kind of plan node shows up with real numbers in a few seconds.
CREATE TABLE customers (id int PRIMARY KEY, region text NOT NULL, tier int NOT NULL)
    WITH (autovacuum_enabled = off);
INSERT INTO customers SELECT g, 'region ' || (g % 20), g % 5 FROM generate_series(1, 20000) g;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers (id),
    status text NOT NULL,
    amount numeric NOT NULL,
    created_at timestamptz NOT NULL,
    a int NOT NULL,
    b int NOT NULL)
    WITH (autovacuum_enabled = off);
INSERT INTO orders
SELECT g, 1 + (g % 20000), (ARRAY['new', 'paid', 'shipped', 'cancelled'])[1 + g % 4],
       (g % 1000) / 10.0, timestamptz '2024-01-01' + g * interval '1 minute', g % 100, g % 100
FROM generate_series(1, 300000) g;
CREATE INDEX orders_created_idx ON orders (created_at);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_amount_idx ON orders (amount);
CREATE INDEX orders_customer_idx ON orders (customer_id);

CREATE TABLE events (id bigint NOT NULL, kind int NOT NULL, at date NOT NULL, payload text)
    PARTITION BY RANGE (at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE events_2024_03 PARTITION OF events FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');
CREATE TABLE events_2024_04 PARTITION OF events FOR VALUES FROM ('2024-04-01') TO ('2024-05-01');
INSERT INTO events SELECT g, g % 10, date '2024-01-01' + (g % 120), md5(g::text)
FROM generate_series(1, 100000) g;
CREATE INDEX events_at_idx ON events (at);

-- (Autovacuum is off for these tables so that it cannot change their plans mid-test.)
-- Index-only scans: "readings" is vacuumed (no heap fetches); "fresh_readings" is not.
CREATE TABLE readings (sensor int NOT NULL, value int NOT NULL)
    WITH (autovacuum_enabled = off);
INSERT INTO readings SELECT g % 500, g FROM generate_series(1, 200000) g;
CREATE INDEX readings_sensor_value_idx ON readings (sensor, value);
CREATE TABLE fresh_readings (sensor int NOT NULL, value int NOT NULL)
    WITH (autovacuum_enabled = off);
INSERT INTO fresh_readings SELECT g % 500, g FROM generate_series(1, 200000) g;
CREATE INDEX fresh_readings_sensor_value_idx ON fresh_readings (sensor, value);

VACUUM ANALYZE customers, orders, events, readings;
ANALYZE fresh_readings;

-- The schema the advisor's statement corpus (advisor_corpus.sql) runs against, next to the
-- demo's own tables (resources/demo/schema.sql): pgbench's four tables, an online shop
-- used through Django, SQLAlchemy, Rails and Hibernate, and a job queue. Loaded into the
-- demo database by tst_advisor_coverage, as the role that owns it.

SET ROLE app;

-- pgbench -i
CREATE TABLE pgbench_branches (bid int NOT NULL PRIMARY KEY, bbalance int, filler char(88));
CREATE TABLE pgbench_tellers (tid int NOT NULL PRIMARY KEY, bid int, tbalance int, filler char(84));
CREATE TABLE pgbench_accounts (aid int NOT NULL PRIMARY KEY, bid int, abalance int, filler char(84));
CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));

-- The shop
CREATE TABLE categories (
    id          serial PRIMARY KEY,
    parent_id   int REFERENCES categories (id),
    name        varchar(120) NOT NULL,
    slug        varchar(120) NOT NULL UNIQUE,
    position    int NOT NULL DEFAULT 0
);
CREATE TABLE customers (
    id            bigserial PRIMARY KEY,
    email         varchar(254) NOT NULL,
    first_name    varchar(100) NOT NULL,
    last_name     varchar(100) NOT NULL,
    phone         text,
    country_code  char(2) NOT NULL DEFAULT 'FR',
    loyalty_points int NOT NULL DEFAULT 0,
    is_active     boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    preferences   jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE products (
    id          bigserial PRIMARY KEY,
    category_id int REFERENCES categories (id),
    sku         varchar(32) NOT NULL UNIQUE,
    name        text NOT NULL,
    description text,
    price       numeric(10, 2) NOT NULL,
    currency    char(3) NOT NULL DEFAULT 'EUR',
    stock       int NOT NULL DEFAULT 0,
    weight_g    int,
    tags        text[] NOT NULL DEFAULT '{}',
    attributes  jsonb NOT NULL DEFAULT '{}',
    is_published boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE orders (
    id           bigserial PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    reference    varchar(40) NOT NULL,
    status       varchar(20) NOT NULL DEFAULT 'cart',
    total        numeric(12, 2) NOT NULL DEFAULT 0,
    discount     numeric(12, 2),
    coupon_code  text,
    shipping_country char(2),
    placed_at    timestamptz,
    shipped_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    metadata     jsonb
);
CREATE TABLE order_items (
    id          bigserial PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders (id),
    product_id  bigint NOT NULL REFERENCES products (id),
    quantity    int NOT NULL,
    unit_price  numeric(10, 2) NOT NULL
);
CREATE TABLE reviews (
    id          bigserial PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES products (id),
    customer_id bigint NOT NULL REFERENCES customers (id),
    rating      smallint NOT NULL,
    title       text,
    body        text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE coupons (
    code        text PRIMARY KEY,
    percent_off int,
    valid_from  date NOT NULL,
    valid_until date,
    max_uses    int,
    used        int NOT NULL DEFAULT 0
);
CREATE TABLE inventory_moves (
    id          bigserial PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES products (id),
    delta       int NOT NULL,
    reason      text NOT NULL,
    moved_at    timestamp NOT NULL DEFAULT localtimestamp
);
CREATE TABLE page_views (
    id          bigserial PRIMARY KEY,
    session_key varchar(40) NOT NULL,
    customer_id bigint,
    path        text NOT NULL,
    referrer    text,
    viewed_at   timestamptz NOT NULL DEFAULT now(),
    duration_ms int,
    properties  jsonb
);
CREATE VIEW published_products AS
    SELECT id, category_id, sku, name, price, stock FROM products WHERE is_published;

-- Django's own tables
CREATE TABLE auth_user (
    id           serial PRIMARY KEY,
    password     varchar(128) NOT NULL,
    last_login   timestamptz,
    is_superuser boolean NOT NULL,
    username     varchar(150) NOT NULL UNIQUE,
    first_name   varchar(150) NOT NULL,
    last_name    varchar(150) NOT NULL,
    email        varchar(254) NOT NULL,
    is_staff     boolean NOT NULL,
    is_active    boolean NOT NULL,
    date_joined  timestamptz NOT NULL
);
CREATE TABLE django_session (
    session_key  varchar(40) PRIMARY KEY,
    session_data text NOT NULL,
    expire_date  timestamptz NOT NULL
);

-- A job queue (que/good_job/Sidekiq-in-Postgres style)
CREATE TABLE jobs (
    id          bigserial PRIMARY KEY,
    queue       text NOT NULL DEFAULT 'default',
    priority    smallint NOT NULL DEFAULT 100,
    run_at      timestamptz NOT NULL DEFAULT now(),
    attempts    int NOT NULL DEFAULT 0,
    locked_by   text,
    locked_at   timestamptz,
    finished_at timestamptz,
    payload     jsonb NOT NULL,
    last_error  text
);

RESET ROLE;

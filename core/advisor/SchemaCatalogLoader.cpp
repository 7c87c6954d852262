#include "SchemaCatalogLoader.h"

#include "connection/PgErrors.h"
#include "connection/PgSession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// User relations: every schema but the system ones, without objects of extensions (such
// as hypopg's own views).
const char *const RelationsSql = R"SQL(
SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples, c.relpages,
       pg_total_relation_size(c.oid),
       CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) END,
       pn.nspname, p.relname,
       coalesce(s.n_tup_ins, 0), coalesce(s.n_tup_upd, 0), coalesce(s.n_tup_hot_upd, 0),
       coalesce(s.n_tup_del, 0), coalesce(s.seq_scan, 0), coalesce(s.idx_scan, 0)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class p ON p.oid = i.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
)SQL";

// pg_stats rows are only visible for tables the role may read; the rest stays unknown.
const char *const ColumnsSql = R"SQL(
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       st.n_distinct, array_to_json(st.most_common_vals::text::text[])::text,
       array_to_json(st.most_common_freqs)::text, st.avg_width
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
    SELECT s.n_distinct, s.most_common_vals, s.most_common_freqs, s.avg_width
    FROM pg_stats s
    WHERE s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
    ORDER BY s.inherited = (c.relkind = 'p') DESC
    LIMIT 1) st ON true
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'
ORDER BY a.attrelid, a.attnum
)SQL";

// Scans of a partitioned index are the sum over the indexes of its partitions, added up once
// for all indexes (a subquery per index made this quadratic: 26 s on 20 000 indexes, 2.5 s
// now). A key column's name comes from pg_attribute; only expressions need
// pg_get_indexdef, which costs a catalog lookup per call.
const char *const IndexesSql = R"SQL(
WITH RECURSIVE parts(root, idx) AS (
    SELECT i.indexrelid, i.indexrelid FROM pg_index i
    UNION ALL
    SELECT parts.root, inh.inhrelid FROM parts JOIN pg_inherits inh ON inh.inhparent = parts.idx
), scans(root, n) AS (
    SELECT parts.root, sum(s.idx_scan) FROM parts
    JOIN pg_stat_user_indexes s ON s.indexrelid = parts.idx GROUP BY parts.root
)
SELECT tn.nspname, t.relname, n.nspname, ic.relname, pg_get_indexdef(i.indexrelid), am.amname,
       i.indnkeyatts, i.indnatts, i.indisunique, i.indisprimary, i.indisvalid, i.indisready,
       pg_get_expr(i.indpred, i.indrelid), con.conname,
       coalesce(scans.n, 0),
       pg_relation_size(i.indexrelid), t.relkind = 'p',
       array_to_json(ARRAY(SELECT coalesce(quote_ident(a.attname),
                                           pg_get_indexdef(i.indexrelid, k, true))
                           FROM generate_series(1, i.indnatts) k
                           LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid
                                AND a.attnum = i.indkey[k - 1] AND i.indkey[k - 1] <> 0
                           ORDER BY k))::text
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = t.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN scans ON scans.root = i.indexrelid
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
WHERE tn.nspname NOT IN ('pg_catalog', 'information_schema')
  AND tn.nspname !~ '^pg_toast' AND tn.nspname !~ '^pg_temp'
ORDER BY tn.nspname, t.relname, ic.relname
)SQL";

const char *const ForeignKeysSql = R"SQL(
SELECT con.conname, n.nspname, t.relname,
       array_to_json(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                           ORDER BY k.ord))::text,
       rn.nspname, r.relname,
       array_to_json(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                           JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                           ORDER BY k.ord))::text
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class r ON r.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE con.contype = 'f' AND con.conparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY n.nspname, t.relname, con.conname
)SQL";

const char *const SettingsSql = R"SQL(
SELECT current_database(), array_to_json(current_schemas(false))::text,
       extract(epoch FROM now() - coalesce(d.stats_reset, pg_postmaster_start_time()))
FROM pg_stat_database d WHERE d.datname = current_database()
)SQL";

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

QStringList stringArray(const pqxx::field &f)
{
    QStringList out;
    if (f.is_null())
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(QByteArray(f.c_str())).array())
        out << v.toString();
    return out;
}

QList<double> numberArray(const pqxx::field &f)
{
    QList<double> out;
    if (f.is_null())
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(QByteArray(f.c_str())).array())
        out << v.toDouble();
    return out;
}

void readRelations(pqxx::transaction_base &tx, SchemaCatalog *cat, QHash<quint32, int> *byOid)
{
    for (const pqxx::row &r : tx.exec(RelationsSql)) {
        CatalogTable t;
        t.ref = TableRef{text(r[1]), text(r[2])};
        t.kind = r[3].c_str()[0];
        t.rows = std::max(0.0, r[4].as<double>());
        t.pages = r[5].as<qint64>();
        t.sizeBytes = r[6].as<qint64>();
        t.viewDefinition = text(r[7]);
        if (!r[9].is_null())
            t.partitionOf = TableRef{text(r[8]), text(r[9])};
        t.inserts = r[10].as<qint64>();
        t.updates = r[11].as<qint64>();
        t.hotUpdates = r[12].as<qint64>();
        t.deletes = r[13].as<qint64>();
        t.seqScans = r[14].as<qint64>();
        t.indexScans = r[15].as<qint64>();
        byOid->insert(r[0].as<quint32>(), int(cat->tables.size()));
        cat->tables << t;
    }
    // A partitioned table holds no rows itself: add up its partitions (deepest first).
    for (int pass = 0; pass < 4; ++pass) {
        for (CatalogTable &t : cat->tables) {
            if (!t.isPartitioned())
                continue;
            t.partitions.clear();
            double rows = 0;
            qint64 size = 0;
            for (const CatalogTable &p : cat->tables) {
                if (p.partitionOf == t.ref) {
                    t.partitions << p.ref;
                    rows += p.rows;
                    size += p.sizeBytes;
                }
            }
            t.rows = rows;
            t.sizeBytes = size;
        }
    }
}

void readColumns(pqxx::transaction_base &tx, SchemaCatalog *cat, const QHash<quint32, int> &byOid)
{
    for (const pqxx::row &r : tx.exec(ColumnsSql)) {
        const auto it = byOid.constFind(r[0].as<quint32>());
        if (it == byOid.constEnd())
            continue;
        CatalogColumn c;
        c.name = text(r[1]);
        c.type = text(r[2]);
        c.notNull = r[3].as<bool>();
        c.nDistinct = r[4].is_null() ? 0 : r[4].as<double>();
        c.commonValues = stringArray(r[5]);
        c.commonFrequencies = numberArray(r[6]);
        c.averageWidth = r[7].is_null() ? 0 : r[7].as<int>();
        cat->tables[it.value()].columns << c;
    }
}

void readIndexes(pqxx::transaction_base &tx, SchemaCatalog *cat)
{
    for (const pqxx::row &r : tx.exec(IndexesSql)) {
        CatalogIndex i;
        i.table = TableRef{text(r[0]), text(r[1])};
        i.schema = text(r[2]);
        i.name = text(r[3]);
        i.definition = text(r[4]);
        i.method = text(r[5]);
        const int keyCount = r[6].as<int>();
        const QStringList columns = stringArray(r[17]);
        i.keys = columns.mid(0, keyCount);
        i.include = columns.mid(keyCount);
        i.unique = r[8].as<bool>();
        i.primary = r[9].as<bool>();
        i.valid = r[10].as<bool>();
        i.ready = r[11].as<bool>();
        i.predicate = text(r[12]);
        i.constraintName = text(r[13]);
        i.scans = r[14].as<qint64>();
        i.sizeBytes = r[15].as<qint64>();
        i.onPartitionedTable = r[16].as<bool>();
        cat->indexes << i;
    }
}

void readForeignKeys(pqxx::transaction_base &tx, SchemaCatalog *cat)
{
    for (const pqxx::row &r : tx.exec(ForeignKeysSql)) {
        CatalogForeignKey fk;
        fk.name = text(r[0]);
        fk.table = TableRef{text(r[1]), text(r[2])};
        fk.columns = stringArray(r[3]);
        fk.referenced = TableRef{text(r[4]), text(r[5])};
        fk.referencedColumns = stringArray(r[6]);
        cat->foreignKeys << fk;
    }
}

// Functions a constant sub-expression must not contain: its value then depends on more
// than its arguments (volatile), or it is not a value per row at all.
const char *const NonConstantFunctionsSql =
    "SELECT DISTINCT proname FROM pg_proc WHERE provolatile = 'v' OR prokind IN ('a', 'w') "
    "OR proretset ORDER BY 1";

} // namespace

DbError SchemaCatalogLoader::load(pqxx::connection &connection, SchemaCatalog *catalog)
{
    SchemaCatalog cat;
    try {
        pqxx::read_transaction tx(connection);
        const pqxx::row s = tx.exec1(SettingsSql);
        cat.database = text(s[0]);
        cat.searchPath = stringArray(s[1]);
        cat.statsSeconds = s[2].is_null() ? 0 : s[2].as<double>();
        QHash<quint32, int> byOid;
        readRelations(tx, &cat, &byOid);
        readColumns(tx, &cat, byOid);
        readIndexes(tx, &cat);
        readForeignKeys(tx, &cat);
        for (const pqxx::row &r : tx.exec(NonConstantFunctionsSql))
            cat.nonConstantFunctions << text(r[0]);
        cat.serverVersion = connection.server_version();
        cat.loadedAt = QDateTime::currentDateTimeUtc();
    } catch (const std::exception &e) {
        return pgErrorFromException(e);
    }
    *catalog = std::move(cat);
    return {};
}

void SchemaCatalogLoader::loadIndexes(pqxx::transaction_base &tx, SchemaCatalog *catalog)
{
    readIndexes(tx, catalog);
    readForeignKeys(tx, catalog);
}

DbError SchemaCatalogLoader::load(const QString &conninfo, SchemaCatalog *catalog)
{
    PgSession session;
    if (DbError err = session.open(conninfo))
        return err;
    const PgSession::Talking talking(session);
    return load(session.connection(), catalog);
}

} // namespace sonde

#include "SchemaCatalogLoader.h"

#include "connection/OwnReadTransaction.h"
#include "connection/PgErrors.h"
#include "connection/PgSession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <pqxx/pqxx>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Every query starts with Sonde's marker: its own statements stay out of what it reports.

// User relations: every schema but the system ones, without objects of extensions (such
// as hypopg's own views).
const char *const RelationsSql = R"SQL(
/* sonde */ SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples, c.relpages,
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
/* sonde */ SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
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

// One row per index of a user table, with what comparing indexes needs and nothing that
// costs a call per index on the server: a plain key column's name comes from pg_attribute
// (pg_get_indexdef only for an expression key), the size is relpages (as of the last VACUUM,
// ANALYZE or build), scans read straight from the statistics. Scans of a partitioned index
// are the sum over the indexes of its partitions, added up once for all of them.
// IndexDetailsSql gives the exact size and the definition of the indexes that need them.
const char *const IndexesSql = R"SQL(
/* sonde */ WITH RECURSIVE parts(root, idx) AS (
    SELECT c.oid, c.oid FROM pg_class c WHERE c.relkind = 'I'
    UNION ALL
    SELECT parts.root, inh.inhrelid FROM parts JOIN pg_inherits inh ON inh.inhparent = parts.idx
), scans(root, n) AS (
    SELECT parts.root, sum(pg_stat_get_numscans(parts.idx)) FROM parts GROUP BY parts.root
)
SELECT i.indexrelid, tn.nspname, t.relname, ic.relname, am.amname,
       i.indnkeyatts, i.indisunique, i.indisprimary, i.indisvalid, i.indisready,
       pg_get_expr(i.indpred, i.indrelid), con.conname,
       coalesce(scans.n, pg_stat_get_numscans(i.indexrelid)),
       ic.relpages::int8 * current_setting('block_size')::int8, t.relkind = 'p',
       array_to_json(ARRAY(SELECT coalesce((SELECT quote_ident(a.attname) FROM pg_attribute a
                                            WHERE a.attrelid = i.indrelid
                                              AND a.attnum = k.attnum AND k.attnum <> 0),
                                           pg_get_indexdef(i.indexrelid, k.n::int, true))
                           FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n)))::text
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = t.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN scans ON scans.root = i.indexrelid
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')
WHERE tn.nspname NOT IN ('pg_catalog', 'information_schema')
  AND tn.nspname !~ '^pg_toast' AND tn.nspname !~ '^pg_temp'
)SQL";

// $1: the indexes' oids, as an array literal.
const char *const IndexDetailsSql =
    "/* sonde */ SELECT x.oid, pg_get_indexdef(x.oid), pg_relation_size(x.oid) "
    "FROM unnest($1::oid[]) AS x(oid) JOIN pg_index i ON i.indexrelid = x.oid";

// Column names looked up one by one (a join per constraint builds a hash of the table's
// columns each time). Sorted by the client.
const char *const ForeignKeysSql = R"SQL(
/* sonde */ SELECT con.conname, n.nspname, t.relname,
       array_to_json(ARRAY(SELECT (SELECT a.attname FROM pg_attribute a
                                   WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
                           FROM unnest(con.conkey) k(attnum)))::text,
       rn.nspname, r.relname,
       array_to_json(ARRAY(SELECT (SELECT a.attname FROM pg_attribute a
                                   WHERE a.attrelid = con.confrelid AND a.attnum = k.attnum)
                           FROM unnest(con.confkey) k(attnum)))::text
FROM pg_constraint con
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_class r ON r.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE con.contype = 'f' AND con.conparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
)SQL";

const char *const SettingsSql = R"SQL(
/* sonde */ SELECT current_database(), array_to_json(current_schemas(false))::text,
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

// By schema, table and name, as PostgreSQL sorts names (bytewise): the audit reports the
// later of two equal indexes. Sorted here rather than by the server.
template<typename T>
void sortByName(QList<T> *list)
{
    auto key = [](const T &x) {
        return std::make_tuple(x.table.schema.toUtf8(), x.table.name.toUtf8(), x.name.toUtf8());
    };
    std::stable_sort(list->begin(), list->end(),
                     [&](const T &a, const T &b) { return key(a) < key(b); });
}

void readIndexes(pqxx::transaction_base &tx, SchemaCatalog *cat)
{
    const pqxx::result rows = tx.exec(IndexesSql);
    QList<CatalogIndex> indexes;
    indexes.reserve(int(rows.size()));
    for (const pqxx::row &r : rows) {
        CatalogIndex i;
        i.oid = r[0].as<quint32>();
        i.table = TableRef{text(r[1]), text(r[2])};
        i.schema = i.table.schema; // an index always lives in its table's schema
        i.name = text(r[3]);
        i.method = text(r[4]);
        const int keyCount = r[5].as<int>();
        const QStringList columns = stringArray(r[15]);
        i.keys = columns.mid(0, keyCount);
        i.include = columns.mid(keyCount);
        i.unique = r[6].as<bool>();
        i.primary = r[7].as<bool>();
        i.valid = r[8].as<bool>();
        i.ready = r[9].as<bool>();
        i.predicate = text(r[10]);
        i.constraintName = text(r[11]);
        i.scans = r[12].as<qint64>();
        i.sizeBytes = r[13].as<qint64>();
        i.sizeExact = false;
        i.onPartitionedTable = r[14].as<bool>();
        indexes << i;
    }
    sortByName(&indexes);
    cat->indexes += indexes;
}

void readForeignKeys(pqxx::transaction_base &tx, SchemaCatalog *cat)
{
    QList<CatalogForeignKey> keys;
    for (const pqxx::row &r : tx.exec(ForeignKeysSql)) {
        CatalogForeignKey fk;
        fk.name = text(r[0]);
        fk.table = TableRef{text(r[1]), text(r[2])};
        fk.columns = stringArray(r[3]);
        fk.referenced = TableRef{text(r[4]), text(r[5])};
        fk.referencedColumns = stringArray(r[6]);
        keys << fk;
    }
    sortByName(&keys);
    cat->foreignKeys += keys;
}

// Functions a constant sub-expression must not contain: its value then depends on more
// than its arguments (volatile), or it is not a value per row at all.
const char *const NonConstantFunctionsSql = "/* sonde */ SELECT DISTINCT proname FROM pg_proc "
                                            "WHERE provolatile = 'v' OR prokind IN ('a', 'w') "
                                            "OR proretset ORDER BY 1";

} // namespace

DbError SchemaCatalogLoader::load(pqxx::connection &connection, SchemaCatalog *catalog)
{
    SchemaCatalog cat;
    try {
        OwnReadTransaction tx(connection);
        const pqxx::row s = tx.exec1(SettingsSql);
        cat.database = text(s[0]);
        cat.searchPath = stringArray(s[1]);
        cat.statsSeconds = s[2].is_null() ? 0 : s[2].as<double>();
        QHash<quint32, int> byOid;
        readRelations(tx, &cat, &byOid);
        readColumns(tx, &cat, byOid);
        readIndexes(tx, &cat);
        QList<CatalogIndex *> all;
        for (CatalogIndex &i : cat.indexes)
            all << &i;
        loadIndexDetails(tx, all);
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

void SchemaCatalogLoader::loadIndexDetails(pqxx::transaction_base &tx,
                                           const QList<CatalogIndex *> &indexes)
{
    if (indexes.isEmpty())
        return;
    QHash<quint32, CatalogIndex *> byOid;
    std::string oids = "{";
    for (CatalogIndex *i : indexes) {
        if (oids.size() > 1)
            oids += ',';
        oids += std::to_string(i->oid);
        byOid.insert(i->oid, i);
    }
    oids += '}';
    for (const pqxx::row &r : tx.exec_params(IndexDetailsSql, oids)) {
        CatalogIndex *i = byOid.value(r[0].as<quint32>());
        if (!i)
            continue;
        i->definition = text(r[1]);
        i->sizeBytes = r[2].as<qint64>();
        i->sizeExact = true;
    }
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

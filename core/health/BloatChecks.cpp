#include "BloatChecks.h"

#include "common/DisplayFormat.h"
#include "sql/SqlText.h"
#include "sql/StatementAnalysis.h"

#include <QLocale>

#include <pqxx/pqxx>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Heaps and materialized views of at least $1 pages, with the statistics of their columns.
// The candidates first, then pg_stats for their columns only (OFFSET 0 keeps the lookup per
// column: joined as a whole, pg_stats checks the privileges of every column of the
// database, a second on 10 000 tables with no candidate at all).
const char *const TablesSql = R"SQL(
WITH /* sonde health */ t AS MATERIALIZED (
    SELECT c.oid, n.nspname, c.relname, c.relpages, greatest(c.reltuples, 0) AS reltuples,
           c.reloptions
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'm') AND c.relpages >= $1 AND c.reltuples >= 0
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
)
SELECT t.oid, t.nspname, t.relname, t.relpages, t.reltuples,
       coalesce((SELECT option_value::int FROM pg_options_to_table(t.reloptions)
                 WHERE option_name = 'fillfactor'), 100),
       count(a.attnum), count(s.attname),
       coalesce(sum((1 - coalesce(s.null_frac, 0)) * coalesce(s.avg_width, 0)), 0),
       coalesce(bool_or(s.null_frac > 0), false)
FROM t
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN LATERAL (
    SELECT s.attname, s.null_frac, s.avg_width FROM pg_stats s
    WHERE s.schemaname = t.nspname AND s.tablename = t.relname AND s.attname = a.attname
      AND NOT s.inherited
    OFFSET 0) s ON true
GROUP BY t.oid, t.nspname, t.relname, t.relpages, t.reltuples, t.reloptions
)SQL";

// B-tree indexes of at least $1 pages on plain columns (an expression has no pg_stats row
// of its table to size it by). Candidates first, as for tables.
const char *const IndexesSql = R"SQL(
WITH /* sonde health */ x AS MATERIALIZED (
    SELECT ci.oid, n.nspname, ci.relname, tn.nspname AS tnspname, t.relname AS trelname,
           ci.relpages, greatest(ci.reltuples, 0) AS reltuples, ci.reloptions, i.indnatts,
           i.indkey, t.oid AS toid
    FROM pg_index i
    JOIN pg_class ci ON ci.oid = i.indexrelid
    JOIN pg_am am ON am.oid = ci.relam AND am.amname = 'btree'
    JOIN pg_namespace n ON n.oid = ci.relnamespace
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace tn ON tn.oid = t.relnamespace
    WHERE ci.relpages >= $1 AND ci.reltuples >= 0 AND i.indisvalid
      AND tn.nspname NOT IN ('pg_catalog', 'information_schema') AND tn.nspname !~ '^pg_toast'
)
SELECT x.oid, x.nspname, x.relname, x.tnspname, x.trelname, x.relpages,
       x.reltuples,
       coalesce((SELECT option_value::int FROM pg_options_to_table(x.reloptions)
                 WHERE option_name = 'fillfactor'), 90),
       x.indnatts, count(s.attname),
       coalesce(sum((1 - coalesce(s.null_frac, 0)) * coalesce(s.avg_width, 0)), 0),
       coalesce(bool_or(s.null_frac > 0), false), bool_or(k.attnum = 0)
FROM x
CROSS JOIN LATERAL unnest(x.indkey::int2[]) AS k(attnum)
LEFT JOIN pg_attribute a ON a.attrelid = x.toid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN LATERAL (
    SELECT s.attname, s.null_frac, s.avg_width FROM pg_stats s
    WHERE s.schemaname = x.tnspname AND s.tablename = x.trelname AND s.attname = a.attname
      AND NOT s.inherited
    OFFSET 0) s ON true
GROUP BY x.oid, x.nspname, x.relname, x.tnspname, x.trelname, x.relpages, x.reltuples,
         x.reloptions, x.indnatts
)SQL";

constexpr int MaxAlign = 8;
constexpr int PageHeader = 24;
constexpr int LinePointer = 4;
constexpr int HeapTupleHeader = 23;
constexpr int IndexTupleHeader = 8;
constexpr int BtreeSpecial = 16;
// How many candidates pgstattuple measures at most (it reads them).
constexpr int MaxMeasured = 20;

double alignUp(double n)
{
    return std::ceil(n / MaxAlign) * MaxAlign;
}

struct Candidate
{
    quint32 oid = 0;
    bool index = false;
    QString object; // schema-qualified, quoted
    QString table;  // for an index: its table
    double pages = 0;
    double expected = 0;
    int blockSize = 8192;
    int fillfactor = 100;
};

double shareOf(const Candidate &c)
{
    return c.pages > 0 ? std::max(0.0, (c.pages - c.expected) / c.pages) : 0;
}

// pgstattuple's view of the same relation: the share of the pages that holds no live data.
double measuredShare(pqxx::transaction_base &tx, const QString &schema, const Candidate &c)
{
    if (c.index) {
        const pqxx::row r =
            tx.exec_params1(("SELECT /* sonde health */ avg_leaf_density FROM " +
                             schema.toStdString() + ".pgstatindex($1::oid::regclass)"),
                            c.oid);
        const double density = r[0].is_null() ? 0 : r[0].as<double>() / 100.0;
        return std::max(0.0, 1.0 - density / (double(c.fillfactor) / 100.0));
    }
    const pqxx::row r = tx.exec_params1(
        ("SELECT /* sonde health */ approx_free_percent + dead_tuple_percent FROM " +
         schema.toStdString() + ".pgstattuple_approx($1::oid::regclass)"),
        c.oid);
    const double waste = r[0].as<double>() / 100.0;
    return std::max(0.0, waste - (1.0 - double(c.fillfactor) / 100.0));
}

} // namespace

double BloatChecks::expectedTablePages(double rows, double dataWidth, int columns, bool hasNulls,
                                       int fillfactor, int blockSize)
{
    const double header = alignUp(HeapTupleHeader + (hasNulls ? std::ceil(columns / 8.0) : 0));
    const double tuple = header + alignUp(dataWidth) + LinePointer;
    const double usable = (blockSize - PageHeader) * double(fillfactor) / 100.0;
    const double perPage = std::max(1.0, std::floor(usable / tuple));
    return std::ceil(rows / perPage);
}

double BloatChecks::expectedIndexPages(double rows, double keyWidth, bool hasNulls, int fillfactor,
                                       int blockSize)
{
    const double tuple = alignUp(IndexTupleHeader + (hasNulls ? 4 : 0) + keyWidth) + LinePointer;
    const double usable = (blockSize - PageHeader - BtreeSpecial) * double(fillfactor) / 100.0;
    const double perPage = std::max(1.0, std::floor(usable / tuple));
    // The meta page and the inner levels (about one page per hundred leaves).
    const double leaves = std::ceil(rows / perPage);
    return leaves + 1 + std::ceil(leaves / 100.0);
}

void BloatChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    const int blockSize = int(ctx.settings.number(u"block_size"_s, 8192));
    const qint64 minPages = qint64(std::ceil(th.bloatBytesWarning / blockSize));
    QList<Candidate> candidates;
    for (const pqxx::row &r : tx.exec_params(TablesSql, minPages)) {
        const int columns = r[6].as<int>();
        if (r[7].as<int>() < columns)
            continue; // not analyzed: no estimate
        Candidate c;
        c.oid = r[0].as<quint32>();
        c.object =
            TableRef{QString::fromUtf8(r[1].c_str()), QString::fromUtf8(r[2].c_str())}.quoted();
        c.pages = r[3].as<double>();
        c.fillfactor = r[5].as<int>();
        c.blockSize = blockSize;
        c.expected = expectedTablePages(r[4].as<double>(), r[8].as<double>(), columns,
                                        r[9].as<bool>(), c.fillfactor, blockSize);
        candidates << c;
    }
    for (const pqxx::row &r : tx.exec_params(IndexesSql, minPages)) {
        if (!r[12].is_null() && r[12].as<bool>())
            continue; // an expression key
        if (r[9].as<int>() < r[8].as<int>())
            continue; // a key column without statistics
        Candidate c;
        c.oid = r[0].as<quint32>();
        c.index = true;
        c.object =
            TableRef{QString::fromUtf8(r[1].c_str()), QString::fromUtf8(r[2].c_str())}.quoted();
        c.table =
            TableRef{QString::fromUtf8(r[3].c_str()), QString::fromUtf8(r[4].c_str())}.quoted();
        c.pages = r[5].as<double>();
        c.fillfactor = r[7].as<int>();
        c.blockSize = blockSize;
        c.expected = expectedIndexPages(r[6].as<double>(), r[10].as<double>(), r[11].as<bool>(),
                                        c.fillfactor, blockSize);
        candidates << c;
    }
    int measured = 0;
    for (const Candidate &c : candidates) {
        if (ctx.canceled())
            return;
        const double estimate = shareOf(c);
        double share = estimate;
        QVariant measuredValue;
        if (estimate >= th.bloatShareWarning && !ctx.pgstattupleSchema.isEmpty() &&
            measured < MaxMeasured) {
            ++measured;
            share = measuredShare(tx, ctx.pgstattupleSchema, c);
            measuredValue = share;
        }
        const double wasted = share * c.pages * c.blockSize;
        if (share < th.bloatShareWarning || wasted < th.bloatBytesWarning)
            continue;
        const bool critical = share >= th.bloatShareCritical && wasted >= th.bloatBytesCritical;
        const QString size = DisplayFormat::bytes(qint64(c.pages * c.blockSize));
        const QString waste = DisplayFormat::bytes(qint64(wasted));
        HealthFinding &f = ctx.add(
            c.index ? u"index_bloat"_s : u"table_bloat"_s,
            critical ? HealthSeverity::Critical : HealthSeverity::Warning, c.object,
            c.index ? tr("Index %1 on %2 takes %3, of which about %4 (%5) holds no entries.")
                          .arg(c.object, c.table, size, waste, DisplayFormat::percent(share * 100))
                    : tr("Table %1 takes %2, of which about %3 (%4) holds no live rows.")
                          .arg(c.object, size, waste, DisplayFormat::percent(share * 100)),
            tr("Scans read the empty pages too and the cache holds fewer useful ones; VACUUM "
               "makes the space reusable but does not give it back."));
        f.add(u"relation_bytes"_s, qint64(c.pages * c.blockSize))
            .add(u"expected_bytes"_s, qint64(c.expected * c.blockSize))
            .add(u"bloat_bytes"_s, qint64(wasted))
            .add(u"estimated_bloat_share"_s, estimate);
        if (measuredValue.isValid())
            f.add(u"pgstattuple_bloat_share"_s, measuredValue);
        if (c.index)
            f.add(u"table"_s, c.table);
        f.fix = c.index ? HealthFix::statement(u"REINDEX INDEX CONCURRENTLY "_s + c.object,
                                               tr("Rebuild the index without blocking writes."),
                                               tr("REINDEX CONCURRENTLY needs about the index's "
                                                  "size in free disk space while it runs."))
                        : HealthFix::statement(
                              u"VACUUM (FULL, ANALYZE) "_s + c.object,
                              tr("Rewrite the table compactly. On a busy table prefer pg_repack, "
                                 "which does it without the long lock."),
                              tr("VACUUM FULL holds an ACCESS EXCLUSIVE lock on the table for the "
                                 "whole rewrite: no reads or writes until it ends; it needs the "
                                 "table's size in free disk space."));
    }
    if (ctx.pgstattupleSchema.isEmpty() && !candidates.isEmpty())
        ctx.notes << tr("Bloat figures are estimates from the planner's statistics; install "
                        "pgstattuple (CREATE EXTENSION pgstattuple) to have them measured.");
}

} // namespace sonde

#include "SequenceChecks.h"

#include "common/DisplayFormat.h"
#include "sql/SqlText.h"
#include "sql/StatementAnalysis.h"

#include <QLocale>

#include <pqxx/pqxx>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// One privilege check per sequence, the last value of the readable ones only (each read
// opens the sequence), and how many the role may not read: every row carries that count,
// and a database whose sequences are all hidden or unused gives one row of it alone. The
// column a sequence feeds comes from its dependency (owned-by 'a', identity 'i').
const char *const SequencesSql = R"SQL(
WITH /* sonde health */ seqs AS MATERIALIZED (
    SELECT c.oid, n.nspname, c.relname, has_sequence_privilege(c.oid, 'SELECT,USAGE') AS readable
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'S' AND NOT pg_is_other_temp_schema(n.oid)
), used AS MATERIALIZED (
    SELECT s.oid, s.nspname, s.relname, pg_sequence_last_value(s.oid) AS last_value
    FROM seqs s WHERE s.readable
)
SELECT h.hidden, u.nspname, u.relname, format_type(q.seqtypid, NULL), u.last_value::float8,
       q.seqmin::float8, q.seqmax::float8, q.seqincrement::float8, q.seqcycle,
       col.nspname, col.relname, col.attname, col.typname
FROM (SELECT count(*) FILTER (WHERE NOT s.readable AND s.nspname NOT IN
                                  ('pg_catalog', 'information_schema')) AS hidden
      FROM seqs s) h
LEFT JOIN (used u JOIN pg_sequence q ON q.seqrelid = u.oid) ON u.last_value IS NOT NULL
LEFT JOIN LATERAL (
    SELECT tn.nspname, t.relname, a.attname, format_type(a.atttypid, NULL) AS typname
    FROM pg_depend d
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_namespace tn ON tn.oid = t.relnamespace
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass AND d.objid = u.oid
      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LIMIT 1) col ON true
)SQL";

} // namespace

double SequenceChecks::usedShare(double last, double minValue, double maxValue, double increment)
{
    if (increment >= 0) {
        const double range = maxValue - minValue;
        return range > 0 ? (last - minValue) / range : 1;
    }
    const double range = maxValue - minValue;
    return range > 0 ? (maxValue - last) / range : 1;
}

double SequenceChecks::typeMax(const QString &type)
{
    if (type == u"smallint"_s)
        return 32767;
    if (type == u"integer"_s)
        return 2147483647;
    if (type == u"bigint"_s)
        return 9223372036854775807.0;
    return 0;
}

void SequenceChecks::run(pqxx::transaction_base &tx, PostgresCheckContext &ctx)
{
    const HealthThresholds &th = ctx.thresholds();
    const pqxx::result rows = tx.exec(SequencesSql);
    if (const qint64 hidden = rows.empty() ? 0 : rows[0][0].as<qint64>(); hidden > 0) {
        ctx.notes << tr("%n sequence(s) could not be read by role %1 and were not checked: GRANT "
                        "SELECT ON ALL SEQUENCES IN SCHEMA … TO %1 (or USAGE).",
                        "", int(hidden))
                         .arg(ctx.role);
    }
    for (const pqxx::row &row : rows) {
        if (ctx.canceled())
            return;
        if (row[1].is_null())
            continue; // no readable sequence with a value
        const pqxx::row r = row.slice(1, row.size());
        const TableRef sequence{QString::fromUtf8(r[0].c_str()), QString::fromUtf8(r[1].c_str())};
        const QString seqType = QString::fromUtf8(r[2].c_str());
        const double last = r[3].as<double>();
        const double minValue = r[4].as<double>();
        double maxValue = r[5].as<double>();
        const double increment = r[6].as<double>();
        if (r[7].as<bool>())
            continue; // a cycling sequence starts over by design
        const bool hasColumn = !r[8].is_null();
        const TableRef table =
            hasColumn ? TableRef{QString::fromUtf8(r[8].c_str()), QString::fromUtf8(r[9].c_str())}
                      : TableRef{};
        const QString column = hasColumn ? QString::fromUtf8(r[10].c_str()) : QString();
        const QString columnType = hasColumn ? QString::fromUtf8(r[11].c_str()) : QString();
        const double columnMax = typeMax(columnType);
        const bool limitedByColumn = increment > 0 && columnMax > 0 && columnMax < maxValue;
        if (limitedByColumn)
            maxValue = columnMax;
        const double share = usedShare(last, minValue, maxValue, increment);
        if (share < th.sequenceWarning)
            continue;
        const double limit = increment >= 0 ? maxValue : minValue;
        const double left = std::abs(limit - last) / std::max(1.0, std::abs(increment));
        const QString feeds = hasColumn
                                  ? tr(" It feeds %1.%2 (%3).")
                                        .arg(table.quoted(), quoteIdentifier(column), columnType)
                                  : QString();
        HealthFinding &f = ctx.add(
            u"sequence_near_limit"_s,
            share >= th.sequenceCritical ? HealthSeverity::Critical : HealthSeverity::Warning,
            sequence.quoted(),
            tr("Sequence %1 has used %2 of its range: last value %L3 of %L4 (%L5 values "
               "left).%6")
                .arg(sequence.quoted())
                .arg(DisplayFormat::percent(share * 100))
                .arg(qint64(last))
                .arg(qint64(limit))
                .arg(qint64(left))
                .arg(feeds),
            tr("When it reaches the limit every INSERT that needs a new value fails with "
               "\"reached maximum value of sequence\" or \"integer out of range\"."));
        f.add(u"last_value"_s, qint64(last))
            .add(u"limit"_s, qint64(limit))
            .add(u"values_left"_s, qint64(left))
            .add(u"used_share"_s, share)
            .add(u"sequence_type"_s, seqType);
        if (hasColumn) {
            f.add(u"column"_s, QString(table.quoted() + u'.' + quoteIdentifier(column)))
                .add(u"column_type"_s, columnType);
        }
        // NO MAXVALUE (NO MINVALUE counting down) takes the type's own limit.
        const QString widen = u"ALTER SEQUENCE %1 AS bigint %2"_s.arg(
            sequence.quoted(), increment >= 0 ? u"NO MAXVALUE"_s : u"NO MINVALUE"_s);
        if (hasColumn && columnType != u"bigint"_s) {
            f.fix = HealthFix::steps(
                {widen, u"ALTER TABLE %1 ALTER COLUMN %2 TYPE bigint"_s.arg(
                            table.quoted(), quoteIdentifier(column))},
                tr("Make the column and its sequence bigint."),
                tr("ALTER COLUMN … TYPE bigint rewrites the table and its indexes under an "
                   "ACCESS EXCLUSIVE lock: no reads or writes until it ends. On a big table, "
                   "plan it (a new column filled in batches, then swapped)."));
        } else if (seqType != u"bigint"_s || limit != typeMax(seqType)) {
            f.fix = HealthFix::statement(widen, tr("Give the sequence bigint's whole range."));
        } else {
            f.fix = HealthFix::adviceOnly(
                tr("The sequence already spans bigint's range: plan for the values to start "
                   "over (CYCLE) or for a new key."));
        }
    }
}

} // namespace sonde

#pragma once

#include "common/DbError.h"
#include "plan/Plan.h"
#include "plan/PlanFinding.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace sonde {

class PgSession;

// What to explain and how.
struct ExplainRequest
{
    enum class Mode
    {
        // Generic plan when the text has $n parameters (as pg_stat_statements shows it),
        // else the planner's estimate (EXPLAIN without ANALYZE).
        Auto,
        Estimate,
        // A generic plan of a statement with $n parameters (see explainGenericPlan()).
        GenericPlan,
        // EXPLAIN (ANALYZE, BUFFERS): runs the statement, inside a transaction that is
        // rolled back. A statement that writes needs writeConfirmed.
        Analyze,
    };

    QString sql;
    Mode mode = Mode::Auto;
    bool buffers = true;
    bool verbose = false;
    // The user confirmed that a writing statement may run (its effects are rolled back).
    bool writeConfirmed = false;
    // The target is read-only: a writing statement is never run.
    bool targetReadOnly = false;
    // statement_timeout for the EXPLAIN itself.
    int timeoutMs = 60000;
};

// The outcome: the plan as the server gave it (JSON), parsed, with findings; or an error.
struct ExplainResult
{
    QString sql; // the statement explained (EXPLAIN prefix and trailing ';' removed)
    ExplainRequest::Mode mode = ExplainRequest::Mode::Estimate; // never Auto
    QString planJson;
    Plan plan;
    QList<PlanFinding> findings;
    // ANALYZE ran the statement and rolled its transaction back.
    bool rolledBack = false;
    // Something the user should know about how the plan was made.
    QString note;
    DbError error;

    bool ok() const { return !error.isError(); }
};

// EXPLAIN of one statement on a PgSession (blocking: run it on a job thread). Accepts one
// statement only (several would run the extra ones for real), strips a leading
// EXPLAIN [ (…) ] the user may have typed, and always wraps ANALYZE in a transaction that is
// rolled back. Writes explained with ANALYZE are refused on a read-only target, need an
// explicit confirmation, and are logged (category sonde.actions.explain). Everything else
// runs in a READ ONLY transaction, so the server refuses a write the text does not show
// (nextval()); on a read-only target, a statement calling a volatile function is not run
// with ANALYZE at all (ReadOnlyGuard). Works through PgBouncer in transaction mode: every
// setting is SET LOCAL, no prepared statement outlives its transaction.
class Explainer
{
    Q_DECLARE_TR_FUNCTIONS(Explainer)
public:
    // `cancel` (optional): when it turns true the running EXPLAIN is canceled server-side.
    static ExplainResult explain(PgSession &session, const ExplainRequest &request,
                                 const std::atomic<bool> *cancel = nullptr);

    // The use case "explain a statement" (the Plan page, sonde-cli explain): opens a session
    // of its own (application_name sonde-explain, a statement_timeout above the request's)
    // and explains. With queryId != 0 the statement is pg_stat_statements' text for that id;
    // `check` (optional) may refuse the request once its text is known.
    static ExplainResult explain(const QString &uri, ExplainRequest request,
                                 const std::atomic<bool> *cancel, qint64 queryId = 0,
                                 const std::function<DbError(const ExplainRequest &)> &check = {});

    // True when the request would run a statement that writes (ask the user first).
    static bool needsWriteConfirmation(const ExplainRequest &request);

    // The statement text of a pg_stat_statements entry, for explaining it by query id.
    static DbError statementText(PgSession &session, qint64 queryId, QString *sql);

    // One statement, without a leading EXPLAIN [options] and trailing ';'. Returns false
    // with a message when the text holds no statement or more than one.
    static bool prepareStatement(const QString &text, QString *statement, QString *error);
};

QString explainModeName(ExplainRequest::Mode mode);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::ExplainResult)

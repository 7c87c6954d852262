#pragma once

#include "CandidateGenerator.h"
#include "SchemaCatalog.h"
#include "WhatIfSession.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <atomic>
#include <functional>

namespace sonde {

// A statement as the selection sees it.
struct SelectorStatement
{
    QString sql;   // what is explained
    double weight; // its time in the workload (ms)
    bool hasLimit = false;
    QList<TableRef> tables;
};

struct SelectorOptions
{
    // A statement counts as helped when its cost drops by at least this share — when it
    // reads the table through no index yet; otherwise the new index must make it
    // widerFactor times cheaper (a second index for the same statement must pay well).
    // The pruning pass keeps a chosen index only for the statements it makes cheaper by
    // this share of their original cost (next to the other chosen indexes).
    double minImprovement = 0.3;
    // An index must save at least this share of the workload's time.
    double minSavedShare = 0.001;
    // A wider index (more keys or INCLUDE columns) replaces a narrower one only when it
    // makes the statements it helps this many times cheaper than the narrower one does —
    // unless it alone serves an ORDER BY … LIMIT completely (no sort, no filter).
    double widerFactor = 4.0;
    // Candidates whose benefit is within this share of the best count as equal: the
    // smallest of them wins.
    double tieTolerance = 0.05;
    int maxIndexes = 10;
};

// Greedy what-if selection over the whole workload with HypoPG. Each round tries every
// remaining candidate next to the indexes already chosen (so at most maxIndexes + 1
// hypothetical indexes exist at a time), scores it by the time it would save (each
// statement's weight × its cost reduction), takes the best — the smallest among near
// ties, the narrower among wider variants that do not pay enough — and repeats. A final
// pass drops any chosen index the others make redundant.
class IndexSelector
{
    Q_DECLARE_TR_FUNCTIONS(IndexSelector)
public:
    using Progress = std::function<void(const QString &text, int percent)>;

    IndexSelector(WhatIfSession &session, const QList<SelectorStatement> &statements,
                  const QList<IndexCandidate> &candidates, const SchemaCatalog &catalog,
                  const SelectorOptions &options = {});

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgress(const Progress &progress) { m_progress = progress; }

    // Plans every statement as it is today; `known` (one per statement) are plans already
    // made of exactly those texts.
    DbError baseline(const QList<PlanEstimate> &known = {});
    DbError select();

    const PlanEstimate &baselinePlan(int statement) const { return m_base.at(statement); }
    // With every chosen index in place (after select()).
    const PlanEstimate &finalPlan(int statement) const { return m_final.at(statement); }
    QList<int> chosen() const { return m_chosen; }
    // The hypothetical name of a chosen candidate, as plans show it.
    QString hypotheticalName(int candidate) const { return m_hypo.value(candidate).name; }
    qint64 sizeOf(int candidate) const { return m_size.value(candidate, 0); }
    // Candidates rejected because an existing index is the same (server's spelling).
    QList<int> duplicates() const { return m_duplicates; }
    // The best cost reduction a single candidate gave the statement (0..1), and which —
    // preferring one that met the bar (see SelectorOptions) over a larger one that did not.
    double bestImprovement(int statement) const { return m_bestImprovement.value(statement, 0); }
    bool bestQualifies(int statement) const { return m_bestQualifies.value(statement, false); }
    int bestCandidate(int statement) const { return m_bestCandidate.value(statement, -1); }
    // Estimated time saved by each chosen candidate when it was picked (ms).
    double savedMs(int candidate) const { return m_saved.value(candidate, 0); }
    int explainCount() const { return m_explains; }
    QStringList notes() const { return m_notes; }

private:
    struct Eval
    {
        double cost = -1;
        bool uses = false;
        bool complete = false; // serves the statement's ORDER BY … LIMIT with no sort/filter
    };

    bool canceled() const { return m_cancel && m_cancel->load(); }
    QList<int> statementsOn(const TableRef &table) const;
    DbError evaluate(int candidate);
    bool helps(int candidate, int statement) const;
    double benefit(int candidate) const;
    int pick(const QList<int> &eligible) const;
    int preferNarrower(int chosen) const;
    DbError commit(int candidate);
    DbError prune();
    DbError refresh(const TableRef &table);
    DbError finish();
    Eval evalOf(int candidate, const PlanEstimate &plan, int statement, const QString &name) const;

    WhatIfSession &m_session;
    QList<SelectorStatement> m_statements;
    QList<IndexCandidate> m_candidates;
    const SchemaCatalog &m_catalog;
    SelectorOptions m_options;
    const std::atomic<bool> *m_cancel = nullptr;
    Progress m_progress;

    QList<PlanEstimate> m_base;
    QList<PlanEstimate> m_current;
    QList<PlanEstimate> m_final;
    QHash<int, QHash<int, Eval>> m_evals; // candidate → statement → evaluation
    QHash<int, HypotheticalIndex> m_hypo; // chosen candidates, as created now
    QHash<int, qint64> m_size;
    QHash<int, double> m_saved;
    QHash<int, double> m_bestImprovement;
    QHash<int, int> m_bestCandidate;
    QHash<int, bool> m_bestQualifies;
    QList<int> m_chosen;
    QList<int> m_rejected;
    QList<int> m_duplicates;
    QStringList m_existingDefinitions;
    QStringList m_notes;
    int m_explains = 0;
};

} // namespace sonde

#include "IndexSelector.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

DbError canceledError()
{
    return DbError::make(DbError::Kind::Canceled, IndexSelector::tr("Canceled."));
}

} // namespace

IndexSelector::IndexSelector(WhatIfSession &session, const QList<SelectorStatement> &statements,
                             const QList<IndexCandidate> &candidates, const SchemaCatalog &catalog,
                             const SelectorOptions &options)
    : m_session(session)
    , m_statements(statements)
    , m_candidates(candidates)
    , m_catalog(catalog)
    , m_options(options)
{
    for (const CatalogIndex &i : m_catalog.indexes) {
        if (i.valid)
            m_existingDefinitions << WhatIfSession::withoutName(i.definition);
    }
}

DbError IndexSelector::baseline(const QList<PlanEstimate> &known)
{
    m_base.clear();
    if (known.size() == m_statements.size())
        m_base = known;
    for (int q = int(m_base.size()); q < m_statements.size(); ++q) {
        if (canceled())
            return canceledError();
        if (m_progress) {
            m_progress(tr("Planning statement %1 of %2 as it runs today")
                           .arg(q + 1)
                           .arg(m_statements.size()),
                       -1);
        }
        m_base << m_session.explain(m_statements.at(q).sql);
        ++m_explains;
        if (canceled())
            return canceledError();
        if (m_base.last().connectionLost)
            return DbError::make(DbError::Kind::ConnectionLost, m_base.last().error);
    }
    m_current = m_base;
    m_final = m_base;
    return {};
}

QList<int> IndexSelector::statementsOn(const TableRef &table) const
{
    QList<int> out;
    for (int q = 0; q < m_statements.size(); ++q) {
        if (m_base.value(q).ok && m_statements.at(q).tables.contains(table))
            out << q;
    }
    return out;
}

IndexSelector::Eval IndexSelector::evalOf(int candidate, const PlanEstimate &plan, int statement,
                                          const QString &name) const
{
    Eval e;
    if (!plan.ok)
        return e;
    e.cost = plan.cost;
    e.uses = plan.uses(name);
    const QString table = m_candidates.at(candidate).definition.table.name;
    e.complete = e.uses && m_statements.at(statement).hasLimit && !plan.hasSort &&
                 !plan.filteredScans.contains(table);
    return e;
}

DbError IndexSelector::evaluate(int candidate)
{
    const IndexDefinition &def = m_candidates.at(candidate).definition;
    QList<int> need;
    for (int q : statementsOn(def.table)) {
        if (!m_evals.value(candidate).contains(q))
            need << q;
    }
    if (need.isEmpty())
        return {};
    HypotheticalIndex h;
    if (DbError err = m_session.create(def, &h)) {
        if (err.isConnectionProblem() || err.kind == DbError::Kind::Canceled)
            return err;
        m_rejected << candidate;
        m_notes << tr("HypoPG could not create %1: %2").arg(def.display(), err.toString());
        return {};
    }
    if (!m_size.contains(candidate)) {
        m_size.insert(candidate, h.sizeBytes);
        if (m_existingDefinitions.contains(WhatIfSession::withoutName(h.definition))) {
            m_duplicates << candidate;
            m_rejected << candidate;
            return m_session.drop(h.oid);
        }
    }
    for (int q : need) {
        if (canceled())
            break;
        const PlanEstimate p = m_session.explain(m_statements.at(q).sql);
        ++m_explains;
        const Eval e = evalOf(candidate, p, q, h.name);
        m_evals[candidate].insert(q, e);
        if (e.uses && e.cost >= 0 && m_base.at(q).cost > 0) {
            const double improvement = 1.0 - e.cost / m_base.at(q).cost;
            const bool qualifies = helps(candidate, q);
            const bool better = qualifies != m_bestQualifies.value(q, false)
                                    ? qualifies
                                    : improvement > m_bestImprovement.value(q, 0);
            if (better) {
                m_bestImprovement.insert(q, improvement);
                m_bestCandidate.insert(q, candidate);
                m_bestQualifies.insert(q, qualifies);
            }
        }
    }
    if (DbError err = m_session.drop(h.oid))
        return err;
    return canceled() ? canceledError() : DbError();
}

bool IndexSelector::helps(int candidate, int statement) const
{
    const Eval e = m_evals.value(candidate).value(statement);
    if (e.cost < 0 || !e.uses)
        return false;
    const PlanEstimate &now = m_current.at(statement);
    const IndexDefinition &d = m_candidates.at(candidate).definition;
    // The first index on the table for this statement must cut its cost by minImprovement;
    // one more next to an index it already uses, and a covering index (INCLUDE columns
    // beyond what its conditions and sort need), must pay like a wider index does.
    if (now.usesIndexOn(d.table.name) || !d.include.isEmpty())
        return e.cost * m_options.widerFactor <= now.cost;
    return e.cost <= now.cost * (1.0 - m_options.minImprovement);
}

double IndexSelector::benefit(int candidate) const
{
    double saved = 0;
    const QHash<int, Eval> evals = m_evals.value(candidate);
    for (auto it = evals.begin(); it != evals.end(); ++it) {
        const int q = it.key();
        if (helps(candidate, q) && m_base.at(q).cost > 0)
            saved += m_statements.at(q).weight * (m_current.at(q).cost - it.value().cost) /
                     m_base.at(q).cost;
    }
    return saved;
}

int IndexSelector::pick(const QList<int> &eligible) const
{
    double best = 0;
    for (int c : eligible)
        best = std::max(best, benefit(c));
    QList<int> pool;
    for (int c : eligible) {
        if (benefit(c) >= best * (1.0 - m_options.tieTolerance))
            pool << c;
    }
    // Among near ties: the one that serves ORDER BY … LIMIT completely for more of the
    // workload (bounded reads whatever the data's skew), then the smallest, then the one
    // with fewer columns.
    auto limitWeight = [this](int c) {
        double w = 0;
        const QHash<int, Eval> evals = m_evals.value(c);
        for (auto it = evals.begin(); it != evals.end(); ++it) {
            if (it.value().complete && helps(c, it.key()))
                w += m_statements.at(it.key()).weight;
        }
        return w;
    };
    std::sort(pool.begin(), pool.end(), [&](int a, int b) {
        const IndexDefinition &da = m_candidates.at(a).definition;
        const IndexDefinition &db = m_candidates.at(b).definition;
        const double la = limitWeight(a);
        const double lb = limitWeight(b);
        if (la != lb)
            return la > lb;
        if (m_size.value(a) != m_size.value(b))
            return m_size.value(a) < m_size.value(b);
        if (da.keys.size() + da.include.size() != db.keys.size() + db.include.size())
            return da.keys.size() + da.include.size() < db.keys.size() + db.include.size();
        return a < b;
    });
    return pool.first();
}

int IndexSelector::preferNarrower(int chosen) const
{
    for (int guard = 0; guard < 8; ++guard) {
        QList<int> helped;
        const QHash<int, Eval> evals = m_evals.value(chosen);
        for (auto it = evals.begin(); it != evals.end(); ++it) {
            if (helps(chosen, it.key()))
                helped << it.key();
        }
        auto remaining = [&](int candidate) {
            double r = 0;
            for (int q : helped) {
                const double cost = helps(candidate, q) ? m_evals.value(candidate).value(q).cost
                                                        : m_current.at(q).cost;
                r += m_statements.at(q).weight * cost / m_base.at(q).cost;
            }
            return r;
        };
        const double mine = remaining(chosen);
        int better = -1;
        double betterRemaining = 0;
        for (int n = 0; n < m_candidates.size(); ++n) {
            if (n == chosen || m_rejected.contains(n) || m_chosen.contains(n) ||
                !m_candidates.at(n).definition.isNarrowerThan(m_candidates.at(chosen).definition))
                continue;
            bool servesLimit = true;
            for (int q : helped) {
                const Eval mineEval = m_evals.value(chosen).value(q);
                const Eval theirs = m_evals.value(n).value(q);
                if (mineEval.complete && !(theirs.complete && helps(n, q)))
                    servesLimit = false;
            }
            if (!servesLimit)
                continue; // only the wider one reads just the rows a LIMIT needs
            const double r = remaining(n);
            if (r <= m_options.widerFactor * mine && (better < 0 || r < betterRemaining)) {
                better = n;
                betterRemaining = r;
            }
        }
        if (better < 0)
            return chosen;
        chosen = better;
    }
    return chosen;
}

DbError IndexSelector::refresh(const TableRef &table)
{
    for (int q : statementsOn(table)) {
        if (canceled())
            return canceledError();
        m_current[q] = m_session.explain(m_statements.at(q).sql);
        ++m_explains;
        if (!m_current[q].ok)
            m_current[q] = m_base.at(q);
        for (auto it = m_evals.begin(); it != m_evals.end(); ++it)
            it.value().remove(q);
    }
    return {};
}

DbError IndexSelector::commit(int candidate)
{
    HypotheticalIndex h;
    if (DbError err = m_session.create(m_candidates.at(candidate).definition, &h))
        return err;
    m_hypo.insert(candidate, h);
    m_saved.insert(candidate, benefit(candidate));
    m_chosen << candidate;
    return refresh(m_candidates.at(candidate).definition.table);
}

DbError IndexSelector::select()
{
    double total = 0;
    for (int q = 0; q < m_statements.size(); ++q) {
        if (m_base.value(q).ok)
            total += m_statements.at(q).weight;
    }
    const double minBenefit = std::max(1e-9, m_options.minSavedShare * total);
    // Each round but the last chooses an index, and a round that has no candidate left
    // reports nothing: progress counts at most this many.
    const int maxRounds = std::max(1, std::min(m_options.maxIndexes, int(m_candidates.size())));
    int round = 0;
    while (m_chosen.size() < m_options.maxIndexes) {
        ++round;
        QList<int> remaining;
        for (int c = 0; c < m_candidates.size(); ++c) {
            if (!m_chosen.contains(c) && !m_rejected.contains(c))
                remaining << c;
        }
        QList<int> eligible;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            const int c = remaining.at(i);
            if (m_progress) {
                const double done = (round - 1 + double(i + 1) / double(remaining.size())) /
                                    double(std::max(1, maxRounds));
                m_progress(tr("Round %1 of at most %2: candidate %3 of %4, %5")
                               .arg(round)
                               .arg(maxRounds)
                               .arg(i + 1)
                               .arg(remaining.size())
                               .arg(m_candidates.at(c).definition.display()),
                           int(100.0 * done));
            }
            if (DbError err = evaluate(c))
                return err;
            if (!m_rejected.contains(c) && benefit(c) >= minBenefit)
                eligible << c;
        }
        if (eligible.isEmpty())
            break;
        if (DbError err = commit(preferNarrower(pick(eligible))))
            return err;
    }
    if (DbError err = prune())
        return err;
    return finish();
}

DbError IndexSelector::prune()
{
    double total = 0;
    for (int q = 0; q < m_statements.size(); ++q) {
        if (m_base.value(q).ok)
            total += m_statements.at(q).weight;
    }
    const double minBenefit = m_options.minSavedShare * total;
    // The biggest first: when two recommendations serve the same statements, the smaller
    // one stays (a partial index rather than a covering index of the whole table).
    QList<int> order = m_chosen;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        if (m_size.value(a) != m_size.value(b))
            return m_size.value(a) > m_size.value(b);
        return m_saved.value(a) < m_saved.value(b);
    });
    for (int c : order) {
        if (canceled())
            return canceledError();
        const TableRef table = m_candidates.at(c).definition.table;
        if (DbError err = m_session.drop(m_hypo.value(c).oid))
            return err;
        // What losing c costs, counting only the statements it makes cheaper by at least
        // minImprovement of their original cost: taking a plan from 38 to 1.4 (of 1 496),
        // next to a partial index that already made it cheap, is no reason to keep a 7 MB
        // covering index and its writes.
        double loss = 0;
        QHash<int, PlanEstimate> without;
        for (int q : statementsOn(table)) {
            const PlanEstimate p = m_session.explain(m_statements.at(q).sql);
            ++m_explains;
            without.insert(q, p);
            if (!p.ok || m_base.at(q).cost <= 0)
                continue;
            // As a share of the statement's cost with no recommended index at all.
            const double gain = (p.cost - m_current.at(q).cost) / m_base.at(q).cost;
            if (gain >= m_options.minImprovement)
                loss += m_statements.at(q).weight * gain;
        }
        if (loss < minBenefit) {
            m_chosen.removeAll(c);
            m_hypo.remove(c);
            for (auto it = without.begin(); it != without.end(); ++it)
                m_current[it.key()] = it.value().ok ? it.value() : m_base.at(it.key());
            m_notes << tr("%1 dropped: the other recommendations already give what it would.")
                           .arg(m_candidates.at(c).definition.display());
            continue;
        }
        HypotheticalIndex h;
        if (DbError err = m_session.create(m_candidates.at(c).definition, &h))
            return err;
        m_hypo.insert(c, h);
    }
    return {};
}

DbError IndexSelector::finish()
{
    m_final = m_base;
    QList<TableRef> tables;
    for (int c : m_chosen)
        tables << m_candidates.at(c).definition.table;
    for (int q = 0; q < m_statements.size(); ++q) {
        if (!m_base.at(q).ok)
            continue;
        bool touched = false;
        for (const TableRef &t : tables)
            touched = touched || m_statements.at(q).tables.contains(t);
        if (!touched)
            continue;
        if (canceled())
            return canceledError();
        const PlanEstimate p = m_session.explain(m_statements.at(q).sql);
        ++m_explains;
        if (p.ok)
            m_final[q] = p;
    }
    return {};
}

} // namespace sonde

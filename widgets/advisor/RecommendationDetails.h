#pragma once

#include "advisor/IndexRecommendation.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace sonde {

class PlanDiffView;

// One recommendation in full: its DDL and reason, each statement it helps with the cost
// before → after and its share of the workload, size, write cost, notes, the revert
// statement — and the plans before and after for the statement picked, drawn as a plan
// diff.
class RecommendationDetails : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationDetails(QWidget *parent = nullptr);

    void setRecommendation(const IndexRecommendation &recommendation);
    // Two plans side by side (also used for "plans then and now" of an applied change).
    void showPlans(const QString &leftTitle, const QString &leftJson, const QString &rightTitle,
                   const QString &rightJson);
    void clear();

private:
    void showStatement(int index);

    QTextBrowser *m_summary = nullptr;
    QComboBox *m_statement = nullptr;
    PlanDiffView *m_plans = nullptr;
    IndexRecommendation m_current;
};

} // namespace sonde

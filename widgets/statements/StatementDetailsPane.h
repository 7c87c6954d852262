#pragma once

#include "statements/StatementWindow.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sonde {

class StatementSeriesChart;

// The statement selected in the slow-query list: its whole text laid out for reading, its
// numbers over the window, its own latency / calls chart, and what to do with it.
class StatementDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit StatementDetailsPane(QWidget *parent = nullptr);

    void showStatement(const SlowStatement &statement, const QList<StatementPoint> &series,
                       const QString &parentQuery);
    void clear();
    // Explain and Add to benchmark (off for a recording: there is no server to ask).
    void setActionsShown(bool shown);
    const SlowStatement &statement() const { return m_statement; }
    StatementSeriesChart *chart() const { return m_chart; }

signals:
    void explainRequested(const QString &sql);
    void benchmarkRequested(const QString &sql);
    void copied();

private:
    SlowStatement m_statement;
    bool m_hasStatement = false;
    QLabel *m_numbers;
    QPlainTextEdit *m_text;
    StatementSeriesChart *m_chart;
    QPushButton *m_explain;
    QPushButton *m_copy;
    QPushButton *m_benchmark;
};

} // namespace sonde

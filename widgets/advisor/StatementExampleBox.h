#pragma once

#include "advisor/AdvisorResult.h"

#include <QGroupBox>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sonde {

// Under the statements without an index: for one that could not be planned, a place to
// paste it as the application sent it, with real values, and advise again with that
// example. Hidden for any other statement.
class StatementExampleBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit StatementExampleBox(QWidget *parent = nullptr);

    // Shows the box for `statement` when an example can help it (could not be planned and
    // known by its queryid), with the example given before, if any.
    void setStatement(const UnhelpedStatement &statement, const QString &example = {});
    void clearStatement();

signals:
    void exampleGiven(qint64 queryId, const QString &sql);

private:
    void give();

    qint64 m_queryId = 0;
    QLabel *m_what;
    QPlainTextEdit *m_example;
    QLabel *m_error;
    QPushButton *m_use;
};

} // namespace sonde

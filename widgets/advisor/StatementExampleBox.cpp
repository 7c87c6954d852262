#include "advisor/StatementExampleBox.h"

#include "advisor/ParseTree.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

StatementExampleBox::StatementExampleBox(QWidget *parent)
    : QGroupBox(tr("Example with real values"), parent)
    , m_what(new QLabel(this))
    , m_example(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_use(new QPushButton(tr("Advise with this example"), this))
{
    setObjectName(u"exampleBox"_s);
    m_what->setWordWrap(true);
    m_example->setObjectName(u"exampleEdit"_s);
    m_example->setAccessibleName(tr("Example of the statement with real values"));
    m_example->setPlaceholderText(tr("SELECT … WHERE email = 'user42@example.com'"));
    m_example->setMaximumHeight(70);
    m_error->setObjectName(u"exampleError"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_use->setObjectName(u"useExampleButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_example);
    layout->addLayout(buttons);
    connect(m_use, &QPushButton::clicked, this, &StatementExampleBox::give);
    hide();
}

void StatementExampleBox::setStatement(const UnhelpedStatement &s, const QString &example)
{
    if (s.reason != UnhelpedStatement::Reason::CouldNotPlan || s.queryId == 0) {
        clearStatement();
        return;
    }
    m_queryId = s.queryId;
    m_what->setText(tr("Sonde could not plan queryid %1 from its normalized text. Paste it as "
                       "the application sent it, with real values: Sonde plans it with them.")
                        .arg(s.queryId));
    m_example->setPlainText(example);
    m_error->hide();
    show();
}

void StatementExampleBox::clearStatement()
{
    m_queryId = 0;
    hide();
}

void StatementExampleBox::give()
{
    QString error;
    const QStringList statements = ParseTree::split(m_example->toPlainText(), &error);
    if (statements.size() != 1) {
        m_error->setText(error.isEmpty() ? tr("Give exactly one statement.")
                                         : tr("The example does not parse: %1").arg(error));
        m_error->show();
        return;
    }
    m_error->hide();
    emit exampleGiven(m_queryId, statements.first());
}

} // namespace sonde

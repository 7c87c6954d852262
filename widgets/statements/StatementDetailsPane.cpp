#include "StatementDetailsPane.h"

#include "plan/PlanFormat.h"
#include "statements/SqlFormatter.h"
#include "statements/StatementSeriesChart.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

namespace Fmt = PlanFormat;

StatementDetailsPane::StatementDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_numbers(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_chart(new StatementSeriesChart(this))
    , m_explain(new QPushButton(tr("&Explain"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_benchmark(new QPushButton(tr("Add to &benchmark"), this))
{
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Statement text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_explain->setToolTip(tr("Show its plan (a generic plan for a statement with $1 parameters)"));
    m_benchmark->setToolTip(tr("Use this statement in a benchmark run"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_explain);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_benchmark);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_numbers);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_chart, 2);
    layout->addLayout(buttons);

    connect(m_explain, &QPushButton::clicked, this,
            [this]() { emit explainRequested(m_statement.query); });
    connect(m_benchmark, &QPushButton::clicked, this,
            [this]() { emit benchmarkRequested(m_statement.query); });
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_text->toPlainText());
        emit copied();
    });
    clear();
}

void StatementDetailsPane::clear()
{
    m_hasStatement = false;
    m_statement = SlowStatement();
    m_numbers->setText(tr("<i>Select a statement to see its text, its latency over the window "
                          "and what to do with it.</i>"));
    m_text->clear();
    m_chart->clear();
    for (QPushButton *b : {m_explain, m_copy, m_benchmark})
        b->setEnabled(false);
}

void StatementDetailsPane::showStatement(const SlowStatement &s,
                                         const QList<StatementPoint> &series,
                                         const QString &parentQuery)
{
    m_statement = s;
    m_hasStatement = true;
    QStringList lines;
    lines << tr("<b>%1 calls</b>, %2 in all (%3 of the window) · mean <b>%4</b> · stddev %5 · "
                "max %6%7")
                 .arg(Fmt::count(s.calls), Fmt::duration(s.totalMs), Fmt::percent(s.share),
                      Fmt::duration(s.meanMs), Fmt::duration(s.stddevMs), Fmt::duration(s.maxMs),
                      s.maxExact ? QString() : tr(" (at least)"));
    const double hit = s.hitRatio();
    lines << tr("%1 rows per call · shared blocks: %2 hit, %3 read%4 · temp blocks written %5 · "
                "%6 on %7")
                 .arg(Fmt::count(s.rowsPerCall), Fmt::count(s.sharedHit), Fmt::count(s.sharedRead),
                      hit >= 0 ? tr(" (%1 from cache)").arg(Fmt::percent(hit)) : QString(),
                      Fmt::count(s.tempWritten), s.role.toHtmlEscaped(),
                      s.database.toHtmlEscaped());
    if (s.slow)
        lines << u"<span style='color:#c62828'>"_s +
                     tr("Slow: its mean is above the threshold.").toHtmlEscaped() + u"</span>"_s;
    if (s.nPlusOne)
        lines << u"<span style='color:#e65100'>"_s +
                     tr("Suspected N+1: it runs about %1 times per call of “%2” — fetch those "
                        "rows in one query (a join or WHERE id = ANY($1)).")
                         .arg(qRound(s.nPlusOneRatio))
                         .arg(parentQuery.simplified().left(120))
                         .toHtmlEscaped() +
                     u"</span>"_s;
    m_numbers->setText(lines.join(u"<br>"_s));
    m_text->setPlainText(SqlFormatter::format(s.query));
    m_chart->setSeries(series);
    for (QPushButton *b : {m_explain, m_copy, m_benchmark})
        b->setEnabled(!s.query.isEmpty());
}

void StatementDetailsPane::setActionsShown(bool shown)
{
    m_explain->setVisible(shown);
    m_benchmark->setVisible(shown);
}

} // namespace sonde

#include "ThresholdDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

ThresholdDialog::ThresholdDialog(const ThresholdSet &thresholds, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Thresholds"));
    setObjectName(u"thresholdDialog"_s);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Chart</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Warning</b>"), this), 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("<b>Critical</b>"), this), 0, 3, 1, 2);
    const QList<ChartGroup> charts = {ChartGroup::Latency, ChartGroup::HitRate, ChartGroup::PoolUse,
                                      ChartGroup::Throughput};
    int r = 1;
    for (ChartGroup c : charts) {
        Row row;
        row.below = thresholds.forChart(c).below || c == ChartGroup::HitRate;
        const QString unit = MetricCatalog::chartUnit(c);
        const QString direction = row.below ? tr("below") : tr("above");
        auto spin = [&](const QString &name) {
            auto *s = new QDoubleSpinBox(this);
            s->setObjectName(name);
            s->setDecimals(1);
            s->setRange(0, unit == u"%"_s ? 100 : 1e9);
            s->setSuffix(u" "_s + unit);
            s->setPrefix(direction + u" "_s);
            return s;
        };
        const QString key = QString::number(int(c));
        row.warningOn = new QCheckBox(this);
        row.warningOn->setObjectName(u"warningOn-"_s + key);
        row.warning = spin(u"warning-"_s + key);
        row.criticalOn = new QCheckBox(this);
        row.criticalOn->setObjectName(u"criticalOn-"_s + key);
        row.critical = spin(u"critical-"_s + key);
        connect(row.warningOn, &QCheckBox::toggled, row.warning, &QWidget::setEnabled);
        connect(row.criticalOn, &QCheckBox::toggled, row.critical, &QWidget::setEnabled);
        grid->addWidget(new QLabel(MetricCatalog::chartTitle(c), this), r, 0);
        grid->addWidget(row.warningOn, r, 1);
        grid->addWidget(row.warning, r, 2);
        grid->addWidget(row.criticalOn, r, 3);
        grid->addWidget(row.critical, r, 4);
        m_rows.insert(c, row);
        ++r;
    }
    m_sustain = new QSpinBox(this);
    m_sustain->setObjectName(u"sustainReadings"_s);
    m_sustain->setRange(1, 60);
    m_sustain->setSuffix(tr(" consecutive readings"));
    auto *sustainRow = new QHBoxLayout;
    sustainRow->addWidget(new QLabel(tr("Alert after"), this));
    sustainRow->addWidget(m_sustain);
    sustainRow->addStretch(1);

    auto *help = new QLabel(tr("Defaults from common practice: latency above 200 ms is a "
                               "warning and above 500 ms critical; a cache hit rate below 60 % "
                               "and pool or connection use above 90 % are warnings."),
                            this);
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this]() { setValues(ThresholdSet::defaults()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(sustainRow);
    layout->addWidget(help);
    layout->addWidget(buttons);
    setValues(thresholds);
}

void ThresholdDialog::setValues(const ThresholdSet &thresholds)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const Threshold t = thresholds.forChart(it.key());
        it->warningOn->setChecked(!std::isnan(t.warning));
        it->warning->setEnabled(!std::isnan(t.warning));
        it->warning->setValue(std::isnan(t.warning) ? 0 : t.warning);
        it->criticalOn->setChecked(!std::isnan(t.critical));
        it->critical->setEnabled(!std::isnan(t.critical));
        it->critical->setValue(std::isnan(t.critical) ? 0 : t.critical);
    }
    m_sustain->setValue(thresholds.sustainReadings());
}

ThresholdSet ThresholdDialog::thresholds() const
{
    ThresholdSet out;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        Threshold t;
        t.below = it->below;
        t.warning = it->warningOn->isChecked() ? it->warning->value() : std::nan("");
        t.critical = it->criticalOn->isChecked() ? it->critical->value() : std::nan("");
        out.set(it.key(), t);
    }
    out.setSustainReadings(m_sustain->value());
    return out;
}

} // namespace sonde

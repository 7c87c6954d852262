#include "BenchmarkConfigForm.h"

#include "bench/PgWorkload.h"
#include "common/BoundedRead.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

BenchmarkConfigForm::BenchmarkConfigForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_target(new QComboBox(this))
    , m_database(new QComboBox(this))
    , m_workload(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_clients(new QSpinBox(this))
    , m_threads(new QSpinBox(this))
    , m_lengthKind(new QComboBox(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_transactions(new QSpinBox(this))
    , m_warmup(new QDoubleSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_protocol(new QComboBox(this))
    , m_pipeline(new QSpinBox(this))
    , m_keySpace(new QSpinBox(this))
    , m_valueSize(new QSpinBox(this))
    , m_setShare(new QDoubleSpinBox(this))
    , m_replayTop(new QSpinBox(this))
    , m_replayWindow(new QDoubleSpinBox(this))
    , m_replayWrites(new QCheckBox(tr("also replay statements that write"), this))
    , m_scriptBox(new QWidget(this))
    , m_script(new QPlainTextEdit(this))
    , m_scriptError(new QLabel(this))
    , m_scriptCheck(new QTimer(this))
    , m_defines(new QLineEdit(this))
    , m_maxTries(new QSpinBox(this))
    , m_latencyLimit(new QDoubleSpinBox(this))
{
    setObjectName(u"benchmarkConfigForm"_s);
    m_target->setObjectName(u"benchTarget"_s);
    m_workload->setObjectName(u"benchWorkload"_s);
    m_clients->setObjectName(u"benchClients"_s);
    m_threads->setObjectName(u"benchThreads"_s);
    m_duration->setObjectName(u"benchDuration"_s);
    m_transactions->setObjectName(u"benchTransactions"_s);
    m_lengthKind->setObjectName(u"benchLengthKind"_s);
    m_name->setObjectName(u"benchName"_s);
    m_script->setObjectName(u"benchScript"_s);
    m_script->setAccessibleName(tr("pgbench script"));
    for (WorkloadKind k : {WorkloadKind::SelectOnly, WorkloadKind::ReadWrite, WorkloadKind::Script,
                           WorkloadKind::Replay, WorkloadKind::RedisGet, WorkloadKind::RedisSet,
                           WorkloadKind::RedisMixed, WorkloadKind::CacheAside})
        m_workload->addItem(workloadTitle(k), int(k));
    m_name->setPlaceholderText(tr("e.g. before, after index"));
    m_clients->setRange(1, 1000);
    m_clients->setValue(4);
    m_threads->setRange(1, 64);
    m_threads->setValue(2);
    m_lengthKind->addItem(tr("Duration"));
    m_lengthKind->addItem(tr("Transaction count"));
    m_duration->setRange(0.5, 86400);
    m_duration->setValue(10);
    m_duration->setSuffix(tr(" s"));
    m_transactions->setRange(1, 2000000000);
    m_transactions->setValue(10000);
    m_warmup->setRange(0, 3600);
    m_warmup->setSuffix(tr(" s"));
    m_rate->setRange(0, 10000000);
    m_rate->setSpecialValueText(tr("as fast as possible"));
    m_rate->setSuffix(tr(" tx/s"));
    m_protocol->addItem(tr("Automatic (prepared; extended through PgBouncer)"),
                        int(QueryProtocol::Auto));
    m_protocol->addItem(tr("Prepared statements"), int(QueryProtocol::Prepared));
    m_protocol->addItem(tr("Extended, unnamed"), int(QueryProtocol::Extended));
    m_protocol->addItem(tr("Simple query"), int(QueryProtocol::Simple));
    m_pipeline->setRange(1, 10000);
    m_keySpace->setRange(1, 2000000000);
    m_keySpace->setValue(100000);
    m_valueSize->setRange(1, 64 * 1024 * 1024);
    m_valueSize->setValue(3);
    m_valueSize->setSuffix(tr(" B"));
    m_setShare->setRange(0, 1);
    m_setShare->setSingleStep(0.1);
    m_setShare->setValue(0.5);
    m_replayTop->setRange(1, 100);
    m_replayTop->setValue(10);
    m_replayWindow->setRange(0, 3600);
    m_replayWindow->setSpecialValueText(tr("since the last reset"));
    m_replayWindow->setSuffix(tr(" s"));
    m_script->setPlaceholderText(u"\\set aid random(1, 100000 * :scale)\n"
                                 "SELECT abalance FROM pgbench_accounts WHERE aid = :aid;"_s);
    m_script->setMinimumHeight(90);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_scriptError->setObjectName(u"benchScriptError"_s);
    m_scriptError->setWordWrap(true);
    m_scriptError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scriptError->setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; "
                                 "padding: 4px; border-radius: 3px;"_s);
    m_scriptError->hide();
    m_scriptCheck->setSingleShot(true);
    m_scriptCheck->setInterval(400);
    auto *load = new QPushButton(tr("Load a pgbench script…"), m_scriptBox);
    auto *scriptLayout = new QVBoxLayout(m_scriptBox);
    scriptLayout->setContentsMargins(0, 0, 0, 0);
    scriptLayout->addWidget(m_script);
    scriptLayout->addWidget(m_scriptError);
    scriptLayout->addWidget(load);
    m_defines->setObjectName(u"benchDefines"_s);
    m_defines->setPlaceholderText(tr("NAME=VALUE NAME=VALUE (pgbench's -D)"));
    m_maxTries->setRange(0, 1000);
    m_maxTries->setValue(1);
    m_maxTries->setSpecialValueText(tr("unlimited (within the latency limit or duration)"));
    m_maxTries->setToolTip(tr("Tries of a transaction that fails on a serialization or "
                              "deadlock error (pgbench's --max-tries)."));
    m_latencyLimit->setRange(0, 3600000);
    m_latencyLimit->setSpecialValueText(tr("none"));
    m_latencyLimit->setSuffix(tr(" ms"));
    m_latencyLimit->setToolTip(tr("Transactions slower than this count as late; with a target "
                                  "rate, those already late when due are skipped."));

    m_form->addRow(tr("Target"), m_target);
    m_form->addRow(tr("Workload"), m_workload);
    m_form->addRow(tr("Database behind the cache"), m_database);
    m_form->addRow(tr("Script"), m_scriptBox);
    m_form->addRow(tr("Variables"), m_defines);
    m_form->addRow(tr("Statements replayed"), m_replayTop);
    m_form->addRow(tr("Capture window"), m_replayWindow);
    m_form->addRow(QString(), m_replayWrites);
    m_form->addRow(tr("Clients"), m_clients);
    m_form->addRow(tr("Threads"), m_threads);
    m_form->addRow(tr("Run for"), m_lengthKind);
    m_form->addRow(tr("Duration"), m_duration);
    m_form->addRow(tr("Transactions"), m_transactions);
    m_form->addRow(tr("Warm-up"), m_warmup);
    m_form->addRow(tr("Target rate"), m_rate);
    m_form->addRow(tr("Protocol"), m_protocol);
    m_form->addRow(tr("Tries on conflicts"), m_maxTries);
    m_form->addRow(tr("Latency limit"), m_latencyLimit);
    m_form->addRow(tr("Pipeline depth"), m_pipeline);
    m_form->addRow(tr("Key space"), m_keySpace);
    m_form->addRow(tr("Value size"), m_valueSize);
    m_form->addRow(tr("Share of SETs"), m_setShare);
    m_form->addRow(tr("Run name"), m_name);

    connect(load, &QPushButton::clicked, this, &BenchmarkConfigForm::loadScript);
    connect(m_script, &QPlainTextEdit::textChanged, m_scriptCheck, qOverload<>(&QTimer::start));
    connect(m_defines, &QLineEdit::textChanged, m_scriptCheck, qOverload<>(&QTimer::start));
    connect(m_protocol, &QComboBox::currentIndexChanged, m_scriptCheck,
            qOverload<>(&QTimer::start));
    connect(m_scriptCheck, &QTimer::timeout, this, [this]() { checkScript(); });
    connect(m_workload, &QComboBox::currentIndexChanged, this, [this]() {
        updateVisibility();
        emit changed();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this]() {
        // Keep the workload consistent with the kind of target.
        const bool redis = currentTarget().kind == TargetKind::Redis;
        const auto kind = WorkloadKind(m_workload->currentData().toInt());
        if (isRedisWorkload(kind) != redis)
            selectWorkload(redis ? WorkloadKind::RedisGet : WorkloadKind::SelectOnly);
        updateVisibility();
        emit changed();
    });
    connect(m_lengthKind, &QComboBox::currentIndexChanged, this,
            &BenchmarkConfigForm::updateVisibility);
    connect(m_clients, &QSpinBox::valueChanged, this,
            [this](int clients) { m_threads->setMaximum(clients); });
    updateVisibility();
}

void BenchmarkConfigForm::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QWidget *label = m_form->labelForField(field))
        label->setVisible(visible);
}

void BenchmarkConfigForm::updateVisibility()
{
    const auto kind = WorkloadKind(m_workload->currentData().toInt());
    const bool redis = isRedisWorkload(kind);
    const bool pg = !redis || kind == WorkloadKind::CacheAside;
    setRowVisible(m_database, kind == WorkloadKind::CacheAside);
    setRowVisible(m_scriptBox, kind == WorkloadKind::Script);
    setRowVisible(m_defines, isScriptWorkload(kind));
    setRowVisible(m_maxTries, pg && kind != WorkloadKind::CacheAside);
    setRowVisible(m_latencyLimit, pg && kind != WorkloadKind::CacheAside);
    setRowVisible(m_replayTop, kind == WorkloadKind::Replay);
    setRowVisible(m_replayWindow, kind == WorkloadKind::Replay);
    setRowVisible(m_replayWrites, kind == WorkloadKind::Replay);
    setRowVisible(m_protocol, pg);
    setRowVisible(m_pipeline, redis && kind != WorkloadKind::CacheAside);
    setRowVisible(m_keySpace, redis);
    setRowVisible(m_valueSize, redis);
    setRowVisible(m_setShare, kind == WorkloadKind::RedisMixed);
    setRowVisible(m_threads, kind != WorkloadKind::CacheAside);
    setRowVisible(m_duration, m_lengthKind->currentIndex() == 0);
    setRowVisible(m_transactions, m_lengthKind->currentIndex() == 1);
    // Workloads that do not fit the chosen target are disabled.
    const bool redisTarget = currentTarget().kind == TargetKind::Redis;
    for (int i = 0; i < m_workload->count(); ++i) {
        const bool fits =
            isRedisWorkload(WorkloadKind(m_workload->itemData(i).toInt())) == redisTarget;
        if (auto *model = qobject_cast<QStandardItemModel *>(m_workload->model()))
            model->item(i)->setEnabled(fits || m_target->count() == 0);
    }
}

void BenchmarkConfigForm::setTargets(const QList<Target> &targets)
{
    const QString previous = m_target->currentText();
    m_entries.clear();
    m_target->clear();
    m_database->clear();
    for (const Target &t : targets) {
        if (t.kind == TargetKind::PostgreSQL) {
            m_entries.append({t, false});
            m_target->addItem(tr("%1 (direct)").arg(t.name));
            m_database->addItem(t.name, t.id);
        } else if (t.kind == TargetKind::PgBouncer && !t.pooledUri.isEmpty()) {
            m_entries.append({t, true});
            m_target->addItem(tr("%1 (through PgBouncer)").arg(t.name));
        } else if (t.kind == TargetKind::Redis) {
            m_entries.append({t, false});
            m_target->addItem(t.name);
        }
    }
    const int again = m_target->findText(previous);
    if (again >= 0)
        m_target->setCurrentIndex(again);
    updateVisibility();
}

Target BenchmarkConfigForm::currentTarget() const
{
    const int i = m_target->currentIndex();
    return i >= 0 && i < m_entries.size() ? m_entries.at(i).target : Target();
}

bool BenchmarkConfigForm::currentTargetThroughPooler() const
{
    const int i = m_target->currentIndex();
    return i >= 0 && i < m_entries.size() && m_entries.at(i).throughPooler;
}

Target BenchmarkConfigForm::postgresTarget() const
{
    const auto kind = WorkloadKind(m_workload->currentData().toInt());
    if (kind == WorkloadKind::CacheAside) {
        for (const Entry &e : m_entries) {
            if (e.target.id == m_database->currentData().toString())
                return e.target;
        }
        return {};
    }
    return isRedisWorkload(kind) ? Target() : currentTarget();
}

void BenchmarkConfigForm::selectWorkload(WorkloadKind kind)
{
    m_workload->setCurrentIndex(m_workload->findData(int(kind)));
}

void BenchmarkConfigForm::selectTarget(const QString &targetId, bool throughPooler)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).target.id == targetId && m_entries.at(i).throughPooler == throughPooler)
            m_target->setCurrentIndex(i);
    }
}

BenchmarkConfig BenchmarkConfigForm::config() const
{
    BenchmarkConfig c;
    c.workload = WorkloadKind(m_workload->currentData().toInt());
    c.name = m_name->text().trimmed();
    const Target t = currentTarget();
    const bool pooled = currentTargetThroughPooler();
    c.targetId = t.id;
    c.uri = pooled ? t.pooledUri : t.uri;
    c.throughPooler = pooled;
    if (pooled)
        c.poolerAdminUri = t.uri;
    if (c.workload == WorkloadKind::CacheAside)
        c.databaseUri = postgresTarget().uri;
    c.clients = m_clients->value();
    c.threads = std::min(m_threads->value(), c.clients);
    if (m_lengthKind->currentIndex() == 1)
        c.transactions = m_transactions->value();
    c.durationSeconds = m_duration->value();
    c.warmupSeconds = m_warmup->value();
    c.targetRate = m_rate->value();
    c.protocol = QueryProtocol(m_protocol->currentData().toInt());
    c.pipeline = m_pipeline->value();
    c.keySpace = m_keySpace->value();
    c.valueSize = m_valueSize->value();
    c.setShare = m_setShare->value();
    c.replayTop = m_replayTop->value();
    c.replayWindowSeconds = m_replayWindow->value();
    c.replayWrites = m_replayWrites->isChecked();
    if (c.workload == WorkloadKind::Script) {
        c.scripts << BenchScript{m_scriptName.isEmpty() ? u"script.sql"_s : m_scriptName,
                                 m_script->toPlainText(), 1};
    }
    if (isScriptWorkload(c.workload)) {
        for (const QString &d : m_defines->text().split(u' ', Qt::SkipEmptyParts)) {
            const qsizetype eq = d.indexOf(u'=');
            c.defines.insert(eq < 0 ? d : d.left(eq), eq < 0 ? QString() : d.mid(eq + 1));
        }
    }
    c.maxTries = m_maxTries->value();
    c.latencyLimitMs = m_latencyLimit->value();
    return c;
}

void BenchmarkConfigForm::setConfig(const BenchmarkConfig &c)
{
    selectTarget(c.targetId, c.throughPooler);
    selectWorkload(c.workload);
    m_name->setText(c.name);
    m_clients->setValue(c.clients);
    m_threads->setValue(c.threads);
    m_lengthKind->setCurrentIndex(c.transactions > 0 ? 1 : 0);
    if (c.transactions > 0)
        m_transactions->setValue(int(std::min<qint64>(c.transactions, 2000000000)));
    m_duration->setValue(c.durationSeconds);
    m_warmup->setValue(c.warmupSeconds);
    m_rate->setValue(c.targetRate);
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(int(c.protocol))));
    m_pipeline->setValue(c.pipeline);
    m_keySpace->setValue(int(std::min<qint64>(c.keySpace, 2000000000)));
    m_valueSize->setValue(c.valueSize);
    m_setShare->setValue(c.setShare);
    m_replayTop->setValue(c.replayTop);
    m_replayWindow->setValue(c.replayWindowSeconds);
    m_replayWrites->setChecked(c.replayWrites);
    m_script->setPlainText(c.scripts.isEmpty() ? QString() : c.scripts.first().text);
    m_scriptName = c.scripts.isEmpty() ? QString() : c.scripts.first().name;
    QStringList defines;
    for (auto it = c.defines.begin(); it != c.defines.end(); ++it)
        defines << it.key() + u'=' + it.value();
    m_defines->setText(defines.join(u' '));
    m_maxTries->setValue(c.maxTries);
    m_latencyLimit->setValue(c.latencyLimitMs);
    updateVisibility();
}

void BenchmarkConfigForm::loadScript()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a pgbench script"), {},
                                                      tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadScriptFile(path, &error))
        QMessageBox::warning(this, tr("Load a pgbench script"), error);
}

bool BenchmarkConfigForm::loadScriptFile(const QString &path, QString *error)
{
    QByteArray text;
    if (!BoundedRead::readFile(path, BoundedRead::TextCap, &text, error))
        return false;
    m_script->setPlainText(QString::fromUtf8(text));
    m_scriptName = QFileInfo(path).fileName();
    return true;
}

ScriptError BenchmarkConfigForm::checkScript()
{
    m_scriptCheck->stop();
    const BenchmarkConfig c = config();
    ScriptError error;
    if (isScriptWorkload(c.workload) &&
        (c.workload != WorkloadKind::Script || !m_script->toPlainText().trimmed().isEmpty())) {
        PgWorkload workload;
        workload.build(c, &error);
    }
    showScriptError(error);
    return error;
}

void BenchmarkConfigForm::showScriptError(const ScriptError &error)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (error.isEmpty()) {
        m_scriptError->hide();
        m_script->setExtraSelections(marks);
        return;
    }
    m_scriptError->setText(error.line > 0 ? tr("Line %1: %2").arg(error.line).arg(error.message)
                                          : error.message);
    m_scriptError->show();
    const QTextBlock block = m_script->document()->findBlockByNumber(error.line - 1);
    const bool inEditor = WorkloadKind(m_workload->currentData().toInt()) == WorkloadKind::Script;
    if (error.line > 0 && block.isValid() && inEditor) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(QColor(0xb3, 0x26, 0x1e, 70));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        marks << mark;
        if (error.column > 0) {
            // The column where reading stopped, underlined.
            QTextEdit::ExtraSelection at;
            at.cursor = QTextCursor(block);
            at.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, error.column - 1);
            at.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
            at.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            at.format.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
            marks << at;
        }
    }
    m_script->setExtraSelections(marks);
}

} // namespace sonde

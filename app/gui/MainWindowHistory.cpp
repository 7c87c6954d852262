// The main window's local history: every server watched is kept on disk (LocalHistory) so
// the dashboard opens with the last hours; File → Save a recording… writes a range of it
// into a .sonde file; File → History… sets how long and how much is kept.
#include "MainWindow.h"

#include "SaveRecordingDialog.h"
#include "common/PrivateFiles.h"
#include "dashboard/DashboardPage.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "recording/LocalHistory.h"
#include "recording/RecordingFile.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

LocalHistory::Settings savedHistorySettings()
{
    QSettings settings;
    LocalHistory::Settings s;
    // SONDE_HISTORY=off keeps none whatever the settings say (the test suites set it).
    s.enabled = settings.value(u"history/enabled"_s, true).toBool() &&
                qEnvironmentVariable("SONDE_HISTORY") != u"off"_s;
    s.retentionHours = std::clamp(settings.value(u"history/retentionHours"_s, 24).toInt(), 1, 168);
    s.maxMiB = std::clamp(settings.value(u"history/maxMiB"_s, 512).toInt(), 16, 65536);
    return s;
}

} // namespace

void MainWindow::createHistoryActions(QMenu *file)
{
    m_history = new LocalHistory(m_pipeline, PrivateFiles::dataPath(u"history"_s), this);
    connect(m_history, &LocalHistory::loaded, this, [this](const QString &id, int readings) {
        if (readings > 0) {
            statusBar()->showMessage(tr("The dashboard shows what Sonde kept of %1 before it "
                                        "was started.")
                                         .arg(m_targets->byId(id).name),
                                     8000);
        }
    });
    connect(m_history, &LocalHistory::failed, this, [this](const QString &id, const QString &why) {
        statusBar()->showMessage(
            tr("Sonde stopped keeping the history of %1: %2").arg(m_targets->byId(id).name, why),
            15000);
    });
    m_history->apply(savedHistorySettings());

    QAction *save =
        addShortcut(file, u"actionSaveRecording"_s, tr("Sa&ve a recording…"), {tr("Ctrl+Shift+S")});
    connect(save, &QAction::triggered, this, &MainWindow::askToSaveRecording);
    QAction *settings = file->addAction(tr("&History…"));
    settings->setObjectName(u"actionHistorySettings"_s);
    connect(settings, &QAction::triggered, this, &MainWindow::editHistorySettings);
}

void MainWindow::askToSaveRecording()
{
    if (!m_history->settings().enabled) {
        QMessageBox::information(this, tr("Save a recording"),
                                 tr("Sonde keeps no history: turn it on in File → History…, or "
                                    "record from now on with File → Start recording…."));
        return;
    }
    SaveRecordingDialog ask(m_dashboard->rangeFromMs(), m_dashboard->rangeToMs(),
                            m_pipeline->store()->firstMs(), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"sonde-%1.sonde"_s.arg(
        QDateTime::fromMSecsSinceEpoch(ask.fromMs()).toString(u"yyyyMMdd-HHmm"_s));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save the recording as"), QDir(dir).filePath(name),
                                     tr("Sonde recordings (*.sonde)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".sonde"_s, Qt::CaseInsensitive))
        path += u".sonde"_s;
    saveRecording(ask.fromMs(), ask.toMs(), path, ask.statementTexts());
}

void MainWindow::saveRecording(qint64 fromMs, qint64 toMs, const QString &path, bool statementTexts)
{
    QStringList ids;
    for (const Target &t : m_targets->targets())
        ids << t.id;
    const QString dir = m_history->directory();
    statusBar()->showMessage(tr("Saving the recording %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            statusBar()->showMessage(
                tr("Recording saved: %1 (open it with File → Open a recording…).").arg(path),
                15000);
        } else {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Cannot save the recording"), error);
        }
        emit recordingSaved(path, error);
    });
    // The history files are read, and the recording written, off the GUI thread.
    watcher->setFuture(QtConcurrent::run([dir, ids, fromMs, toMs, path, statementTexts] {
        Recording recording;
        QString error;
        if (!LocalHistory::readRange(dir, ids, fromMs, toMs, &recording, &error) ||
            !RecordingFile::write(recording, path, statementTexts, &error))
            return error.isEmpty() ? tr("Nothing to save.") : error;
        return QString();
    }));
}

void MainWindow::editHistorySettings()
{
    const LocalHistory::Settings now = m_history->settings();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History"));
    dialog.setObjectName(u"historySettingsDialog"_s);
    auto *enabled = new QCheckBox(tr("&Keep a local history of every server watched"), &dialog);
    enabled->setChecked(now.enabled);
    auto *hours = new QSpinBox(&dialog);
    hours->setRange(1, 168);
    hours->setSuffix(tr(" h"));
    hours->setValue(now.retentionHours);
    auto *size = new QSpinBox(&dialog);
    size->setRange(16, 65536);
    size->setSingleStep(64);
    size->setSuffix(tr(" MiB per server"));
    size->setValue(now.maxMiB);
    auto *where = new QLabel(tr("Kept in %1, readable by you only. The dashboard opens with "
                                "it; File → Save a recording… writes a range of it to hand on.")
                                 .arg(QDir::toNativeSeparators(m_history->directory())),
                             &dialog);
    where->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(enabled);
    form->addRow(tr("Keep &for:"), hours);
    form->addRow(tr("At &most:"), size);
    form->addRow(where);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.setLayout(form);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LocalHistory::Settings s;
    s.enabled = enabled->isChecked();
    s.retentionHours = hours->value();
    s.maxMiB = size->value();
    QSettings settings;
    settings.setValue(u"history/enabled"_s, s.enabled);
    settings.setValue(u"history/retentionHours"_s, s.retentionHours);
    settings.setValue(u"history/maxMiB"_s, s.maxMiB);
    m_history->apply(s);
}

} // namespace sonde

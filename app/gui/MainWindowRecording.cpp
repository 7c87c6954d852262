// The main window's recording: File → Start recording… writes everything the pipeline
// samples (as `sonde-cli record` does) into a .sonde file until Stop recording; notes put
// on the dashboard go into it. The status bar says where it records and for how long.
#include "MainWindow.h"

#include "RecordingWindow.h"
#include "recording/Recorder.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde {

void MainWindow::createRecordingActions(QMenu *file)
{
    m_recorder = new Recorder(m_pipeline, this);
    m_recordingLabel = new QLabel(this);
    m_recordingLabel->setObjectName(u"recordingStatus"_s);
    m_recordingLabel->setStyleSheet(u"QLabel { color: #c62828; font-weight: bold; }"_s);
    m_recordingLabel->hide();
    statusBar()->addPermanentWidget(m_recordingLabel);
    m_recordingClock = new QTimer(this);
    m_recordingClock->setInterval(1000);
    connect(m_recordingClock, &QTimer::timeout, this, &MainWindow::updateRecordingStatus);

    m_startRecording =
        addShortcut(file, u"actionStartRecording"_s, tr("Start &recording…"), {tr("Ctrl+Shift+R")});
    connect(m_startRecording, &QAction::triggered, this, &MainWindow::askToRecord);
    m_stopRecording = file->addAction(tr("S&top recording"));
    m_stopRecording->setObjectName(u"actionStopRecording"_s);
    m_stopRecording->setEnabled(false);
    connect(m_stopRecording, &QAction::triggered, this, [this]() { stopRecording(); });
    // The recorder has stopped by itself (disk full, file removed…).
    connect(m_recorder, &Recorder::failed, this, [this](const QString &message) {
        showRecordingStopped();
        QMessageBox::warning(this, tr("Recording stopped"), message);
    });
}

void MainWindow::askToRecord()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        u"sonde-%1.sonde"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s));
    QString path = QFileDialog::getSaveFileName(this, tr("Record into"), QDir(dir).filePath(name),
                                                tr("Sonde recordings (*.sonde)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".sonde"_s, Qt::CaseInsensitive))
        path += u".sonde"_s;
    QMessageBox ask(QMessageBox::Question, tr("Start recording"),
                    tr("Sonde will keep everything it samples from every server — the charts' "
                       "readings, pg_stat_statements, sessions and locks, the Redis slow log, "
                       "events, alerts and your notes — in %1 until you stop.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, this);
    QPushButton *record = ask.addButton(tr("Record"), QMessageBox::AcceptRole);
    auto *noTexts = new QCheckBox(tr("Leave statement texts out (to share outside the team)"));
    ask.setCheckBox(noTexts);
    ask.exec();
    if (ask.clickedButton() != record)
        return;
    QString error;
    if (!startRecording(path, !noTexts->isChecked(), &error))
        QMessageBox::warning(this, tr("Cannot record"), error);
}

bool MainWindow::startRecording(const QString &path, bool statementTexts, QString *error)
{
    if (m_recorder->isRecording())
        stopRecording();
    Recorder::Options options;
    options.statementTexts = statementTexts;
    if (!m_recorder->start(path, options, error))
        return false;
    m_recordingPath = path;
    m_recordingSince.start();
    m_startRecording->setEnabled(false);
    m_stopRecording->setEnabled(true);
    updateRecordingStatus();
    m_recordingLabel->show();
    m_recordingClock->start();
    return true;
}

bool MainWindow::stopRecording(QString *error)
{
    if (!m_recorder->isRecording())
        return false;
    QString why;
    const bool ok = m_recorder->stop(&why);
    showRecordingStopped();
    if (error)
        *error = why;
    const QString name = QFileInfo(m_recordingPath).fileName();
    statusBar()->showMessage(ok ? tr("Recording saved: %1 (open it with File → Open a "
                                     "recording…).")
                                      .arg(m_recordingPath)
                                : tr("The recording %1 could not be finished: %2").arg(name, why),
                             15000);
    return ok;
}

void MainWindow::showRecordingStopped()
{
    m_recordingClock->stop();
    m_recordingLabel->hide();
    m_startRecording->setEnabled(true);
    m_stopRecording->setEnabled(false);
}

bool MainWindow::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

void MainWindow::updateRecordingStatus()
{
    const qint64 s = m_recordingSince.elapsed() / 1000;
    m_recordingLabel->setText(tr("● Recording to %1 — %2:%3")
                                  .arg(QFileInfo(m_recordingPath).fileName())
                                  .arg(s / 60)
                                  .arg(s % 60, 2, 10, QLatin1Char('0')));
    m_recordingLabel->setToolTip(m_recordingPath);
}

} // namespace sonde

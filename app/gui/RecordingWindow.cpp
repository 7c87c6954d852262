#include "RecordingWindow.h"

#include "connection/TargetList.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TimeWindowBar.h"
#include "monitoring/MonitoringPipeline.h"
#include "recording/RecordingFile.h"
#include "recording/RecordingReplay.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

using namespace Qt::StringLiterals;

namespace sonde {

struct RecordingWindow::ReadResult
{
    Recording recording;
    QString error;
    bool ok = false;
};

RecordingWindow::RecordingWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"recordingWindow"_s);
    setAcceptDrops(true);
    resize(1280, 860);
    m_banner->setObjectName(u"recordingBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Not the colours of an alert: a recording is information, not trouble.
    m_banner->setStyleSheet(u"QLabel { background: #e8e2f7; color: #2d1f57; "
                            "border-bottom: 1px solid #6a3dc2; }"_s);
    m_message->setObjectName(u"recordingMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_message, 1);
    m_banner->hide();
    setCentralWidget(central);
    createMenus();
}

RecordingWindow::~RecordingWindow() = default;

void RecordingWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open a recording…"));
    open->setObjectName(u"recordingWindowOpen"_s);
    open->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(open, &QAction::triggered, this, [this]() {
        const QString path = askForRecording(this);
        if (!path.isEmpty())
            openInNewWindow(path, parentWidget());
    });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
}

void RecordingWindow::open(const QString &path)
{
    m_path = path;
    setWindowTitle(tr("%1 — recording").arg(QFileInfo(path).fileName()));
    m_message->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    // The last hour first, drawn at once; then the whole recording (a long one takes seconds
    // to read).
    read(FirstViewMs);
}

void RecordingWindow::read(qint64 lastSpanMs)
{
    auto *watcher = new QFutureWatcher<std::shared_ptr<ReadResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        const std::shared_ptr<ReadResult> r = watcher->result();
        watcher->deleteLater();
        arrived(r);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path, lastSpanMs]() {
        auto r = std::make_shared<ReadResult>();
        // The window shows the dashboard: the feed readings stay in the file.
        r->ok = RecordingFile::read(path, &r->recording, &r->error, RecordingFile::Parts::Timeline,
                                    lastSpanMs);
        return r;
    }));
}

void RecordingWindow::arrived(const std::shared_ptr<ReadResult> &r)
{
    if (!r->ok) {
        const QString text =
            tr("Sonde cannot open %1: %2").arg(QFileInfo(m_path).fileName(), r->error);
        if (isLoaded())
            m_banner->setText(m_description + u"<br>"_s + text.toHtmlEscaped());
        else
            m_message->setText(text);
        emit failed(r->error);
        return;
    }
    // The whole recording replaces the page showing its last hour: not while a menu or a
    // dialog of that page is open (they run on its stack).
    if (m_dashboard && (QApplication::activePopupWidget() || QApplication::activeModalWidget())) {
        QTimer::singleShot(250, this, [this, r]() { arrived(r); });
        return;
    }
    present(r->recording);
    if (r->recording.partial) {
        read(0);
        return;
    }
    m_complete = true;
    emit completed();
}

void RecordingWindow::present(const Recording &recording)
{
    // The whole recording replaces its last hour: the window keeps what it showed.
    qint64 windowMs = 0;
    qint64 endMs = 0;
    if (m_dashboard) {
        windowMs = m_dashboard->windowBar()->windowMs();
        endMs = m_dashboard->rangeToMs();
        delete m_dashboard; // before the pipeline it reads
        delete m_pipeline;
        delete m_targets;
    }
    m_targets = new TargetList(this);
    m_pipeline = new MonitoringPipeline(m_targets, this, MonitoringPipeline::Source::Recording,
                                        RecordingReplay::capacityFor(recording));
    RecordingReplay::load(recording, m_pipeline);
    m_dashboard = new DashboardPage(m_pipeline, this);
    const QDateTime from = recording.from();
    const QDateTime to = recording.to();
    m_dashboard->showRecording(from.isValid() ? from.toMSecsSinceEpoch() : 0,
                               to.isValid() ? to.toMSecsSinceEpoch() : 0);
    if (recording.partial) {
        m_dashboard->windowBar()->setWindowMs(FirstViewMs);
    } else if (windowMs > 0) {
        m_dashboard->windowBar()->setWindowMs(windowMs);
        m_dashboard->windowBar()->scrubTo(endMs);
    }
    // What the file says (names, versions) is text, never markup.
    m_description = tr("<b>Recording</b> — read-only. %1")
                        .arg(RecordingReplay::describe(recording).toHtmlEscaped());
    if (!recording.statementTexts)
        m_description += u' ' + tr("Statement texts were left out.");
    m_banner->setText(recording.partial
                          ? m_description + u' ' + tr("Showing its last hour; reading the rest…")
                          : m_description);
    m_banner->show();
    m_message->hide();
    centralWidget()->layout()->addWidget(m_dashboard);
    if (windowMs == 0)
        emit loaded();
}

QString RecordingWindow::bannerText() const
{
    return m_banner->isVisible() || isLoaded() ? m_banner->text() : QString();
}

QString RecordingWindow::errorText() const
{
    return isLoaded() ? QString() : m_message->text();
}

RecordingWindow *RecordingWindow::openInNewWindow(const QString &path, QWidget *parent)
{
    auto *w = new RecordingWindow(parent);
    w->setWindowFlag(Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->open(path);
    w->show();
    return w;
}

QString RecordingWindow::askForRecording(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open a recording"), {},
                                        tr("Sonde recordings (*.sonde);;All files (*)"));
}

QStringList RecordingWindow::recordingsIn(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        const QString path = url.toLocalFile();
        if (url.isLocalFile() && path.endsWith(u".sonde"_s, Qt::CaseInsensitive))
            paths << path;
    }
    return paths;
}

bool RecordingWindow::acceptDrag(QDragEnterEvent *event)
{
    if (recordingsIn(event->mimeData()).isEmpty())
        return false;
    event->acceptProposedAction();
    return true;
}

bool RecordingWindow::openDropped(QDropEvent *event, QWidget *parent)
{
    const QStringList paths = recordingsIn(event->mimeData());
    for (const QString &path : paths)
        openInNewWindow(path, parent);
    if (!paths.isEmpty())
        event->acceptProposedAction();
    return !paths.isEmpty();
}

void RecordingWindow::dragEnterEvent(QDragEnterEvent *event)
{
    acceptDrag(event);
}

void RecordingWindow::dropEvent(QDropEvent *event)
{
    openDropped(event, parentWidget());
}

} // namespace sonde

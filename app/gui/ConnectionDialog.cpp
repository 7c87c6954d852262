#include "ConnectionDialog.h"

#include "ProfileForm.h"
#include "common/JobTracker.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "models/ProfileListModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

ConnectionDialog::ConnectionDialog(ProfileConnector *connector, QWidget *parent)
    : QDialog(parent)
    , m_connector(connector)
    , m_model(new ProfileListModel(connector->profiles(), this))
    , m_list(new QTableView(this))
    , m_form(new ProfileForm(this))
    , m_result(new QPlainTextEdit(this))
    , m_keychain(new QLabel(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_jobs(new JobTracker(this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to a server"));
    resize(980, 700);
    m_list->setObjectName(u"profileList"_s);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->hideColumn(ProfileListModel::Where);
    auto *newButton = new QPushButton(tr("New"), this);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    deleteButton->setObjectName(u"deleteProfile"_s);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Saved connections"), this));
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    leftLayout->addLayout(listButtons);

    m_result->setObjectName(u"testResult"_s);
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("Test the connection to see what works and what is missing."));
    m_result->setMaximumHeight(150);
    m_keychain->setObjectName(u"keychainState"_s);
    m_keychain->setWordWrap(true);
    m_test->setObjectName(u"testButton"_s);
    m_save->setObjectName(u"saveButton"_s);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_result);
    rightLayout->addWidget(m_keychain);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectProfile);
    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    select(current.data(ProfileListModel::ProfileIdRole).toString());
            });
    SecretStore *secrets = connector->secrets();
    auto showKeychain = [this, secrets]() {
        m_keychain->setText(secrets->backend() == SecretStore::Backend::Keychain
                                ? tr("Passwords and key passphrases you ask to remember go to "
                                     "the system keychain.")
                                : u"▲ "_s + secrets->unavailableReason());
    };
    connect(secrets, &SecretStore::backendChanged, this, showKeychain);
    showKeychain();
    connect(m_jobs, &JobTracker::started, this, [this]() { m_test->setEnabled(false); });
    connect(m_jobs, &JobTracker::finished, this, [this]() { m_test->setEnabled(true); });
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::select(const QString &profileId)
{
    const ConnectionProfile p = m_connector->profiles()->byId(profileId);
    if (p.id.isEmpty())
        return;
    m_form->setProfile(p);
    m_result->clear();
}

void ConnectionDialog::newProfile()
{
    m_list->clearSelection();
    m_form->setProfile(ConnectionProfile());
    m_result->clear();
}

bool ConnectionDialog::isTesting() const
{
    return m_jobs->isRunning(u"test"_s);
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile profile = m_form->profile();
    const ProfileSecrets typed = m_form->secrets();
    m_result->setPlainText(tr("Testing %1 …").arg(profile.displayUri()));
    // Saved secrets are used where none is typed; the test itself runs off this thread.
    QPointer<ConnectionDialog> self(this);
    m_connector->secretsFor(profile, {}, [self, profile, typed](const ProfileSecrets &saved) {
        if (!self)
            return;
        const Target target = profile.toTarget(
            typed.password.isEmpty() ? saved.password : typed.password,
            typed.keyPassphrase.isEmpty() ? saved.keyPassphrase : typed.keyPassphrase);
        self->m_jobs->run(
            u"test"_s,
            [target](JobContext &ctx) { return ConnectionTester::test(target, ctx.cancelFlag()); },
            [self](const ConnectionTestResult &r) { self->showResult(r); });
    });
}

void ConnectionDialog::showResult(const ConnectionTestResult &r)
{
    QStringList lines;
    for (const ConnectionCheck &c : r.checks) {
        const QString mark = c.outcome == ConnectionCheck::Outcome::Passed    ? u"✔"_s
                             : c.outcome == ConnectionCheck::Outcome::Warning ? u"▲"_s
                                                                              : u"✖"_s;
        const QString word = c.outcome == ConnectionCheck::Outcome::Passed    ? tr("OK")
                             : c.outcome == ConnectionCheck::Outcome::Warning ? tr("Warning")
                                                                              : tr("Failed");
        lines << u"%1 %2 — %3: %4"_s.arg(mark, word, c.what, c.message);
    }
    lines << (r.ok() ? tr("Usable (%1 ms).").arg(r.elapsedMs)
                     : tr("Not usable: %1").arg(r.error.message));
    m_result->setPlainText(lines.join(u'\n'));
}

QString ConnectionDialog::resultText() const
{
    return m_result->toPlainText();
}

QString ConnectionDialog::saveProfile()
{
    const ConnectionProfile p = m_form->profile();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_result->setPlainText(u"▲ "_s + problem);
        return {};
    }
    const ConnectionProfile saved = m_connector->profiles()->save(p);
    m_form->setProfile(saved);
    const int row = m_model->rowOf(saved.id);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectRow(row);
    }
    return saved.id;
}

void ConnectionDialog::connectProfile()
{
    const ProfileSecrets typed = m_form->secrets();
    const QString id = saveProfile();
    if (id.isEmpty())
        return;
    m_connector->connectProfile(m_connector->profiles()->byId(id), typed);
    accept();
}

void ConnectionDialog::deleteProfile()
{
    const ConnectionProfile p = m_form->profile();
    if (p.id.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete connection"),
                              tr("Delete \"%1\" and its saved password?").arg(p.name)) !=
        QMessageBox::Yes)
        return;
    m_connector->forget(p.id);
    newProfile();
}

} // namespace sonde
